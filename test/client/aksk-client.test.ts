// The client with AK/SK credentials against a local gateway stand-in that verifies every signature
// with its own implementation of the documented steps (it does not use src/auth/signing.ts).
import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEvsClient, EvsApiError, type EvsClientOptions, EvsValidationError } from '../../src/client/index.js';
import { type LocalServer, type RecordedRequest, sendJson, startServer } from '../support/local-server.js';
import { projectId, snapshotBody, snapshotId, volumeId } from './fixtures.js';

const accessKey = 'HPUAJ5Q7VDCVLEXAMPLE';
const secretKey = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY1';
const securityToken = 'gQpjbi1ub3J0aC00-temporary-security-token-EXAMPLE';

// ---- the verifier -------------------------------------------------------------------------------

/** RFC 3986: encodeURIComponent leaves !'()* alone, which are not unreserved. */
const encode = (text: string): string => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const mac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

interface Wire {
  method: string;
  /** Path and query exactly as they arrived. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Verdict = { ok: true; signedHeaders: string[]; form: 'access' | 'credential' } | { ok: false; reason: string };

/** Rebuilds the canonical request from what arrived and checks the signature, as the gateway does. */
function verify(wire: Wire, secrets: Record<string, string>, now: number = Date.now()): Verdict {
  const authorization = String(wire.headers.authorization ?? '');
  const parsed = /^SDK-HMAC-SHA256 (Access=([^,]+)|Credential=([^/,]+)\/(\d{8})\/([^/]*)\/([^/]*)\/sdk_request), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
    authorization,
  );
  if (!parsed) return { ok: false, reason: 'malformed Authorization' };
  const [, , access, credential, day, region, service, signedList, signature] = parsed;
  const ak = access ?? credential ?? '';
  const secret = secrets[ak];
  if (secret === undefined) return { ok: false, reason: 'unknown access key' };
  const signedHeaders = (signedList ?? '').split(';');
  if (!signedHeaders.includes('x-sdk-date')) return { ok: false, reason: 'x-sdk-date not signed' };

  const sdkDate = String(wire.headers['x-sdk-date'] ?? '');
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(sdkDate);
  if (!date) return { ok: false, reason: 'bad X-Sdk-Date' };
  const time = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), Number(date[4]), Number(date[5]), Number(date[6]));
  if (Math.abs(now - time) > 15 * 60_000) return { ok: false, reason: 'clock skew over 15 minutes' };

  try {
    const [rawPath = '', rawQuery = ''] = wire.url.split('?', 2);
    let uri = rawPath
      .split('/')
      .map((segment) => encode(decodeURIComponent(segment)))
      .join('/');
    if (!uri.endsWith('/')) uri += '/';
    const pairs = rawQuery
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [name = '', value = ''] = pair.split(/=(.*)/s);
        return [decodeURIComponent(name), decodeURIComponent(value)] as const;
      })
      .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
    const query = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
    let headers = '';
    for (const name of signedHeaders) {
      const value = wire.headers[name];
      if (value === undefined) return { ok: false, reason: `signed header ${name} missing` };
      headers += `${name}:${String(value).trim()}\n`;
    }
    const canonical = [wire.method, uri, query, headers, signedHeaders.join(';'), hex(wire.body)].join('\n');

    let expected: string;
    if (access !== undefined) {
      expected = mac(secret, `SDK-HMAC-SHA256\n${sdkDate}\n${hex(canonical)}`).toString('hex');
    } else {
      if (day !== sdkDate.slice(0, 8)) return { ok: false, reason: 'scope date differs from X-Sdk-Date' };
      const scope = `${day}/${region}/${service}/sdk_request`;
      const key = mac(mac(mac(mac(`SDK${secret}`, day), region ?? ''), service ?? ''), 'sdk_request');
      expected = mac(key, `SDK-HMAC-SHA256\n${sdkDate}\n${scope}\n${hex(canonical)}`).toString('hex');
    }
    if (expected !== signature) return { ok: false, reason: 'signature mismatch' };
  } catch {
    return { ok: false, reason: 'undecodable URL' };
  }
  return { ok: true, signedHeaders, form: access !== undefined ? 'access' : 'credential' };
}

describe('the verifier itself', () => {
  it('accepts the published example and nothing altered from it', () => {
    const wire: Wire = {
      method: 'GET',
      url: '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
      headers: {
        'content-type': 'application/json',
        host: 'service.region.example.com',
        'x-sdk-date': '20191115T033655Z',
        authorization:
          'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
      },
      body: '',
    };
    const keys = { QTWAOYTTINDUT2QVKYUC: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };
    const then = Date.UTC(2019, 10, 15, 3, 40);
    expect(verify(wire, keys, then).ok).toBe(true);
    expect(verify({ ...wire, url: wire.url.replace('limit=2', 'limit=3') }, keys, then)).toEqual({ ok: false, reason: 'signature mismatch' });
    expect(verify(wire, keys, Date.UTC(2019, 10, 15, 4, 0))).toEqual({ ok: false, reason: 'clock skew over 15 minutes' });
  });
});

// ---- the client against it ----------------------------------------------------------------------

let server: LocalServer;
const verdicts: Verdict[] = [];

beforeAll(async () => {
  server = await startServer((request, response) => {
    const verdict = verify(request, { [accessKey]: secretKey });
    verdicts.push(verdict);
    if (!verdict.ok) return sendJson(response, 401, { error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: ${verdict.reason}`, request_id: 'r-aksk' });
    sendJson(response, 200, snapshotBody);
  });
});
afterAll(() => server.close());
beforeEach(() => {
  verdicts.length = 0;
});

const akskOptions = (extra: Partial<EvsClientOptions> & { auth?: EvsClientOptions['auth'] } = {}): EvsClientOptions =>
  ({ endpoint: server.url, projectId, auth: { accessKey, secretKey, securityToken }, retry: false, timeoutMs: 5000, ...extra }) as EvsClientOptions;

const last = (): RecordedRequest => {
  const request = server.requests.at(-1);
  if (!request) throw new Error('no request arrived');
  return request;
};
const lastVerdict = (): Verdict => verdicts.at(-1) ?? { ok: false, reason: 'no request arrived' };

describe('requests signed by the client', () => {
  it('createSnapshot: a POST with a body is accepted, with X-Security-Token and X-Project-Id signed', async () => {
    const evs = createEvsClient(akskOptions());
    const snapshot = await evs.createSnapshot({ volume_id: volumeId, name: 'Säule daily', description: 'a b+c' });
    expect(snapshot.id).toBe(snapshotId);
    expect(lastVerdict()).toEqual({ ok: true, form: 'access', signedHeaders: ['content-type', 'host', 'x-project-id', 'x-sdk-date', 'x-security-token'] });
    const { headers, body } = last();
    expect(headers['x-security-token']).toBe(securityToken);
    expect(headers['x-project-id']).toBe(projectId);
    expect(headers['x-auth-token']).toBeUndefined();
    expect(String(headers.authorization)).toMatch(new RegExp(`^SDK-HMAC-SHA256 Access=${accessKey}, SignedHeaders=`));
    expect(JSON.parse(body)).toEqual({ snapshot: { volume_id: volumeId, name: 'Säule daily', description: 'a b+c' } });
  });

  it('signs a retry afresh, with a new X-Sdk-Date', async () => {
    const flaky = await startServer((request, response, index) => {
      if (index === 0) return sendJson(response, 503, { error: { code: 'EVS.5503', message: 'Service unavailable.' } }, { 'Retry-After': '2' });
      const verdict = verify(request, { [accessKey]: secretKey });
      return verdict.ok ? sendJson(response, 200, snapshotBody) : sendJson(response, 401, { error_code: 'APIGW.0301', error_msg: verdict.reason });
    });
    try {
      const evs = createEvsClient(akskOptions({ endpoint: flaky.url, retry: { retries: 1, baseDelayMs: 10, maxDelayMs: 5000 } }));
      await expect(evs.updateSnapshot(snapshotId, { name: 'again' })).resolves.toMatchObject({ id: snapshotId });
      const [first, second] = flaky.requests;
      expect(second?.headers['x-sdk-date']).not.toBe(first?.headers['x-sdk-date']);
      expect(second?.headers.authorization).not.toBe(first?.headers.authorization);
    } finally {
      await flaky.close();
    }
  });

  it('updateSnapshot: a PUT with a body is accepted', async () => {
    const evs = createEvsClient(akskOptions());
    await evs.updateSnapshot(snapshotId, { name: 'renamed', description: '日本語 description' });
    expect(last().method).toBe('PUT');
    expect(last().url).toBe(`/v2/${projectId}/cloudsnapshots/${snapshotId}`);
    expect(lastVerdict().ok).toBe(true);
  });

  it('raw GET with a query of spaces, non-ASCII, reserved characters and a repeated key is accepted', async () => {
    const evs = createEvsClient(akskOptions());
    const { response } = await evs.raw.GET('/v2/{project_id}/cloudsnapshots/detail', {
      params: { path: { project_id: projectId }, query: { name: "daily backup Säule+1 (*)'", limit: 10, id: ['b-2', 'a-1'], status: 'available' } },
    });
    expect(response.status).toBe(200);
    expect(last().url).toContain('id=b-2&id=a-1');
    expect(last().url).toContain('name=daily%20backup%20S%C3%A4ule%2B1');
    expect(lastVerdict().ok).toBe(true);
  });

  it('raw GET with encoded and non-ASCII path segments is accepted', async () => {
    const evs = createEvsClient(akskOptions());
    for (const id of ['../volumes', 'snap é/日本', "a(b)!*'"]) {
      await evs.raw.GET('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { params: { path: { project_id: projectId, snapshot_id: id } } });
      expect(lastVerdict(), `${id} arrived as ${last().url}`).toMatchObject({ ok: true });
    }
    expect(server.requests.some((request) => request.url.endsWith('/cloudsnapshots/..%2Fvolumes'))).toBe(true);
  });

  it('signs extra headers, but not names with "_", which still arrive', async () => {
    const evs = createEvsClient(akskOptions({ headers: { 'X-Trace-Id': 'trace-1', X_Legacy: 'kept unsigned' } }));
    await evs.updateSnapshot(snapshotId, { name: 'n' });
    expect(lastVerdict()).toMatchObject({ ok: true, signedHeaders: ['content-type', 'host', 'x-project-id', 'x-sdk-date', 'x-security-token', 'x-trace-id'] });
    expect(last().headers.x_legacy).toBe('kept unsigned');
  });

  it('signs without X-Security-Token for permanent credentials', async () => {
    const evs = createEvsClient(akskOptions({ auth: { accessKey, secretKey } }));
    await evs.createSnapshot({ volume_id: volumeId });
    expect(last().headers['x-security-token']).toBeUndefined();
    expect(lastVerdict()).toEqual({ ok: true, form: 'access', signedHeaders: ['content-type', 'host', 'x-project-id', 'x-sdk-date'] });
  });

  it("drops a raw call's own Authorization, X-Sdk-Date and X-Security-Token rather than signing or sending them", async () => {
    const evs = createEvsClient(akskOptions({ auth: { accessKey, secretKey } }));
    const stale = { Authorization: 'SDK-HMAC-SHA256 Access=OLD, SignedHeaders=host, Signature=00', 'X-Sdk-Date': '20200101T000000Z', 'X-Security-Token': 'stale-token' };
    await evs.raw.GET('/v2/{project_id}/cloudsnapshots/detail', { params: { path: { project_id: projectId } }, headers: stale });
    expect(last().headers['x-security-token']).toBeUndefined();
    expect(last().headers['x-sdk-date']).not.toBe(stale['X-Sdk-Date']);
    expect(lastVerdict()).toEqual({ ok: true, form: 'access', signedHeaders: ['host', 'x-project-id', 'x-sdk-date'] });
  });

  it.each([
    ['with empty region and service', { type: 'credential' } as const, '///'],
    ['with region and service', { type: 'credential', region: 'eu-de', service: 'evs' } as const, '/eu-de/evs/'],
  ])('the Credential= form %s is accepted', async (_case, signingForm, scope) => {
    const evs = createEvsClient(akskOptions({ auth: { accessKey, secretKey, securityToken, signingForm } }));
    await evs.createSnapshot({ volume_id: volumeId });
    await evs.raw.GET('/v2/{project_id}/cloudsnapshots/detail', { params: { path: { project_id: projectId }, query: { name: 'a b' } } });
    expect(verdicts.map((verdict) => verdict.ok && verdict.form)).toEqual(['credential', 'credential']);
    expect(String(last().headers.authorization)).toMatch(new RegExp(`^SDK-HMAC-SHA256 Credential=${accessKey}/\\d{8}${scope}sdk_request, SignedHeaders=`));
  });

  it('is refused with a wrong secret key, and the error does not show it', async () => {
    const wrong = `${secretKey}-wrong`;
    const evs = createEvsClient(akskOptions({ auth: { accessKey, secretKey: wrong } }));
    const error = await evs.createSnapshot({ volume_id: volumeId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsApiError);
    expect((error as EvsApiError).status).toBe(401);
    expect(lastVerdict()).toEqual({ ok: false, reason: 'signature mismatch' });
    expect(inspect(error, { depth: 5, showHidden: true })).not.toContain(wrong);
  });

  it.each<[string, () => unknown, string]>([
    ['a streamed body', () => new ReadableStream({ start: (controller) => controller.close() }), 'a ReadableStream'],
    ['a body object without a prototype', () => Object.create(null), 'an object'],
  ])('refuses %s before anything is sent, naming what it got', async (_case, serialised, shown) => {
    const evs = createEvsClient(akskOptions());
    const before = server.requests.length;
    const error = await evs.raw
      .POST('/v2/{project_id}/cloudsnapshots', {
        params: { path: { project_id: projectId } },
        body: { snapshot: { volume_id: volumeId } },
        bodySerializer: serialised as () => string,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsValidationError);
    expect([(error as EvsValidationError).operation, (error as EvsValidationError).field, (error as EvsValidationError).rule]).toEqual(['signRequest', 'body', 'type']);
    expect((error as Error).message).toBe(
      `signRequest: body must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent (rule: type; got ${shown})`,
    );
    expect(server.requests.length).toBe(before);
  });
});

// ---- tampering ----------------------------------------------------------------------------------

/** Sends a captured signed request again with plain fetch, with one thing changed. */
async function replay(captured: RecordedRequest, change: { url?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Verdict> {
  const signed = (/SignedHeaders=([^,]+)/.exec(String(captured.headers.authorization))?.[1] ?? '').split(';');
  const headers: Record<string, string> = {};
  // fetch sets Host itself, from the same server URL.
  for (const name of [...signed, 'authorization']) if (name !== 'host') headers[name] = String(captured.headers[name]);
  const response = await fetch(`${server.url}${change.url ?? captured.url}`, {
    method: captured.method,
    headers: { ...headers, ...change.headers },
    ...(captured.body || change.body !== undefined ? { body: change.body ?? captured.body } : {}),
  });
  await response.arrayBuffer();
  return lastVerdict();
}

describe('tampered requests are refused', () => {
  let post: RecordedRequest;
  let get: RecordedRequest;

  beforeAll(async () => {
    const evs = createEvsClient(akskOptions());
    await evs.createSnapshot({ volume_id: volumeId, name: 'original' });
    post = last();
    await evs.raw.GET('/v2/{project_id}/cloudsnapshots/detail', { params: { path: { project_id: projectId }, query: { status: 'available', limit: 5 } } });
    get = last();
  });

  it('accepts an unchanged replay (the control case)', async () => {
    expect(await replay(post)).toMatchObject({ ok: true });
    expect(await replay(get)).toMatchObject({ ok: true });
  });

  it.each<[string, () => RecordedRequest, (captured: RecordedRequest) => Parameters<typeof replay>[1]]>([
    ['a changed body', () => post, (c) => ({ body: c.body.replace('original', 'evil') })],
    ['a body with one more space', () => post, (c) => ({ body: `${c.body} ` })],
    ['a changed path', () => post, (c) => ({ url: c.url.replace(projectId, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa') })],
    ['a changed query value', () => get, (c) => ({ url: c.url.replace('limit=5', 'limit=500') })],
    ['an added query parameter', () => get, (c) => ({ url: `${c.url}&name=x` })],
    ['a dropped query', () => get, (c) => ({ url: c.url.split('?')[0] ?? '' })],
    ['a changed X-Sdk-Date', () => post, (c) => ({ headers: { 'x-sdk-date': String(c.headers['x-sdk-date']).replace(/\d(?=Z$)/, (d) => String((Number(d) + 1) % 10)) } })],
    ['a changed X-Project-Id', () => post, () => ({ headers: { 'x-project-id': 'other' } })],
    ['a changed X-Security-Token', () => post, () => ({ headers: { 'x-security-token': 'stolen-token' } })],
  ])('%s', async (_case, pick, change) => {
    const captured = pick();
    expect(await replay(captured, change(captured))).toEqual({ ok: false, reason: 'signature mismatch' });
  });
});

// ---- options and secrets ------------------------------------------------------------------------

function renderings(value: unknown): string[] {
  const error = value as Error & Record<string, unknown>;
  return [String(value), inspect(value, { depth: 5, showHidden: true }), JSON.stringify(value), error.message, error.stack ?? '', JSON.stringify(Object.values(error))];
}

function optionError(auth: unknown): EvsValidationError {
  try {
    createEvsClient({ endpoint: 'https://evs.example', projectId, auth } as EvsClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(EvsValidationError);
    return error as EvsValidationError;
  }
  throw new Error('createEvsClient accepted bad auth');
}

describe('AK/SK options', () => {
  it.each<[string, unknown, string, string]>([
    ['a token mixed with keys', { token: 'MIIT-token', accessKey, secretKey }, 'auth', 'oneOf'],
    ['a token mixed with a security token', { token: 'MIIT-token', securityToken }, 'auth', 'oneOf'],
    ['a secret key without access key', { secretKey }, 'auth.accessKey', 'required'],
    ['an empty access key', { accessKey: '', secretKey }, 'auth.accessKey', 'minLength'],
    ['an access key without secret key', { accessKey }, 'auth.secretKey', 'required'],
    ['an empty secret key', { accessKey, secretKey: '' }, 'auth.secretKey', 'minLength'],
    ['a secret key with a newline', { accessKey, secretKey: `${secretKey}\n` }, 'auth.secretKey', 'format'],
    ['a secret key that is a number', { accessKey, secretKey: 1234567 }, 'auth.secretKey', 'type'],
    ['a security token with a space', { accessKey, secretKey, securityToken: `${securityToken} x` }, 'auth.securityToken', 'format'],
    ['an unknown signing form', { accessKey, secretKey, signingForm: 'sigv4' }, 'auth.signingForm', 'type'],
    ['an unknown signing form type', { accessKey, secretKey, signingForm: { type: 'sigv4' } }, 'auth.signingForm.type', 'enum'],
    ['a service with a slash', { accessKey, secretKey, signingForm: { type: 'credential', service: 'evs/x' } }, 'auth.signingForm.service', 'format'],
    ['a signing form alone', { signingForm: 'access' }, 'auth.accessKey', 'required'],
  ])('rejects %s, naming field and rule without secrets', (_case, auth, field, rule) => {
    const error = optionError(auth);
    expect([error.operation, error.field, error.rule]).toEqual(['createEvsClient', field, rule]);
    for (const text of renderings(error)) {
      expect(text).not.toContain(secretKey);
      expect(text).not.toContain(securityToken);
      expect(text).not.toContain('MIIT-token');
      expect(text).not.toContain('1234567');
    }
  });

  it('accepts the access form by name', () => {
    expect(() => createEvsClient({ endpoint: 'https://evs.example', projectId, auth: { accessKey, secretKey, signingForm: 'access' } })).not.toThrow();
  });

  it('keeps the secret key and token out of the client and its inspect output', () => {
    const evs = createEvsClient(akskOptions());
    for (const text of [inspect(evs, { depth: 10, showHidden: true }), JSON.stringify(evs), String(evs)]) {
      expect(text).not.toContain(secretKey);
      expect(text).not.toContain(securityToken);
    }
  });

  it('scrubs the secret key and token from errors when the server echoes them', async () => {
    const echo = await startServer((request, response) =>
      sendJson(response, 403, { error_code: 'APIGW.0302', error_msg: `denied ${String(request.headers['x-security-token'])} ${secretKey}` }),
    );
    try {
      const evs = createEvsClient(akskOptions({ endpoint: echo.url }));
      const error = await evs.createSnapshot({ volume_id: volumeId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EvsApiError);
      for (const text of renderings(error)) {
        expect(text).not.toContain(secretKey);
        expect(text).not.toContain(securityToken);
      }
    } finally {
      await echo.close();
    }
  });
});
