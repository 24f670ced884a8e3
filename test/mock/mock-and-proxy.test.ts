// npm run mock (static and --dynamic) and npm run proxy, started as scripts the way users start them.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { mockSettings, proxySettings, UsageError } from '../../scripts/lib/script-args.js';
import { checkResponse } from '../../src/contract/checker.js';
import { type FakeEvs, startFakeEvs } from '../support/fake-evs.js';
import { at, responseExample } from '../support/openapi-document.js';
import { type PrismServer, startScript } from '../support/prism.js';
import { startTogether } from '../support/start-together.js';

const running: (PrismServer | FakeEvs)[] = [];
afterAll(() => Promise.all(running.map((s) => ('stop' in s ? s.stop() : s.close()))));
const keep = <T extends PrismServer | FakeEvs>(server: T): T => {
  running.push(server);
  return server;
};

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const token = 'mock-test-token';

async function post(baseUrl: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/v2/${projectId}/cloudsnapshots`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('Content-Type'), body: text, violations: response.headers.get('sl-violations') };
}

describe('npm run mock (static)', async () => {
  // The run's shared `npm run mock`, or one of our own when EVS_BASE_URL sent the contract suite elsewhere.
  const mock = { url: inject('prismUrl') || keep(await startScript('mock.ts')).url };

  it('serves the documented example', async () => {
    const answer = await post(mock.url, JSON.stringify({ snapshot: { volume_id: volumeId } }));
    expect(answer.status).toBe(202);
    expect(JSON.parse(answer.body)).toEqual(responseExample('createSnapshot', '202'));
  });

  it.each([
    ['missing volume_id', JSON.stringify({ snapshot: { name: 'x' } }), {}, 400],
    ['an over-long name', JSON.stringify({ snapshot: { volume_id: volumeId, name: 'n'.repeat(256) } }), {}, 400],
    ['wrong types', JSON.stringify({ snapshot: { volume_id: volumeId, force: 'yes' } }), {}, 400],
    ['malformed JSON', '{"snapshot": ', {}, 400],
    ['a missing token', JSON.stringify({ snapshot: { volume_id: volumeId } }), { 'X-Auth-Token': '' }, 401],
  ])('answers %s with the documented status and body, never 422', async (_case, body, headers, status) => {
    const answer = await post(mock.url, body, headers);
    expect(answer.status).toBe(status);
    expect(checkResponse('createSnapshot', answer)).toEqual([]);
  });

  it('picks a response by the Prefer header', async () => {
    const answer = await post(mock.url, JSON.stringify({ snapshot: { volume_id: volumeId } }), { Prefer: 'code=413' });
    expect([answer.status, JSON.parse(answer.body)]).toEqual([413, { overLimit: { code: 'EVS.5413', message: 'Insufficient volume quota.' } }]);
    const named = await post(mock.url, JSON.stringify({ snapshot: { volume_id: volumeId } }), { Prefer: 'code=401, example=authenticationRequired' });
    expect(JSON.parse(named.body)).toEqual({ unauthorized: { code: 'EVS.5401', message: 'Authentication required.' } });
  });
});

describe('npm run mock -- --dynamic', () => {
  it('generates schema-valid data, the same on every run', async () => {
    const [first, second] = (await startTogether([() => startScript('mock.ts', ['--dynamic']), () => startScript('mock.ts', ['--dynamic'])])).map(keep) as [
      PrismServer,
      PrismServer,
    ];
    const request = JSON.stringify({ snapshot: { volume_id: volumeId } });
    const [a, b] = await Promise.all([post(first.url, request), post(second.url, request)]);
    expect(a.status).toBe(202);
    expect(a.body).toBe(b.body);
    expect(a.body).not.toContain(String(at('#/snapshot/id', responseExample('createSnapshot', '202'))));
    expect(checkResponse('createSnapshot', a)).toEqual([]);
  });
});

describe('bad arguments', () => {
  it.each([
    ['mock', () => mockSettings(['--dinamic'], {}), 'npm run mock: unknown argument --dinamic; the only option is --dynamic'],
    ['mock', () => mockSettings([], { PORT: 'http' }), 'npm run mock: PORT must be a TCP port from 1 to 65535, got "http"'],
    ['mock', () => mockSettings([], { PORT: '65536' }), 'npm run mock: PORT must be a TCP port from 1 to 65535, got "65536"'],
    ['proxy', () => proxySettings([], {}), 'usage: npm run proxy -- <upstream-url>'],
    ['proxy', () => proxySettings(['https://a.example', 'https://b.example'], {}), 'usage: npm run proxy -- <upstream-url>'],
    ['proxy', () => proxySettings(['evs.eu-de'], {}), 'npm run proxy: the upstream must be an absolute URL such as https://evs.eu-de.otc.t-systems.com, got "evs.eu-de"'],
    ['proxy', () => proxySettings(['https://evs.example'], { PORT: '0' }), 'npm run proxy: PORT must be a TCP port from 1 to 65535, got "0"'],
  ])('%s refuses case %# with the rule it breaks', (_script, read, message) => {
    expect(read).toThrow(UsageError);
    expect(read).toThrow(message);
  });

  it('reads the defaults and the options it knows', () => {
    expect(mockSettings([], {})).toEqual({ dynamic: false, port: 4010 });
    expect(mockSettings(['--dynamic'], { PORT: '8080' })).toEqual({ dynamic: true, port: 8080 });
    expect(proxySettings(['https://evs.eu-de.otc.t-systems.com/'], {})).toEqual({ upstream: 'https://evs.eu-de.otc.t-systems.com', port: 4010 });
  });

  const run = promisify(execFile);
  it.each([
    ['mock.ts', ['--dinamic'], 'npm run mock: unknown argument --dinamic; the only option is --dynamic'],
    ['proxy.ts', [], 'usage: npm run proxy -- <upstream-url>'],
  ])('the script %s %j exits 2 with the message, starting nothing', async (name, args, message) => {
    const result = await run(process.execPath, [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), fromRoot('scripts', name), ...args]).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toContain(message);
  });
});

describe('npm run proxy', () => {
  it('passes conforming traffic and reports a non-conforming answer', async () => {
    // One upstream: the answer to a snapshot named "break-me" carries a status the spec does not know.
    const upstream = keep(
      await startFakeEvs({
        token,
        projectId,
        mutate: (reply, request) =>
          reply.status === 202 && request.body.includes('break-me')
            ? { ...reply, body: { snapshot: { ...(reply.body as { snapshot: object }).snapshot, status: 'in-use' } } }
            : reply,
      }),
    );
    const proxy = keep(await startScript('proxy.ts', [upstream.url]));
    const request = JSON.stringify({ snapshot: { volume_id: volumeId } });

    const good = await post(proxy.url, request);
    expect(good.status).toBe(202);
    expect(checkResponse('createSnapshot', good)).toEqual([]);

    const bad = await post(proxy.url, JSON.stringify({ snapshot: { volume_id: volumeId, name: 'break-me' } }));
    expect(bad.status).toBe(500);
    expect(bad.body).toMatch(/allowed values/);

    // Prism's proxy answers an invalid request itself (422 problem+json) and does not forward it.
    const invalid = await post(proxy.url, JSON.stringify({ snapshot: {} }));
    expect([invalid.status, invalid.contentType]).toEqual([422, 'application/problem+json']);
    expect(invalid.body).toContain('volume_id');
    expect(upstream.requests.filter((r) => r.body === JSON.stringify({ snapshot: {} }))).toEqual([]);
  });
});
