// The gateway's checks in the emulator: tokens (any, a configured set, bound to a project) and
// AK/SK signatures in both forms, verified, with the 15-minute skew rule; refusals in the flat
// gateway form, valid against the spec, and never showing a token, key or signature.
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/client/auth/signing.js';
import { createEvsClient } from '../../src/client/index.js';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { manualClock, otherProjectId, pkiToken, projectId, send, token, violations, volumeId } from './fixtures.js';

const accessKey = 'HPUAJ5Q7VDCVLEXAMPLE';
const secretKey = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY1';
const list = `/v2/${projectId}/cloudsnapshots/detail`;

interface FlatError {
  error_code: string;
  error_msg: string;
  request_id: string;
}

describe('tokens', () => {
  it('refuses a request without X-Auth-Token (401 APIGW.0301, the request id in the body and the header)', async () => {
    const answer = await send(createEvsEmulator(), 'GET', list, undefined, { 'X-Auth-Token': '' });
    const body = answer.json as FlatError;
    expect([answer.status, body.error_code, body.error_msg]).toEqual([401, 'APIGW.0301', 'Incorrect IAM authentication information: x-auth-token not found']);
    expect(body.request_id).toBe(answer.headers.get('x-request-id'));
    expect(violations('listSnapshots', answer)).toEqual([]);
  });

  it('takes any non-empty token by default', async () => {
    expect((await send(createEvsEmulator(), 'GET', list, undefined, { 'X-Auth-Token': 'anything' })).status).toBe(200);
  });

  it('takes only the configured tokens when given, and refuses others without echoing them', async () => {
    const emulator = createEvsEmulator({ tokens: [token] });
    expect((await send(emulator, 'GET', list)).status).toBe(200);
    const refused = await send(emulator, 'GET', list, undefined, { 'X-Auth-Token': 'some-other-token-value' });
    expect([refused.status, (refused.json as FlatError).error_msg]).toEqual([401, 'Incorrect IAM authentication information: decrypt token fail']);
    expect(refused.text).not.toContain('some-other-token-value');
    expect(violations('listSnapshots', refused)).toEqual([]);
  });

  it('takes a configured 32,768-character PKI token, and refuses another of that size without echoing it in any form', async () => {
    const [mine, theirs] = [pkiToken(32_768, 'mine'), pkiToken(32_768, 'theirs')];
    const emulator = createEvsEmulator({ tokens: [mine] });
    expect((await send(emulator, 'GET', list, undefined, { 'X-Auth-Token': mine })).status).toBe(200);
    const refused = await send(emulator, 'GET', list, undefined, { 'X-Auth-Token': theirs });
    expect(refused.status).toBe(401);
    for (const form of [theirs, encodeURIComponent(theirs), theirs.replaceAll('/', '\\/')]) expect(refused.text).not.toContain(form.slice(0, 40));
  });

  it('refuses a token bound to a project for another project (400 Common.0018)', async () => {
    const emulator = createEvsEmulator({ tokens: [{ token, projectId }] });
    expect((await send(emulator, 'GET', list)).status).toBe(200);
    const other = await send(emulator, 'GET', `/v2/${otherProjectId}/cloudsnapshots/detail`);
    expect([other.status, (other.json as FlatError).error_code, (other.json as FlatError).error_msg]).toEqual([
      400,
      'Common.0018',
      'The project in the URI is not the project the token is scoped to.',
    ]);
    expect(violations('listSnapshots', other)).toEqual([]);
  });
});

describe('AK/SK signatures', () => {
  const emulatorWithKeys = (now?: () => number) => createEvsEmulator({ accessKeys: [{ accessKey, secretKey }], delays: { create: 0 }, ...(now ? { now } : {}) });

  it.each([
    ['the Access= form', { type: 'access' as const }],
    ['the Credential= form', { type: 'credential' as const }],
    ['the Credential= form with a region and service', { type: 'credential' as const, region: 'eu-de', service: 'evs' }],
  ])('verifies the client signing in %s, for a create with a body and a list with a query', async (_name, signingForm) => {
    const emulator = emulatorWithKeys();
    const evs = createEvsClient({ endpoint: 'http://evs.emulator', projectId, auth: { accessKey, secretKey, signingForm }, fetch: emulator.fetch, retry: false });
    const created = await evs.createSnapshot({ volume_id: volumeId, name: 'signed 快照', metadata: { 'a b': 'c&d' } });
    const page = await evs.listSnapshots({ name: 'signed 快照', limit: 5 });
    expect(page.snapshots.map((snapshot) => snapshot.id)).toEqual([created.id]);
  });

  /** Signs a list request now, as a user's own signer would, and lets the test change it before sending. */
  const signed = (url: string, at: Date, headers: Record<string, string> = {}) =>
    signRequest({ method: 'GET', url, headers: { 'Content-Type': 'application/json', ...headers } }, { accessKey, secretKey }, { date: at });

  it.each([
    ['a query changed after signing', (url: string) => url.replace('limit=5', 'limit=6'), {}, 'APIGW.0301', 'verify aksk signature fail'],
    ['a path changed after signing', (url: string) => url.replace(projectId, otherProjectId), {}, 'APIGW.0301', 'verify aksk signature fail'],
    ['a signed header changed after signing', (url: string) => url, { 'Content-Type': 'application/json; charset=utf-8' }, 'APIGW.0301', 'verify aksk signature fail'],
  ])('refuses %s with 401 and the gateway code', async (_name, change, extraHeaders, code, message) => {
    const emulator = emulatorWithKeys();
    const url = `http://evs.emulator${list}?limit=5`;
    const headers = signed(url, new Date());
    const answer = await emulator.fetch(change(url), { headers: { 'Content-Type': 'application/json', ...headers, ...extraHeaders } });
    const body = (await answer.json()) as FlatError;
    expect([answer.status, body.error_code, body.error_msg]).toEqual([401, code, `Incorrect IAM authentication information: ${message}`]);
  });

  it('refuses a signature more than 15 minutes old (401 APIGW.0303) and takes one 14 minutes old', async () => {
    const clock = manualClock();
    const emulator = emulatorWithKeys(clock.now);
    const url = `http://evs.emulator${list}`;
    const old = signed(url, new Date(clock.now() - 16 * 60_000));
    const stale = await emulator.fetch(url, { headers: { 'Content-Type': 'application/json', ...old } });
    expect([stale.status, ((await stale.json()) as FlatError).error_code]).toEqual([401, 'APIGW.0303']);
    const recent = signed(url, new Date(clock.now() - 14 * 60_000));
    expect((await emulator.fetch(url, { headers: { 'Content-Type': 'application/json', ...recent } })).status).toBe(200);
  });

  it.each([
    ['an unknown access key', { accessKey: 'UNKNOWNKEY00000000000', secretKey }, 'the access key is not known'],
    ['a wrong secret key', { accessKey, secretKey: 'not-the-secret-key-at-all-0000' }, 'verify aksk signature fail'],
  ])('refuses %s, without repeating key or signature', async (_name, keys, message) => {
    const emulator = emulatorWithKeys();
    const url = `http://evs.emulator${list}`;
    const headers = signRequest({ method: 'GET', url, headers: {} }, keys);
    const answer = await emulator.fetch(url, { headers: { ...headers } });
    const text = await answer.text();
    expect([answer.status, (JSON.parse(text) as FlatError).error_msg]).toEqual([401, `Incorrect IAM authentication information: ${message}`]);
    for (const secret of [keys.secretKey, headers.Authorization?.split('Signature=')[1] ?? 'no signature']) expect(text).not.toContain(secret);
  });

  it('refuses signed requests when no keys are configured, saying so', async () => {
    const url = `http://evs.emulator${list}`;
    const answer = await createEvsEmulator().fetch(url, { headers: { ...signRequest({ method: 'GET', url, headers: {} }, { accessKey, secretKey }) } });
    expect([answer.status, ((await answer.json()) as FlatError).error_msg]).toEqual([
      401,
      'Incorrect IAM authentication information: AK/SK signing is not set up on this emulator (give it accessKeys)',
    ]);
  });

  describe('one rule at a time, on a request the client signed', () => {
    const clock = manualClock();
    const url = `http://evs.emulator${list}?limit=5`;
    type Headers = Record<string, string>;
    const signedAt = (ms: number, form?: { type: 'credential'; region?: string }): Headers => ({
      'Content-Type': 'application/json',
      ...signRequest({ method: 'GET', url, headers: { 'Content-Type': 'application/json' } }, { accessKey, secretKey }, { date: new Date(ms), ...(form ? { form } : {}) }),
    });
    const withAuthorization = (change: (authorization: string) => string) => (headers: Headers) => ({ ...headers, Authorization: change(headers.Authorization ?? '') });
    const malformed = 'the Authorization header is not "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>"';
    const send = async (headers: Headers) => {
      const answer = await emulatorWithKeys(clock.now).fetch(url, { headers });
      const body = (await answer.json()) as FlatError;
      return [answer.status, body.error_code, body.error_msg.replace('Incorrect IAM authentication information: ', '')];
    };

    it.each<[string, (headers: Headers) => Headers, string]>([
      ['the algorithm named twice', withAuthorization((a) => `SDK-HMAC-SHA256${a}`), malformed],
      ['text after the signature', withAuthorization((a) => `${a}x`), malformed],
      ['a 65-digit signature', withAuthorization((a) => `${a}0`), malformed],
      ['a signature in upper-case hex', withAuthorization((a) => a.replace(/Signature=(\w+)/, (_m, hex: string) => `Signature=${hex.toUpperCase()}`)), malformed],
      ['an access key with a dash', withAuthorization((a) => a.replace(`Access=${accessKey}`, 'Access=HPUA-J5Q7')), malformed],
      ['an upper-case signed header name', withAuthorization((a) => a.replace('SignedHeaders=content-type', 'SignedHeaders=Content-Type')), malformed],
      ['x-sdk-date left out of SignedHeaders', withAuthorization((a) => a.replace(';x-sdk-date,', ',')), 'x-sdk-date is not among the SignedHeaders'],
      [
        'a signed header that was not sent',
        withAuthorization((a) => a.replace('SignedHeaders=content-type;host;', 'SignedHeaders=content-type;host;x-extra;')),
        'the signed header x-extra is missing',
      ],
      [
        'a signed header named after an Object.prototype property (constructor)',
        withAuthorization((a) => a.replace('SignedHeaders=content-type;host;', 'SignedHeaders=constructor;content-type;host;')),
        'the signed header constructor is missing',
      ],
      ['an X-Sdk-Date with separators', (h) => ({ ...h, 'X-Sdk-Date': '2026-12-01T09:00:00Z' }), 'X-Sdk-Date is not YYYYMMDDTHHMMSSZ'],
      ['no X-Sdk-Date', ({ 'X-Sdk-Date': _dropped, ...h }) => h, 'X-Sdk-Date is not YYYYMMDDTHHMMSSZ'],
    ])('refuses %s (401 APIGW.0301, saying which rule)', async (_case, change, message) => {
      expect(await send(change(signedAt(clock.now())))).toEqual([401, 'APIGW.0301', message]);
    });

    it('refuses a credential scope of another day than X-Sdk-Date', async () => {
      const headers = signedAt(clock.now(), { type: 'credential', region: 'eu-de' });
      const otherDay = withAuthorization((a) => a.replace('/20261201/', '/20261130/'))(headers);
      expect(await send(otherDay)).toEqual([401, 'APIGW.0301', 'the date of the credential scope is not the day of X-Sdk-Date']);
    });

    const skewed = ['APIGW.0303', 'Incorrect app authentication information: X-Sdk-Date is more than 15 minutes off the gateway clock'];
    it.each<[string, number, unknown[]]>([
      ['exactly 15 minutes old', -15 * 60_000, [200]],
      ['15 minutes and 1 second old', -15 * 60_000 - 1000, [401, ...skewed]],
      ['exactly 15 minutes ahead', 15 * 60_000, [200]],
      ['15 minutes and 1 second ahead', 15 * 60_000 + 1000, [401, ...skewed]],
    ])('takes the skew rule to the second: a signature %s', async (_case, offset, expected) => {
      const answer = await emulatorWithKeys(clock.now).fetch(url, { headers: signedAt(clock.now() + offset) });
      const body = (await answer.json()) as Partial<FlatError>;
      expect(answer.status === 200 ? [200] : [answer.status, body.error_code, body.error_msg]).toEqual(expected);
    });
  });

  it('reads an Authorization that is no signature as no signature: the token decides', async () => {
    const answer = await send(emulatorWithKeys(), 'GET', list, undefined, { Authorization: 'Bearer abc' });
    expect(answer.status).toBe(200);
    const refused = await send(emulatorWithKeys(), 'GET', list, undefined, { Authorization: 'Bearer abc', 'X-Auth-Token': '' });
    expect((refused.json as FlatError).error_msg).toBe('Incorrect IAM authentication information: x-auth-token not found');
  });

  it('refuses a malformed Authorization header', async () => {
    const answer = await send(emulatorWithKeys(), 'GET', list, undefined, { Authorization: 'SDK-HMAC-SHA256 nonsense' });
    expect([answer.status, (answer.json as FlatError).error_code, (answer.json as FlatError).error_msg]).toEqual([
      401,
      'APIGW.0301',
      'Incorrect IAM authentication information: the Authorization header is not "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>"',
    ]);
    expect(violations('listSnapshots', answer)).toEqual([]);
  });
});
