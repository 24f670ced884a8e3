// The contract tool's one way to send: a redirect is an answer to check (never followed, so the
// token goes nowhere else), a body is kept to the byte limit and marked cut, and a request with
// no answer says why without a secret. Token and AK/SK headers, checked by the emulator's gateway.
import { afterAll, describe, expect, it } from 'vitest';
import { authHeaders, secretsOf } from '../../src/contract/credentials.js';
import { NoAnswer, send, type Transport } from '../../src/contract/http.js';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { closedPort, type LocalServer, startServer } from '../support/local-server.js';

const token = 'contract-http-token-77';
const servers: LocalServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

const serve = async (...args: Parameters<typeof startServer>) => {
  const server = await startServer(...args);
  servers.push(server);
  return server;
};
const transportTo = (baseUrl: string, extra: Partial<Transport> = {}): Transport => ({ baseUrl, auth: { token }, timeoutMs: 5000, maxBodyBytes: 8, ...extra });

describe('send', () => {
  it('returns a redirect as the answer and never follows it', async () => {
    const elsewhere = await serve((_request, response) => void response.end('{}'));
    const redirecting = await serve((_request, response) => {
      response.writeHead(302, { Location: `${elsewhere.url}/steal` });
      response.end();
    });
    const answer = await send(transportTo(redirecting.url), { method: 'GET', path: '/v2/p/cloudsnapshots/detail', authenticated: true });
    expect(answer.status).toBe(302);
    expect(elsewhere.requests).toEqual([]);
    expect(redirecting.requests[0]?.headers['x-auth-token']).toBe(token);
  });

  it.each([
    ['a body exactly at the limit, whole', '12345678', '12345678', false],
    ['a body one byte past the limit, cut to it', '123456789', '12345678', true],
    ['an empty body', '', '', false],
  ])('keeps %s', async (_case, body, kept, truncated) => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(body);
    });
    const answer = await send(transportTo(server.url), { method: 'GET', path: '/', authenticated: false });
    expect([Buffer.from(answer.bytes).toString(), answer.truncated, answer.contentType]).toEqual([kept, truncated, 'application/json']);
  });

  it('reads an answer without a body (204) as empty, and sends the extra headers of the transport', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    const answer = await send(transportTo(server.url, { extraHeaders: () => ({ Prefer: 'code=404' }) }), { method: 'DELETE', path: '/x', authenticated: false });
    expect([answer.status, answer.bytes.length, answer.truncated]).toEqual([204, 0, false]);
    expect(server.requests[0]?.headers.prefer).toBe('code=404');
  });

  it('sends no Content-Type without a body, signs the empty body of an AK/SK GET, and times the answer within the call', async () => {
    const server = await serve((_request, response) => void response.end('{}'));
    const auth = { accessKey: 'HPUAJ5Q7VDCVLEXAMPLE', secretKey: 'contract-secret-key-000111' };
    const before = performance.now();
    const answer = await send(transportTo(server.url, { auth }), { method: 'GET', path: '/v2/p/cloudsnapshots/detail?limit=1', authenticated: true });
    const outer = performance.now() - before;
    const [request] = server.requests;
    expect(request?.headers['content-type']).toBeUndefined();
    const sdkDate = String(request?.headers['x-sdk-date']);
    const at = new Date(`${sdkDate.slice(0, 4)}-${sdkDate.slice(4, 6)}-${sdkDate.slice(6, 8)}T${sdkDate.slice(9, 11)}:${sdkDate.slice(11, 13)}:${sdkDate.slice(13, 15)}Z`);
    const url = new URL(`${server.url}/v2/p/cloudsnapshots/detail?limit=1`);
    expect(request?.headers.authorization).toBe(authHeaders(auth, 'GET', url, { Accept: 'application/json' }, '', at).Authorization);
    expect(answer.ms).toBeGreaterThanOrEqual(0);
    expect(answer.ms).toBeLessThanOrEqual(Math.ceil(outer));
  });

  it('sends the body and its type, credentials only when asked', async () => {
    const server = await serve((_request, response) => void response.end());
    await send(transportTo(server.url), { method: 'POST', path: '/x', body: '{"a":', authenticated: false });
    const [request] = server.requests;
    expect([request?.method, request?.url, request?.body, request?.headers['content-type'], request?.headers.accept, request?.headers['x-auth-token']]).toEqual([
      'POST',
      '/x',
      '{"a":',
      'application/json',
      'application/json',
      undefined,
    ]);
  });

  it.each([
    ['a closed port', async () => `http://127.0.0.1:${await closedPort()}`, {}, 'ECONNREFUSED'],
    ['a port fetch refuses', async () => 'http://127.0.0.1:5060', {}, 'fetch refuses port 5060, one of the ports browsers block; use another port'],
    ['a server that never answers', async () => (await serve(() => undefined)).url, { timeoutMs: 200 }, 'no complete answer within 200 ms'],
    // fetch throws a TypeError of its own, without a cause, for a header value it cannot send.
    [
      'a request fetch refuses to send, for no named cause',
      async () => (await serve(() => undefined)).url,
      { extraHeaders: () => ({ 'X-Broken': 'a\nb' }) },
      'the connection failed',
    ],
  ])('says why %s gave no answer', async (_case, url, extra, reason) => {
    const error = await send(transportTo(await url(), extra), { method: 'GET', path: '/', authenticated: true }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(NoAnswer);
    expect((error as NoAnswer).reason).toBe(reason);
    expect((error as NoAnswer).message).not.toContain(token);
  });
});

describe('authHeaders', () => {
  const accessKey = 'HPUAJ5Q7VDCVLEXAMPLE';
  const secretKey = 'contract-secret-key-000111';
  const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
  const url = new URL(`http://evs.emulator/v2/${projectId}/cloudsnapshots/detail?limit=2&name=a%20b`);

  it('gives a token as X-Auth-Token only', () => {
    expect(authHeaders({ token }, 'GET', url, {}, '', new Date())).toEqual({ 'X-Auth-Token': token });
  });

  it.each([
    ['without a security token', undefined],
    ['with a security token', 'sts-token-9'],
  ])('signs every header it sends so that the gateway takes it, %s', async (_case, securityToken) => {
    const now = new Date(Date.UTC(2026, 11, 1, 9, 0, 0));
    const emulator = createEvsEmulator({ accessKeys: [{ accessKey, secretKey }], now: () => now.getTime() });
    const headers = { Accept: 'application/json', 'X-Extra': ' padded ' };
    const added = authHeaders({ accessKey, secretKey, securityToken }, 'GET', url, headers, '', now);
    expect(added['X-Sdk-Date']).toBe('20261201T090000Z');
    expect(added['X-Security-Token']).toBe(securityToken);
    expect(added.Authorization).toMatch(/^SDK-HMAC-SHA256 Access=HPUAJ5Q7VDCVLEXAMPLE, SignedHeaders=accept;host;x-extra;x-sdk-date(;x-security-token)?, Signature=[0-9a-f]{64}$/);
    const answer = await emulator.fetch(url, { headers: { ...headers, ...added } as Record<string, string> });
    expect(answer.status).toBe(200);
    const tampered = await emulator.fetch(url, { headers: { ...headers, ...added, 'X-Extra': 'other' } as Record<string, string> });
    expect(tampered.status).toBe(401);
  });

  it('signs the headers sorted by name, leaving out names with an underscore, which gateways drop', () => {
    const now = new Date(Date.UTC(2026, 11, 1, 9, 0, 0));
    const added = authHeaders({ accessKey, secretKey }, 'GET', url, { 'X-Zeta': 'z', Accept: 'application/json', X_Under: 'u' }, '', now);
    expect(added.Authorization).toMatch(/^SDK-HMAC-SHA256 Access=HPUAJ5Q7VDCVLEXAMPLE, SignedHeaders=accept;host;x-sdk-date;x-zeta, Signature=[0-9a-f]{64}$/);
  });
});

describe('secretsOf', () => {
  it('names the token, or the secret key and the security token when there is one', () => {
    expect(secretsOf({ token: 'tok-1234' })).toEqual(['tok-1234']);
    expect(secretsOf({ accessKey: 'AK12', secretKey: 'SK12' })).toEqual(['SK12']);
    expect(secretsOf({ accessKey: 'AK12', secretKey: 'SK12', securityToken: 'ST12' })).toEqual(['SK12', 'ST12']);
  });
});
