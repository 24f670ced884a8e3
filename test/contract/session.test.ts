// The contract run's bookkeeping, against small local servers: the cap on creates, the stop after
// three requests without an answer or when the credentials are refused, the waits and what they
// say when they end without the state, and the clean-up that deletes what the run made.
import { afterAll, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/contract/check-registry.js';
import { resolveOptions } from '../../src/contract/options.js';
import { Session } from '../../src/contract/session.js';
import { closedPort, type Handler, type LocalServer, sendJson, startServer } from '../support/local-server.js';
import { snapshotBody } from '../support/snapshot-body.js';

const P = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const S = 'aaaaaaaa-0000-4000-8000-000000000001';
const token = 'session-secret-token-1234';
const servers: LocalServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

/** The checks without those of behaviour: what a case without behaviour checks met before they were registered by operation. */
const withoutBehaviour = checkRegistry.filter((entry) => entry.class !== 'behaviour');
const sessionOn = async (handler: Handler, extra: Record<string, unknown> = {}, checks = checkRegistry) => {
  const server = await startServer(handler);
  servers.push(server);
  const session = new Session(
    resolveOptions({ baseUrl: server.url, projectId: P, volumeId: V, auth: { token }, pollIntervalMs: 0, waitTimeoutMs: 200, timeoutMs: 2000, ...extra }),
    undefined,
    checks,
  );
  return { server, session };
};
const snapshot = (status: string) => ({ snapshot: snapshotBody({ id: S, status, volume_id: V, 'os-extended-snapshot-attributes:project_id': P }) });
const create = { name: 'create', kind: 'scenario' as const, operationId: 'createSnapshot' as const, expectedStatus: 202 };
const createRequest = { method: 'POST' as const, path: `/v2/${P}/cloudsnapshots`, body: JSON.stringify({ snapshot: { volume_id: V } }), authenticated: true };

describe('Session.run', () => {
  it('counts the creates answered 2xx and sends none past maxSnapshots', async () => {
    const { server, session } = await sessionOn((_request, response) => sendJson(response, 202, snapshot('creating')), { maxSnapshots: 2 });
    for (let i = 0; i < 2; i++) expect((await session.run({ ...create, request: createRequest })).result.outcome).toBe('passed');
    const third = await session.run({ ...create, request: createRequest });
    expect([third.result.outcome, third.result.reason, server.requests.length, session.snapshotsMade]).toEqual([
      'skipped',
      'the cap of 2 snapshots per run is reached (maxSnapshots)',
      2,
      2,
    ]);
    expect(session.context.created).toEqual([S, S]);
  });

  it('stops after three requests in a row without an answer; a create whose connection was refused made nothing', async () => {
    const port = await closedPort();
    const session = new Session(resolveOptions({ baseUrl: `http://127.0.0.1:${port}`, projectId: P, volumeId: V, auth: { token }, timeoutMs: 2000 }));
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await session.run({ ...create, request: createRequest })).result);
    expect(results.map((r) => r.outcome)).toEqual(['failed', 'failed', 'failed', 'skipped']);
    expect(results[0]?.violations).toEqual([{ pointer: '(request)', problem: `no answer from http://127.0.0.1:${port}`, expected: 'an HTTP response', actual: 'ECONNREFUSED' }]);
    expect(results[3]?.reason).toBe('not sent: the target gave no answer to 3 requests in a row (the last: ECONNREFUSED)');
    expect([session.snapshotsMade, session.createsUnanswered, session.noAnswer]).toEqual([0, 0, { requests: 3, last: 'ECONNREFUSED' }]);
  });

  it('counts a create whose connection was cut after it was sent as one that may have made a snapshot, not as one made', async () => {
    const { session } = await sessionOn((_request, response) => void response.socket?.destroy());
    await session.run({ ...create, request: createRequest });
    expect([session.snapshotsMade, session.createsUnanswered, session.noAnswer?.requests]).toEqual([0, 1, 1]);
    expect(session.capReached()).toBe(false);
    const capped = await sessionOn((_request, response) => void response.socket?.destroy(), { maxSnapshots: 1 });
    await capped.session.run({ ...create, request: createRequest });
    expect(capped.session.capReached()).toBe(true);
  });

  it('stops when the first authenticated request is answered 401, and only then', async () => {
    const { session } = await sessionOn((request, response) =>
      request.headers['x-auth-token']
        ? sendJson(response, 401, { error_code: 'APIGW.0301', error_msg: 'bad token' })
        : sendJson(response, 401, { error_code: 'APIGW.0301', error_msg: 'no token' }),
    );
    const anonymous = await session.run({ ...create, expectedStatus: 401, request: { ...createRequest, authenticated: false } });
    expect([anonymous.result.outcome, session.stopReason]).toEqual(['passed', undefined]);
    await session.run({ ...create, request: createRequest });
    expect([session.credentialsRefused, session.stopReason]).toEqual([true, 'not sent: the credentials were refused (the first authenticated request was answered HTTP 401)']);
  });

  it('checks a status against a test, and notes that a stateless mock skips the behaviour checks', async () => {
    const { session } = await sessionOn((_request, response) => sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'gone' } }), { stateless: true });
    const fourXX = { test: (status: number) => status >= 400 && status < 500, text: '4XX' };
    const passed = await session.run({ ...create, expectedStatus: fourXX, request: createRequest });
    expect([passed.result.outcome, passed.result.expectedStatus, passed.result.reason]).toEqual([
      'passed',
      '4XX',
      'behaviour checks skipped: a stateless mock answers from its examples',
    ]);
    const failed = await session.run({ ...create, expectedStatus: 202, request: createRequest });
    expect(failed.result.violations[0]).toEqual({
      pointer: '(status)',
      problem: 'the case expects HTTP 202',
      expected: '202',
      actual: '404',
      class: 'conformance',
      check: 'accepts-valid',
    });
  });

  it('scrubs the token from every part of a violation and from the request it shows', async () => {
    const { session } = await sessionOn((_request, response) => sendJson(response, 200, { [token]: token }));
    const { result } = await session.run({ ...create, request: { ...createRequest, path: `/v2/${P}/cloudsnapshots?t=${token}` } });
    expect(JSON.stringify(result)).not.toContain(token);
    expect(result.request?.path).toBe(`/v2/${P}/cloudsnapshots?t=[redacted]`);
  });
});

describe('Session.waitFor', () => {
  it.each([
    ['available', [snapshot('creating'), snapshot('available')], undefined],
    ['deletable', [snapshot('creating'), snapshot('error')], undefined],
    ['deleted', [snapshot('deleting'), 404], undefined],
  ] as const)('returns once the snapshot is %s', async (until, answers, problem) => {
    const { server, session } = await sessionOn((_request, response, index) => {
      const answer = answers[Math.min(index, answers.length - 1)];
      if (answer === 404) sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'gone' } });
      else sendJson(response, 200, answer);
    });
    expect(await session.waitFor(S, until)).toBe(problem);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET /v2/${P}/cloudsnapshots/${S}`, `GET /v2/${P}/cloudsnapshots/${S}`]);
  });

  it.each([
    ['a status that never comes', (response: Parameters<Handler>[1]) => sendJson(response, 200, snapshot(`${'x'.repeat(50)}`)), `status "${'x'.repeat(40)}"`],
    ['an answer without a status', (response: Parameters<Handler>[1]) => sendJson(response, 200, { snapshot: {} }), 'a body without a snapshot status'],
    ['an error status', (response: Parameters<Handler>[1]) => sendJson(response, 500, {}), 'HTTP 500'],
    ['an error for available', (response: Parameters<Handler>[1]) => sendJson(response, 200, snapshot('error')), 'status "error"'],
  ])('says what it saw last when it gives up on %s', async (_case, answer, last) => {
    const { session } = await sessionOn((_request, response) => answer(response));
    expect(await session.waitFor(S, 'available')).toBe(`the snapshot did not become available within 200 ms (last: ${last})`);
  });

  it('does not wait against a stateless mock, nor once the run has stopped', async () => {
    const { server, session } = await sessionOn((_request, response) => sendJson(response, 200, snapshot('creating')), { stateless: true });
    expect(await session.waitFor(S, 'available')).toBeUndefined();
    const stopped = await sessionOn((_request, response) => sendJson(response, 200, snapshot('creating')));
    stopped.session.interrupt('SIGINT');
    expect(await stopped.session.waitFor(S, 'available')).toBe('not sent: the run was interrupted (SIGINT)');
    stopped.session.dispose();
    expect([server.requests, stopped.server.requests]).toEqual([[], []]);
  });
});

describe('Session.cleanUp', () => {
  it('deletes what the run made and did not delete, takes 404 as deleted, and lists what it could not delete', async () => {
    const ids = ['aaaaaaaa-0000-4000-8000-00000000000a', 'aaaaaaaa-0000-4000-8000-00000000000b', 'aaaaaaaa-0000-4000-8000-00000000000c'];
    let made = 0;
    const { server, session } = await sessionOn((request, response) => {
      if (request.method === 'POST') return sendJson(response, 202, { snapshot: { ...snapshot('creating').snapshot, id: ids[made++] } });
      if (request.method === 'GET') return sendJson(response, 200, { snapshot: { ...snapshot('available').snapshot, id: request.url.split('/').at(-1) } });
      const id = request.url.split('/').at(-1);
      if (id === ids[0]) return sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'gone' } });
      if (id === ids[1]) return sendJson(response, 500, { computeFault: { code: 'EVS.5500', message: 'no' } });
      response.writeHead(202);
      response.end();
    });
    for (let i = 0; i < 3; i++) await session.run({ ...create, request: createRequest });
    expect(await session.cleanUp()).toEqual({ deleted: 2, disks: 0, leftovers: [ids[1]] });
    expect(server.requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(ids.map((id) => `/v2/${P}/cloudsnapshots/${id}`));
  });
});

describe('Session bookkeeping', () => {
  const U = 'ABCDEF12-0000-4000-8000-00000000000B';
  const item = `/v2/${P}/cloudsnapshots/${U}`;
  const update = { name: 'update', kind: 'scenario' as const, operationId: 'updateSnapshot' as const, expectedStatus: 200 };
  const remove = { name: 'delete', kind: 'scenario' as const, operationId: 'deleteSnapshot' as const, expectedStatus: 202 };
  const lifecycle: Handler = (request, response) => {
    if (request.method === 'POST') return sendJson(response, 202, { snapshot: snapshotBody({ id: U, status: 'creating', volume_id: V }) });
    if (request.method === 'PUT') return sendJson(response, 200, { snapshot: snapshotBody({ id: U, status: 'available', volume_id: V, name: 'renamed' }) });
    if (request.method === 'DELETE') {
      response.writeHead(202);
      response.end();
      return;
    }
    return sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'gone' } });
  };

  it('keeps what a create sent by lower-case id (the run’s disk when it named none), merges what an update sent, and forgets a deleted snapshot', async () => {
    // Bookkeeping alone: this mock's answers do not echo what was sent.
    const { server, session } = await sessionOn(lifecycle, {}, withoutBehaviour);
    await session.run({ ...create, request: { ...createRequest, body: JSON.stringify({ snapshot: { name: 'first', description: 'd' } }) } });
    expect(session.context.created).toEqual([U]);
    expect([...session.context.expected]).toEqual([[U.toLowerCase(), { name: 'first', description: 'd', volume_id: V }]]);
    const updated = await session.run({ ...update, request: { method: 'PUT', path: item, body: JSON.stringify({ snapshot: { name: 'renamed' } }), authenticated: true } });
    expect(updated.result.outcome).toBe('passed');
    expect(session.context.expected.get(U.toLowerCase())).toEqual({ name: 'renamed', description: 'd', volume_id: V });
    await session.run({ ...remove, request: { method: 'DELETE', path: item, authenticated: true } });
    expect(session.context.expected.size).toBe(0);
    // Deleted by the run: the clean-up neither waits on it nor deletes it again.
    const before = server.requests.length;
    expect(await session.cleanUp()).toEqual({ deleted: 0, disks: 0, leftovers: [] });
    expect(server.requests.length).toBe(before);
  });

  it('records nothing for a stateless mock, nor for an update or a delete that failed', async () => {
    const stateless = await sessionOn(lifecycle, { stateless: true });
    await stateless.session.run({ ...create, request: createRequest });
    expect([stateless.session.context.created, stateless.session.context.expected.size, stateless.session.snapshotsMade]).toEqual([[], 0, 1]);
    const refusing = await sessionOn((request, response) =>
      request.method === 'POST' ? lifecycle(request, response, 0) : sendJson(response, 400, { error: { code: 'EVS.2009', message: 'no' } }),
    );
    await refusing.session.run({ ...create, request: createRequest });
    await refusing.session.run({ ...update, request: { method: 'PUT', path: item, body: JSON.stringify({ snapshot: { name: 'renamed' } }), authenticated: true } });
    await refusing.session.run({ ...remove, request: { method: 'DELETE', path: item, authenticated: true } });
    expect(refusing.session.context.expected.get(U.toLowerCase())).toEqual({ volume_id: V });
  });

  it('runs the behaviour check only on an answer with the expected status and no schema violation', async () => {
    let checked = 0;
    const expectCall = () => {
      checked++;
      return [{ pointer: '/snapshot/name', problem: 'the check ran', expected: 'x', actual: 'y' }];
    };
    // The registry with its create check replaced by one that counts its calls.
    const counting = checkRegistry.map((entry) => (entry.name === 'created-as-sent' ? { ...entry, check: expectCall } : entry));
    const options = (url: string) => resolveOptions({ baseUrl: url, projectId: P, volumeId: V, auth: { token }, pollIntervalMs: 0, waitTimeoutMs: 200, timeoutMs: 2000 });
    const { server } = await sessionOn(lifecycle);
    const session = new Session(options(server.url), undefined, counting);
    const ran = await session.run({ ...create, request: createRequest });
    expect([ran.result.outcome, ran.result.violations.map((v) => v.problem), checked]).toEqual(['failed', ['the check ran'], 1]);
    const otherStatus = await session.run({ ...create, expectedStatus: 201, request: createRequest });
    expect([otherStatus.result.violations.map((v) => v.pointer), checked]).toEqual([['(status)'], 1]);
    const badBody = await sessionOn((_request, response) => sendJson(response, 202, { snapshot: { id: 5 } }));
    const invalid = await new Session(options(badBody.server.url), undefined, counting).run({ ...create, request: createRequest });
    expect([invalid.result.outcome, checked]).toEqual(['failed', 1]);
  });

  it('polls the snapshot’s own path, encoded, counts a poll without an answer towards the stop, and keeps polling a deleted wait past an available answer', async () => {
    const { server, session } = await sessionOn((_request, response, index) =>
      index === 0 ? sendJson(response, 200, snapshot('available')) : sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'gone' } }),
    );
    expect(await session.waitFor('a/b?c', 'deleted')).toBeUndefined();
    expect(server.requests.map((r) => r.url)).toEqual([`/v2/${P}/cloudsnapshots/a%2Fb%3Fc`, `/v2/${P}/cloudsnapshots/a%2Fb%3Fc`]);
    const port = await closedPort();
    const gone = new Session(resolveOptions({ baseUrl: `http://127.0.0.1:${port}`, projectId: P, volumeId: V, auth: { token }, timeoutMs: 2000 }));
    const problems = [];
    for (let i = 0; i < 3; i++) problems.push(await gone.waitFor(S, 'available'));
    expect(problems).toEqual([1, 2, 3].map(() => `polling /v2/${P}/cloudsnapshots/${S} got no answer: ECONNREFUSED`));
    expect(gone.stopReason).toBe('not sent: the target gave no answer to 3 requests in a row (the last: ECONNREFUSED)');
  });

  it('on clean-up after the target stopped answering, lists what is left without asking; after refused credentials it still tries', async () => {
    // The create is answered; every later request has its connection cut.
    const { server, session } = await sessionOn((request, response, index) => (index === 0 ? lifecycle(request, response, index) : void response.socket?.destroy()));
    await session.run({ ...create, request: createRequest });
    for (let i = 0; i < 3; i++) await session.run({ ...remove, request: { method: 'DELETE', path: `/v2/${P}/cloudsnapshots/${S}`, authenticated: true } });
    const before = server.requests.length;
    expect(await session.cleanUp()).toEqual({ deleted: 0, disks: 0, leftovers: [U] });
    expect(server.requests.length).toBe(before);
    const refused = await sessionOn(lifecycle);
    await refused.session.run({ ...create, request: createRequest });
    refused.session.credentialsRefused = true;
    refused.session.stopReason = 'not sent: the credentials were refused';
    expect(await refused.session.cleanUp()).toEqual({ deleted: 1, disks: 0, leftovers: [] });
    expect(refused.server.requests.map((r) => r.method)).toEqual(['POST', 'DELETE']);
  });

  it('shows a request cut to 300 characters after the token is taken out', async () => {
    const { session } = await sessionOn(lifecycle);
    const shown = session.shownRequest({ method: 'PUT', path: `/x/${token}/${'p'.repeat(400)}`, body: `${token}${'b'.repeat(400)}`, authenticated: true });
    const path = `/x/[redacted]/${'p'.repeat(400)}`;
    const body = `[redacted]${'b'.repeat(400)}`;
    const url = `${session.options.baseUrl}${path}`;
    expect(shown).toEqual({
      method: 'PUT',
      path: `${path.slice(0, 300)}… (${path.length} characters)`,
      body: `${body.slice(0, 300)}… (${body.length} characters)`,
      url: `${url.slice(0, 300)}… (${url.length} characters)`,
    });
    expect(session.shownRequest({ method: 'GET', path: '/y', authenticated: true })).toEqual({ method: 'GET', path: '/y', url: `${session.options.baseUrl}/y` });
  });
});

describe('Session and a stateless mock’s Prefer header', () => {
  it('sends a case’s Prefer only to a stateless mock, and only with that case', async () => {
    const answer: Handler = (_request, response) => sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'gone' } });
    const show = { name: 'show', kind: 'scenario' as const, operationId: 'showSnapshot' as const, expectedStatus: 404 };
    const request = { method: 'GET' as const, path: `/v2/${P}/cloudsnapshots/${S}`, authenticated: true };
    const mock = await sessionOn(answer, { stateless: true });
    await mock.session.run({ ...show, request, preferOnMock: 'code=404' });
    await mock.session.run({ ...show, request });
    expect(mock.server.requests.map((r) => r.headers.prefer)).toEqual(['code=404', undefined]);
    const real = await sessionOn(answer);
    await real.session.run({ ...show, request, preferOnMock: 'code=404' });
    expect(real.server.requests.map((r) => r.headers.prefer)).toEqual([undefined]);
  });

  it('shows a skipped case whole: its reason, no violations, and the request it did not send', async () => {
    const { session } = await sessionOn((_request, response) => sendJson(response, 202, snapshot('creating')), { maxSnapshots: 0 });
    const { result } = await session.run({ ...create, request: createRequest });
    expect(result).toStrictEqual({
      name: 'create',
      kind: 'scenario',
      operationId: 'createSnapshot',
      outcome: 'skipped',
      reason: 'the cap of 0 snapshots per run is reached (maxSnapshots)',
      violations: [],
      ms: 0,
      request: { method: 'POST', path: `/v2/${P}/cloudsnapshots`, body: createRequest.body, url: `${session.options.baseUrl}/v2/${P}/cloudsnapshots` },
    });
    expect(session.skipped({ name: 'n', kind: 'scenario', operationId: 'showSnapshot' }, 'why')).toStrictEqual({
      name: 'n',
      kind: 'scenario',
      operationId: 'showSnapshot',
      outcome: 'skipped',
      reason: 'why',
      violations: [],
      ms: 0,
    });
  });
});

describe('Session counts', () => {
  const show = { name: 'show', kind: 'scenario' as const, operationId: 'showSnapshot' as const, expectedStatus: 200 };
  const update = { name: 'update', kind: 'scenario' as const, operationId: 'updateSnapshot' as const, expectedStatus: 200 };
  const item = { method: 'GET' as const, path: `/v2/${P}/cloudsnapshots/${S}`, authenticated: true };

  it('counts an unanswered request as a snapshot made only when it is a create', async () => {
    const port = await closedPort();
    const session = new Session(resolveOptions({ baseUrl: `http://127.0.0.1:${port}`, projectId: P, volumeId: V, auth: { token }, timeoutMs: 2000 }));
    await session.run({ ...show, request: item });
    expect(session.snapshotsMade).toBe(0);
  });

  it('takes only a 2xx create as a snapshot made: a 300 is not one', async () => {
    const { session } = await sessionOn((_request, response) => sendJson(response, 300, snapshot('creating')));
    await session.run({ ...create, request: createRequest });
    expect([session.snapshotsMade, session.context.created]).toEqual([0, []]);
  });

  it('stops for a 401 only on the first authenticated answer, not on a later one', async () => {
    const { session } = await sessionOn((_request, response, index) =>
      index === 0 ? sendJson(response, 200, snapshot('available')) : sendJson(response, 401, { error_code: 'APIGW.0301', error_msg: 'expired' }),
    );
    await session.run({ ...show, request: item });
    await session.run({ ...show, request: item });
    expect([session.credentialsRefused, session.stopReason]).toEqual([false, undefined]);
  });

  it('takes a successful update of a snapshot the run did not make without recording anything', async () => {
    const { session } = await sessionOn((_request, response) => sendJson(response, 200, snapshot('available')), {}, withoutBehaviour);
    const { result } = await session.run({ ...update, request: { method: 'PUT', path: item.path, body: JSON.stringify({ snapshot: { name: 'x' } }), authenticated: true } });
    expect([result.outcome, session.context.expected.size]).toEqual(['passed', 0]);
  });
});

describe('Session waits and clean-up, edge answers', () => {
  const gone = (response: Parameters<Handler>[1]) => sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'gone' } });

  it('does not take a 404 for available, nor a body without a snapshot for a status', async () => {
    const notFound = await sessionOn((_request, response) => gone(response));
    expect(await notFound.session.waitFor(S, 'available')).toBe('the snapshot did not become available within 200 ms (last: HTTP 404)');
    const empty = await sessionOn((_request, response) => sendJson(response, 200, {}));
    expect(await empty.session.waitFor(S, 'available')).toBe('the snapshot did not become available within 200 ms (last: a body without a snapshot status)');
  });

  it('deletes a snapshot in error at once, takes 200 as deleted and 300 as not, and deletes nothing twice', async () => {
    const ids = ['bbbbbbbb-0000-4000-8000-00000000000a', 'bbbbbbbb-0000-4000-8000-00000000000b', 'bbbbbbbb-0000-4000-8000-00000000000c'];
    let made = 0;
    const { server, session } = await sessionOn((request, response) => {
      if (request.method === 'POST') return sendJson(response, 202, { snapshot: { ...snapshot('creating').snapshot, id: ids[made++] } });
      if (request.method === 'GET') return sendJson(response, 200, snapshot('error'));
      const id = request.url.split('/').at(-1);
      if (id === ids[0]) return sendJson(response, 200, {});
      if (id === ids[1]) return sendJson(response, 300, {});
      response.writeHead(202);
      response.end();
    });
    for (let i = 0; i < 3; i++) await session.run({ ...create, request: createRequest });
    expect(await session.cleanUp()).toEqual({ deleted: 2, disks: 0, leftovers: [ids[1]] });
    expect(server.requests.filter((r) => r.method !== 'POST').map((r) => `${r.method} ${r.url.split('/').at(-1)}`)).toEqual(ids.flatMap((id) => [`GET ${id}`, `DELETE ${id}`]));
    const before = server.requests.length;
    expect(await session.cleanUp()).toEqual({ deleted: 0, disks: 0, leftovers: [ids[1]] });
    expect(server.requests.slice(before).map((r) => `${r.method} ${r.url.split('/').at(-1)}`)).toEqual([`GET ${ids[1]}`, `DELETE ${ids[1]}`]);
  });
});
