// Reads PORT for the mock and proxy scripts, refusing anything that is not a usable TCP port.
export function portFromEnv(env: NodeJS.ProcessEnv, fallback: number): number {
  const raw = env.PORT;
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) throw new Error(`PORT must be a TCP port from 1 to 65535, got ${JSON.stringify(raw)}`);
  return port;
}
