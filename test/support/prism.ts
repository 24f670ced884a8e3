// Starts Prism (the pinned CLI, or one of the npm scripts that wrap it) on a free loopback port
// and stops it with its whole process group.
import { spawn, type ChildProcess } from 'node:child_process';
import { fromRoot } from '../../scripts/lib/paths.js';
import { listenArgs, mockArgs, prismCli } from '../../scripts/lib/prism.js';
import { closedPort } from './local-server.js';

export interface PrismServer {
  url: string;
  /** Everything the process printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Runs `node argv…` and resolves once Prism says it is listening. */
export async function spawnPrism(argv: readonly string[], port: number, env: NodeJS.ProcessEnv = process.env): Promise<PrismServer> {
  const child: ChildProcess = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  // Prism runs in its own process group; make sure it does not outlive this process.
  process.once('exit', kill);
  const stop = async (): Promise<void> => {
    process.off('exit', kill);
    kill();
    await exited;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not start within 30 s:\n${output}`)), 30_000);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (output.includes('Prism is listening')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before listening:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}

/** Prism itself with the given arguments (the static mock by default). */
export async function startPrism(args: readonly string[] = mockArgs()): Promise<PrismServer> {
  const port = await closedPort();
  return spawnPrism([prismCli, ...args, ...listenArgs('127.0.0.1', port)], port);
}

/** One of the project's scripts (scripts/mock.ts, scripts/proxy.ts) as `npm run` would start it, on a free PORT. */
export async function startScript(script: string, args: readonly string[] = []): Promise<PrismServer> {
  const port = await closedPort();
  return spawnPrism([fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), fromRoot('scripts', script), ...args], port, { ...process.env, PORT: String(port) });
}
