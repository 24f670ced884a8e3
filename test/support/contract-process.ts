// evs-contract as a real process: for what only a process shows, how it ends on a signal and
// whether Node keeps it alive while work is pending. One Node process, as the built bin is, with
// tsx's loader in it (tsx's own command would put a parent process in between that relays
// signals). Output is collected as it comes; `waitFor` watches it; `kill` ends it for good.
import { type ChildProcess, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { fromRoot } from '../../scripts/lib/paths.js';

export interface ContractProcess {
  child: ChildProcess;
  /** stdout and stderr as they came. */
  output(): string;
  /** Resolves once the output matches, rejects after `ms` (with the output so far) or when the process exits first. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  /** The exit code (or 128 + the signal's number when killed by one), once it exits, at most `ms`. */
  exited(ms?: number): Promise<number>;
  /** SIGKILL if still running. */
  kill(): void;
}

const signalNumbers: Record<string, number> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

export function spawnContract(argv: readonly string[], env: NodeJS.ProcessEnv): ContractProcess {
  const loader = pathToFileURL(fromRoot('node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, fromRoot('src', 'contract', 'cli.ts'), ...argv], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, ...env },
  });
  let output = '';
  const watchers = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const watcher of watchers) watcher();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exit = new Promise<number>((resolve) => child.once('exit', (code, signal) => resolve(code ?? 128 + (signalNumbers[signal ?? ''] ?? 0))));
  let ended = false;
  void exit.then(() => {
    ended = true;
    for (const watcher of watchers) watcher();
  });
  return {
    child,
    output: () => output,
    waitFor: (pattern, ms = 20_000) =>
      new Promise<void>((resolve, reject) => {
        const done = (error?: Error): void => {
          clearTimeout(timer);
          watchers.delete(check);
          if (error) reject(error);
          else resolve();
        };
        const check = (): void => {
          if (pattern.test(output)) done();
          else if (ended) done(new Error(`the process exited before printing ${pattern}:\n${output}`));
        };
        const timer = setTimeout(() => done(new Error(`no ${pattern} within ${ms} ms:\n${output}`)), ms);
        watchers.add(check);
        check();
      }),
    exited: (ms = 30_000) =>
      Promise.race([exit, new Promise<number>((_resolve, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms:\n${output}`)), ms).unref())]),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
