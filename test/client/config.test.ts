// createEvsClient checks its options and resolves regions from the spec's servers.
import { describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClientOptions, EvsValidationError, regionEndpoints } from '../../src/client/index.js';
import { projectId, snapshotBody, snapshotId, token } from './fixtures.js';

function optionError(options: unknown): EvsValidationError {
  try {
    createEvsClient(options as EvsClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(EvsValidationError);
    return error as EvsValidationError;
  }
  throw new Error('createEvsClient accepted bad options');
}

/** The refusal of a region that is not one of the spec's, which lists them all. */
const regionsRefused = (got: string): string => `createEvsClient: region must be one of the spec's regions: ${Object.keys(regionEndpoints).join(', ')} (rule: enum; got ${got})`;

describe('createEvsClient options', () => {
  it('resolves a region to its endpoint from the spec', () => {
    expect(createEvsClient({ region: 'eu-de', projectId, auth: { token } }).baseUrl).toBe('https://evs.eu-de.otc.t-systems.com');
    expect(createEvsClient({ region: 'cn-north-4', projectId, auth: { token } }).baseUrl).toBe('https://evs.cn-north-4.myhuaweicloud.com');
    expect(Object.keys(regionEndpoints)).toHaveLength(36);
  });

  it('takes an empty extra header value', () => {
    expect(() => createEvsClient({ region: 'eu-de', projectId, auth: { token }, headers: { 'X-Empty': '' } })).not.toThrow();
  });

  it('takes an endpoint and drops a trailing slash', () => {
    expect(createEvsClient({ endpoint: 'http://127.0.0.1:4010/', projectId, auth: { token } }).baseUrl).toBe('http://127.0.0.1:4010');
  });

  it.each<[string, unknown, string, string, string]>([
    ['neither endpoint nor region', { projectId, auth: { token } }, 'endpoint', 'required', 'createEvsClient: endpoint or region is required (rule: required; got nothing)'],
    [
      'both endpoint and region',
      { endpoint: 'https://x.example', region: 'eu-de', projectId, auth: { token } },
      'endpoint',
      'oneOf',
      'createEvsClient: endpoint and region are exclusive: give one of them (rule: oneOf; got "https://x.example" (string, 17 UTF-8 bytes))',
    ],
    ['an unknown region', { region: 'eu-xx', projectId, auth: { token } }, 'region', 'enum', regionsRefused('"eu-xx" (string, 5 UTF-8 bytes)')],
    [
      'a relative endpoint',
      { endpoint: 'evs.eu-de', projectId, auth: { token } },
      'endpoint',
      'format',
      'createEvsClient: endpoint must be an absolute URL such as https://evs.eu-de.otc.t-systems.com (rule: format; got "evs.eu-de" (string, 9 UTF-8 bytes))',
    ],
    [
      'an ftp endpoint',
      { endpoint: 'ftp://evs.example', projectId, auth: { token } },
      'endpoint',
      'format',
      'createEvsClient: endpoint must use http or https, not ftp: (rule: format; got "ftp://evs.example" (string, 17 UTF-8 bytes))',
    ],
    [
      'an endpoint that is not a string',
      { endpoint: 443, projectId, auth: { token } },
      'endpoint',
      'type',
      'createEvsClient: endpoint must be a string (rule: type; got 443 (number))',
    ],
    [
      'an endpoint with user info, not shown',
      { endpoint: 'https://ak:sk-secret@evs.example', projectId, auth: { token } },
      'endpoint',
      'format',
      'createEvsClient: endpoint must not carry credentials (user info); use auth (rule: format; got [URL with credentials])',
    ],
    [
      'a missing project',
      { region: 'eu-de', auth: { token } },
      'projectId',
      'format',
      'createEvsClient: projectId must be a non-empty project ID of letters, digits, "-" or "_" (rule: format; got nothing)',
    ],
    [
      'a project with a slash',
      { region: 'eu-de', projectId: 'a/b', auth: { token } },
      'projectId',
      'format',
      'createEvsClient: projectId must be a non-empty project ID of letters, digits, "-" or "_" (rule: format; got "a/b" (string, 3 UTF-8 bytes))',
    ],
    ['no auth', { region: 'eu-de', projectId }, 'auth', 'type', 'createEvsClient: auth must be an object: { token } or { accessKey, secretKey } (rule: type; got nothing)'],
    [
      'an empty token',
      { region: 'eu-de', projectId, auth: { token: '' } },
      'auth.token',
      'type',
      'createEvsClient: auth.token must be a non-empty string (rule: type; got [redacted string of 0 characters])',
    ],
    [
      'a token with a line break',
      { region: 'eu-de', projectId, auth: { token: 'a\nb' } },
      'auth.token',
      'format',
      'createEvsClient: auth.token must be printable ASCII on one line (rule: format; got [redacted string of 3 characters])',
    ],
    [
      'a zero timeout',
      { region: 'eu-de', projectId, auth: { token }, timeoutMs: 0 },
      'timeoutMs',
      'range',
      'createEvsClient: timeoutMs must be an integer from 1 to 2147483647 (rule: range; got 0 (number))',
    ],
    [
      'a fractional retry count',
      { region: 'eu-de', projectId, auth: { token }, retry: { retries: 1.5 } },
      'retry.retries',
      'range',
      'createEvsClient: retry.retries must be an integer from 0 to 10 (rule: range; got 1.5 (number))',
    ],
    [
      'a token among the extra headers',
      { region: 'eu-de', projectId, auth: { token }, headers: { 'x-auth-token': token } },
      'headers.x-auth-token',
      'credentials',
      'createEvsClient: headers.x-auth-token must not be set here; pass credentials in auth (rule: credentials; got [redacted string of 8192 characters])',
    ],
    [
      'a header value that is not a string',
      { region: 'eu-de', projectId, auth: { token }, headers: { 'X-Trace': 1 } },
      'headers.X-Trace',
      'type',
      'createEvsClient: headers.X-Trace must be a string (rule: type; got 1 (number))',
    ],
    [
      'a header name with a space',
      { region: 'eu-de', projectId, auth: { token }, headers: { 'X Trace': 't' } },
      'headers["X Trace"]',
      'format',
      'createEvsClient: headers["X Trace"] must be a header name: letters, digits and !#$%&\'*+.^_`|~- only (no spaces, colons or line breaks) (rule: format; got "X Trace" (string, 7 UTF-8 bytes))',
    ],
    [
      'a header given twice in two cases',
      { region: 'eu-de', projectId, auth: { token }, headers: { 'X-Trace': 'a', 'x-trace': 'b' } },
      'headers.x-trace',
      'unique',
      'createEvsClient: headers.x-trace is given twice (header names are case-insensitive) (rule: unique; got "b" (string, 1 UTF-8 bytes))',
    ],
    [
      'a header value with a trailing space',
      { region: 'eu-de', projectId, auth: { token }, headers: { 'X-Trace': 'a ' } },
      'headers.X-Trace',
      'format',
      'createEvsClient: headers.X-Trace must be printable ASCII on one line, without leading or trailing spaces (fetch would trim or refuse it, and AK/SK signing signs ASCII only) (rule: format; got "a " (string, 2 UTF-8 bytes))',
    ],
    [
      'an unknown key of the signing form',
      { region: 'eu-de', projectId, auth: { accessKey: 'AK', secretKey: 'SK', signingForm: { type: 'credential', scope: 'x' } } },
      'auth.signingForm.scope',
      'additionalProperties',
      'createEvsClient: auth.signingForm.scope is not an option of auth.signingForm; expected one of type, region, service (rule: additionalProperties; got an unknown option)',
    ],
    [
      'an onRetry that is not a function',
      { region: 'eu-de', projectId, auth: { token }, onRetry: 'log' },
      'onRetry',
      'type',
      'createEvsClient: onRetry must be a function (rule: type; got "log" (string, 3 UTF-8 bytes))',
    ],
    [
      'a fetch that is not a function',
      { region: 'eu-de', projectId, auth: { token }, fetch: 'fetch' },
      'fetch',
      'type',
      'createEvsClient: fetch must be a function (rule: type; got "fetch" (string, 5 UTF-8 bytes))',
    ],
    ['a region that is not a string', { region: 5, projectId, auth: { token } }, 'region', 'enum', regionsRefused('5 (number)')],
    [
      'auth that is null',
      { region: 'eu-de', projectId, auth: null },
      'auth',
      'type',
      'createEvsClient: auth must be an object: { token } or { accessKey, secretKey } (rule: type; got null)',
    ],
    [
      'auth that is a string, most likely the token itself, without showing it',
      { region: 'eu-de', projectId, auth: 'token' },
      'auth',
      'type',
      'createEvsClient: auth must be an object: { token } or { accessKey, secretKey } (rule: type; got [redacted string of 5 characters])',
    ],
    [
      'auth with a token and AK/SK',
      { region: 'eu-de', projectId, auth: { token, accessKey: 'AK', secretKey: 'SK' } },
      'auth',
      'oneOf',
      'createEvsClient: auth takes either { token } or { accessKey, secretKey }, not both (rule: oneOf; got an object with token and accessKey, secretKey)',
    ],
    [
      'a signing form that is null',
      { region: 'eu-de', projectId, auth: { accessKey: 'AK', secretKey: 'SK', signingForm: null } },
      'auth.signingForm',
      'type',
      'createEvsClient: auth.signingForm must be "access", { type: "access" } or { type: "credential", region?, service? } (rule: type; got null)',
    ],
    [
      'a signing form that is another string',
      { region: 'eu-de', projectId, auth: { accessKey: 'AK', secretKey: 'SK', signingForm: 'credential' } },
      'auth.signingForm',
      'type',
      'createEvsClient: auth.signingForm must be "access", { type: "access" } or { type: "credential", region?, service? } (rule: type; got "credential" (string, 10 UTF-8 bytes))',
    ],
    [
      'a signing form of an unknown type',
      { region: 'eu-de', projectId, auth: { accessKey: 'AK', secretKey: 'SK', signingForm: { type: 'v4' } } },
      'auth.signingForm.type',
      'enum',
      'createEvsClient: auth.signingForm.type must be "access" or "credential" (rule: enum; got "v4" (string, 2 UTF-8 bytes))',
    ],
    [
      'a signing form with an unknown key',
      { region: 'eu-de', projectId, auth: { accessKey: 'AK', secretKey: 'SK', signingForm: { type: 'credential', zone: 'x' } } },
      'auth.signingForm.zone',
      'additionalProperties',
      'createEvsClient: auth.signingForm.zone is not an option of auth.signingForm; expected one of type, region, service (rule: additionalProperties; got an unknown option)',
    ],
    [
      'auth without token or keys',
      { region: 'eu-de', projectId, auth: {} },
      'auth.token',
      'required',
      'createEvsClient: auth.token is required, or accessKey and secretKey for AK/SK signing (rule: required; got nothing)',
    ],
    [
      'a token that is a number',
      { region: 'eu-de', projectId, auth: { token: 5 } },
      'auth.token',
      'type',
      'createEvsClient: auth.token must be a non-empty string (rule: type; got [redacted number])',
    ],
    [
      'a token of blanks',
      { region: 'eu-de', projectId, auth: { token: '   ' } },
      'auth.token',
      'type',
      'createEvsClient: auth.token must be a non-empty string (rule: type; got [redacted string of 3 characters])',
    ],
    [
      'a non-ASCII token',
      { region: 'eu-de', projectId, auth: { token: 'tökén' } },
      'auth.token',
      'format',
      'createEvsClient: auth.token must be printable ASCII on one line (rule: format; got [redacted string of 5 characters])',
    ],
    [
      'retry that is null',
      { region: 'eu-de', projectId, auth: { token }, retry: null },
      'retry',
      'type',
      'createEvsClient: retry must be false or an object (rule: type; got null)',
    ],
    [
      'retry that is true',
      { region: 'eu-de', projectId, auth: { token }, retry: true },
      'retry',
      'type',
      'createEvsClient: retry must be false or an object (rule: type; got true (boolean))',
    ],
    [
      'a negative base delay',
      { region: 'eu-de', projectId, auth: { token }, retry: { baseDelayMs: -1 } },
      'retry.baseDelayMs',
      'range',
      'createEvsClient: retry.baseDelayMs must be an integer from 0 to 2147483647 (rule: range; got -1 (number))',
    ],
    [
      'a max delay past the longest timer',
      { region: 'eu-de', projectId, auth: { token }, retry: { maxDelayMs: 2 ** 31 } },
      'retry.maxDelayMs',
      'range',
      'createEvsClient: retry.maxDelayMs must be an integer from 0 to 2147483647 (rule: range; got 2147483648 (number))',
    ],
    [
      'headers that are null',
      { region: 'eu-de', projectId, auth: { token }, headers: null },
      'headers',
      'type',
      'createEvsClient: headers must be an object of header names to strings (rule: type; got null)',
    ],
    [
      'headers that are an array',
      { region: 'eu-de', projectId, auth: { token }, headers: [['X-A', 'b']] },
      'headers',
      'type',
      'createEvsClient: headers must be an object of header names to strings (rule: type; got an array of 1)',
    ],
    [
      'headers that are a string',
      { region: 'eu-de', projectId, auth: { token }, headers: 'X-A: b' },
      'headers',
      'type',
      'createEvsClient: headers must be an object of header names to strings (rule: type; got "X-A: b" (string, 6 UTF-8 bytes))',
    ],
    ...['X-Sdk-Date', 'X-Project-Id', 'Content-Type', 'Content-Length', 'Host', 'Transfer-Encoding', 'Connection'].map((name): [string, unknown, string, string, string] => [
      `the header ${name}, which the client sets itself`,
      { region: 'eu-de', projectId, auth: { token }, headers: { [name]: 'x' } },
      `headers.${name}`,
      'reserved',
      `createEvsClient: headers.${name} is set by the client itself and cannot be given here (rule: reserved; got "x" (string, 1 UTF-8 bytes))`,
    ]),
  ])('rejects %s', (_case, options, field, rule, message) => {
    const error = optionError(options);
    expect([error.operation, error.field, error.rule, error.message]).toEqual(['createEvsClient', field, rule, message]);
  });

  it('lists the valid regions when one is unknown', () => {
    expect(optionError({ region: 'eu-xx', projectId, auth: { token } }).message).toContain('eu-de, eu-nl');
  });
});

describe('createEvsClient defaults', () => {
  /** A client on a fetch function that answers from `replies` in turn, recording each request. */
  const recording = (replies: (() => Response)[], options: Partial<EvsClientOptions>) => {
    const requests: Request[] = [];
    const client = createEvsClient({
      endpoint: 'https://evs.example',
      projectId,
      auth: { token },
      ...options,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(new Request(input, init));
        return (replies[requests.length - 1] ?? (() => new Response('{}', { status: 500 })))();
      },
    } as EvsClientOptions);
    return { client, requests };
  };
  const json =
    (status: number, body: unknown, headers: Record<string, string> = {}) =>
    () =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

  it('retries a read by the default policy when retry is not given', async () => {
    const { client, requests } = recording([json(503, { error: { code: 'EVS.5503', message: 'busy' } }, { 'Retry-After': '0' }), json(200, snapshotBody)], {});
    await expect(client.showSnapshot(snapshotId)).resolves.toMatchObject({ id: snapshotId });
    expect(requests).toHaveLength(2);
  });

  it('gives up after the default three retries', async () => {
    const busy = json(503, { error: { code: 'EVS.5503', message: 'busy' } }, { 'Retry-After': '0' });
    const { client, requests } = recording([busy, busy, busy, busy, busy, busy], {});
    await expect(client.showSnapshot(snapshotId)).rejects.toMatchObject({ status: 503, attempts: 4 });
    expect(requests).toHaveLength(4);
  });

  it.each([
    ['"access"', 'access'],
    ['{ type: "access" }', { type: 'access' }],
  ])('signs in the Access= form when signingForm is %s', async (_case, signingForm) => {
    const { client, requests } = recording([json(200, snapshotBody)], { auth: { accessKey: 'AKEXAMPLE', secretKey: 'SKEXAMPLE', signingForm } as never });
    await client.showSnapshot(snapshotId);
    expect(requests[0]?.headers.get('Authorization')).toMatch(/^SDK-HMAC-SHA256 Access=AKEXAMPLE, SignedHeaders=/);
  });
});
