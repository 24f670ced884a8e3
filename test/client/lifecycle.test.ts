// The whole snapshot lifecycle through the client, against a local EVS whose snapshots change
// state over time; plus paging and waiting in detail.
import { afterEach, describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClient, EvsResponseError, EvsSnapshotStateError, EvsValidationError, EvsWaitTimeoutError, type WaitProgress } from '../../src/client/index.js';
import { type FakeEvs, type FakeEvsOptions, type FakeReply, startFakeEvs } from '../support/fake-evs.js';
import { localOptions, projectId, token, volumeId } from './fixtures.js';

let evs: FakeEvs | undefined;
afterEach(async () => {
  await evs?.close();
  evs = undefined;
});

async function clientFor(options: Partial<FakeEvsOptions> = {}): Promise<{ client: EvsClient; server: FakeEvs }> {
  evs = await startFakeEvs({ token, projectId, ...options });
  return { client: createEvsClient(localOptions(evs.url)), server: evs };
}

const listRequests = (server: FakeEvs) => server.requests.filter((r) => r.url.includes('/cloudsnapshots/detail'));

describe('the full story', () => {
  it('create → wait until available → update → list finds it → rollback → delete → wait until deleted', async () => {
    // The test owns the fake's clock: a snapshot changes state only when the test moves it on,
    // after the client has seen the state before, however slow the machine.
    let clock = 0;
    const advance = (): void => {
      clock += 1000;
    };
    const { client, server } = await clientFor({ transitionMs: 1000, now: () => clock });
    const progress: WaitProgress[] = [];

    const created = await client.createSnapshot({ volume_id: volumeId, name: 'story', metadata: { owner: 'qa' } });
    expect(created.status).toBe('creating');

    const available = await client.waitForSnapshot(created.id, {
      until: 'available',
      intervalMs: 1,
      onProgress: (p) => {
        progress.push(p);
        advance();
      },
    });
    expect(available.status).toBe('available');
    expect(progress[0]?.status).toBe('creating');
    expect(progress.at(-1)?.status).toBe('available');

    const renamed = await client.updateSnapshot(created.id, { name: 'story-kept', description: 'lifecycle test' });
    expect([renamed.name, renamed.description]).toEqual(['story-kept', 'lifecycle test']);

    const page = await client.listSnapshots({ name: 'story-kept', status: 'available' });
    expect(page.count).toBe(1);
    expect(page.snapshots.map((s) => [s.id, s.service_type])).toEqual([[created.id, 'EVS']]);
    const found: string[] = [];
    for await (const snapshot of client.listAllSnapshots({ volume_id: volumeId })) found.push(snapshot.id);
    expect(found).toEqual([created.id]);

    await expect(client.rollbackSnapshot(created.id, { volume_id: volumeId })).resolves.toEqual({ volume_id: volumeId });
    expect((await client.showSnapshot(created.id)).status).toBe('rollbacking');
    advance();
    await client.waitForSnapshot(created.id, { until: 'available', intervalMs: 1 });

    await expect(client.deleteSnapshot(created.id)).resolves.toBeUndefined();
    await expect(client.waitForSnapshot(created.id, { until: 'deleted', intervalMs: 1, onProgress: advance })).resolves.toBeUndefined();
    await expect(client.showSnapshot(created.id)).rejects.toMatchObject({ status: 404, code: 'EVS.5404' });

    const seen = server.history.filter((h) => h.id === created.id).map((h) => h.status);
    const order = ['creating', 'available', 'rollbacking', 'available', 'deleting', 'gone'];
    expect(seen.filter((s, i) => s !== seen[i - 1])).toEqual(order);
  });

  describe('a delete whose first answer is lost', () => {
    /** A client on a fake whose first DELETE is carried out (or refused) but whose answer never arrives; the client retries it. */
    async function losingFirstDelete(options: Partial<FakeEvsOptions>, after: (reply: FakeReply) => void = () => undefined, readAfterDelete?: FakeReply) {
      let dropped = false;
      const { server } = await clientFor({
        ...options,
        mutate: (reply, request) => {
          if (request.method === 'GET' && dropped && readAfterDelete) return readAfterDelete;
          if (request.method !== 'DELETE') return reply;
          if (dropped) {
            after(reply);
            return reply;
          }
          dropped = true;
          return { ...reply, status: 599 };
        },
      });
      const client = createEvsClient(
        localOptions(server.url, {
          fetch: async (input, init) => {
            const response = await fetch(input, init);
            if (response.status === 599) throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
            return response;
          },
        }),
      );
      return { client, server };
    }
    const deletes = (server: FakeEvs) => server.requests.filter((r) => r.method === 'DELETE').length;

    it('treats a retried delete that finds the snapshot deleting as done', async () => {
      // The first DELETE is carried out but its answer is lost (the connection drops); the
      // snapshot stays deleting for a minute, so the retry meets EVS.1047, not a 404.
      const deleteAnswers: string[] = [];
      const { client, server } = await losingFirstDelete({ deleteMs: 60_000 }, (reply) =>
        deleteAnswers.push(`${reply.status} ${(reply.body as { badRequest?: { code?: string } } | undefined)?.badRequest?.code ?? ''}`.trim()),
      );
      const created = await client.createSnapshot({ volume_id: volumeId });
      await client.waitForSnapshot(created.id, { until: 'available', intervalMs: 10 });
      await expect(client.deleteSnapshot(created.id)).resolves.toBeUndefined();
      expect(deletes(server)).toBe(2);
      expect(deleteAnswers).toEqual(['400 EVS.1047']);
      expect(server.snapshots.get(created.id)?.status).toBe('deleting');
    });

    it('is done when the retry finds the snapshot gone (404)', async () => {
      const { client, server } = await losingFirstDelete({ deleteMs: 0 });
      const created = await client.createSnapshot({ volume_id: volumeId });
      await client.waitForSnapshot(created.id, { until: 'available', intervalMs: 10 });
      await expect(client.deleteSnapshot(created.id)).resolves.toBeUndefined();
      expect(deletes(server)).toBe(2);
    });

    it('is done when the retry meets EVS.1047 and the snapshot is gone by the time it is read', async () => {
      let clock = 0;
      // The retry is refused while the snapshot is deleting; then its deletion ends before the client looks.
      const { client, server } = await losingFirstDelete({ deleteMs: 1000, now: () => clock }, () => {
        clock += 1000;
      });
      const created = await client.createSnapshot({ volume_id: volumeId });
      await expect(client.deleteSnapshot(created.id)).resolves.toBeUndefined();
      expect(deletes(server)).toBe(2);
      expect(server.snapshots.has(created.id)).toBe(false);
    });

    it("fails with the read's own error, named deleteSnapshot, when the retry meets EVS.1047 and the snapshot cannot be read", async () => {
      const fault: FakeReply = { status: 500, headers: {}, body: { computeFault: { code: 'EVS.5500', message: 'Internal server error.' } } };
      const { client, server } = await losingFirstDelete({ deleteMs: 60_000 }, () => undefined, fault);
      const created = await client.createSnapshot({ volume_id: volumeId });
      await expect(client.deleteSnapshot(created.id)).rejects.toMatchObject({ name: 'EvsApiError', operation: 'deleteSnapshot', status: 500, code: 'EVS.5500' });
      expect(deletes(server)).toBe(2);
    });

    it("fails with the retry's error when it is neither a 404 nor EVS.1047, though the snapshot is deleting", async () => {
      const { client, server } = await losingFirstDelete({ deleteMs: 60_000 }, (reply) => {
        Object.assign(reply, { status: 500, body: { computeFault: { code: 'EVS.5500', message: 'Internal server error.' } } });
      });
      const created = await client.createSnapshot({ volume_id: volumeId });
      await expect(client.deleteSnapshot(created.id)).rejects.toMatchObject({ name: 'EvsApiError', operation: 'deleteSnapshot', status: 500, code: 'EVS.5500', attempts: 2 });
      expect(server.snapshots.get(created.id)?.status).toBe('deleting');
    });

    it('fails with EVS.1047 when the retry meets it for a snapshot that is not deleting', async () => {
      const { client, server } = await losingFirstDelete({ transitionMs: 60_000 });
      const created = await client.createSnapshot({ volume_id: volumeId });
      await expect(client.deleteSnapshot(created.id)).rejects.toMatchObject({ status: 400, code: 'EVS.1047', attempts: 2 });
      expect(server.snapshots.get(created.id)?.status).toBe('creating');
    });
  });

  it('fails with EVS.1047 when the first attempt meets it, even for a snapshot already deleting', async () => {
    const { client } = await clientFor({ deleteMs: 60_000 });
    const created = await client.createSnapshot({ volume_id: volumeId });
    await client.waitForSnapshot(created.id, { until: 'available', intervalMs: 10 });
    await client.deleteSnapshot(created.id);
    await expect(client.deleteSnapshot(created.id)).rejects.toMatchObject({ status: 400, code: 'EVS.1047', attempts: 1 });
  });

  it('fails with 404 when the first attempt finds no snapshot', async () => {
    const { client } = await clientFor();
    await expect(client.deleteSnapshot('0b2c1d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e')).rejects.toMatchObject({ status: 404, code: 'EVS.5404', attempts: 1 });
  });

  it('refuses to delete a snapshot that is still creating (EVS.1047)', async () => {
    const { client } = await clientFor({ transitionMs: 60_000 });
    const created = await client.createSnapshot({ volume_id: volumeId });
    await expect(client.deleteSnapshot(created.id)).rejects.toMatchObject({ status: 400, code: 'EVS.1047' });
  });

  it('refuses a rollback to another disk', async () => {
    const { client } = await clientFor();
    const created = await client.createSnapshot({ volume_id: volumeId });
    await client.waitForSnapshot(created.id, { until: 'available', intervalMs: 10 });
    await expect(client.rollbackSnapshot(created.id, { volume_id: '11111111-2222-4333-8444-555555555555' })).rejects.toMatchObject({
      status: 400,
      code: 'EVS.5400',
      operation: 'rollbackSnapshot',
    });
  });
});

describe('listAllSnapshots', () => {
  async function withSnapshots(count: number) {
    const { client, server } = await clientFor();
    for (let i = 0; i < count; i++) await client.createSnapshot({ volume_id: volumeId, name: `s-${String(i).padStart(2, '0')}` });
    return { client, server };
  }

  const positions = (server: FakeEvs) => listRequests(server).map((r) => Object.fromEntries([...new URL(r.url, 'http://x').searchParams].filter(([name]) => name !== 'limit')));

  it('follows the marker of the next link, on the cloudsnapshots path, once the service gives one', async () => {
    const { client, server } = await withSnapshots(5);
    const all: string[] = [];
    for await (const snapshot of client.listAllSnapshots({}, { pageSize: 2 })) all.push(snapshot.name ?? '');
    expect(all).toEqual(['s-00', 's-01', 's-02', 's-03', 's-04']);
    const [first, second, third] = [...server.snapshots.keys()].filter((_, i) => i % 2 === 1);
    expect(positions(server)).toEqual([{ offset: '0' }, { marker: first }, { marker: second }]);
    expect(third).toBeUndefined();
    expect(listRequests(server).every((r) => r.url.startsWith(`/v2/${projectId}/cloudsnapshots/detail?`))).toBe(true);
  });

  it('falls back to offset paging when the service ignores the marker', async () => {
    const { client, server } = await clientFor({ honourMarker: false });
    for (let i = 0; i < 5; i++) await client.createSnapshot({ volume_id: volumeId, name: `s-${i}` });
    const all: string[] = [];
    for await (const snapshot of client.listAllSnapshots({}, { pageSize: 2 })) all.push(snapshot.name ?? '');
    expect(all).toEqual(['s-0', 's-1', 's-2', 's-3', 's-4']);
    const ids = [...server.snapshots.keys()];
    expect(positions(server)).toEqual([{ offset: '0' }, { marker: ids[1] }, { offset: '2' }, { offset: '4' }]);
  });

  it('requests a page only when the caller reaches it', async () => {
    const { client, server } = await withSnapshots(25);
    const iterator = client.listAllSnapshots({}, { pageSize: 10 });
    const taken: string[] = [];
    for await (const snapshot of iterator) {
      taken.push(snapshot.name ?? '');
      if (taken.length === 12) break;
    }
    expect(taken.at(-1)).toBe('s-11');
    const tenth = [...server.snapshots.keys()][9];
    expect(listRequests(server).map((r) => new URL(r.url, 'http://x').search)).toEqual(['?offset=0&limit=10', `?marker=${tenth}&limit=10`]);
  });

  it('reads every page and stops after a short one', async () => {
    const { client, server } = await withSnapshots(25);
    const all = [];
    for await (const snapshot of client.listAllSnapshots({}, { pageSize: 10 })) all.push(snapshot);
    expect(all).toHaveLength(25);
    expect(new Set(all.map((s) => s.id)).size).toBe(25);
    expect(listRequests(server)).toHaveLength(3);
  });

  it('does not ask for an empty page when the total is a multiple of the page size', async () => {
    const { client, server } = await withSnapshots(20);
    let n = 0;
    for await (const _ of client.listAllSnapshots({}, { pageSize: 10 })) n++;
    expect([n, listRequests(server).length]).toEqual([20, 2]);
  });

  it('stops when the signal aborts, without another request', async () => {
    const { client, server } = await withSnapshots(15);
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const snapshot of client.listAllSnapshots({}, { pageSize: 10, signal: controller.signal })) {
        seen.push(snapshot.id);
        if (seen.length === 3) controller.abort(new Error('enough'));
      }
    })();
    await expect(run).rejects.toThrow('enough');
    expect([seen.length, listRequests(server).length]).toEqual([3, 1]);
  });

  it('stops with an error when the service ignores offset, instead of looping', async () => {
    const { client, server } = await clientFor({
      // A server that ignores the marker of its own links and (below) answers every page as if offset were 0.
      honourMarker: false,
      mutate: (reply, request) => (request.path.endsWith('/detail') ? { ...reply, body: { ...(reply.body as object), count: undefined } } : reply),
    });
    for (let i = 0; i < 3; i++) await client.createSnapshot({ volume_id: volumeId });
    const ignoring = createEvsClient(localOptions(server.url, { fetch: (input, init) => fetch(String(input).replace(/offset=\d+/, 'offset=0'), init) }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const snapshot of ignoring.listAllSnapshots({}, { pageSize: 2 })) seen.push(snapshot.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsResponseError);
    expect((error as Error).message).toMatch(
      /^listAllSnapshots got HTTP 200 but the service does not page by offset and limit \(the page at offset=2 repeats snapshot [0-9a-f-]{36}, which an earlier page had\)$/,
    );
    expect([(error as EvsResponseError).operation, (error as EvsResponseError).bodyExcerpt]).toEqual(['listAllSnapshots', '']);
    expect(seen).toHaveLength(2);
  });

  it('names listAllSnapshots in the error of a page that fails', async () => {
    let lists = 0;
    const { client } = await clientFor({
      mutate: (reply, request) =>
        request.path.endsWith('/detail') && ++lists === 2 ? { status: 500, headers: {}, body: { computeFault: { code: 'EVS.5500', message: 'Internal server error.' } } } : reply,
    });
    for (let i = 0; i < 3; i++) await client.createSnapshot({ volume_id: volumeId });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const snapshot of client.listAllSnapshots({}, { pageSize: 2 })) seen.push(snapshot.id);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EvsApiError', operation: 'listAllSnapshots', status: 500, code: 'EVS.5500' });
    expect(seen).toHaveLength(2);
  });

  it('passes filters, with id repeated', async () => {
    const { client, server } = await withSnapshots(3);
    const ids = [...server.snapshots.keys()].slice(0, 2);
    const names: (string | null | undefined)[] = [];
    for await (const snapshot of client.listAllSnapshots({ id: ids, volume_id: volumeId })) names.push(snapshot.name);
    expect(names.sort()).toEqual(['s-00', 's-01']);
    expect(listRequests(server)[0]?.url).toContain(`id=${ids[0]}&id=${ids[1]}`);
  });
});

describe('waitForSnapshot', () => {
  it('fails fast when the snapshot ends in error', async () => {
    const { client } = await clientFor({
      mutate: (reply) => (reply.status === 200 ? { ...reply, body: { snapshot: { ...(reply.body as { snapshot: object }).snapshot, status: 'error' } } } : reply),
    });
    const created = await client.createSnapshot({ volume_id: volumeId });
    // An hour between polls: a wait that went on polling could only end in the test's timeout.
    const error = await client.waitForSnapshot(created.id, { until: 'available', intervalMs: 3_600_000, timeoutMs: 7_200_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsSnapshotStateError);
    expect((error as Error).message).toBe(`snapshot ${created.id} will not become available: it is error`);
    expect(evs?.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('fails fast on error_deleting while waiting for deletion', async () => {
    const { client } = await clientFor({
      mutate: (reply) => (reply.status === 200 ? { ...reply, body: { snapshot: { ...(reply.body as { snapshot: object }).snapshot, status: 'error_deleting' } } } : reply),
    });
    const created = await client.createSnapshot({ volume_id: volumeId });
    await expect(client.waitForSnapshot(created.id, { until: 'deleted', intervalMs: 5000 })).rejects.toMatchObject({ status: 'error_deleting' });
  });

  it('times out with the last status it saw', async () => {
    const { client } = await clientFor({ transitionMs: 60_000 });
    const created = await client.createSnapshot({ volume_id: volumeId });
    const error = await client.waitForSnapshot(created.id, { until: 'available', timeoutMs: 200, intervalMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsWaitTimeoutError);
    expect(error).toMatchObject({ operation: 'waitForSnapshot', lastStatus: 'creating', timeoutMs: 200 });
    expect((error as Error).message).toBe(`snapshot ${created.id} did not become available within 200 ms; last status: creating`);
  });

  it('reports a snapshot that vanished while waiting for it to become available', async () => {
    const { client } = await clientFor();
    const id = '00000000-0000-4000-8000-000000000000';
    await expect(client.waitForSnapshot(id, { until: 'available', intervalMs: 10 })).rejects.toMatchObject({
      name: 'EvsSnapshotStateError',
      operation: 'waitForSnapshot',
      status: 'deleted',
      message: `snapshot ${id} will not become available: it no longer exists (404)`,
    });
  });

  it('stops when the signal aborts', async () => {
    const { client, server } = await clientFor({ transitionMs: 3_600_000 });
    const created = await client.createSnapshot({ volume_id: volumeId });
    const controller = new AbortController();
    // Aborted once the first poll has been answered, while the wait sleeps for an hour: a sleep
    // that ignored the signal could only end in the test's timeout.
    const waiting = client.waitForSnapshot(created.id, {
      until: 'available',
      intervalMs: 3_600_000,
      timeoutMs: 7_200_000,
      signal: controller.signal,
      onProgress: () => setImmediate(() => controller.abort(new Error('shutting down'))),
    });
    await expect(waiting).rejects.toThrow('shutting down');
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });
});

describe('input rules of the lifecycle methods', () => {
  it.each<[string, (c: EvsClient) => Promise<unknown>, string, string]>([
    ['listSnapshots limit 0', (c: EvsClient) => c.listSnapshots({ limit: 0 }), 'query.limit', 'range'],
    ['listSnapshots limit 1001', (c: EvsClient) => c.listSnapshots({ limit: 1001 }), 'query.limit', 'range'],
    ['listSnapshots negative offset', (c: EvsClient) => c.listSnapshots({ offset: -1 }), 'query.offset', 'range'],
    ['listSnapshots unknown status', (c: EvsClient) => c.listSnapshots({ status: 'in-use' as never }), 'query.status', 'enum'],
    ['listSnapshots id as a string', (c: EvsClient) => c.listSnapshots({ id: 'abc' as never }), 'query.id', 'type'],
    ['listSnapshots unknown filter', (c: EvsClient) => c.listSnapshots({ colour: 'red' } as never), 'query.colour', 'additionalProperties'],
    ['listAllSnapshots with offset', (c: EvsClient) => c.listAllSnapshots({ offset: 5 } as never).next(), 'query.offset', 'additionalProperties'],
    ['listAllSnapshots page size 0', (c: EvsClient) => c.listAllSnapshots({}, { pageSize: 0 }).next(), 'options.pageSize', 'range'],
    ['showSnapshot empty id', (c: EvsClient) => c.showSnapshot(''), 'snapshot_id', 'format'],
    ['deleteSnapshot id of the wrong type', (c: EvsClient) => c.deleteSnapshot(42 as never), 'snapshot_id', 'type'],
    ['rollbackSnapshot without volume_id', (c: EvsClient) => c.rollbackSnapshot('f9faf7df-fdc1-4093-9ef3-5cba06eef995', {} as never), 'rollback.volume_id', 'required'],
    [
      'rollbackSnapshot name over 255 bytes',
      (c: EvsClient) => c.rollbackSnapshot('f9faf7df-fdc1-4093-9ef3-5cba06eef995', { volume_id: volumeId, name: '快'.repeat(86) }),
      'rollback.name',
      'maxBytes',
    ],
    ['waitForSnapshot unknown target', (c: EvsClient) => c.waitForSnapshot('f9faf7df-fdc1-4093-9ef3-5cba06eef995', { until: 'gone' } as never), 'options.until', 'enum'],
    [
      'waitForSnapshot zero interval',
      (c: EvsClient) => c.waitForSnapshot('f9faf7df-fdc1-4093-9ef3-5cba06eef995', { until: 'available', intervalMs: 0 }),
      'options.intervalMs',
      'range',
    ],
  ])('rejects %s before sending', async (_case, run, field, rule) => {
    const { client, server } = await clientFor();
    const error = await Promise.resolve()
      .then(() => run(client))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsValidationError);
    expect([(error as EvsValidationError).field, (error as EvsValidationError).rule]).toEqual([field, rule]);
    expect(server.requests).toHaveLength(0);
  });

  const some = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';
  it.each<[string, (c: EvsClient) => Promise<unknown>, string]>([
    [
      'waitForSnapshot unknown target',
      (c) => c.waitForSnapshot(some, { until: 'gone' } as never),
      "waitForSnapshot: options.until must be 'available' or 'deleted' (rule: enum; got \"gone\" (string, 4 UTF-8 bytes))",
    ],
    [
      'waitForSnapshot unknown option',
      (c) => c.waitForSnapshot(some, { until: 'available', every: 5 } as never),
      'waitForSnapshot: options.every is not an option of options; expected one of until, timeoutMs, intervalMs, signal, onProgress (rule: additionalProperties; got an unknown option)',
    ],
    [
      'waitForSnapshot zero timeout',
      (c) => c.waitForSnapshot(some, { until: 'available', timeoutMs: 0 }),
      'waitForSnapshot: options.timeoutMs must be an integer from 1 to 2147483647 (rule: range; got 0 (number))',
    ],
    [
      'waitForSnapshot fractional timeout',
      (c) => c.waitForSnapshot(some, { until: 'available', timeoutMs: 1.5 }),
      'waitForSnapshot: options.timeoutMs must be an integer from 1 to 2147483647 (rule: range; got 1.5 (number))',
    ],
    [
      'waitForSnapshot timeout past the longest timer',
      (c) => c.waitForSnapshot(some, { until: 'available', timeoutMs: 2 ** 31 }),
      'waitForSnapshot: options.timeoutMs must be an integer from 1 to 2147483647 (rule: range; got 2147483648 (number))',
    ],
    [
      'waitForSnapshot interval as a string',
      (c) => c.waitForSnapshot(some, { until: 'available', intervalMs: '5' as never }),
      'waitForSnapshot: options.intervalMs must be an integer from 1 to 2147483647 (rule: range; got "5" (string, 1 UTF-8 bytes))',
    ],
    [
      'waitForSnapshot signal that is no AbortSignal',
      (c) => c.waitForSnapshot(some, { until: 'available', signal: {} as never }),
      'waitForSnapshot: options.signal must be an AbortSignal (rule: type; got an object)',
    ],
    [
      'waitForSnapshot onProgress that is no function',
      (c) => c.waitForSnapshot(some, { until: 'available', onProgress: 5 as never }),
      'waitForSnapshot: options.onProgress must be a function (rule: type; got 5 (number))',
    ],
    [
      'listAllSnapshots with limit',
      (c) => c.listAllSnapshots({ limit: 5 } as never).next(),
      'listAllSnapshots: query.limit is set by listAllSnapshots itself as it pages; use pageSize for the page length (rule: additionalProperties; got 5 (number))',
    ],
  ])('rejects %s with a message naming the field, the rule and the value', async (_case, run, message) => {
    const { client, server } = await clientFor();
    const error = await Promise.resolve()
      .then(() => run(client))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsValidationError);
    expect((error as EvsValidationError).message).toBe(message);
    expect(server.requests).toHaveLength(0);
  });

  it('waits with the default interval, and with the longest timeout a timer takes', async () => {
    const { client } = await clientFor();
    const created = await client.createSnapshot({ volume_id: volumeId });
    // The fake's snapshots are available at once: the first poll ends the wait, nothing sleeps.
    await expect(client.waitForSnapshot(created.id, { until: 'available' })).resolves.toMatchObject({ status: 'available' });
    await expect(client.waitForSnapshot(created.id, { until: 'available', timeoutMs: 2 ** 31 - 1 })).resolves.toMatchObject({ status: 'available' });
  });
});
