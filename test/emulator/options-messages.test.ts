// createEvsEmulator's options, word for word: each refusal's whole message (option, rule, value),
// the edges that are still accepted, the defaults an option left out gets, and the secrets the
// redactor is given. The command line's own wording is in cli-args.test.ts.
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/spec-constants.js';
import { createEvsEmulator, type EvsEmulatorOptions, EvsEmulatorOptionsError } from '../../src/emulator/index.js';
import { resolveOptions } from '../../src/emulator/options.js';

/** The operations a fault may name: every operation of the spec. */
const operationIds = Object.keys(operations);

const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const allOperations = Object.keys(operations);

const refusalOf = (options: unknown): EvsEmulatorOptionsError => {
  try {
    createEvsEmulator(options as EvsEmulatorOptions);
  } catch (error) {
    if (error instanceof EvsEmulatorOptionsError) return error;
    throw error;
  }
  throw new Error('no error');
};

describe('createEvsEmulator refuses, word for word', () => {
  it.each<[string, () => unknown, string]>([
    ['a delays that is not an object', () => ({ delays: 5 }), 'createEvsEmulator: delays must be a plain object (rule: type; got 5 (number))'],
    [
      'an unknown delay',
      () => ({ delays: { creating: 5 } }),
      'createEvsEmulator: delays.creating is not an option of delays; expected one of create, delete, rollback, restore, volumeDelete (rule: additionalProperties; got an unknown option)',
    ],
    [
      'a create delay that is text',
      () => ({ delays: { create: '5' } }),
      'createEvsEmulator: delays.create must be a whole number from 0 to 86400000 (rule: range; got "5" (string, 1 UTF-8 bytes))',
    ],
    ['a delete delay below 0', () => ({ delays: { delete: -1 } }), 'createEvsEmulator: delays.delete must be a whole number from 0 to 86400000 (rule: range; got -1 (number))'],
    [
      'a rollback delay past a day',
      () => ({ delays: { rollback: 86_400_001 } }),
      'createEvsEmulator: delays.rollback must be a whole number from 0 to 86400000 (rule: range; got 86400001 (number))',
    ],
    [
      'a delay that is not whole',
      () => ({ delays: { create: 0.5 } }),
      'createEvsEmulator: delays.create must be a whole number from 0 to 86400000 (rule: range; got 0.5 (number))',
    ],
    ['tokens that are not an array', () => ({ tokens: 'tok-a' }), 'createEvsEmulator: tokens must be an array (rule: type; got "tok-a" (string, 5 UTF-8 bytes))'],
    ['an empty token list', () => ({ tokens: [] }), 'createEvsEmulator: tokens must list at least one token, or be left out to accept any (rule: minItems; got an array of 0)'],
    ['a token that is empty', () => ({ tokens: [''] }), 'createEvsEmulator: tokens[0] must be a token: visible ASCII, no spaces (rule: format; got "" (string, 0 UTF-8 bytes))'],
    ['a token that is a number', () => ({ tokens: [5] }), 'createEvsEmulator: tokens[0] must be a token (a string) or { token, projectId } (rule: type; got 5 (number))'],
    ['a token that is null', () => ({ tokens: [null] }), 'createEvsEmulator: tokens[0] must be a token (a string) or { token, projectId } (rule: type; got null)'],
    ['a bound token that is an array', () => ({ tokens: [['tok-a']] }), 'createEvsEmulator: tokens[0] must be a plain object (rule: type; got an array)'],
    [
      'a token with a space',
      () => ({ tokens: ['a token'] }),
      'createEvsEmulator: tokens[0] must be a token: visible ASCII, no spaces (rule: format; got "[redacted]" (string, 7 UTF-8 bytes))',
    ],
    [
      'a bound token that is empty',
      () => ({ tokens: [{ token: '', projectId: 'p1' }] }),
      'createEvsEmulator: tokens[0].token must be a token: visible ASCII, no spaces (rule: format; got "" (string, 0 UTF-8 bytes))',
    ],
    ['a bound token without its project', () => ({ tokens: [{ token: 'tok-a' }] }), 'createEvsEmulator: tokens[0].projectId must be a non-empty string (rule: type; got nothing)'],
    [
      'a bound token with an empty project',
      () => ({ tokens: [{ token: 'tok-a', projectId: '' }] }),
      'createEvsEmulator: tokens[0].projectId must be a non-empty string (rule: type; got "" (string, 0 UTF-8 bytes))',
    ],
    [
      'a bound token with an unknown key',
      () => ({ tokens: [{ token: 'tok-a', projectId: 'p1', scope: 'x' }] }),
      'createEvsEmulator: tokens[0].scope is not an option of tokens[0]; expected one of token, projectId (rule: additionalProperties; got an unknown option)',
    ],
    [
      'a token given twice',
      () => ({ tokens: ['tok-a', 'tok-b', 'tok-a'] }),
      'createEvsEmulator: tokens[2] must not repeat a token given before it (rule: uniqueItems; got "[redacted]" (string, 5 UTF-8 bytes))',
    ],
    [
      'a token given free and bound',
      () => ({ tokens: ['tok-a', { token: 'tok-a', projectId: 'p1' }] }),
      'createEvsEmulator: tokens[1].token must not repeat a token given before it (rule: uniqueItems; got "[redacted]" (string, 5 UTF-8 bytes))',
    ],
    [
      'more than 10000 tokens',
      () => ({ tokens: Array.from({ length: 10_001 }, (_, i) => `tok-${i}`) }),
      'createEvsEmulator: tokens must have at most 10000 entries (rule: maxItems; got an array of 10001)',
    ],
    ['access keys that are not an array', () => ({ accessKeys: {} }), 'createEvsEmulator: accessKeys must be an array (rule: type; got an object)'],
    [
      'an access key pair that is a string',
      () => ({ accessKeys: ['AK1:SK1'] }),
      'createEvsEmulator: accessKeys[0] must be a plain object (rule: type; got "[redacted]" (string, 7 UTF-8 bytes))',
    ],
    [
      'an access key that is empty',
      () => ({ accessKeys: [{ accessKey: '', secretKey: 'sk-1234' }] }),
      'createEvsEmulator: accessKeys[0].accessKey must be an access key: letters and digits (rule: format; got "" (string, 0 UTF-8 bytes))',
    ],
    [
      'an access key with punctuation',
      () => ({ accessKeys: [{ accessKey: 'AK-1', secretKey: 'sk-1234' }] }),
      'createEvsEmulator: accessKeys[0].accessKey must be an access key: letters and digits (rule: format; got "AK-1" (string, 4 UTF-8 bytes))',
    ],
    [
      'a secret key that is empty',
      () => ({ accessKeys: [{ accessKey: 'AK1', secretKey: '' }] }),
      'createEvsEmulator: accessKeys[0].secretKey must be a non-empty string (rule: type; got "" (string, 0 UTF-8 bytes))',
    ],
    [
      'a secret key that is missing',
      () => ({ accessKeys: [{ accessKey: 'AK1' }] }),
      'createEvsEmulator: accessKeys[0].secretKey must be a non-empty string (rule: type; got nothing)',
    ],
    [
      'an access key given twice',
      () => ({
        accessKeys: [
          { accessKey: 'AK1', secretKey: 'sk-1234' },
          { accessKey: 'AK1', secretKey: 'sk-5678' },
        ],
      }),
      'createEvsEmulator: accessKeys[1].accessKey must not repeat an access key given before it (rule: uniqueItems; got "AK1" (string, 3 UTF-8 bytes))',
    ],
    [
      'more than 10000 access keys',
      () => ({ accessKeys: Array.from({ length: 10_001 }, (_, i) => ({ accessKey: `AK${i}`, secretKey: 'sk-1234' })) }),
      'createEvsEmulator: accessKeys must have at most 10000 entries (rule: maxItems; got an array of 10001)',
    ],
    ['volumes that are not an array', () => ({ volumes: 'x' }), 'createEvsEmulator: volumes must be an array (rule: type; got "x" (string, 1 UTF-8 bytes))'],
    [
      'a volume without an id',
      () => ({ volumes: [{}] }),
      'createEvsEmulator: volumes[0].id must be a UUID such as 5aa119a8-d25b-45a7-8d1b-88e127885635 (rule: format; got nothing)',
    ],
    [
      'a volume id that is not a UUID',
      () => ({ volumes: [{ id: 'vol-1' }] }),
      'createEvsEmulator: volumes[0].id must be a UUID such as 5aa119a8-d25b-45a7-8d1b-88e127885635 (rule: format; got "vol-1" (string, 5 UTF-8 bytes))',
    ],
    [
      'a volume with an unknown status',
      () => ({ volumes: [{ id: V, status: 'gone' }] }),
      'createEvsEmulator: volumes[0].status must be one of available, in-use, attaching, creating, deleting, error, error_rollbacking, rollbacking (rule: enum; got "gone" (string, 4 UTF-8 bytes))',
    ],
    [
      'a volume with an empty project',
      () => ({ volumes: [{ id: V, projectId: '' }] }),
      'createEvsEmulator: volumes[0].projectId must be a non-empty string (rule: type; got "" (string, 0 UTF-8 bytes))',
    ],
    ['a volume of 0 GB', () => ({ volumes: [{ id: V, size: 0 }] }), 'createEvsEmulator: volumes[0].size must be a whole number from 1 to 65536 (rule: range; got 0 (number))'],
    [
      'a volume past 65536 GB',
      () => ({ volumes: [{ id: V, size: 65_537 }] }),
      'createEvsEmulator: volumes[0].size must be a whole number from 1 to 65536 (rule: range; got 65537 (number))',
    ],
    [
      'a volume with an empty zone',
      () => ({ volumes: [{ id: V, availabilityZone: '' }] }),
      'createEvsEmulator: volumes[0].availabilityZone must be a non-empty string (rule: type; got "" (string, 0 UTF-8 bytes))',
    ],
    [
      'a volume with an unknown key',
      () => ({ volumes: [{ id: V, name: 'disk' }] }),
      'createEvsEmulator: volumes[0].name is not an option of volumes[0]; expected one of id, projectId, size, status, availabilityZone, volumeType (rule: additionalProperties; got an unknown option)',
    ],
    ['faults that are not an array', () => ({ faults: { kind: 'error' } }), 'createEvsEmulator: faults must be an array (rule: type; got an object)'],
    [
      'more than 100 faults',
      () => ({ faults: Array.from({ length: 101 }, () => ({ kind: 'error' })) }),
      'createEvsEmulator: faults must have at most 100 entries (rule: maxItems; got an array of 101)',
    ],
    ['a fault that is a string', () => ({ faults: ['error'] }), 'createEvsEmulator: faults[0] must be a plain object (rule: type; got "error" (string, 5 UTF-8 bytes))'],
    [
      'a fault without a kind',
      () => ({ faults: [{}] }),
      'createEvsEmulator: faults[0].kind must be one of latency, throttle, error, unavailable, reset, stall, create-error, delete-error, restore-error (rule: enum; got nothing)',
    ],
    [
      'an unknown fault kind',
      () => ({ faults: [{ kind: 'explode' }] }),
      'createEvsEmulator: faults[0].kind must be one of latency, throttle, error, unavailable, reset, stall, create-error, delete-error, restore-error (rule: enum; got "explode" (string, 7 UTF-8 bytes))',
    ],
    [
      'a fault rate that is text',
      () => ({ faults: [{ kind: 'error', rate: '0.5' }] }),
      'createEvsEmulator: faults[0].rate must be a number from 0 to 1 (rule: range; got "0.5" (string, 3 UTF-8 bytes))',
    ],
    [
      'a fault rate below 0',
      () => ({ faults: [{ kind: 'error', rate: -0.01 }] }),
      'createEvsEmulator: faults[0].rate must be a number from 0 to 1 (rule: range; got -0.01 (number))',
    ],
    [
      'a fault rate above 1',
      () => ({ faults: [{ kind: 'error', rate: 1.01 }] }),
      'createEvsEmulator: faults[0].rate must be a number from 0 to 1 (rule: range; got 1.01 (number))',
    ],
    [
      'a fault rate that is NaN',
      () => ({ faults: [{ kind: 'error', rate: NaN }] }),
      'createEvsEmulator: faults[0].rate must be a number from 0 to 1 (rule: range; got NaN (number))',
    ],
    [
      'fault operations that are not an array',
      () => ({ faults: [{ kind: 'error', operations: 'listSnapshots' }] }),
      'createEvsEmulator: faults[0].operations must be an array (rule: type; got "listSnapshots" (string, 13 UTF-8 bytes))',
    ],
    [
      `more fault operations than twice the operations there are (${2 * operationIds.length})`,
      () => ({ faults: [{ kind: 'error', operations: Array.from({ length: 2 * operationIds.length + 1 }, () => 'listSnapshots') }] }),
      `createEvsEmulator: faults[0].operations must have at most ${2 * operationIds.length} entries (rule: maxItems; got an array of ${2 * operationIds.length + 1})`,
    ],
    [
      'a fault on an unknown operation',
      () => ({ faults: [{ kind: 'error', operations: ['listSnapshots', 'listSnapshot'] }] }),
      `createEvsEmulator: faults[0].operations[1] must be one of ${operationIds.join(', ')} (rule: enum; got "listSnapshot" (string, 12 UTF-8 bytes))`,
    ],
    [
      'a create-error fault that leaves out create',
      () => ({ faults: [{ kind: 'create-error', operations: ['deleteSnapshot'] }] }),
      'createEvsEmulator: faults[0].operations must include createSnapshot or createCinderSnapshot or createCinderSnapshotV3 for a create-error fault (rule: enum; got an array of 1)',
    ],
    [
      'a delete-error fault that leaves out delete',
      () => ({ faults: [{ kind: 'delete-error', operations: ['createSnapshot'] }] }),
      'createEvsEmulator: faults[0].operations must include deleteSnapshot or deleteCinderSnapshot or deleteCinderSnapshotV3 for a delete-error fault (rule: enum; got an array of 1)',
    ],
    [
      'a latency past 10 minutes',
      () => ({ faults: [{ kind: 'latency', ms: 600_001 }] }),
      'createEvsEmulator: faults[0].ms must be a whole number from 0 to 600000 (rule: range; got 600001 (number))',
    ],
    [
      'a stall below 0 ms',
      () => ({ faults: [{ kind: 'stall', ms: -1 }] }),
      'createEvsEmulator: faults[0].ms must be a whole number from 0 to 600000 (rule: range; got -1 (number))',
    ],
    [
      'a Retry-After past an hour',
      () => ({ faults: [{ kind: 'throttle', retryAfter: 3601 }] }),
      'createEvsEmulator: faults[0].retryAfter must be a whole number from 0 to 3600 (rule: range; got 3601 (number))',
    ],
    [
      'a Retry-After that is not whole',
      () => ({ faults: [{ kind: 'unavailable', retryAfter: 1.5 }] }),
      'createEvsEmulator: faults[0].retryAfter must be a whole number from 0 to 3600 (rule: range; got 1.5 (number))',
    ],
    [
      'the second fault bad',
      () => ({ faults: [{ kind: 'error' }, { kind: 'error', ms: 'x' }] }),
      'createEvsEmulator: faults[1].ms must be a whole number from 0 to 600000 (rule: range; got "x" (string, 1 UTF-8 bytes))',
    ],
    [
      'an autoCreateVolumes that is text',
      () => ({ autoCreateVolumes: 'yes' }),
      'createEvsEmulator: autoCreateVolumes must be true or false (rule: type; got "yes" (string, 3 UTF-8 bytes))',
    ],
    ['a seed below 0', () => ({ seed: -1 }), 'createEvsEmulator: seed must be a whole number from 0 to 4294967295 (rule: range; got -1 (number))'],
    ['a seed past 32 bits', () => ({ seed: 2 ** 32 }), 'createEvsEmulator: seed must be a whole number from 0 to 4294967295 (rule: range; got 4294967296 (number))'],
    ['a now that is not a function', () => ({ now: 5 }), 'createEvsEmulator: now must be a function (rule: type; got 5 (number))'],
    ['an onRequest that is not a function', () => ({ onRequest: 'print' }), 'createEvsEmulator: onRequest must be a function (rule: type; got "print" (string, 5 UTF-8 bytes))'],
    ['a maxSnapshots of 0', () => ({ maxSnapshots: 0 }), 'createEvsEmulator: maxSnapshots must be a whole number from 1 to 10000000 (rule: range; got 0 (number))'],
    [
      'a maxSnapshots past 10 million',
      () => ({ maxSnapshots: 10_000_001 }),
      'createEvsEmulator: maxSnapshots must be a whole number from 1 to 10000000 (rule: range; got 10000001 (number))',
    ],
    ['a maxVolumes of 0', () => ({ maxVolumes: 0 }), 'createEvsEmulator: maxVolumes must be a whole number from 1 to 10000000 (rule: range; got 0 (number))'],
    ['a logLimit below 0', () => ({ logLimit: -1 }), 'createEvsEmulator: logLimit must be a whole number from 0 to 1000000 (rule: range; got -1 (number))'],
    ['a logLimit past a million', () => ({ logLimit: 1_000_001 }), 'createEvsEmulator: logLimit must be a whole number from 0 to 1000000 (rule: range; got 1000001 (number))'],
    [
      'an unknown option',
      () => ({ delay: 5 }),
      'createEvsEmulator: delay is not an option; expected one of delays, cloud, quota, tokens, accessKeys, volumes, autoCreateVolumes, maxVolumes, seed, faults, now, maxSnapshots, logLimit, onRequest, fixtures, state, saveMs (rule: additionalProperties; got an unknown option)',
    ],
    ['options that are an array', () => [], 'createEvsEmulator: options must be a plain object (rule: type; got an array)'],
    [
      'a token list that cannot be read',
      () => ({
        tokens: new Proxy(['tok-a'], {
          get(t, k) {
            if (k === 'length') throw new Error('no length');
            return Reflect.get(t, k);
          },
        }),
      }),
      'createEvsEmulator: tokens must be an array whose entries can be read (reading it threw: no length) (rule: type; got an array that cannot be read)',
    ],
    [
      'a volume list that is a revoked Proxy',
      () => ({
        volumes: (() => {
          const p = Proxy.revocable([], {});
          p.revoke();
          return p.proxy;
        })(),
      }),
      "createEvsEmulator: volumes must be an array whose entries can be read (reading it threw: Cannot perform 'IsArray' on a proxy that has been revoked) (rule: type; got an array that cannot be read)",
    ],
  ])('%s', (_case, options, message) => {
    const error = refusalOf(options());
    expect(error.message).toBe(message);
    expect(error.name).toBe('EvsEmulatorOptionsError');
    // The parts a program reads are the parts of the message.
    expect(`createEvsEmulator: ${error.field} ${error.detail} (rule: ${error.rule}; got ${error.value})`).toBe(message);
  });

  it('refuses options whose getter throws, naming what it threw', () => {
    const options = Object.defineProperty({}, 'tokens', {
      enumerable: true,
      get() {
        throw new Error('getter broke');
      },
    });
    expect(refusalOf(options).message).toBe(
      'createEvsEmulator: options must be a plain object whose properties can be read (reading it threw: getter broke) (rule: type; got an object that cannot be read)',
    );
  });
});

describe('createEvsEmulator accepts the edges of each range', () => {
  it.each<[string, EvsEmulatorOptions]>([
    ['delays of 0 and of a day', { delays: { create: 0, delete: 86_400_000, rollback: 0 } }],
    ['10000 tokens', { tokens: Array.from({ length: 10_000 }, (_, i) => `tok-${i}`) }],
    ['10000 access keys', { accessKeys: Array.from({ length: 10_000 }, (_, i) => ({ accessKey: `AK${i}`, secretKey: 'sk-1234' })) }],
    ['100 faults', { faults: Array.from({ length: 100 }, () => ({ kind: 'error' as const })) }],
    ['12 fault operations, repeats included', { faults: [{ kind: 'error', operations: [...allOperations, ...allOperations] as never }] }],
    [
      'a fault rate of 0 and of 1',
      {
        faults: [
          { kind: 'error', rate: 0 },
          { kind: 'error', rate: 1 },
        ],
      },
    ],
    [
      'fault times at 0 and at their largest',
      {
        faults: [
          { kind: 'latency', ms: 0, retryAfter: 0 },
          { kind: 'stall', ms: 600_000, retryAfter: 3600 },
        ],
      },
    ],
    ['a delete-error fault on deletes', { faults: [{ kind: 'delete-error', operations: ['deleteSnapshot'] }] }],
    [
      'volumes of 1 and of 65536 GB',
      {
        volumes: [
          { id: V, size: 1 },
          { id: V.replace('5aa', '6aa'), size: 65_536 },
        ],
      },
    ],
    ['a seed of 0', { seed: 0 }],
    ['the largest seed', { seed: 2 ** 32 - 1 }],
    ['snapshot limits of 1 and 10 million, log limits of 0 and a million', { maxSnapshots: 1, logLimit: 0 }],
    ['the largest limits', { maxSnapshots: 10_000_000, maxVolumes: 10_000_000, logLimit: 1_000_000 }],
    ['autoCreateVolumes false', { autoCreateVolumes: false }],
  ])('%s', (_case, options) => {
    expect(() => resolveOptions(options)).not.toThrow();
  });
});

describe('createEvsEmulator fills in what is left out', () => {
  it('gives every option its documented default', () => {
    const resolved = resolveOptions(undefined);
    expect(resolved).toMatchObject({
      delays: { create: 1000, delete: 1000, rollback: 1000 },
      tokens: undefined,
      seededVolumes: [],
      autoCreateVolumes: true,
      faults: [],
      maxSnapshots: 100_000,
      maxVolumes: 100_000,
      logLimit: 10_000,
      onRequest: undefined,
      secrets: [],
    });
    expect(resolved.accessKeys.size).toBe(0);
    expect(resolved.now).toBe(Date.now);
  });

  it('draws a random whole seed below 2^31 when none is given', () => {
    const seeds = Array.from({ length: 8 }, () => resolveOptions({}).seed);
    for (const seed of seeds) expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
    // Eight draws of 0 out of 2^31 values would be a broken draw, not chance.
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('gives a volume its defaults and lower-cases its id', () => {
    expect(resolveOptions({ volumes: [{ id: V.toUpperCase() }] }).seededVolumes).toEqual([
      { id: V, projectId: undefined, size: 10, status: 'available', availabilityZone: 'eu-de-01', volumeType: 'SSD' },
    ]);
    expect(resolveOptions({ volumes: [{ id: V, projectId: 'p1', size: 20, status: 'in-use', availabilityZone: 'eu-de-02' }] }).seededVolumes).toEqual([
      { id: V, projectId: 'p1', size: 20, status: 'in-use', availabilityZone: 'eu-de-02', volumeType: 'SSD' },
    ]);
  });

  it('gives a fault its defaults: every operation, rate 1, Retry-After 1, 100 ms of latency and 10 s of stall', () => {
    const [latency, stall] = resolveOptions({ faults: [{ kind: 'latency' }, { kind: 'stall' }] }).faults;
    expect(latency).toEqual({ kind: 'latency', rate: 1, operations: new Set(allOperations), ms: 100, retryAfter: 1 });
    expect(stall).toEqual({ kind: 'stall', rate: 1, operations: new Set(allOperations), ms: 10_000, retryAfter: 1 });
  });

  it('maps each token to its project, and a free token to any project', () => {
    const { tokens, accessKeys } = resolveOptions({ tokens: ['tok-a', { token: 'tok-b', projectId: 'p1' }], accessKeys: [{ accessKey: 'AK1', secretKey: 'sk-1' }] });
    expect([...(tokens ?? [])]).toEqual([
      ['tok-a', ''],
      ['tok-b', 'p1'],
    ]);
    expect([...accessKeys]).toEqual([['AK1', 'sk-1']]);
  });
});

describe('the secrets createEvsEmulator hides', () => {
  it('are the tokens, bound tokens and secret keys of four characters or more', () => {
    const { secrets } = resolveOptions({ tokens: ['abc', 'tok-a', { token: 'tok-b', projectId: 'p1' }], accessKeys: [{ accessKey: 'AK1', secretKey: 'sk-1' }] });
    expect(secrets).toEqual(['tok-a', 'tok-b', 'sk-1']);
  });

  it('include a pair given as one string', () => {
    expect(refusalOf({ accessKeys: ['AK1:sk-in-one-string'] }).message).not.toContain('sk-in-one');
  });

  it.each([
    ['a token after a null entry', { tokens: [null, 'tok-secret-1'] }],
    ['a secret key after a null entry', { accessKeys: [null, { accessKey: 'AK1', secretKey: 'tok-secret-1' }] }],
  ])('are found past %s, so a secret pasted into another option is still hidden', (_case, options) => {
    // Volumes are checked before tokens and keys: the id shows, redacted, before the null is refused.
    const message = refusalOf({ ...options, volumes: [{ id: 'tok-secret-1' }] }).message;
    expect(message).toBe('createEvsEmulator: volumes[0].id must be a UUID such as 5aa119a8-d25b-45a7-8d1b-88e127885635 (rule: format; got "[redacted]" (string, 12 UTF-8 bytes))');
  });
});
