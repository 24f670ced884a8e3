// evs-contract's command, callable in-process (the tests do) and by the bin (cli.ts). Progress goes to stderr when a
// report takes stdout; on a terminal a live line shows the case under way, in CI plain lines.
import { type ReportTarget, readCli, UsageError, usage } from './cli-args.js';
import { formatJunit } from './report-junit.js';
import { caseDetails, caseLine, summaryLines } from './report-text.js';
import type { ContractResult } from './result.js';
import { runContract } from './run.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether the progress stream is a terminal. */
  isTerminal: boolean;
  writeFile: (path: string, text: string) => Promise<void>;
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
  if (settings.help) {
    io.stdout(`${usage}\n`);
    return 0;
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
      const lines = [caseLine(event.result), ...(event.result.outcome === 'failed' || event.result.outcome === 'planned' ? caseDetails(event.result) : [])];
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
        io.stderr(`evs-contract: cannot write the report ${report.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
        return 2;
      }
  }
  return result.exitCode;
}
