// The flags of a command (evs-emulator, evs-contract) read strictly, with mistakes said in the
// house's words: the flag named (never the value after it, which may be a secret), what is wrong
// with it, and for a mistyped flag the closest known ones. Node's parseArgs reads the values; its
// own messages (an unbalanced quote, advice about positionals) are never shown. Every command
// also takes --help (-h) and --version.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestNames } from './closest-names.js';

export type FlagTable = NonNullable<ParseArgsConfig['options']>;

/** The flags every command takes. */
export const commonFlags = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export type ParsedFlags<T extends FlagTable> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>
>;

/** A flag the command cannot take as given; the message names the flag and never the value after it. */
export class FlagError extends Error {
  constructor(
    /** The flag as typed, shortened if it was long or odd. */
    readonly flag: string,
    message: string,
  ) {
    super(message);
    this.name = 'FlagError';
  }
}

/** The longest stray argument or flag a refusal quotes: a longer one is most likely a pasted credential. */
const longestShownArgument = 32;

/**
 * A typed flag as it can be shown: printable and short as it is, else quoted; one over 32 characters
 * by its length only (`--<token>=…` is a pasted credential more often than a flag).
 */
const shown = (raw: string): string => {
  if (raw.length > longestShownArgument)
    return `a flag of ${raw.length} characters (not shown: it may be a credential)`;
  return /^[\x21-\x7e]+$/.test(raw) ? raw : JSON.stringify(raw);
};

const alternatives = (names: string[]): string =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

/** What is wrong with one flag of the command line, or undefined. */
function problemOf(
  command: string,
  flags: FlagTable,
  token: { name: string; rawName: string; value: string | undefined; inlineValue: boolean | undefined },
): string | undefined {
  const flag = shown(token.rawName);
  const known = Object.hasOwn(flags, token.name) ? flags[token.name] : undefined;
  if (!known) {
    const near = closestNames(token.rawName, Object.keys(flags)).map((name) => `--${name}`);
    return `${flag} is not a flag of ${command}${near.length ? `; did you mean ${alternatives(near)}?` : ''}`;
  }
  if (known.type === 'boolean') return token.inlineValue ? `${flag} takes no value` : undefined;
  if (token.value === undefined) return `${flag} needs a value`;
  // Read strictly, `--seed -5` is a flag without its value: the value may be a secret, so it is not shown.
  if (!token.inlineValue && token.value.startsWith('-'))
    return (
      `${flag} needs a value (the argument after it starts with - and is read as a flag; write ` +
      `${flag}=<value> for a value that starts with -)`
    );
  return undefined;
}

/**
 * Reads `argv` by `flags`; throws a FlagError naming the first flag
 * that is unknown, lacks its value or has one it does not take.
 */
export function readFlags<const T extends FlagTable>(
  command: string,
  argv: readonly string[],
  flags: T,
): ParsedFlags<T> {
  // A lenient pass finds the first problem in the order typed; the strict pass then reads the values.
  const { tokens } = parseArgs({
    args: [...argv],
    options: flags,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const problem = problemOf(command, flags, token);
    if (problem) throw new FlagError(shown(token.rawName), problem);
  }
  try {
    return parseArgs({ args: [...argv], options: flags, strict: true, allowPositionals: true });
  } catch (error) {
    // Every refusal of the strict pass is found above; Node's message would quote the arguments.
    throw new FlagError(
      '',
      `${command} cannot read its arguments (${(error as { code?: string }).code ?? 'parse error'})`,
    );
  }
}

/** A stray argument as a refusal shows it: redacted and quoted up to 32 characters, a longer one by its length only. */
export function shownArgument(argument: string, redact: (text: string) => string = (text) => text): string {
  return argument.length <= longestShownArgument
    ? JSON.stringify(redact(argument))
    : `an argument of ${argument.length} characters (not shown: it may be a credential)`;
}
