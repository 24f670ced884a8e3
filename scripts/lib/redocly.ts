// Runs the pinned Redocly CLI from node_modules, without telemetry, failing loudly with its output.
// A signal stops it: the process is killed at once (npm start and npm run preview stop mid-build).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fromRoot, repoRoot } from './paths.js';

const run = promisify(execFile);
const cli = fromRoot('node_modules', '@redocly', 'cli', 'bin', 'cli.js');

export async function redocly(args: readonly string[], signal?: AbortSignal): Promise<string> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      cwd: repoRoot,
      signal,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (error) {
    if (signal?.aborted) throw new Error(`redocly ${args[0]} was stopped`, { cause: error });
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    const output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`.trim();
    throw new Error(`redocly ${args.join(' ')} failed (exit ${failure.code ?? '?'}):\n${output}`);
  }
}
