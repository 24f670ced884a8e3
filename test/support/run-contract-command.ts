// Runs evs-contract's command in-process, as the bin would, with what it prints and the reports it
// writes kept in memory. Relative report paths are kept in memory only; absolute ones are checked
// on disk as the bin checks them.
import { checkWritable, type Io, main } from '../../src/contract/command.js';

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr as they came, interleaved. */
  output: string;
  /** Report path -> text. */
  written: Map<string, string>;
}

/** `io` replaces parts of the in-memory one: a terminal, a write that fails. */
export async function runContractCommand(argv: readonly string[], env: NodeJS.ProcessEnv, io: Partial<Io> = {}): Promise<CommandRun> {
  const run: CommandRun = { code: 0, stdout: '', stderr: '', output: '', written: new Map() };
  run.code = await main(argv, env, {
    stdout: (text) => {
      run.stdout += text;
      run.output += text;
    },
    stderr: (text) => {
      run.stderr += text;
      run.output += text;
    },
    isTerminal: false,
    writeFile: async (path, text) => {
      run.written.set(path, text);
    },
    checkWritable: async (path) => (path.startsWith('/') ? checkWritable(path) : undefined),
    ...io,
  });
  return run;
}
