// evs-contract's command, callable in-process (the tests do) and by the bin (cli.ts). Progress goes to stderr when a
// report takes stdout; on a terminal a live line shows the case under way, in CI plain lines.
// A first SIGINT or SIGTERM interrupts the run (it cleans up and reports what ran), a second one
// ends the clean-up too.
import { access, constants, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { packageVersion } from '../shared/package-version.js';
import { type ReportTarget, readCli, UsageError, usage } from './cli-args.js';
import { printable } from './render.js';
import { formatJunit } from './report-junit.js';
import { caseDetails, caseLine, hasDetails, summaryLines } from './report-text.js';
import type { ContractEvent, ContractResult } from './result.js';
import { runPrepared } from './run.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether the progress stream is a terminal. */
  isTerminal: boolean;
  writeFile: (path: string, text: string) => Promise<void>;
  /** Why the file cannot be written (its folder is missing, it is read-only), or undefined. */
  checkWritable: (path: string) => Promise<string | undefined>;
  /** Calls `handler` on each SIGINT or SIGTERM until the returned function is called; absent: no signals are taken. */
  onSignal?: (handler: (signal: InterruptSignal) => void) => () => void;
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** Why a report file cannot be written (its folder is missing, it is read-only, it is a folder), or undefined. */
export async function checkWritable(path: string): Promise<string | undefined> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) return 'it is a folder';
  const target = existing ? path : dirname(path);
  return access(target, constants.W_OK).then(
    () => undefined,
    (error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? `the folder ${target} does not exist` : (error.code ?? 'it cannot be written'),
  );
}

const rendered = (result: ContractResult, format: ReportTarget['format']): string =>
  format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatJunit(result);

/** What the clean-up deleted, disks apart from snapshots: `1 disk and 3 snapshots`, `2 snapshots`. */
function deletedText(disks: number, snapshots: number): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const parts = [disks ? count(disks, 'disk') : '', snapshots ? count(snapshots, 'snapshot') : ''];
  return parts.filter(Boolean).join(' and ');
}

/**
 * The progress lines: a case as it ends (a failure with its
 * details), the interruption, each snapshot the clean-up takes on.
 */
function progressPrinter(progress: (text: string) => void, live: boolean): (event: ContractEvent) => void {
  const clear = live ? '\r\x1b[K' : '';
  let done = 0;
  return (event) => {
    if (event.type === 'interrupted')
      progress(
        `${clear}evs-contract: ${event.reason}: no new cases are sent; deleting what the run created (at most ` +
          `${event.withinMs / 1000} s; ${event.reason} again stops it)\n`,
      );
    else if (event.type === 'deleting')
      progress(
        `${clear}clean-up: ${event.index} of ${event.total}, ${event.what ?? 'snapshot'} ${printable(event.id)}: ` +
          `waiting until it can be deleted, then deleting it\n`,
      );
    else if (event.type === 'cleanup') {
      if (event.deleted)
        progress(`${clear}clean-up: deleted ${deletedText(event.disks, event.deleted - event.disks)} the cases left\n`);
    } else {
      done++;
      const { result } = event;
      const lines = [caseLine(result), ...(hasDetails(result) ? caseDetails(result) : [])];
      progress(`${clear}${lines.join('\n')}\n${live ? `… ${done} cases done` : ''}`);
    }
  };
}

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
  if (!settings.run) {
    io.stdout(settings.help ? `${usage}\n` : `evs-contract ${packageVersion()}\n`);
    return 0;
  }
  const { run } = settings;
  // A report that cannot be written is found before anything is sent.
  for (const report of settings.reports)
    if (report.file !== undefined) {
      const problem = await io.checkWritable(report.file);
      if (problem) {
        io.stderr(
          `evs-contract: cannot write the report ${report.file}: ${problem}\nRun evs-contract --help for the ` +
            `options.\n`,
        );
        return 2;
      }
    }
  const toStdout = settings.reports.some((report) => report.file === undefined);
  const progress = toStdout ? io.stderr : io.stdout;
  const live = io.isTerminal && !toStdout;
  const clear = live ? '\r\x1b[K' : '';
  // The first signal interrupts the run, the second its clean-up; a third is Node's again (it ends the process).
  const interrupt = new AbortController();
  const stopCleanUp = new AbortController();
  let unsubscribe = io.onSignal?.((signal) => {
    if (!interrupt.signal.aborted) return interrupt.abort(signal);
    progress(`${clear}evs-contract: ${signal} again: the clean-up stops; what is left is listed\n`);
    stopCleanUp.abort(signal);
    unsubscribe?.();
    unsubscribe = undefined;
  });
  let result: ContractResult;
  try {
    result = await runPrepared({
      ...run,
      options: {
        ...run.options,
        signal: interrupt.signal,
        cleanUpSignal: stopCleanUp.signal,
        onEvent: progressPrinter(progress, live),
      },
    });
  } finally {
    unsubscribe?.();
  }
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
        io.stderr(
          `evs-contract: cannot write the report ${report.file}: ` +
            `${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
        );
        return result.exitCode === 0 ? 1 : result.exitCode;
      }
  }
  return result.exitCode;
}
