// evs-contract's command, callable in-process (the tests do) and by the bin (cli.ts). Progress goes to stderr when a
// report takes stdout; on a terminal a live line shows the case under way, in CI plain lines.
import { access, constants, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { packageVersion } from '../shared/package-version.js';
import { type ReportTarget, readCli, UsageError, usage } from './cli-args.js';
import { formatJunit } from './report-junit.js';
import { caseDetails, caseLine, hasDetails, summaryLines } from './report-text.js';
import type { ContractResult } from './result.js';
import { runContract } from './run.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether the progress stream is a terminal. */
  isTerminal: boolean;
  writeFile: (path: string, text: string) => Promise<void>;
  /** Why the file cannot be written (its folder is missing, it is read-only), or undefined. */
  checkWritable: (path: string) => Promise<string | undefined>;
}

/** Why a report file cannot be written (its folder is missing, it is read-only, it is a folder), or undefined. */
export async function checkWritable(path: string): Promise<string | undefined> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) return 'it is a folder';
  const target = existing ? path : dirname(path);
  return access(target, constants.W_OK).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? `the folder ${target} does not exist` : (error.code ?? 'it cannot be written')),
  );
}

const rendered = (result: ContractResult, format: ReportTarget['format']): string => (format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatJunit(result));

/** Runs the command; resolves with its exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  let settings: ReturnType<typeof readCli>;
  try {
    settings = readCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`evs-contract: ${error.message}\nRun evs-contract --help for the options.\n`);
    return 2;
  }
  if (settings.help || settings.version) {
    io.stdout(settings.help ? `${usage}\n` : `evs-contract ${packageVersion()}\n`);
    return 0;
  }
  // A report that cannot be written is found before anything is sent.
  for (const report of settings.reports)
    if (report.file !== undefined) {
      const problem = await io.checkWritable(report.file);
      if (problem) {
        io.stderr(`evs-contract: cannot write the report ${report.file}: ${problem}\nRun evs-contract --help for the options.\n`);
        return 2;
      }
    }
  const toStdout = settings.reports.some((report) => report.file === undefined);
  const progress = toStdout ? io.stderr : io.stdout;
  const live = io.isTerminal && !toStdout;
  let done = 0;
  const result = await runContract({
    ...settings.options,
    onEvent: (event) => {
      if (event.type === 'cleanup') {
        if (event.deleted) progress(`${live ? '\r\x1b[K' : ''}clean-up: deleted ${event.deleted} snapshot${event.deleted === 1 ? '' : 's'} the cases left\n`);
        return;
      }
      done++;
      const lines = [caseLine(event.result), ...(hasDetails(event.result) ? caseDetails(event.result) : [])];
      progress(`${live ? '\r\x1b[K' : ''}${lines.join('\n')}\n${live ? `… ${done} cases done` : ''}`);
    },
  });
  if (live) progress('\r\x1b[K');
  progress(`${summaryLines(result).join('\n')}\n`);
  for (const report of settings.reports) {
    const text = rendered(result, report.format);
    if (report.file === undefined) io.stdout(text);
    else
      try {
        await io.writeFile(report.file, text);
      } catch (error) {
        // The run is over: its own exit code stands, the lost report is said loudly.
        io.stderr(`evs-contract: cannot write the report ${report.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
        return result.exitCode === 0 ? 1 : result.exitCode;
      }
  }
  return result.exitCode;
}
