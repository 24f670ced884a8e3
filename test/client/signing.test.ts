// signRequest: Huawei's published example, the canonicalisation rules, the Credential= form, and
// input errors that name field and rule without ever showing the secret key or security token.
import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { canonicalRequest, type SignableRequest, signRequest } from '../../src/client/auth/signing.js';
import { EvsValidationError, type SigningCredentials, type SigningOptions } from '../../src/client/index.js';

// The published example (HWC signing guide, api-sign-algorithm-002 to 005).
const example = {
  url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
  headers: { 'Content-Type': 'application/json', Host: 'service.region.example.com' },
  credentials: { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' },
  date: new Date('2019-11-15T03:36:55Z'),
  canonical: [
    'GET',
    '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/',
    'limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
    'content-type:application/json',
    'host:service.region.example.com',
    'x-sdk-date:20191115T033655Z',
    '',
    'content-type;host;x-sdk-date',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  ].join('\n'),
  canonicalHash: 'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
  signature: '7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
};

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The canonical request of a GET with a fixed X-Sdk-Date, split into its lines. */
function canonicalLines(url: string, headers: Record<string, string> = {}, extra: Partial<SignableRequest> = {}): string[] {
  return canonicalRequest({ method: 'GET', url, headers: { 'X-Sdk-Date': '20240101T000000Z', ...headers }, ...extra }).text.split('\n');
}

describe('the published example', () => {
  it('gives the documented canonical request and its hash', () => {
    const { text, signedHeaders } = canonicalRequest({ method: 'GET', url: example.url, headers: { ...example.headers, 'X-Sdk-Date': '20191115T033655Z' } });
    expect(text).toBe(example.canonical);
    expect(sha256(text)).toBe(example.canonicalHash);
    expect(signedHeaders).toBe('content-type;host;x-sdk-date');
  });

  it('gives the documented signature and Authorization header', () => {
    const headers = signRequest({ method: 'GET', url: example.url, headers: example.headers }, example.credentials, { date: example.date });
    expect(headers).toEqual({
      'X-Sdk-Date': '20191115T033655Z',
      Authorization: `SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=${example.signature}`,
    });
  });

  it('signs the same with the Host taken from the URL, and from a URL object or a Headers', () => {
    const fromUrl = signRequest({ method: 'get', url: new URL(example.url), headers: new Headers({ 'content-type': 'application/json' }) }, example.credentials, {
      date: example.date,
    });
    expect(fromUrl.Authorization).toContain(`Signature=${example.signature}`);
  });
});

describe('the Credential= form', () => {
  // Expected values computed separately with Python's hmac/hashlib from the steps of section 4.5.
  it('derives the key from the date, region and service (empty, as gophertelekomcloud sends them)', () => {
    const form: SigningOptions['form'] = { type: 'credential' };
    const { Authorization } = signRequest({ method: 'GET', url: example.url, headers: example.headers }, example.credentials, { date: example.date, form });
    expect(Authorization).toBe(
      'SDK-HMAC-SHA256 Credential=QTWAOYTTINDUT2QVKYUC/20191115///sdk_request, SignedHeaders=content-type;host;x-sdk-date, Signature=a0f03b56828e2195f3f9f980a128ed757130504ee958dc210add06e9df89f227',
    );
  });

  it('puts region and service into the scope', () => {
    const form: SigningOptions['form'] = { type: 'credential', region: 'eu-de', service: 'evs' };
    const { Authorization } = signRequest({ method: 'GET', url: example.url, headers: example.headers }, example.credentials, { date: example.date, form });
    expect(Authorization).toBe(
      'SDK-HMAC-SHA256 Credential=QTWAOYTTINDUT2QVKYUC/20191115/eu-de/evs/sdk_request, SignedHeaders=content-type;host;x-sdk-date, Signature=0a6cf669451649b48942ee0c126d442b66c81c4d0c82efb28f0dc3fbc21093fb',
    );
  });
});

describe('signRequest headers', () => {
  it('stamps the current time by default, as YYYYMMDDTHHMMSSZ in UTC', () => {
    const before = Date.now();
    const { 'X-Sdk-Date': sdkDate } = signRequest({ method: 'GET', url: example.url }, example.credentials);
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(sdkDate);
    expect(match).not.toBeNull();
    const [, y, mo, d, h, mi, s] = match ?? [];
    const stamped = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    expect(stamped).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  it('adds and signs X-Security-Token for temporary credentials, replacing stale copies', () => {
    const securityToken = 'temporary-token-value';
    const request = { method: 'GET', url: example.url, headers: { 'x-security-token': 'stale', 'X-SDK-DATE': '19990101T000000Z' } };
    const headers = signRequest(request, { ...example.credentials, securityToken }, { date: example.date });
    expect(headers['X-Security-Token']).toBe(securityToken);
    expect(headers['X-Sdk-Date']).toBe('20191115T033655Z');
    expect(headers.Authorization).toContain('SignedHeaders=host;x-sdk-date;x-security-token,');
    // The signature must be the HMAC of the canonical request with the new values only, as a
    // request that carried exactly these headers gives; one over the stale copies differs.
    const signatureOver = (headers: Record<string, string>): string => {
      const canonical = canonicalRequest({ method: 'GET', url: example.url, headers });
      return createHmac('sha256', example.credentials.secretKey)
        .update(`SDK-HMAC-SHA256\n20191115T033655Z\n${sha256(canonical.text)}`)
        .digest('hex');
    };
    const fresh = signatureOver({ 'X-Security-Token': securityToken, 'X-Sdk-Date': '20191115T033655Z' });
    expect(headers.Authorization).toBe(`SDK-HMAC-SHA256 Access=${example.credentials.accessKey}, SignedHeaders=host;x-sdk-date;x-security-token, Signature=${fresh}`);
    expect(fresh).not.toBe(signatureOver({ 'X-Security-Token': 'stale', 'X-Sdk-Date': '20191115T033655Z' }));
    expect(fresh).not.toBe(signatureOver({ 'X-Security-Token': securityToken, 'X-Sdk-Date': '19990101T000000Z' }));
  });

  it('signs a body by its bytes: string as UTF-8, Uint8Array views and ArrayBuffers', () => {
    const text = '{"snapshot":{"name":"Säule"}}';
    const bytes = new TextEncoder().encode(text);
    const padded = new Uint8Array(bytes.length + 4);
    padded.set(bytes, 2);
    const hashOf = (body: SignableRequest['body']): string | undefined => canonicalLines('https://x.example/a', {}, { method: 'POST', body }).at(-1);
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(hashOf(text)).toBe(expected);
    expect(hashOf(padded.subarray(2, 2 + bytes.length))).toBe(expected);
    expect(hashOf(bytes.buffer)).toBe(expected);
    expect(hashOf(null)).toBe(sha256(''));
  });
});

describe('canonicalisation', () => {
  it.each([
    ['adds the trailing slash', 'https://x.example/v2/p/cloudsnapshots', '/v2/p/cloudsnapshots/'],
    ['keeps an existing trailing slash', 'https://x.example/v2/p/cloudsnapshots/', '/v2/p/cloudsnapshots/'],
    ['gives the root as /', 'https://x.example', '/'],
    ['keeps an encoded slash inside its segment', 'https://x.example/v2/p/cloudsnapshots/..%2Fvolumes', '/v2/p/cloudsnapshots/..%2Fvolumes/'],
    ['upper-cases escapes and decodes unreserved ones', 'https://x.example/a%2fb/%7Euser/%41', '/a%2Fb/~user/A/'],
    ['encodes a raw non-ASCII segment as UTF-8', 'https://x.example/snap-Säule/日本', '/snap-S%C3%A4ule/%E6%97%A5%E6%9C%AC/'],
    ['encodes an escaped non-ASCII segment the same way', 'https://x.example/snap-S%c3%a4ule', '/snap-S%C3%A4ule/'],
    ['encodes spaces and the sub-delimiters URLs leave raw', "https://x.example/a b/(x)!*'$,;=:@", '/a%20b/%28x%29%21%2A%27%24%2C%3B%3D%3A%40/'],
    ['keeps a stray percent sign literal', 'https://x.example/100%/x', '/100%25/x/'],
  ])('path: %s', (_case, url, expected) => {
    expect(canonicalLines(url)[1]).toBe(expected);
  });

  it.each([
    ['sorts names in character-code order', '?marker=m&Limit=2&limit=1&a=0', 'Limit=2&a=0&limit=1&marker=m'],
    ['keeps repeated keys with sorted values', '?id=c&id=a&name=x&id=b', 'id=a&id=b&id=c&name=x'],
    ['keeps empty values as name=', '?marker=&flag&limit=2', 'flag=&limit=2&marker='],
    ['encodes spaces as %20, never +', '?name=daily%20backup&other=a b', 'name=daily%20backup&other=a%20b'],
    ['takes + as a literal plus', '?name=a+b', 'name=a%2Bb'],
    ['re-encodes names and values by RFC 3986', "?na%6De=S%c3%a4ule&x=*'()~", 'name=S%C3%A4ule&x=%2A%27%28%29~'],
    ['skips empty pairs', '?&a=1&&b=2&', 'a=1&b=2'],
    ['gives an empty line for no query', '', ''],
    ['gives an empty line for a bare ?', '?', ''],
  ])('query: %s', (_case, query, expected) => {
    expect(canonicalLines(`https://x.example/v2/p/cloudsnapshots${query}`)[2]).toBe(expected);
  });

  it('signs every header given except authorization and names with "_", trimmed and lower-cased', () => {
    const headers = {
      'Content-Type': ' application/json ',
      'X-Project-Id': '\tbab7d5c6 ',
      'X-Trace-Id': 'a  b',
      X_Legacy: 'dropped by nginx',
      Authorization: 'old signature',
    };
    const lines = canonicalLines('http://127.0.0.1:8443/v2', headers);
    expect(lines.slice(3, 9)).toEqual(['content-type:application/json', 'host:127.0.0.1:8443', 'x-project-id:bab7d5c6', 'x-sdk-date:20240101T000000Z', 'x-trace-id:a  b', '']);
    expect(lines[9]).toBe('content-type;host;x-project-id;x-sdk-date;x-trace-id');
  });

  it('takes an explicit Host header over the URL, and joins names that differ only in case as fetch does', () => {
    const lines = canonicalLines('https://x.example/v2', { Host: 'evs.example', Accept: 'a', accept: 'b' });
    expect(lines.slice(3, 6)).toEqual(['accept:a, b', 'host:evs.example', 'x-sdk-date:20240101T000000Z']);
  });

  it('signs the method as fetch sends it: the six it upper-cases, any other as given', () => {
    for (const method of ['delete', 'get', 'head', 'options', 'post', 'put']) expect(canonicalLines('https://x.example/', {}, { method })[0]).toBe(method.toUpperCase());
    expect(canonicalLines('https://x.example/', {}, { method: 'patch' })[0]).toBe('patch');
  });

  it('lists the signed headers sorted, whatever order they are given in', () => {
    const request = { method: 'GET', url: 'https://x.example/', headers: { 'X-B': '1', 'X-Sdk-Date': '20240101T000000Z', 'A-A': '2' } };
    expect(canonicalRequest(request).signedHeaders).toBe('a-a;host;x-b;x-sdk-date');
    expect(signRequest(request, { accessKey: 'AK', secretKey: 'SK' }).Authorization).toContain(' SignedHeaders=a-a;host;x-b;x-sdk-date, ');
  });

  it('trims every leading and trailing space and tab of a value, not only the first', () => {
    expect(canonicalLines('https://x.example/', { 'X-Note': ' \t  a b \t \t' })[4]).toBe('x-note:a b');
  });

  it('takes null headers as none', () => {
    const without = canonicalRequest({ method: 'GET', url: 'https://x.example/', headers: { 'X-Sdk-Date': '20240101T000000Z' } });
    const date = new Date(Date.UTC(2024, 0, 1));
    expect(signRequest({ method: 'GET', url: 'https://x.example/', headers: null as unknown as undefined }, { accessKey: 'AK', secretKey: 'SK' }, { date })).toEqual(
      signRequest({ method: 'GET', url: 'https://x.example/' }, { accessKey: 'AK', secretKey: 'SK' }, { date }),
    );
    expect(without.signedHeaders).toBe('host;x-sdk-date');
  });
});

// ---- bad input ----------------------------------------------------------------------------------

const secretKey = 'SK-very-secret-0123456789abcdefghijklmnopq';
const securityToken = 'ST-temporary-token-0123456789';
const good: SigningCredentials = { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey, securityToken };
const goodRequest: SignableRequest = { method: 'POST', url: 'https://evs.example/v2/p/cloudsnapshots', headers: { 'Content-Type': 'application/json' }, body: '{}' };

function renderings(value: unknown): string[] {
  const error = value as Error & Record<string, unknown>;
  return [String(value), inspect(value, { depth: 5, showHidden: true }), JSON.stringify(value), error.message, error.stack ?? '', JSON.stringify(Object.values(error))];
}

function signError(request: unknown, credentials: unknown, options?: unknown): EvsValidationError {
  try {
    signRequest(request as SignableRequest, credentials as SigningCredentials, options as SigningOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(EvsValidationError);
    return error as EvsValidationError;
  }
  throw new Error('signRequest accepted bad input');
}

describe('signRequest rejects bad input without showing secrets', () => {
  const stream = new ReadableStream({ start: (controller) => controller.close() });
  it.each<[string, unknown, unknown, unknown, string, string, string]>([
    ['no credentials', goodRequest, undefined, undefined, 'credentials', 'type', 'signRequest: credentials must be an object { accessKey, secretKey } (rule: type; got nothing)'],
    [
      'the secret key alone, as a string',
      goodRequest,
      secretKey,
      undefined,
      'credentials',
      'type',
      `signRequest: credentials must be an object { accessKey, secretKey } (rule: type; got [redacted string of ${secretKey.length} characters])`,
    ],
    [
      'a missing access key',
      goodRequest,
      { secretKey },
      undefined,
      'credentials.accessKey',
      'required',
      'signRequest: credentials.accessKey is required (rule: required; got nothing)',
    ],
    [
      'an empty access key',
      goodRequest,
      { ...good, accessKey: '' },
      undefined,
      'credentials.accessKey',
      'minLength',
      'signRequest: credentials.accessKey must not be empty (rule: minLength; got "" (string, 0 UTF-8 bytes))',
    ],
    [
      'an access key that is a number',
      goodRequest,
      { ...good, accessKey: 42 },
      undefined,
      'credentials.accessKey',
      'type',
      'signRequest: credentials.accessKey must be a string (rule: type; got 42 (number))',
    ],
    [
      'a non-ASCII access key',
      goodRequest,
      { ...good, accessKey: 'QTWAÖYTT' },
      undefined,
      'credentials.accessKey',
      'format',
      'signRequest: credentials.accessKey must be printable ASCII without spaces, commas or slashes (rule: format; got "QTWAÖYTT" (string, 9 UTF-8 bytes))',
    ],
    [
      'an access key with a line break',
      goodRequest,
      { ...good, accessKey: 'QTWA\n' },
      undefined,
      'credentials.accessKey',
      'format',
      'signRequest: credentials.accessKey must be printable ASCII without spaces, commas or slashes (rule: format; got "QTWA\\n" (string, 5 UTF-8 bytes))',
    ],
    [
      'an access key with a comma',
      goodRequest,
      { ...good, accessKey: 'QTWA, Signature=x' },
      undefined,
      'credentials.accessKey',
      'format',
      'signRequest: credentials.accessKey must be printable ASCII without spaces, commas or slashes (rule: format; got "QTWA, Signature=x" (string, 17 UTF-8 bytes))',
    ],
    [
      'a missing secret key',
      goodRequest,
      { accessKey: 'AK' },
      undefined,
      'credentials.secretKey',
      'required',
      'signRequest: credentials.secretKey is required (rule: required; got nothing)',
    ],
    [
      'an empty secret key',
      goodRequest,
      { ...good, secretKey: '' },
      undefined,
      'credentials.secretKey',
      'minLength',
      'signRequest: credentials.secretKey must not be empty (rule: minLength; got [redacted string of 0 characters])',
    ],
    [
      'a secret key that is not a string',
      goodRequest,
      { ...good, secretKey: 4242 },
      undefined,
      'credentials.secretKey',
      'type',
      'signRequest: credentials.secretKey must be a string (rule: type; got [redacted number])',
    ],
    [
      'a secret key with its file newline',
      goodRequest,
      { ...good, secretKey: `${secretKey}\n` },
      undefined,
      'credentials.secretKey',
      'format',
      'signRequest: credentials.secretKey must be printable ASCII without spaces or line breaks (rule: format; got [redacted string of 43 characters])',
    ],
    [
      'a security token that is not a string',
      goodRequest,
      { ...good, securityToken: 7 },
      undefined,
      'credentials.securityToken',
      'type',
      'signRequest: credentials.securityToken must be a string (rule: type; got [redacted number])',
    ],
    [
      'a security token with a line break',
      goodRequest,
      { ...good, securityToken: `${securityToken}\r\n` },
      undefined,
      'credentials.securityToken',
      'format',
      'signRequest: credentials.securityToken must be non-empty printable ASCII without spaces or line breaks (rule: format; got [redacted string of 31 characters])',
    ],
    [
      'a non-ASCII header value',
      { ...goodRequest, headers: { 'X-Note': 'Säule' } },
      good,
      undefined,
      'headers.X-Note',
      'format',
      'signRequest: headers.X-Note must be printable ASCII on one line (no control or non-ASCII characters) (rule: format; got "Säule" (string, 6 UTF-8 bytes))',
    ],
    [
      'a control character in a header',
      { ...goodRequest, headers: { 'X-Note': 'a\u0001b' } },
      good,
      undefined,
      'headers.X-Note',
      'format',
      'signRequest: headers.X-Note must be printable ASCII on one line (no control or non-ASCII characters) (rule: format; got "a\\u0001b" (string, 3 UTF-8 bytes))',
    ],
    [
      'a bad header in a Headers',
      { ...goodRequest, headers: new Headers({ 'X-Note': 'a\u0007b' }) },
      good,
      undefined,
      'headers.x-note',
      'format',
      'signRequest: headers.x-note must be printable ASCII on one line (no control or non-ASCII characters) (rule: format; got "a\\u0007b" (string, 3 UTF-8 bytes))',
    ],
    [
      'a header that is not a string',
      { ...goodRequest, headers: { 'X-Count': 3 } },
      good,
      undefined,
      'headers.X-Count',
      'type',
      'signRequest: headers.X-Count must be a string (rule: type; got 3 (number))',
    ],
    [
      'a header name that is not a token',
      { ...goodRequest, headers: { 'X Note': 'a' } },
      good,
      undefined,
      'headers',
      'format',
      'signRequest: headers must have names that are HTTP tokens (rule: format; got "X Note" (string, 6 UTF-8 bytes))',
    ],
    [
      'a ReadableStream body',
      { ...goodRequest, body: stream },
      good,
      undefined,
      'body',
      'type',
      'signRequest: body must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent (rule: type; got a ReadableStream)',
    ],
    [
      'a Node Readable body',
      { ...goodRequest, body: Readable.from(['{}']) },
      good,
      undefined,
      'body',
      'type',
      'signRequest: body must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent (rule: type; got a Readable)',
    ],
    [
      'a Blob body',
      { ...goodRequest, body: new Blob(['{}']) },
      good,
      undefined,
      'body',
      'type',
      'signRequest: body must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent (rule: type; got a Blob)',
    ],
    [
      'an object body',
      { ...goodRequest, body: { snapshot: {} } },
      good,
      undefined,
      'body',
      'type',
      'signRequest: body must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent (rule: type; got an object)',
    ],
    [
      'a date that is a string',
      goodRequest,
      good,
      { date: '2024-01-01' },
      'options.date',
      'type',
      'signRequest: options.date must be a Date (rule: type; got "2024-01-01" (string, 10 UTF-8 bytes))',
    ],
    [
      'an invalid date',
      goodRequest,
      good,
      { date: new Date('nope') },
      'options.date',
      'range',
      'signRequest: options.date must be a valid date with a four-digit year (rule: range; got Invalid Date)',
    ],
    [
      'a five-digit year',
      goodRequest,
      good,
      { date: new Date(Date.UTC(10000, 0, 1)) },
      'options.date',
      'range',
      'signRequest: options.date must be a valid date with a four-digit year (rule: range; got Sat Jan 01 10000 00:00:00 GMT+0000 (Coordinated Universal Time))',
    ],
    [
      'an unknown form',
      goodRequest,
      good,
      { form: { type: 'sigv4' } },
      'options.form.type',
      'enum',
      'signRequest: options.form.type must be "access" or "credential" (rule: enum; got "sigv4" (string, 5 UTF-8 bytes))',
    ],
    [
      'a form that is a string',
      goodRequest,
      good,
      { form: 'credential' },
      'options.form',
      'type',
      'signRequest: options.form must be { type: "access" } or { type: "credential", region?, service? } (rule: type; got "credential" (string, 10 UTF-8 bytes))',
    ],
    [
      'a region with a slash',
      goodRequest,
      good,
      { form: { type: 'credential', region: 'eu/de' } },
      'options.form.region',
      'format',
      'signRequest: options.form.region must be a string of letters, digits, ".", "_", "~" or "-" (it goes into the credential scope) (rule: format; got "eu/de" (string, 5 UTF-8 bytes))',
    ],
    ['options that are not an object', goodRequest, good, 5, 'options', 'type', 'signRequest: options must be a plain object (rule: type; got 5 (number))'],
    [
      'a relative URL',
      { ...goodRequest, url: '/v2/p/cloudsnapshots' },
      good,
      undefined,
      'url',
      'format',
      'signRequest: url must be an absolute URL such as https://evs.eu-de.otc.t-systems.com (rule: format; got "/v2/p/cloudsnapshots" (string, 20 UTF-8 bytes))',
    ],
    [
      'a URL that is not one',
      { ...goodRequest, url: 'not a url' },
      good,
      undefined,
      'url',
      'format',
      'signRequest: url must be an absolute URL such as https://evs.eu-de.otc.t-systems.com (rule: format; got "not a url" (string, 9 UTF-8 bytes))',
    ],
    ['a URL that is a number', { ...goodRequest, url: 5 }, good, undefined, 'url', 'type', 'signRequest: url must be a string or a URL (rule: type; got 5 (number))'],
    [
      'a URL with credentials',
      { ...goodRequest, url: `https://ak:${secretKey}@evs.example/` },
      good,
      undefined,
      'url',
      'format',
      'signRequest: url must not carry credentials (user info) (rule: format; got [URL with credentials])',
    ],
    [
      'a method with a space',
      { ...goodRequest, method: 'GE T' },
      good,
      undefined,
      'method',
      'format',
      'signRequest: method must be an HTTP method name (rule: format; got "GE T" (string, 4 UTF-8 bytes))',
    ],
    ['no request', undefined, good, undefined, 'request', 'type', 'signRequest: request must be a plain object (rule: type; got nothing)'],
    [
      'a method that is a number',
      { ...goodRequest, method: 5 },
      good,
      undefined,
      'method',
      'format',
      'signRequest: method must be an HTTP method name (rule: format; got 5 (number))',
    ],
    ['null credentials', goodRequest, null, undefined, 'credentials', 'type', 'signRequest: credentials must be an object { accessKey, secretKey } (rule: type; got null)'],
    [
      'an unknown credentials key',
      goodRequest,
      { ...good, region: 'eu-de' },
      undefined,
      'credentials.region',
      'additionalProperties',
      'signRequest: credentials.region is not an option of credentials; expected one of accessKey, secretKey, securityToken (rule: additionalProperties; got an unknown option)',
    ],
    [
      'an unknown option',
      goodRequest,
      good,
      { date: new Date(), region: 'eu-de' },
      'options.region',
      'additionalProperties',
      'signRequest: options.region is not an option of options; expected one of date, form (rule: additionalProperties; got an unknown option)',
    ],
    [
      'an unknown key of the form',
      goodRequest,
      good,
      { form: { type: 'credential', scope: 'x' } },
      'options.form.scope',
      'additionalProperties',
      'signRequest: options.form.scope is not an option of options.form; expected one of type, region, service (rule: additionalProperties; got an unknown option)',
    ],
    ['headers that are a number', { ...goodRequest, headers: 5 }, good, undefined, 'headers', 'type', 'signRequest: headers must be a plain object (rule: type; got 5 (number))'],
    [
      'a number body',
      { ...goodRequest, body: 5 },
      good,
      undefined,
      'body',
      'type',
      'signRequest: body must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent (rule: type; got 5 (number))',
    ],
    [
      'a body without a prototype',
      { ...goodRequest, body: Object.create(null) },
      good,
      undefined,
      'body',
      'type',
      'signRequest: body must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent (rule: type; got an object)',
    ],
    [
      'a body whose constructor has no string name',
      { ...goodRequest, body: { constructor: { name: 42 } } },
      good,
      undefined,
      'body',
      'type',
      'signRequest: body must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent (rule: type; got an object)',
    ],
    [
      'a negative year',
      goodRequest,
      good,
      { date: new Date('-000001-01-01T00:00:00Z') },
      'options.date',
      'range',
      'signRequest: options.date must be a valid date with a four-digit year (rule: range; got Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time))',
    ],
    [
      'a null form',
      goodRequest,
      good,
      { form: null },
      'options.form',
      'type',
      'signRequest: options.form must be { type: "access" } or { type: "credential", region?, service? } (rule: type; got null)',
    ],
    [
      'a null secret key',
      goodRequest,
      { ...good, secretKey: null },
      undefined,
      'credentials.secretKey',
      'type',
      'signRequest: credentials.secretKey must be a string (rule: type; got [redacted null])',
    ],
    [
      'a region that is a number',
      goodRequest,
      good,
      { form: { type: 'credential', region: 5 } },
      'options.form.region',
      'format',
      'signRequest: options.form.region must be a string of letters, digits, ".", "_", "~" or "-" (it goes into the credential scope) (rule: format; got 5 (number))',
    ],
  ])('%s', (_case, request, credentials, options, field, rule, message) => {
    const error = signError(request, credentials, options);
    expect([error.operation, error.field, error.rule, error.message]).toEqual(['signRequest', field, rule, message]);
    for (const text of renderings(error)) {
      expect(text).not.toContain(secretKey);
      expect(text).not.toContain(securityToken);
      expect(text).not.toContain('4242');
    }
  });

  it('redacts header values that carry a credential or the secret', () => {
    const cases: Record<string, string>[] = [
      { Authorization: `SDK ${secretKey}\u0001` },
      { 'X-Security-Token': `${securityToken}\u0001` },
      { 'X-Note': `leak ${secretKey} \u0001` },
      { 'X-Note': `leak ${securityToken} é` },
    ];
    for (const headers of cases) {
      const error = signError({ ...goodRequest, headers }, good);
      expect(error.value).toMatch(/^\[redacted string of \d+ characters\]$/);
      for (const text of renderings(error)) {
        expect(text).not.toContain(secretKey);
        expect(text).not.toContain(securityToken);
      }
    }
  });

  it('shows the rejected value when it is no secret', () => {
    expect(signError({ ...goodRequest, headers: { 'X-Note': 'Säule' } }, good).value).toContain('"Säule"');
    expect(signError({ ...goodRequest, body: new Blob([]) }, good).value).toBe('a Blob');
    expect(signError(goodRequest, { ...good, secretKey: `${secretKey}\n` }).value).toBe(`[redacted string of ${secretKey.length + 1} characters]`);
  });
});

describe('signRequest forms', () => {
  it('signs with the access form given explicitly exactly as by default', () => {
    const date = new Date(Date.UTC(2024, 0, 1));
    const signed = signRequest(goodRequest, good, { date, form: { type: 'access' } });
    expect(signed).toEqual(signRequest(goodRequest, good, { date }));
    expect(signed.Authorization).toMatch(/^SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, /);
  });
});

describe('signRequest dates at the ends of the range', () => {
  it.each([
    ['year 0000', '0000-01-01T00:00:00Z', '00000101T000000Z'],
    ['year 9999', '9999-12-31T23:59:59Z', '99991231T235959Z'],
  ])('signs a date in %s', (_case, date, sdkDate) => {
    expect(signRequest(goodRequest, good, { date: new Date(date) })['X-Sdk-Date']).toBe(sdkDate);
  });
});

describe('signRequest and errors that are not about the input', () => {
  it('passes on an error thrown while reading the request as it is, not as a validation error', () => {
    const broken = new Error('the iterator broke');
    class BrokenHeaders extends Headers {
      override [Symbol.iterator](): HeadersIterator<[string, string]> {
        throw broken;
      }
    }
    expect(() => signRequest({ ...goodRequest, headers: new BrokenHeaders() }, good)).toThrow(broken);
  });
});
