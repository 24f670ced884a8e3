// evs-contract must fail, naming the problem, against servers that break the contract in one way
// each, schema or behaviour, and pass with no false alarm against faithful ones. A checker that
// cannot fail is worthless. Each case runs the command in-process (command.ts, what the bin runs).
import { afterAll, describe, expect, it } from 'vitest';
import type { ContractResult } from '../../src/contract/result.js';
import { resolveTarget } from '../../src/contract/target.js';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { type FakeEvs, type FakeReply, type StoredSnapshot, startFakeEvs } from '../support/fake-evs.js';
import { startServer } from '../support/local-server.js';
import { runContractCommand } from '../support/run-contract-command.js';

const token = 'self-test-token-5f1d';
const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const servers: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

type Request = { method: string; path: string; search: string; body: string; token: string };
type Mutation = (reply: FakeReply, request: Request, fake: FakeEvs) => FakeReply;

async function serve(mutate?: Mutation, options: { maxTextBytes?: number; lenient?: boolean } = {}): Promise<string> {
  let fake: FakeEvs | undefined;
  // The OpenStack-compatible family served too, as the emulator and a real cloud serve it.
  fake = await startFakeEvs({ token, projectId, openstack: true, ...options, ...(mutate ? { mutate: (reply, request) => (fake ? mutate(reply, request, fake) : reply) } : {}) });
  servers.push(fake);
  return fake.url;
}

/**
 * How long a run waits for a snapshot's state. The fake changes state at once, so its first poll
 * decides and a short wait cannot fail a faithful run; it only bounds the runs that wait in vain
 * (a status the run cannot read), which it made cost seconds each. The emulator's transitions
 * take a few ms: runs against it wait longer, for a busy machine.
 */
const waits = { fake: '100', emulator: '5000' };

/**
 * Runs evs-contract against `url`; resolves with its exit code and everything it printed. The faults here concern
 * the cloudsnapshots family, so the OpenStack-compatible one is left out unless asked for (its own faults are in
 * cinder-scenarios.test.ts; the no-false-alarm runs keep it).
 */
const contract = (url: string, extra: string[] = [], env: Record<string, string> = { EVS_AUTH_TOKEN: token }, wait = waits.fake, openstack = false) =>
  runContractCommand(
    [
      ...['--base-url', url, '--project-id', projectId, '--volume-id', volumeId, '--rollback', '--restore', '--poll-interval', '5', '--wait-timeout', wait, '--seed', '11'],
      ...(openstack ? [] : ['--no-openstack']),
      ...extra,
    ],
    env,
  );

const isList = (request: Request) => request.method === 'GET' && request.path.endsWith('/detail');
const isItem = (request: Request, method: string) => request.method === method && /\/cloudsnapshots\/[0-9a-f-]{36}$/.test(request.path);
const query = (request: Request) => new URLSearchParams(request.search);
const listed = (fake: FakeEvs): StoredSnapshot[] => [...fake.snapshots.values()].filter((s) => s.status !== 'deleting');

/** Rewrites the snapshot inside successful replies. */
const onSnapshot =
  (change: (snapshot: Record<string, unknown>) => void) =>
  (reply: FakeReply): FakeReply => {
    const body = reply.body as { snapshot?: Record<string, unknown> } | undefined;
    if (reply.status < 300 && body?.snapshot) change(body.snapshot);
    return reply;
  };

const lastSeen = new Map<string, { name: string | null; description: string | null }>();

/** [the fault, the server, what the report must say]. */
const faults: [string, Mutation, RegExp][] = [
  ['an unknown status value', onSnapshot((s) => (s.status = 'in-use')), /at \/snapshot\/status: enum: .*got "in-use"/],
  ['a wrong field type', onSnapshot((s) => (s.size = '10')), /at \/snapshot\/size: type: .*expected type "integer", got "10" \(string\)/],
  ['a missing required field', onSnapshot((s) => delete s.volume_id), /at \/snapshot\/volume_id: required: .*got nothing/],
  ['a timestamp with a zone designator', onSnapshot((s) => (s.created_at = '2026-11-23T10:00:00Z')), /at \/snapshot\/created_at: pattern: .*expected a string matching/],
  ['an undocumented status code', (r) => (r.status === 202 ? { ...r, status: 201 } : r), /at \(status\): status 201 is not documented for createSnapshot/],
  ['a malformed JSON body', (r) => (r.status === 200 ? { ...r, body: '{"snapshot": {"id": "f9', raw: true } : r), /at \(body\): the body is not valid JSON/],
  ['a wrong error body', (r) => (r.status === 404 ? { ...r, body: { message: 'snapshot not found' } } : r), /at \(body\): oneOf/],
  [
    'a non-JSON content type',
    (r) => (r.status === 401 ? { ...r, headers: { 'Content-Type': 'text/html' }, body: '<h1>401</h1>', raw: true } : r),
    /at \(content-type\): the body is not declared as JSON; expected application\/json, got text\/html/,
  ],
  [
    'an accepted rule break (a create without volume_id answered 202)',
    (r, request) =>
      r.status === 400 && request.method === 'POST' && !request.body.includes('volume_id')
        ? {
            ...r,
            status: 202,
            body: { snapshot: { id: 'ffa9bc5e-1172-4021-acaf-cdcd78a9584d', status: 'creating', created_at: '2013-02-25T03:56:53.081642', volume_id: volumeId, size: 1 } },
          }
        : r,
    /\[create: missing volume_id\] \(HTTP 202.*\n(.*\n)*? {2}at \(status\): the case expects HTTP 400/,
  ],
  [
    'an undocumented error code',
    (r) => (r.status === 404 ? { ...r, body: { itemNotFound: { code: 'EVS.9999', message: 'gone' } } } : r),
    /at \/itemNotFound\/code: the error code is not documented for HTTP 404; expected one of EVS.5404, got "EVS.9999"/,
  ],
  [
    'a byte order mark before the JSON',
    (r, request) => (r.status === 200 && isItem(request, 'GET') ? { ...r, body: `\uFEFF${JSON.stringify(r.body)}`, raw: true } : r),
    /at \(body\): the body starts with a UTF-8 byte order mark/,
  ],
  [
    'a list that ignores limit',
    (r, request, fake) => (r.status === 200 && isList(request) && query(request).has('limit') ? { ...r, body: { count: listed(fake).length, snapshots: listed(fake) } } : r),
    /the page holds more snapshots than limit=1/,
  ],
  [
    'a list that ignores offset',
    (r, request, fake) => {
      if (r.status !== 200 || !isList(request) || !query(request).has('offset')) return r;
      const matches = listed(fake).filter((s) => !query(request).has('volume_id') || s.volume_id === query(request).get('volume_id'));
      return { ...r, body: { count: matches.length, snapshots: matches.slice(0, Number(query(request).get('limit') ?? 1000)) } };
    },
    /this snapshot was already on an earlier page: the offset was not applied/,
  ],
  [
    'a list that ignores the filters',
    (r, request, fake) => (r.status === 200 && isList(request) && query(request).has('name') ? { ...r, body: { count: listed(fake).length, snapshots: listed(fake) } } : r),
    /at \/snapshots\/\d+\/name: the item does not match the name filter/,
  ],
  [
    'a count that is the page length',
    (r) => {
      const body = r.body as { count?: number; snapshots?: unknown[] } | undefined;
      return r.status === 200 && body?.snapshots ? { ...r, body: { ...body, count: body.snapshots.length } } : r;
    },
    /at \/count: count is lower than the number of this run's snapshots/,
  ],
  [
    'an update answered 200 that changes nothing',
    (r, request, fake) => {
      const id = request.path.split('/').at(-1) ?? '';
      const stored = fake.snapshots.get(id);
      const before = lastSeen.get(id);
      if (stored && r.status === 200 && request.method === 'PUT' && before) Object.assign(stored, before);
      else if (stored && r.status < 300) lastSeen.set(id, { name: stored.name, description: stored.description });
      return r;
    },
    /\[show: after update\][^\n]*\n(.*\n)*? {2}at \/snapshot\/name: the name is not what the run last set on this snapshot; expected "contract-suite-main"/,
  ],
  [
    'a show that answers another snapshot',
    (r, request, fake) => {
      const other = [...fake.snapshots.values()].find((s) => !request.path.endsWith(s.id));
      return r.status === 200 && isItem(request, 'GET') && other ? { ...r, body: { snapshot: other } } : r;
    },
    /at \/snapshot\/id: the answer is another snapshot than the one asked for/,
  ],
  [
    'a create that drops name, description and metadata',
    (r, request) => (r.status === 202 && request.method === 'POST' ? onSnapshot((s) => Object.assign(s, { name: null, description: null, metadata: {} }))(r) : r),
    /at \/snapshot\/name: the name differs from what the create sent; expected "contract-suite", got null/,
  ],
  [
    'a rollback answered 200',
    (r, request) => (r.status === 202 && request.path.endsWith('/rollback') ? { ...r, status: 200 } : r),
    /at \(status\): status 200 is not documented for rollbackSnapshot/,
  ],
  [
    'a rollback answered without its wrapper',
    (r, request) => (r.status === 202 && request.path.endsWith('/rollback') ? { ...r, body: { volume_id: volumeId } } : r),
    /rollbackSnapshot \[rollback: to the source disk\] \(HTTP 202[^\n]*\n(.*\n)*? {2}at \/rollback: required/,
  ],
];

// Each case has its own servers: they run side by side.
describe.concurrent('evs-contract self-test', () => {
  it.each(faults)('fails on %s, naming the problem', async (_fault, mutate, report) => {
    const { code, output } = await contract(await serve(mutate), ['--generate', '0']);
    expect(code, output).toBe(1);
    expect(output).toMatch(report);
    expect(output).not.toContain(token);
  });

  it('with --strict, fails on a server that takes unknown fields, through a generated case shrunk to the smallest request', async () => {
    const lax: Mutation = (r, request) =>
      r.status === 400 && request.method === 'PUT' && request.body.includes('x_contract_unknown') ? { ...r, status: 200, body: { snapshot: JSON.parse('{}') } } : r;
    const { code, output } = await contract(await serve(lax), ['--generate', '120', '--only', 'generated', '--strict']);
    expect(code, output).toBe(1);
    expect(output).toMatch(/FAIL updateSnapshot \[generated: updateSnapshot, requests that break one rule \(unknown key at \/x_contract_unknown\)\]/);
    expect(output).toMatch(/at \(status\): the case expects HTTP 400: only this description refuses this request; .*\[strictness\/refuses-unknown-key\]/);
    // Shrunk: the smallest body that breaks the rule, an empty snapshot beside the unknown key.
    expect(output).toContain('{"snapshot":{},"x_contract_unknown":"x"}');
    expect(output).toMatch(/repeat: --generate 120 --seed 11 \(fast-check path [\d:]+\)/);
  });

  it('passes with warnings only, exit 0, against a server that refuses every documented rule break but ignores unknown keys and filter values', async () => {
    const { code, output, written } = await contract(await serve(undefined, { lenient: true }), ['--generate', '120', '--report', 'r.json', '--report', 'r.xml']);
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/^FAIL/m);
    // Each strictness rule the server accepted, once, with its class and check.
    for (const rule of [/unknown key at \/x_contract_unknown/, /unknown key at \/snapshot\/x_contract_unknown/, /maxBytes at \/name/, /minimum at \/offset/])
      expect(output).toMatch(new RegExp(`^WARN \\w+ \\[generated: \\w+, requests that break one rule \\(${rule.source}\\)\\]`, 'm'));
    expect(output).toMatch(/expected 400, got 200 \[strictness\/refuses-over-byte-limit\]/);
    expect(output).toMatch(/evs-contract: \d+ passed, 0 failed, 0 skipped, \d+ warned in /);
    expect(output).toMatch(/requests checked by class: conformance \d+, behaviour \d+, documented-refusal \d+, strictness \d+ \(\d+ warned\); warnings are strictness findings/);
    const json = JSON.parse(written.get('r.json') ?? '') as ContractResult;
    expect(json.exitCode).toBe(0);
    expect(json.totals.warned).toBeGreaterThanOrEqual(4);
    expect(json.checkClasses.strictness.warned).toBe(json.totals.warned);
    expect(json.checkClasses['documented-refusal']).toMatchObject({ failed: 0 });
    expect(json.checkClasses['documented-refusal'].checked).toBeGreaterThan(10);
    expect(json.cases.filter((c) => c.outcome === 'warned').flatMap((c) => c.violations.map((v) => v.class))).toEqual(Array(json.totals.warned).fill('strictness'));
    expect(written.get('r.xml')).toMatch(/failures="0"[\s\S]*<system-out>warning: strictness findings/);
  });

  it('fails with --strict against the same server, naming the strictness rules it accepted', async () => {
    const { code, output } = await contract(await serve(undefined, { lenient: true }), ['--generate', '120', '--strict']);
    expect(code, output).toBe(1);
    expect(output).toMatch(/^FAIL \w+ \[generated: \w+, requests that break one rule \([^)]+\)\][^\n]*\n(.*\n)*?.*\[strictness\/refuses-/m);
    expect(output).not.toMatch(/^WARN/m);
    expect(output).toMatch(/strictness findings fail the run \(--strict\)/);
  });

  it('still fails by default on a server that ignores a documented refusal: a limit over 1000', async () => {
    const lax: Mutation = (r, request) => (r.status === 400 && isList(request) && /limit=1001/.test(request.search) ? { ...r, status: 200, body: { count: 0, snapshots: [] } } : r);
    const { code, output } = await contract(await serve(lax, { lenient: true }), ['--generate', '0']);
    expect(code, output).toBe(1);
    expect(output).toMatch(
      /FAIL listSnapshots \[list: limit over 1000\] \(HTTP 200[^\n]*\n(.*\n)*? {2}at \(status\): the case expects HTTP 400: the reference documents that this request is refused \(Error Codes \(evs_04_0038\), limit cannot be greater than 1000, EVS\.2142\); expected 400, got 200 \[documented-refusal\/refuses-above-maximum\]/,
    );
  });

  it('leaves out what --exclude-checks names: no strictness case is sent, and a documented refusal left out is skipped', async () => {
    const fake = await startFakeEvs({ token, projectId, lenient: true });
    servers.push(fake);
    const { code, output } = await contract(fake.url, ['--generate', '60', '--exclude-checks', 'strictness,refuses-above-maximum']);
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/^WARN/m);
    expect(fake.requests.filter((request) => request.url.includes('status=not-in-the-enum') || request.body.includes('x_contract_unknown'))).toEqual([]);
    expect(output).toMatch(/SKIP listSnapshots \[list: limit over 1000\]: its check is left out \(documented-refusal\/refuses-above-maximum\)/);
    expect(output).toMatch(/strictness 0[,;\n]/);
  });

  it('passes against a faithful server and against the emulator, with no false alarm', async () => {
    const emulator = createEvsEmulator({ delays: { create: 10, delete: 10, rollback: 10, restore: 10, volumeDelete: 10 }, seed: 5 });
    servers.push(emulator);
    const runs = await Promise.all([
      contract(await serve(), ['--generate', '100'], undefined, waits.fake, true),
      contract(await emulator.listen(), ['--generate', '100'], undefined, waits.emulator, true),
    ]);
    for (const { code, output } of runs) {
      expect(output).not.toMatch(/^FAIL/m);
      expect(code, output).toBe(0);
      expect(output).toMatch(/evs-contract: \d+ passed, 0 failed, 0 skipped/);
    }
  });

  it('never follows a redirect: the token goes nowhere else, and the 3xx is reported', async () => {
    const elsewhere = await startServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{}');
    });
    servers.push(elsewhere);
    const url = await serve((reply, request) => (request.method === 'GET' ? { status: 302, headers: { Location: `${elsewhere.url}/steal` }, body: undefined } : reply));
    const { code, output } = await contract(url, ['--generate', '0']);
    expect(code).toBe(1);
    expect(elsewhere.requests).toEqual([]);
    expect(output).toMatch(/FAIL showSnapshot \[show\] \(HTTP 302[^\n]*\n(.*\n)*? {2}at \(status\): status 302 is not documented for showSnapshot/);
  });

  it('redacts an echoed token from the report before cutting the body excerpt', async () => {
    const longToken = `${token}-${'t'.repeat(60)}`;
    const url = await serve((reply, request) => (reply.status === 200 ? { ...reply, body: `${'x'.repeat(90)} not json, echoing ${request.token}`, raw: true } : reply));
    const fake = servers.at(-1) as FakeEvs;
    // The fake checks its own token: accept the long one by echoing through a server started for it.
    const echoing = await startFakeEvs({
      token: longToken,
      projectId,
      mutate: (reply, request) => (reply.status === 200 ? { ...reply, body: `${'x'.repeat(90)} not json, echoing ${request.token}`, raw: true } : reply),
    });
    servers.push(echoing);
    expect(url).toBe(fake.url);
    const { output, written } = await contract(echoing.url, ['--generate', '0', '--report', 'out.json', '--report', 'out.xml'], { EVS_AUTH_TOKEN: longToken });
    expect(output).toMatch(/the body is not valid JSON/);
    for (const text of [output, ...written.values()]) {
      expect(text).not.toContain(longToken.slice(0, 12));
      expect(text).toContain('[redacted]');
    }
  });

  it('never puts an id that is not a UUID in a path or on the terminal: no traversal, no forged lines', async () => {
    const sneaky = [`../../../v2/${projectId}/volumes/${volumeId}`, `x\u001b[2K\rFAKE PASS\nPASS everything`];
    for (const id of sneaky) {
      const url = await serve((r, request) =>
        r.status === 202 && request.method === 'POST' && request.path.endsWith('/cloudsnapshots') ? onSnapshot((sn) => (sn.id = id))(r) : r,
      );
      const fake = servers.at(-1) as FakeEvs;
      const { code, output } = await contract(url, ['--generate', '0']);
      expect(code).toBe(1);
      expect(fake.requests.filter((request) => request.url.includes('/volumes/') || request.url.includes('..'))).toEqual([]);
      expect(output).toMatch(/at \/snapshot\/id: pattern/);
      expect(output).not.toContain('\u001b');
      expect(output).not.toMatch(/^FAKE|^PASS everything/m);
    }
  });

  it('keeps the token out of pointers, ids and leftovers, wherever the server puts it', async () => {
    const asKey: Mutation = (r, request) => (r.status < 300 ? onSnapshot((sn) => (sn.metadata = { [request.token]: 5 }))(r) : r);
    const asId: Mutation = (r, request) =>
      r.status === 202 && request.method === 'POST'
        ? onSnapshot((sn) => (sn.id = request.token))(r)
        : r.status === 202 && request.method === 'DELETE'
          ? { ...r, status: 500, body: { computeFault: { code: 'EVS.5500', message: 'no' } } }
          : r;
    for (const mutate of [asKey, asId]) {
      const { code, output, written } = await contract(await serve(mutate), ['--generate', '5', '--report', 'r.json', '--report', 'r.xml']);
      expect(code).toBe(1);
      for (const text of [output, ...written.values()]) expect(text).not.toContain(token);
    }
  });

  it('survives hostile bodies: 100,000 nested arrays and a 5 MB error code make bounded reports, not a crash', async () => {
    const nested = `{"snapshot":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const hugeCode = { badRequest: { code: 'E'.repeat(5_000_000), message: 'x' } };
    const url = await serve((r, request) => (r.status === 200 && request.method === 'GET' ? { ...r, body: nested, raw: true } : r.status === 400 ? { ...r, body: hugeCode } : r));
    const { code, output, written } = await contract(url, ['--generate', '5', '--report', 'r.json', '--report', 'r.xml']);
    expect(code).toBe(1);
    expect(output).not.toContain('unexpected failure');
    expect(output).toMatch(/FAIL showSnapshot \[show\][^\n]*\n(.*\n)*? {2}at \/snapshot: type: .*got \[\[\[\[\[\[\[…\]\]\]\]\]\]\] \(array\)/);
    expect(output.length).toBeLessThan(400_000);
    for (const text of written.values()) expect(text.length).toBeLessThan(400_000);
  });

  it('stops when the credentials are refused: exit 4 after one request, saying so', async () => {
    const fake = await startFakeEvs({ token: 'the-right-token', projectId });
    servers.push(fake);
    const { code, output } = await contract(fake.url, ['--generate', '5']);
    expect(code).toBe(4);
    expect(fake.requests).toHaveLength(1);
    expect(output).toContain('the target refused the credentials (HTTP 401 to the first authenticated request)');
    expect(output).toMatch(/SKIP createSnapshot \[create: all fields with metadata\]: not sent: the credentials were refused/);
  });

  it('stops after three requests with no answer, instead of waiting out every timeout', async () => {
    const silent = await startServer(() => undefined);
    servers.push(silent);
    const { code, output } = await contract(silent.url, ['--generate', '5', '--timeout', '300']);
    expect(code).toBe(1);
    expect(silent.requests.length).toBeLessThanOrEqual(3);
    expect(output).toMatch(/not sent: the target gave no answer to 3 requests in a row \(the last: no complete answer within 300 ms\)/);
  });

  it('names the port fetch refuses to use', async () => {
    const { code, output } = await contract('http://127.0.0.1:5060', ['--generate', '0']);
    expect(code).toBe(1);
    expect(output).toContain('fetch refuses port 5060, one of the ports browsers block; use another port');
  });

  it('runs a group alone with no false alarm: what it relies on runs too', async () => {
    const emulator = createEvsEmulator({ delays: { create: 5, delete: 5, rollback: 5 }, seed: 9 });
    servers.push(emulator);
    const url = await emulator.listen();
    for (const group of ['show', 'list', 'update', 'delete']) {
      const { code, output } = await contract(url, ['--generate', '0', '--only', group], undefined, waits.emulator, true);
      expect(output).not.toMatch(/^FAIL/m);
      expect(code, output).toBe(0);
    }
  });

  it('deletes every snapshot it created, including one a lax server should have refused', async () => {
    // This server accepts the 256-character name and the 86-character one (258 bytes): two snapshots no scenario plans to delete.
    const lax = await startFakeEvs({ token, projectId, maxTextBytes: 1000 });
    servers.push(lax);
    const { code, output } = await contract(lax.url, ['--generate', '0']);
    expect(code).toBe(1);
    expect(output).toMatch(/FAIL createSnapshot \[create: name over 255 UTF-8 bytes \(86 Chinese characters\)\] \(HTTP 202/);
    expect(output).toMatch(/clean-up: deleted 2 snapshots the cases left/);
    expect([...lax.snapshots.values()].filter((s) => s.status !== 'deleting')).toEqual([]);
  });
});

describe('npm run test:contract: the target from the environment', () => {
  const mock = 'http://127.0.0.1:4010';
  const env = { EVS_BASE_URL: 'https://evs.example.test/', EVS_AUTH_TOKEN: 't0ken', EVS_PROJECT_ID: projectId, EVS_VOLUME_ID: volumeId };
  it('uses the mock, stateless, when EVS_BASE_URL is not set', () => {
    expect(resolveTarget(mock, {})).toMatchObject({ baseUrl: mock, stateless: true });
  });
  it('reads EVS_BASE_URL and its credentials as evs-contract does, rollback off', () => {
    expect(resolveTarget(mock, env)).toMatchObject({ baseUrl: 'https://evs.example.test/', auth: { token: 't0ken' }, projectId, volumeId, rollback: false, stateless: false });
  });
  it('runs the rollback against a real server only on request, and checks the numbers', () => {
    expect(resolveTarget(mock, { ...env, EVS_CONTRACT_ROLLBACK: '1' }).rollback).toBe(true);
    expect(() => resolveTarget(mock, { ...env, EVS_CONTRACT_ROLLBACK: 'yes' })).toThrow('EVS_CONTRACT_ROLLBACK must be 1');
    expect(() => resolveTarget(mock, { ...env, EVS_POLL_INTERVAL_MS: '2s' })).toThrow('EVS_POLL_INTERVAL_MS must be a whole number, got "2s"');
  });
  it('says what is missing', () => {
    expect(() => resolveTarget(mock, { EVS_BASE_URL: 'http://127.0.0.1:9', EVS_PROJECT_ID: projectId, EVS_AUTH_TOKEN: 't' })).toThrow('missing --volume-id (or EVS_VOLUME_ID)');
  });
});
