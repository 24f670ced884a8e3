// Reading a command's flags: every mistake names the flag as typed and what is wrong, never the
// value after it; a mistyped flag gets the closest known ones; --help has -h, and --version exists.
import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from '../../src/shared/closest-names.js';
import { commonFlags, FlagError, readFlags } from '../../src/shared/command-line.js';

const flags = {
  port: { type: 'string' },
  host: { type: 'string' },
  'create-ms': { type: 'string' },
  'delete-ms': { type: 'string' },
  'max-snapshots': { type: 'string' },
  'url-file': { type: 'string' },
  token: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  ...commonFlags,
} as const;

const refusal = (argv: string[]): string => {
  try {
    readFlags('evs-demo', argv, flags);
  } catch (error) {
    expect(error).toBeInstanceOf(FlagError);
    return (error as Error).message;
  }
  return 'no error';
};

describe('readFlags refuses, naming the flag', () => {
  it.each([
    ['an underscore for a dash', ['--create_ms', '0'], '--create_ms is not a flag of evs-demo; did you mean --create-ms?'],
    ['a letter missing', ['--max-snapshot', '5'], '--max-snapshots'],
    ['two letters swapped', ['--qiuet'], '--qiuet is not a flag of evs-demo; did you mean --quiet?'],
    ['capitals', ['--URL-FILE', 'x'], '--URL-FILE is not a flag of evs-demo; did you mean --url-file?'],
    ['a start of a flag', ['--max', '5'], '--max is not a flag of evs-demo; did you mean --max-snapshots?'],
    ['a flag with more after it', ['--port-number', '5'], '--port-number is not a flag of evs-demo; did you mean --port?'],
    ['a word as near two flags', ['--post', '5'], '--post is not a flag of evs-demo; did you mean --port or --host?'],
    ['nothing near', ['--frobnicate'], '--frobnicate is not a flag of evs-demo'],
    ['an unknown short flag', ['-x'], '-x is not a flag of evs-demo'],
    ['a value for a switch', ['--quiet=yes'], '--quiet takes no value'],
    ['a value for --help', ['--help=please'], '--help takes no value'],
    ['the last flag without its value', ['--port'], '--port needs a value'],
    [
      'a value that starts with a dash',
      ['--port', '-5'],
      '--port needs a value (the argument after it starts with - and is read as a flag; write --port=<value> for a value that starts with -)',
    ],
    ['the first of two problems', ['--quiet=1', '--bogus'], '--quiet takes no value'],
  ])('%s: %j', (_case, argv, message) => {
    expect(refusal(argv)).toContain(message);
  });

  it('an unknown flag without the value glued to it', () => {
    const secret = 'MIIZ+dGVzdC10b2tlbi/0123456789abcdef==';
    expect(refusal([`--tokn=${secret}`])).toBe('--tokn is not a flag of evs-demo; did you mean --token?');
  });

  it('a flag over 32 characters by its length only (a pasted token), an unprintable one quoted', () => {
    expect(refusal([`--${'x'.repeat(100_000)}`])).toBe('a flag of 100002 characters (not shown: it may be a credential) is not a flag of evs-demo');
    const token = 'MIIZ+dGVzdC10b2tlbi/0123456789abcdefghij==';
    expect(refusal([`--${token}`])).not.toContain(token.slice(0, 12));
    expect(refusal(['--bad\u001bname'])).toBe('"--bad\\u001bname" is not a flag of evs-demo');
  });

  it("never Node's own wording", () => {
    for (const argv of [['--create_ms'], ['--port'], ['--quiet=1'], ['--port', '-1']]) expect(refusal(argv)).not.toMatch(/Unknown option|To specify a positional|'/);
  });
});

describe('readFlags reads', () => {
  it('-h as --help, --version, values, a value glued with =, and a value starting with - glued with =', () => {
    const { values, positionals } = readFlags('evs-demo', ['-h', '--version', '--port', '0', '--token=-abc', '--token', 'b', 'rest'], flags);
    expect(values).toEqual({ help: true, version: true, port: '0', token: ['-abc', 'b'] });
    expect(positionals).toEqual(['rest']);
  });

  it('everything after -- as positionals', () => {
    expect(readFlags('evs-demo', ['--', '--bogus'], flags).positionals).toEqual(['--bogus']);
  });
});

describe('closestNames', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect([editDistance('quiet', 'qiuet'), editDistance('port', 'post'), editDistance('', 'abc'), editDistance('kitten', 'sitting')]).toEqual([1, 1, 3, 3]);
  });

  it('gives at most three, closest first, and nothing for a name too long to compare', () => {
    expect(closestNames('--ab', ['ac', 'ad', 'ae', 'af'])).toEqual(['ac', 'ad', 'ae']);
    expect(closestNames('--abcde', ['abxye', 'abcdefghij', 'abcdx'])).toEqual(['abcdx', 'abxye', 'abcdefghij']);
    expect(closestNames('a'.repeat(65), ['a'.repeat(64)])).toEqual([]);
  });
});
