// evs-emulator's command, callable in-process (the tests do) and by the bin (cli.ts): reads the
// command line, serves until a stop signal, and prints where it listens (the URL alone on the
// first line, for scripts, and in --url-file if asked), the seed (to repeat a run) and one line
// per request.
import { FlagError } from '../shared/command-line.js';
import { packageVersion } from '../shared/package-version.js';
import { type CliSettings, readCli, usage } from './cli-args.js';
import { emulatorOf } from './emulator.js';
import type { EmulatorLogEntry } from './log.js';
import { EvsEmulatorOptionsError } from './options.js';
import { EvsEmulatorStateError } from './state-file.js';
import { prepareUrlFile, removeUrlFile, writeUrlFile } from './url-file.js';

export interface EmulatorIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Registers the stop: the bin calls it on SIGINT with 130 and on SIGTERM with 143. */
  onStop: (stop: (exitCode: number) => void) => void;
}

/** The line printed for a request: paths and queries cut at 200 characters, a reset shown as such. */
export const requestLine = (entry: EmulatorLogEntry): string =>
  `${entry.method} ${entry.path.slice(0, 200)}${entry.query ? `?${entry.query.slice(0, 200)}` : ''} ` +
  `${entry.status ?? 'reset'} ${entry.ms} ` +
  `ms${entry.operation ? ` ${entry.operation}` : ''}${entry.fault ? ` [fault: ${entry.fault}]` : ''}`;

/** Request lines leave in one write per turn of the event loop, not one write per request. */
function batchedLines(write: (text: string) => void): { line: (text: string) => void; flush: () => void } {
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    write(`${pending.join('\n')}\n`);
    pending = [];
  };
  return {
    line: (text) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push(text);
    },
    flush,
  };
}

const usageError = (io: EmulatorIo, message: string): number => {
  io.stderr(`evs-emulator: ${message}\nRun evs-emulator --help for the options.\n`);
  return 2;
};

function settings(argv: readonly string[], env: NodeJS.ProcessEnv, io: EmulatorIo): CliSettings | undefined {
  try {
    return readCli(argv, env);
  } catch (error) {
    if (!(error instanceof EvsEmulatorOptionsError) && !(error instanceof FlagError)) throw error;
    usageError(io, error.message.replace(/^createEvsEmulator: /, ''));
    return undefined;
  }
}

/**
 * Runs the command; resolves with its exit code: at once for
 * --help, --version and bad options, after the stop when it serves.
 */
export async function runEmulatorCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: EmulatorIo,
): Promise<number> {
  const chosen = settings(argv, env, io);
  if (!chosen) return 2;
  const { resolved, port, host, quiet, urlFile } = chosen;
  // Only --help and --version leave the options unresolved: they read nothing else.
  if (chosen.help || chosen.version || resolved === undefined) {
    io.stdout(chosen.help ? `${usage}\n` : `evs-emulator ${packageVersion()}\n`);
    return 0;
  }
  if (urlFile !== undefined) {
    const problem = await prepareUrlFile(urlFile);
    if (problem) return usageError(io, `cannot write --url-file ${urlFile}: ${problem}`);
  }
  const lines = batchedLines(io.stdout);
  let emulator: ReturnType<typeof emulatorOf>;
  try {
    emulator = emulatorOf({ ...resolved, onRequest: quiet ? undefined : (entry) => lines.line(requestLine(entry)) });
  } catch (error) {
    // A --state file that cannot be read or written: named with the problem, and left as it is.
    if (!(error instanceof EvsEmulatorStateError)) throw error;
    return usageError(io, `--state ${error.file}: ${error.problem}`);
  }
  let url: string;
  try {
    url = await emulator.listen({ port, host });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    io.stderr(
      `evs-emulator: cannot listen on ${host}:${port}: ` +
        `${code === 'EADDRINUSE' ? 'the port is in use (EADDRINUSE)' : message}\n`,
    );
    return 2;
  }
  if (urlFile !== undefined)
    try {
      await writeUrlFile(urlFile, url);
    } catch (error) {
      await emulator.close();
      return usageError(
        io,
        `cannot write --url-file ${urlFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  // The URL alone first, for a script (head -n 1); then the same in words, with the seed.
  io.stdout(
    `${url}\nevs-emulator: listening on ${url} (seed ${emulator.seed}; --seed ${emulator.seed} repeats this run)\n`,
  );
  const exitCode = await new Promise<number>((resolve) => io.onStop(resolve));
  await emulator.close();
  if (urlFile !== undefined) await removeUrlFile(urlFile).catch(() => undefined);
  lines.flush();
  return exitCode;
}
