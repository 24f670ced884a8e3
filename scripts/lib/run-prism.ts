// Runs Prism in the foreground for the npm scripts, passing its output through and its exit code back.
import { spawn } from 'node:child_process';
import { prismCli } from './prism.js';

export function runPrism(args: readonly string[]): void {
  const child = spawn(process.execPath, [prismCli, ...args], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
