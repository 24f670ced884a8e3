// evs-emulator's command line refused word for word: each message names the flag (and which one
// of several), the rule and the value; a value from EVS_EMULATOR_ACCESS_KEYS is never shown.
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/spec-constants.js';
import { flags, readCli, usage } from '../../src/emulator/cli-args.js';
import { EvsEmulatorOptionsError, faultKinds } from '../../src/emulator/index.js';
import { volumeId } from './fixtures.js';

describe('evs-emulator refuses', () => {
  it.each<[string, string[], Record<string, string>, string]>([
    ['a port that is not a number', ['--port', 'x'], {}, 'createEvsEmulator: --port must be a whole number (rule: type; got "x" (string, 1 UTF-8 bytes))'],
    ['a port past 65535', ['--port', '70000'], {}, 'createEvsEmulator: --port must be from 0 to 65535 (rule: range; got 70000 (number))'],
    ['a fractional create time', ['--create-ms', '1.5'], {}, 'createEvsEmulator: --create-ms must be a whole number (rule: type; got "1.5" (string, 3 UTF-8 bytes))'],
    ['a delete time that is not a number', ['--delete-ms', 'x'], {}, 'createEvsEmulator: --delete-ms must be a whole number (rule: type; got "x" (string, 1 UTF-8 bytes))'],
    ['a rollback time that is not a number', ['--rollback-ms', 'x'], {}, 'createEvsEmulator: --rollback-ms must be a whole number (rule: type; got "x" (string, 1 UTF-8 bytes))'],
    ['no room for snapshots', ['--max-snapshots', '0'], {}, 'createEvsEmulator: --max-snapshots must be a whole number from 1 to 10000000 (rule: range; got 0 (number))'],
    ['no room for disks', ['--max-volumes', '0'], {}, 'createEvsEmulator: --max-volumes must be a whole number from 1 to 10000000 (rule: range; got 0 (number))'],
    ['an empty token', ['--token', ''], {}, 'createEvsEmulator: --token #1 must be a token: visible ASCII, no spaces (rule: format; got "" (string, 0 UTF-8 bytes))'],
    [
      'an unknown fault kind',
      ['--fault', 'explode'],
      {},
      'createEvsEmulator: --fault #1 kind must be one of latency, throttle, error, unavailable, reset, stall, create-error, delete-error, restore-error (rule: enum; got "explode" (string, 7 UTF-8 bytes))',
    ],
    ['a fault rate past 1', ['--fault', 'error,rate=2'], {}, 'createEvsEmulator: --fault #1 rate must be a number from 0 to 1 (rule: range; got "2" (string, 1 UTF-8 bytes))'],
    ['a latency that is not a number', ['--fault', 'latency,ms=x'], {}, 'createEvsEmulator: --fault #1 ms must be a whole number (rule: type; got "x" (string, 1 UTF-8 bytes))'],
    [
      'a fault on an unknown operation',
      ['--fault', 'error,operations=nothing'],
      {},
      `createEvsEmulator: --fault #1 operations[0] must be one of ${Object.keys(operations).join(', ')} (rule: enum; got "nothing" (string, 7 UTF-8 bytes))`,
    ],
    [
      'an unknown fault setting',
      ['--fault', 'error,colour=red'],
      {},
      'createEvsEmulator: --fault #1 takes rate=, ms=, retry-after=, operations= after the first item; "colour=red" is none of them (rule: format; got "error,colour=red" (string, 16 UTF-8 bytes))',
    ],
    [
      'a fault setting without a value',
      ['--fault', 'error,rate'],
      {},
      'createEvsEmulator: --fault #1 takes rate=, ms=, retry-after=, operations= after the first item; "rate" is none of them (rule: format; got "error,rate" (string, 10 UTF-8 bytes))',
    ],
    [
      'a Retry-After that is not a number',
      ['--fault', 'throttle,retry-after=x'],
      {},
      'createEvsEmulator: --fault #1 retry-after must be a whole number (rule: type; got "x" (string, 1 UTF-8 bytes))',
    ],
    [
      'the second fault bad',
      ['--fault', 'error', '--fault', 'bogus'],
      {},
      'createEvsEmulator: --fault #2 kind must be one of latency, throttle, error, unavailable, reset, stall, create-error, delete-error, restore-error (rule: enum; got "bogus" (string, 5 UTF-8 bytes))',
    ],
    [
      'a volume that is not a UUID',
      ['--volume', 'disk-1'],
      {},
      'createEvsEmulator: --volume #1 id must be a UUID such as 5aa119a8-d25b-45a7-8d1b-88e127885635 (rule: format; got "disk-1" (string, 6 UTF-8 bytes))',
    ],
    ['a volume of 0 GB', ['--volume', `${volumeId},size=0`], {}, 'createEvsEmulator: --volume #1 size must be a whole number from 1 to 65536 (rule: range; got 0 (number))'],
    [
      'a volume in an unknown status',
      ['--volume', `${volumeId},status=melting`],
      {},
      'createEvsEmulator: --volume #1 status must be one of available, in-use, attaching, creating, deleting, error, error_rollbacking, rollbacking (rule: enum; got "melting" (string, 7 UTF-8 bytes))',
    ],
    [
      'an unknown volume setting',
      ['--volume', `${volumeId},colour=red`],
      {},
      'createEvsEmulator: --volume #1 takes size=, status=, zone=, type=, project= after the first item; "colour=red" is none of them (rule: format; got "5aa119a8-d25b-45a7-8d1b-88e127885635,col"… (string, 47 UTF-8 bytes))',
    ],
    [
      'a positional argument',
      ['serve'],
      {},
      'createEvsEmulator: arguments are not taken: every option is a --flag (rule: additionalProperties; got "serve" (string, 5 UTF-8 bytes))',
    ],
    [
      'an access key pair without a colon',
      [],
      { EVS_EMULATOR_ACCESS_KEYS: 'AKONLY' },
      'createEvsEmulator: EVS_EMULATOR_ACCESS_KEYS[0] must be <AK>:<SK> (rule: format; got a value (not shown: it holds a secret key))',
    ],
    [
      'an access key pair with an empty secret',
      [],
      { EVS_EMULATOR_ACCESS_KEYS: 'AK:' },
      'createEvsEmulator: EVS_EMULATOR_ACCESS_KEYS[0] must be <AK>:<SK> (rule: format; got a value (not shown: it holds a secret key))',
    ],
    [
      'an access key pair with an empty key',
      [],
      { EVS_EMULATOR_ACCESS_KEYS: ':SECRETKEY' },
      'createEvsEmulator: EVS_EMULATOR_ACCESS_KEYS[0] must be <AK>:<SK> (rule: format; got a value (not shown: it holds a secret key))',
    ],
    [
      'the second access key pair bad',
      [],
      { EVS_EMULATOR_ACCESS_KEYS: 'AK1:SK1,AK2' },
      'createEvsEmulator: EVS_EMULATOR_ACCESS_KEYS[1] must be <AK>:<SK> (rule: format; got a value (not shown: it holds a secret key))',
    ],
    [
      'the second token bad',
      ['--token', 'good-token', '--token', 'bad token'],
      {},
      'createEvsEmulator: --token #2 must be a token: visible ASCII, no spaces (rule: format; got "[redacted]" (string, 9 UTF-8 bytes))',
    ],
    [
      'the eleventh fault bad',
      [...Array.from({ length: 10 }, () => ['--fault', 'error']).flat(), '--fault', 'bogus'],
      {},
      'createEvsEmulator: --fault #11 kind must be one of latency, throttle, error, unavailable, reset, stall, create-error, delete-error, restore-error (rule: enum; got "bogus" (string, 5 UTF-8 bytes))',
    ],
    [
      "the second fault's rate bad",
      ['--fault', 'error', '--fault', 'error,rate=2'],
      {},
      'createEvsEmulator: --fault #2 rate must be a number from 0 to 1 (rule: range; got "2" (string, 1 UTF-8 bytes))',
    ],
    [
      "the second fault's ms bad",
      ['--fault', 'error', '--fault', 'latency,ms=x'],
      {},
      'createEvsEmulator: --fault #2 ms must be a whole number (rule: type; got "x" (string, 1 UTF-8 bytes))',
    ],
    [
      "the second volume's size bad",
      ['--volume', volumeId, '--volume', `${volumeId.replace('5aa', '6aa')},size=big`],
      {},
      'createEvsEmulator: --volume #2 size must be a whole number (rule: type; got "big" (string, 3 UTF-8 bytes))',
    ],
    [
      'the same access key twice',
      [],
      { EVS_EMULATOR_ACCESS_KEYS: 'AK1:SECRET1,AK1:SECRET2' },
      'createEvsEmulator: EVS_EMULATOR_ACCESS_KEYS[1] accessKey must not repeat an access key given before it (rule: uniqueItems; got "AK1" (string, 3 UTF-8 bytes))',
    ],
    [
      'the same token twice',
      ['--token', 'tok-a', '--token', 'tok-a'],
      {},
      'createEvsEmulator: --token #2 must not repeat a token given before it (rule: uniqueItems; got "[redacted]" (string, 5 UTF-8 bytes))',
    ],
    ['a seed of eleven digits', ['--seed', '99999999999'], {}, 'createEvsEmulator: --seed must be a whole number (rule: type; got "99999999999" (string, 11 UTF-8 bytes))'],
    ['a ten-digit seed past 2^32', ['--seed', '9999999999'], {}, 'createEvsEmulator: --seed must be a whole number from 0 to 4294967295 (rule: range; got 9999999999 (number))'],
    [
      'a create time past a day',
      ['--create-ms', '999999999'],
      {},
      'createEvsEmulator: --create-ms must be a whole number from 0 to 86400000 (rule: range; got 999999999 (number))',
    ],
    [
      'an access key with a space',
      [],
      { EVS_EMULATOR_ACCESS_KEYS: 'A K:SECRET1' },
      'createEvsEmulator: EVS_EMULATOR_ACCESS_KEYS[0] accessKey must be an access key: letters and digits (rule: format; got "A K" (string, 3 UTF-8 bytes))',
    ],
  ])('%s', (_case, argv, env, message) => {
    let error: unknown;
    try {
      readCli(argv, env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EvsEmulatorOptionsError);
    expect((error as Error).message).toBe(message);
  });
});

describe('evs-emulator reads', () => {
  it.each(['0', '0.25', '1', '1.00', '.5', '.25'])('the fault rate %s as a number from 0 to 1', (rate) => {
    expect(readCli(['--fault', `error,rate=${rate}`], {}).options.faults).toEqual([{ kind: 'error', rate: Number(rate) }]);
  });

  it.each(['2', '1.5', '0.5x', 'x0.5', '.x', '1.', '0.'])('no fault rate in %s', (rate) => {
    expect(() => readCli(['--fault', `error,rate=${rate}`], {})).toThrow(
      `createEvsEmulator: --fault #1 rate must be a number from 0 to 1 (rule: range; got ${JSON.stringify(rate)}`,
    );
  });

  it('a blank EVS_EMULATOR_ACCESS_KEYS as none', () => {
    expect(readCli([], { EVS_EMULATOR_ACCESS_KEYS: '  ' }).options.accessKeys).toBeUndefined();
  });

  it('a usage text that names every flag it takes', () => {
    for (const flag of Object.keys(flags)) expect(usage).toMatch(new RegExp(` --${flag}[ ,\n]`));
    expect(usage).toContain('  -h, --help ');
    expect(usage).toContain('EVS_EMULATOR_ACCESS_KEYS');
  });
});

describe('evs-emulator hides its secrets in what it refuses', () => {
  it.each<[string, string[], Record<string, string>, string]>([
    ['a positional that is the token', ['--token', 'tok-secret', 'tok-secret'], {}, '"[redacted]" (string, 10 UTF-8 bytes)'],
    ['a positional that is a secret key', ['SECRETKEY1'], { EVS_EMULATOR_ACCESS_KEYS: 'AK1:SECRETKEY1' }, '"[redacted]" (string, 10 UTF-8 bytes)'],
    ['a secret key holding a colon, whole', ['ab:cdefgh'], { EVS_EMULATOR_ACCESS_KEYS: 'AK1:ab:cdefgh' }, '"[redacted]" (string, 9 UTF-8 bytes)'],
    ['a secret key given with blanks around it', ['SECRETKEY1'], { EVS_EMULATOR_ACCESS_KEYS: ' AK1 : SECRETKEY1 ' }, '"[redacted]" (string, 10 UTF-8 bytes)'],
    [
      'a long positional (a pasted token it does not know), by its length only, and a short secret beside it',
      ['SECRETKEY1', 'MII'.padEnd(40, 'x')],
      { EVS_EMULATOR_ACCESS_KEYS: 'AK1:SECRETKEY1' },
      '"[redacted]" an argument of 40 characters (not shown: it may be a credential)',
    ],
    ["the second pair's secret key of four characters", ['SKEY'], { EVS_EMULATOR_ACCESS_KEYS: 'AK1:SECRETKEY1,AK22:SKEY' }, '"[redacted]" (string, 4 UTF-8 bytes)'],
  ])('%s', (_case, argv, env, shown) => {
    expect(() => readCli(argv, env)).toThrow(`createEvsEmulator: arguments are not taken: every option is a --flag (rule: additionalProperties; got ${shown})`);
  });
});

describe('evs-emulator also reads', () => {
  it('access key pairs with blanks around their parts', () => {
    expect(readCli([], { EVS_EMULATOR_ACCESS_KEYS: ' AK1 : SECRETKEY1 ' }).options.accessKeys).toEqual([{ accessKey: 'AK1', secretKey: 'SECRETKEY1' }]);
  });

  it('port 65535, and refuses the positionals it is given, all of them', () => {
    expect(readCli(['--port', '65535'], {}).port).toBe(65535);
    expect(() => readCli(['serve', 'now'], {})).toThrow('(rule: additionalProperties; got "serve now" (string, 9 UTF-8 bytes))');
  });

  it('--max-volumes as maxVolumes, a whole number of at least 1', () => {
    expect(readCli(['--max-volumes', '3'], {}).options.maxVolumes).toBe(3);
    expect(() => readCli(['--max-volumes', '0'], {})).toThrow('createEvsEmulator: --max-volumes must be a whole number from 1 to 10000000 (rule: range; got 0 (number))');
    expect(() => readCli(['--max-volumes', 'x'], {})).toThrow('createEvsEmulator: --max-volumes must be a whole number (rule: type; got "x" (string, 1 UTF-8 bytes))');
  });

  it('--max-snapshots only as a whole number', () => {
    expect(() => readCli(['--max-snapshots', 'many'], {})).toThrow('createEvsEmulator: --max-snapshots must be a whole number (rule: type; got "many" (string, 4 UTF-8 bytes))');
  });
});

describe('the usage of evs-emulator', () => {
  it('names every fault kind of the fault table', () => {
    const kinds = usage.slice(usage.indexOf('kinds:'), usage.indexOf('--max-snapshots'));
    expect(faultKinds.filter((kind) => !new RegExp(`(^|[ ,])${kind}([ ,(]|$)`, 'm').test(kinds))).toEqual([]);
  });
});
