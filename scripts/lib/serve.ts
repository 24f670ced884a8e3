// Runs a server of the npm scripts in the foreground: says where it listens, stops cleanly on
// SIGINT/SIGTERM, and exits 2 with the reason when it cannot start (a port in use, bad options).
export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveUntilSignal(name: string, start: () => Promise<Served>): Promise<void> {
  let served: Served;
  try {
    served = await start();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    console.error(`${name}: ${code === 'EADDRINUSE' ? `the port is in use (EADDRINUSE): ${message}` : message}`);
    process.exit(2);
  }
  console.log(`${name}: Prism is listening on ${served.url}`);
  const stop = (signal: NodeJS.Signals) => () => {
    void served.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', stop('SIGINT'));
  process.once('SIGTERM', stop('SIGTERM'));
}
