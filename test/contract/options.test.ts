// runContract's options, word for word: each refusal names the option, the rule and the value
// (a secret never), the edges of each range are accepted, and what is left out gets its default.
import { describe, expect, it } from 'vitest';
import { ContractOptionsError, resolveOptions } from '../../src/contract/options.js';

const P = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const valid = { baseUrl: 'https://evs.example.test', projectId: P, volumeId: V, auth: { token: 'tok-1234' } };

const refusalOf = (options: unknown): ContractOptionsError => {
  try {
    resolveOptions(options);
  } catch (error) {
    if (error instanceof ContractOptionsError) return error;
    throw error;
  }
  throw new Error('no error');
};

describe('runContract refuses, word for word', () => {
  it.each<[string, () => unknown, string]>([
    [
      'options that are not an object',
      () => 'https://evs.example.test',
      'runContract: options must be an object (rule: type; got "https://evs.example.test" (string, 24 UTF-8 bytes))',
    ],
    ['null options', () => null, 'runContract: options must be an object (rule: type; got null)'],
    [
      'an unknown option',
      () => ({ ...valid, retries: 3 }),
      'runContract: retries is not an option; expected one of baseUrl, projectId, volumeId, auth, rollback, restore, openstack, openstackV3, cloud, maxDisks, only, skip, generate, seed, timeoutMs, pollIntervalMs, waitTimeoutMs, maxSnapshots, stateless, dryRun, onEvent, fetch, strict, checks, excludeChecks, signal, cleanUpSignal (rule: additionalProperties; got an unknown option)',
    ],
    [
      'a fetch that is not a function',
      () => ({ ...valid, fetch: 'undici' }),
      'runContract: fetch must be a function like fetch (rule: type; got "undici" (string, 6 UTF-8 bytes))',
    ],
    [
      'no baseUrl',
      () => ({ projectId: P, volumeId: V, auth: { token: 'tok-1234' } }),
      'runContract: baseUrl must be the service URL, such as https://evs.eu-de.otc.t-systems.com (rule: required; got nothing)',
    ],
    [
      'a baseUrl that is a URL object',
      () => ({ ...valid, baseUrl: new URL('https://evs.example.test') }),
      'runContract: baseUrl must be the service URL, such as https://evs.eu-de.otc.t-systems.com (rule: required; got an object)',
    ],
    [
      'a baseUrl that is not http',
      () => ({ ...valid, baseUrl: 'ftp://evs.example.test' }),
      'runContract: baseUrl must use http or https, not ftp: (rule: format; got "ftp://evs.example.test")',
    ],
    [
      'a baseUrl with credentials',
      () => ({ ...valid, baseUrl: 'https://user:pw-secret@evs.example.test' }),
      'runContract: baseUrl must not carry credentials (user info) (rule: format; got [URL with credentials])',
    ],
    ['no projectId', () => ({ ...valid, projectId: undefined }), 'runContract: projectId must be a project ID (letters, digits and -, at most 64) (rule: format; got nothing)'],
    [
      'a projectId with a slash',
      () => ({ ...valid, projectId: 'a/b' }),
      'runContract: projectId must be a project ID (letters, digits and -, at most 64) (rule: format; got "a/b" (string, 3 UTF-8 bytes))',
    ],
    [
      'the token given as the projectId too, hidden',
      () => ({ ...valid, projectId: 'tok-1234/x' }),
      'runContract: projectId must be a project ID (letters, digits and -, at most 64) (rule: format; got "[redacted]/x" (string, 10 UTF-8 bytes))',
    ],
    [
      'a projectId of 65 characters',
      () => ({ ...valid, projectId: 'a'.repeat(65) }),
      'runContract: projectId must be a project ID (letters, digits and -, at most 64) (rule: format; got "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… (string, 65 UTF-8 bytes))',
    ],
    [
      'an empty projectId',
      () => ({ ...valid, projectId: '' }),
      'runContract: projectId must be a project ID (letters, digits and -, at most 64) (rule: format; got "" (string, 0 UTF-8 bytes))',
    ],
    [
      'a volumeId that is not a UUID',
      () => ({ ...valid, volumeId: 'disk-1' }),
      'runContract: volumeId must be the UUID of a disk (rule: format; got "disk-1" (string, 6 UTF-8 bytes))',
    ],
    ['a volumeId that is a number', () => ({ ...valid, volumeId: 5 }), 'runContract: volumeId must be the UUID of a disk (rule: format; got 5 (number))'],
    ['an onEvent that is not a function', () => ({ ...valid, onEvent: 'print' }), 'runContract: onEvent must be a function (rule: type; got "print" (string, 5 UTF-8 bytes))'],
    ['no auth', () => ({ ...valid, auth: undefined }), 'runContract: auth must be { token } or { accessKey, secretKey, securityToken? } (rule: required; got nothing)'],
    [
      'auth that is a string',
      () => ({ ...valid, auth: 'tok-secret-1234' }),
      'runContract: auth must be { token } or { accessKey, secretKey, securityToken? } (rule: required; got [redacted])',
    ],
    ['auth that is null', () => ({ ...valid, auth: null }), 'runContract: auth must be { token } or { accessKey, secretKey, securityToken? } (rule: required; got null)'],
    [
      'auth with an unknown key',
      () => ({ ...valid, auth: { token: 'tok-1234', password: 'x' } }),
      'runContract: auth.password is not an option of auth; expected one of token, accessKey, secretKey, securityToken (rule: additionalProperties; got an unknown option)',
    ],
    [
      'auth with a token and a key pair',
      () => ({ ...valid, auth: { token: 'tok-1234', accessKey: 'AK1234' } }),
      'runContract: auth must hold a token or an AK/SK pair, not both (rule: oneOf; got [redacted])',
    ],
    [
      'auth with a token and a secret key',
      () => ({ ...valid, auth: { token: 'tok-1234', secretKey: 'SK1234' } }),
      'runContract: auth must hold a token or an AK/SK pair, not both (rule: oneOf; got [redacted])',
    ],
    ['an empty token', () => ({ ...valid, auth: { token: '' } }), 'runContract: auth.token must be a non-empty string (rule: required; got [redacted])'],
    ['a blank token', () => ({ ...valid, auth: { token: '   ' } }), 'runContract: auth.token must be a non-empty string (rule: required; got [redacted])'],
    ['a token that is a number', () => ({ ...valid, auth: { token: 12345 } }), 'runContract: auth.token must be a non-empty string (rule: required; got [redacted])'],
    [
      'a token of 3 characters',
      () => ({ ...valid, auth: { token: 'abc' } }),
      'runContract: auth.token must be at least 4 characters: a shorter one could not be removed from reports without mangling them (rule: minLength; got [redacted])',
    ],
    [
      'a token with a space',
      () => ({ ...valid, auth: { token: 'tok 1234' } }),
      'runContract: auth.token must be printable ASCII with no spaces (it is sent in a header) (rule: format; got [redacted])',
    ],
    [
      'a token with a line break',
      () => ({ ...valid, auth: { token: 'tok-1234\nX-Evil: 1' } }),
      'runContract: auth.token must be printable ASCII with no spaces (it is sent in a header) (rule: format; got [redacted])',
    ],
    ['auth with neither', () => ({ ...valid, auth: {} }), 'runContract: auth.accessKey must be a non-empty string (rule: required; got nothing)'],
    [
      'an access key without a secret key',
      () => ({ ...valid, auth: { accessKey: 'AK1234' } }),
      'runContract: auth.secretKey must be a non-empty string (rule: required; got nothing)',
    ],
    [
      'a short secret key',
      () => ({ ...valid, auth: { accessKey: 'AK1234', secretKey: 'SK1' } }),
      'runContract: auth.secretKey must be at least 4 characters: a shorter one could not be removed from reports without mangling them (rule: minLength; got [redacted])',
    ],
    [
      'a security token with a space',
      () => ({ ...valid, auth: { accessKey: 'AK1234', secretKey: 'SK1234', securityToken: 'st 1234' } }),
      'runContract: auth.securityToken must be printable ASCII with no spaces (it is sent in a header) (rule: format; got [redacted])',
    ],
    ['a rollback that is text', () => ({ ...valid, rollback: 'yes' }), 'runContract: rollback must be true or false (rule: type; got "yes" (string, 3 UTF-8 bytes))'],
    ['a stateless that is 1', () => ({ ...valid, stateless: 1 }), 'runContract: stateless must be true or false (rule: type; got 1 (number))'],
    ['a dryRun that is null', () => ({ ...valid, dryRun: null }), 'runContract: dryRun must be true or false (rule: type; got null)'],
    [
      'an only that is a string',
      () => ({ ...valid, only: 'create' }),
      'runContract: only must be a list of scenario names, groups or operationIds (rule: type; got "create" (string, 6 UTF-8 bytes))',
    ],
    [
      'an only with an empty name',
      () => ({ ...valid, only: ['create', ' '] }),
      'runContract: only must be a list of scenario names, groups or operationIds (rule: type; got an array of 2)',
    ],
    ['a skip with a number', () => ({ ...valid, skip: [5] }), 'runContract: skip must be a list of scenario names, groups or operationIds (rule: type; got an array of 1)'],
    ['a generate that is text', () => ({ ...valid, generate: '25' }), 'runContract: generate must be a whole number (rule: type; got "25" (string, 2 UTF-8 bytes))'],
    ['a generate that is not whole', () => ({ ...valid, generate: 2.5 }), 'runContract: generate must be a whole number (rule: type; got 2.5 (number))'],
    ['a generate past 10000', () => ({ ...valid, generate: 10_001 }), 'runContract: generate must be from 0 to 10000 (rule: range; got 10001 (number))'],
    ['a negative generate', () => ({ ...valid, generate: -1 }), 'runContract: generate must be from 0 to 10000 (rule: range; got -1 (number))'],
    ['a seed past 2^31 - 1', () => ({ ...valid, seed: 2 ** 31 }), 'runContract: seed must be from 0 to 2147483647 (rule: range; got 2147483648 (number))'],
    ['a negative seed', () => ({ ...valid, seed: -1 }), 'runContract: seed must be from 0 to 2147483647 (rule: range; got -1 (number))'],
    ['a timeout of 0', () => ({ ...valid, timeoutMs: 0 }), 'runContract: timeoutMs must be from 1 to 600000 (rule: range; got 0 (number))'],
    ['a timeout past 10 minutes', () => ({ ...valid, timeoutMs: 600_001 }), 'runContract: timeoutMs must be from 1 to 600000 (rule: range; got 600001 (number))'],
    ['a negative poll interval', () => ({ ...valid, pollIntervalMs: -1 }), 'runContract: pollIntervalMs must be from 0 to 600000 (rule: range; got -1 (number))'],
    ['a poll interval past 10 minutes', () => ({ ...valid, pollIntervalMs: 600_001 }), 'runContract: pollIntervalMs must be from 0 to 600000 (rule: range; got 600001 (number))'],
    ['a wait past a day', () => ({ ...valid, waitTimeoutMs: 86_400_001 }), 'runContract: waitTimeoutMs must be from 0 to 86400000 (rule: range; got 86400001 (number))'],
    ['a negative wait', () => ({ ...valid, waitTimeoutMs: -1 }), 'runContract: waitTimeoutMs must be from 0 to 86400000 (rule: range; got -1 (number))'],
    ['a maxSnapshots past 1000', () => ({ ...valid, maxSnapshots: 1001 }), 'runContract: maxSnapshots must be from 0 to 1000 (rule: range; got 1001 (number))'],
    ['a negative maxSnapshots', () => ({ ...valid, maxSnapshots: -1 }), 'runContract: maxSnapshots must be from 0 to 1000 (rule: range; got -1 (number))'],
    ['a maxSnapshots that is NaN', () => ({ ...valid, maxSnapshots: NaN }), 'runContract: maxSnapshots must be a whole number (rule: type; got NaN (number))'],
    [
      'a projectId that is an object whose text is one',
      () => ({ ...valid, projectId: { toString: () => P } }),
      'runContract: projectId must be a project ID (letters, digits and -, at most 64) (rule: format; got an object)',
    ],
    [
      'a volumeId that is an object whose text is a UUID',
      () => ({ ...valid, volumeId: { toString: () => V } }),
      'runContract: volumeId must be the UUID of a disk (rule: format; got an object)',
    ],
    [
      'a baseUrl with a query',
      () => ({ ...valid, baseUrl: 'https://evs.example.test/?region=eu' }),
      'runContract: baseUrl must not have a query or fragment (rule: format; got "https://evs.example.test/?region=eu")',
    ],
    [
      'a baseUrl with an empty fragment',
      () => ({ ...valid, baseUrl: 'https://evs.example.test#' }),
      'runContract: baseUrl must not have a query or fragment (rule: format; got "https://evs.example.test#")',
    ],
  ])('%s', (_case, options, message) => {
    const error = refusalOf(options());
    expect(error.message).toBe(message);
    expect(error.name).toBe('ContractOptionsError');
    expect(`runContract: ${error.field} ${error.detail} (rule: ${error.rule}; got ${error.value})`).toBe(message);
  });

  it('never shows a secret given in the wrong place or form', () => {
    const secret = 'tok-secret-value-1234';
    for (const auth of [
      secret,
      { token: `${secret} ` },
      { token: secret, secretKey: secret },
      { accessKey: secret, secretKey: 'SK1' },
      { accessKey: 'AK1234', secretKey: `${secret}\n` },
    ])
      expect(refusalOf({ ...valid, auth }).message).not.toContain('secret-value');
  });
});

describe('runContract accepts', () => {
  it.each<[string, Record<string, unknown>]>([
    ['the smallest numbers', { generate: 0, seed: 0, timeoutMs: 1, pollIntervalMs: 0, waitTimeoutMs: 0, maxSnapshots: 0 }],
    ['the largest numbers', { generate: 10_000, seed: 2 ** 31 - 1, timeoutMs: 600_000, pollIntervalMs: 600_000, waitTimeoutMs: 86_400_000, maxSnapshots: 1000 }],
    ['a project ID of 64 characters', { projectId: 'a'.repeat(64) }],
    ['a token of 4 characters', { auth: { token: 'abcd' } }],
    ['an AK/SK pair with a security token', { auth: { accessKey: 'AK12', secretKey: 'SK12', securityToken: 'ST12' } }],
  ])('%s', (_case, change) => {
    expect(() => resolveOptions({ ...valid, ...change })).not.toThrow();
  });

  it('keeps a path of the base URL as a prefix, without its trailing slashes', () => {
    expect(resolveOptions({ ...valid, baseUrl: 'https://gateway.example.test/evs//' }).baseUrl).toBe('https://gateway.example.test/evs');
  });
});

describe('runContract fills in what is left out', () => {
  it('assumes a real cloud: no rollback, long waits, 20 snapshots at most', () => {
    const resolved = resolveOptions(valid);
    expect(resolved).toMatchObject({
      baseUrl: 'https://evs.example.test',
      projectId: P,
      volumeId: V,
      auth: { token: 'tok-1234' },
      rollback: false,
      only: [],
      skip: [],
      generate: 25,
      timeoutMs: 30_000,
      pollIntervalMs: 3000,
      waitTimeoutMs: 600_000,
      maxSnapshots: 20,
      stateless: false,
      dryRun: false,
    });
    expect(resolved.onEvent({} as never)).toBeUndefined();
  });

  it('takes the switches and the names as given, names trimmed', () => {
    const onEvent = () => undefined;
    expect(resolveOptions({ ...valid, rollback: true, stateless: true, dryRun: true, only: [' create ', 'list'], skip: ['generated'], onEvent })).toMatchObject({
      rollback: true,
      stateless: true,
      dryRun: true,
      only: ['create', 'list'],
      skip: ['generated'],
      onEvent,
    });
  });

  it('keeps the security token only when one is given', () => {
    expect(Object.keys(resolveOptions({ ...valid, auth: { accessKey: 'AK12', secretKey: 'SK12' } }).auth)).toEqual(['accessKey', 'secretKey']);
    expect(resolveOptions({ ...valid, auth: { accessKey: 'AK12', secretKey: 'SK12', securityToken: 'ST12' } }).auth).toEqual({
      accessKey: 'AK12',
      secretKey: 'SK12',
      securityToken: 'ST12',
    });
  });

  it('draws a random whole seed below 2^31 when none is given', () => {
    const seeds = Array.from({ length: 8 }, () => resolveOptions(valid).seed);
    for (const seed of seeds) expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
