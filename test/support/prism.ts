// Starts a server process (Prism's pinned CLI, or one of the npm scripts) on a free loopback port
// and stops it with its whole process group, also when the test process is interrupted.
import { type ChildProcess, spawn } from 'node:child_process';
import { fromRoot } from '../../scripts/lib/paths.js';
import { listenArgs, mockArgs, prismArgv } from '../../scripts/lib/prism.js';
import { closedPort } from './local-server.js';

export interface PrismServer {
  url: string;
  /** Everything the process printed so far. */
  output(): string;
  stop(): Promise<void>;
}

// Prism runs in a process group of its own (the npm scripts start it through tsx and a wrapper),
// so nothing stops it with this process unless we do: on exit and on the usual signals.
const running = new Set<() => void>();
const killAll = (): void => {
  for (const kill of running) kill();
};
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    killAll();
    process.kill(process.pid, signal);
  });

class PortTaken extends Error {}

/** Runs `node argv…` and resolves once its output contains `ready`. */
async function spawnOnce(argv: readonly string[], port: number, env: NodeJS.ProcessEnv, ready: string): Promise<PrismServer> {
  const child: ChildProcess = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  running.add(kill);
  const stop = async (): Promise<void> => {
    kill();
    await exited;
    running.delete(kill);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${argv.at(-1)} did not start within 30 s:\n${output}`)), 30_000);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (output.includes(ready)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(output.includes('EADDRINUSE') ? new PortTaken(output) : new Error(`exited with ${code} before listening:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}

/** Picks a free port and starts; if another process took the port in between, tries another. */
async function spawnOnFreePort(argvFor: (port: number) => string[], envFor: (port: number) => NodeJS.ProcessEnv, ready = 'Prism is listening'): Promise<PrismServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await closedPort();
    try {
      return await spawnOnce(argvFor(port), port, envFor(port), ready);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

/** Prism itself with the given arguments (the static mock by default). */
export function startPrism(args: readonly string[] = mockArgs()): Promise<PrismServer> {
  return spawnOnFreePort(
    (port) => prismArgv([...args, ...listenArgs('127.0.0.1', port)]),
    () => process.env,
  );
}

/** One of the project's scripts (scripts/mock.ts, scripts/proxy.ts, ...) as `npm run` would start it, on a free PORT; ready when it prints `ready`. */
export function startScript(script: string, args: readonly string[] = [], ready = 'Prism is listening'): Promise<PrismServer> {
  return spawnOnFreePort(
    () => [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), fromRoot('scripts', script), ...args],
    (port) => ({ ...process.env, PORT: String(port) }),
    ready,
  );
}
