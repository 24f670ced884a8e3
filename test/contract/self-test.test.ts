// The contract suite must fail, precisely, against servers that break the contract in one way
// each, and pass against a faithful one. A suite that cannot fail is worthless.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot, repoRoot } from '../../scripts/lib/paths.js';
import { formatReport, runScenarios, type ScenarioResult } from '../../src/contract/run.js';
import { scenarios } from '../../src/contract/scenarios.js';
import { type ContractTarget, resolveTarget } from '../../src/contract/target.js';
import { type FakeEvs, type FakeReply, startFakeEvs } from '../support/fake-evs.js';
import { startServer } from '../support/local-server.js';

const token = 'self-test-token-5f1d';
const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const servers: FakeEvs[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function serve(mutate?: (reply: FakeReply, request: { method: string; path: string; body: string }) => FakeReply): Promise<ContractTarget> {
  const server = await startFakeEvs({ token, projectId, ...(mutate ? { mutate } : {}) });
  servers.push(server);
  return { baseUrl: server.url, token, projectId, volumeId, isMock: false, destructive: true, pollIntervalMs: 10, waitTimeoutMs: 100 };
}

const failing = (results: ScenarioResult[]) => results.filter((r) => r.violations.length > 0);
const reports = (results: ScenarioResult[]) =>
  failing(results)
    .map((r) => formatReport(r, [token]))
    .join('\n');

/** Rewrites the snapshot inside successful replies. */
const onSnapshot =
  (change: (snapshot: Record<string, unknown>) => void) =>
  (reply: FakeReply): FakeReply => {
    const body = reply.body as { snapshot?: Record<string, unknown> } | undefined;
    if (reply.status < 300 && body?.snapshot) change(body.snapshot);
    return reply;
  };

describe('contract suite self-test', () => {
  it('passes against a faithful server', async () => {
    const results = (await runScenarios(await serve())).results;
    expect(reports(results)).toBe('');
    expect(results.map((r) => r.scenario.name)).toEqual(scenarios.map((s) => s.name));
  });

  it.each([
    [
      'an unknown status value',
      onSnapshot((s) => (s.status = 'in-use')),
      '/snapshot/status',
      /expected one of \["creating","available","error","deleting","error_deleting","rollbacking","backing-up"\], got "in-use"/,
    ],
    ['a wrong field type', onSnapshot((s) => (s.size = '10')), '/snapshot/size', /expected type "integer", got "10" \(string\)/],
    ['a missing required field', onSnapshot((s) => delete s.volume_id), '/snapshot/volume_id', /required property\), got nothing/],
    ['a timestamp with a zone designator', onSnapshot((s) => (s.created_at = '2026-11-23T10:00:00Z')), '/snapshot/created_at', /expected a string matching/],
    [
      'an undocumented status code',
      (r: FakeReply) => (r.status === 202 ? { ...r, status: 201 } : r),
      '(status)',
      /status 201 is not documented for createSnapshot; expected one of 202, 400/,
    ],
    ['a malformed JSON body', (r: FakeReply) => (r.status === 200 ? { ...r, body: '{"snapshot": {"id": "f9', raw: true } : r), '(body)', /the body is not valid JSON/],
    ['a wrong error body', (r: FakeReply) => (r.status === 404 ? { ...r, body: { message: 'snapshot not found' } } : r), '(body)', /oneOf/],
    [
      'a non-JSON content type',
      (r: FakeReply) => (r.status === 401 ? { ...r, headers: { 'Content-Type': 'text/html' }, body: '<h1>401</h1>', raw: true } : r),
      '(content-type)',
      /expected application\/json, got text\/html/,
    ],
  ])('fails on %s, naming the problem', async (_breakage, mutate, pointer, detail) => {
    const results = await (await runScenarios(await serve(mutate))).results;
    const report = reports(results);
    expect(failing(results).length).toBeGreaterThan(0);
    expect(report).toContain(`at ${pointer}:`);
    expect(report).toMatch(detail);
    expect(report).not.toContain(token);
  });

  it('redacts an echoed token from the report before cutting the body excerpt', async () => {
    const longToken = `${token}-${'t'.repeat(60)}`;
    const server = await startFakeEvs({
      token: longToken,
      projectId,
      mutate: (reply, request) => (reply.status === 200 ? { ...reply, body: `${'x'.repeat(90)} not json, echoing ${request.token}`, raw: true } : reply),
    });
    servers.push(server);
    const results = (await runScenarios({ baseUrl: server.url, token: longToken, projectId, volumeId, isMock: false, destructive: true, pollIntervalMs: 10, waitTimeoutMs: 100 }))
      .results;
    const report = failing(results)
      .map((r) => formatReport(r, [longToken]))
      .join('\n');
    expect(report).toMatch(/the body is not valid JSON/);
    expect(report).not.toContain(longToken.slice(0, 8));
  });

  it('never follows a redirect: the token goes nowhere else, and the 3xx is reported', async () => {
    const elsewhere = await startServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(`{"snapshot": ${token}}`);
    });
    try {
      const target = await serve((reply, request) => (request.method === 'GET' ? { status: 302, headers: { Location: `${elsewhere.url}/steal` }, body: undefined } : reply));
      const results = (await runScenarios(target)).results;
      expect(elsewhere.requests).toEqual([]);
      const report = reports(results);
      expect(report).toMatch(/showSnapshot \[show\] answered HTTP 302\n.*\n {2}at \(status\): status 302 is not documented for showSnapshot/);
      expect(report).not.toContain(token.slice(0, 8));
    } finally {
      await elsewhere.close();
    }
  });

  it('deletes every snapshot it created, including one a lax server should have refused', async () => {
    // This server accepts the 86-character name (258 bytes): a snapshot no scenario plans to delete.
    const lax = await startFakeEvs({ token, projectId, maxTextBytes: 1000 });
    servers.push(lax);
    const run = await runScenarios({ baseUrl: lax.url, token, projectId, volumeId, isMock: false, destructive: true, pollIntervalMs: 10, waitTimeoutMs: 2000 });
    expect(reports(run.results)).toMatch(/\[create: name over 255 UTF-8 bytes \(86 Chinese characters\)\] answered HTTP 202/);
    expect(lax.snapshots.size).toBe(4);
    expect(run.leftovers).toEqual([]);
    expect([...lax.snapshots.values()].filter((s) => s.status !== 'deleting')).toEqual([]);
  });

  it('fails when a negative scenario is accepted', async () => {
    const lax = await serve((reply, request) =>
      reply.status === 400 && request.method === 'POST'
        ? {
            ...reply,
            status: 202,
            body: { snapshot: { id: 'ffa9bc5e-1172-4021-acaf-cdcd78a9584d', status: 'creating', created_at: '2013-02-25T03:56:53.081642', volume_id: volumeId, size: 1 } },
          }
        : reply,
    );
    const report = reports((await runScenarios(lax)).results);
    expect(report).toMatch(/createSnapshot \[create: missing volume_id\] answered HTTP 202\n {2}at \(status\): the scenario expects HTTP 400; expected 400, got 202/);
  });
});

describe('npm run test:contract with EVS_BASE_URL', () => {
  const run = promisify(execFile);
  const contract = (baseUrl: string) =>
    run(process.execPath, [fromRoot('node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/contract/contract.test.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        EVS_BASE_URL: baseUrl,
        EVS_AUTH_TOKEN: token,
        EVS_PROJECT_ID: projectId,
        EVS_VOLUME_ID: volumeId,
        EVS_CONTRACT_ROLLBACK: '1',
        EVS_POLL_INTERVAL_MS: '20',
        EVS_WAIT_TIMEOUT_MS: '300',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );

  it('passes against a faithful server and fails with a precise report against a broken one', async () => {
    const [faithful, broken] = await Promise.all([serve(), serve(onSnapshot((s) => (s.status = 'in-use')))]);
    const [good, bad] = await Promise.all([contract(faithful.baseUrl), contract(broken.baseUrl)]);
    expect(good.code, good.output).toBe(0);
    expect(good.output).toMatch(new RegExp(`Tests +${scenarios.length} passed`));
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('createSnapshot [create: minimal] answered HTTP 202');
    expect(bad.output).toContain('at /snapshot/status: enum: must be equal to one of the allowed values');
    expect(bad.output).not.toContain(token);
  }, 60_000);
});

describe('target selection', () => {
  const mock = 'http://127.0.0.1:4010';
  it('uses the mock when EVS_BASE_URL is not set', () => {
    expect(resolveTarget(mock, {})).toMatchObject({ baseUrl: mock, isMock: true });
  });
  it('uses EVS_BASE_URL with its credentials', () => {
    const env = { EVS_BASE_URL: 'https://evs.example.test/', EVS_AUTH_TOKEN: 't', EVS_PROJECT_ID: 'p', EVS_VOLUME_ID: 'v' };
    expect(resolveTarget(mock, env)).toEqual({
      baseUrl: 'https://evs.example.test',
      token: 't',
      projectId: 'p',
      volumeId: 'v',
      isMock: false,
      destructive: false,
      pollIntervalMs: 3000,
      waitTimeoutMs: 600_000,
    });
  });
  it('runs the rollback against a real server only on request', () => {
    const env = { EVS_BASE_URL: 'https://evs.example.test/', EVS_AUTH_TOKEN: 't', EVS_PROJECT_ID: 'p', EVS_VOLUME_ID: 'v' };
    expect(resolveTarget(mock, { ...env, EVS_CONTRACT_ROLLBACK: '1' }).destructive).toBe(true);
    expect(() => resolveTarget(mock, { ...env, EVS_CONTRACT_ROLLBACK: 'yes' })).toThrow('EVS_CONTRACT_ROLLBACK must be 1');
    expect(() => resolveTarget(mock, { ...env, EVS_POLL_INTERVAL_MS: '2s' })).toThrow('EVS_POLL_INTERVAL_MS must be a whole number of milliseconds, got "2s"');
  });
  it('says which variables are missing', () => {
    expect(() => resolveTarget(mock, { EVS_BASE_URL: 'http://127.0.0.1:9', EVS_PROJECT_ID: 'p' })).toThrow(
      'EVS_BASE_URL is set, so the contract suite also needs EVS_AUTH_TOKEN, EVS_VOLUME_ID in the environment',
    );
  });
  it('refuses a base URL that is not http(s)', () => {
    expect(() => resolveTarget(mock, { EVS_BASE_URL: 'evs.example', EVS_AUTH_TOKEN: 't', EVS_PROJECT_ID: 'p', EVS_VOLUME_ID: 'v' })).toThrow(
      'EVS_BASE_URL must be an absolute URL such as https://evs.eu-de.otc.t-systems.com, got "evs.example"',
    );
  });
});
