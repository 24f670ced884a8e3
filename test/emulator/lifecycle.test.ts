// The emulator plays the snapshot lifecycle as the reference describes it: creating -> available,
// deleting -> gone, rollbacking -> available, each after its delay, on the emulator's own clock.
import { afterEach, describe, expect, it } from 'vitest';
import { createEvsClient, EvsApiError } from '../../src/client/index.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { clientOf, manualClock, otherProjectId, projectId, send, token, violations, volumeId } from './fixtures.js';

const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;
const collection = `/v2/${projectId}/cloudsnapshots`;
type Snapshot = Record<string, unknown> & { id: string };
const snapshotOf = (json: unknown): Snapshot => (json as { snapshot: Snapshot }).snapshot;

let open: EvsEmulator | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('the lifecycle on a clock the test moves', () => {
  const setup = () => {
    const clock = manualClock();
    const emulator = createEvsEmulator({ now: clock.now, seed: 3 });
    return { clock, emulator };
  };

  it('create answers creating; the snapshot is available once the create delay (default 1000 ms) has passed, not before', async () => {
    const { clock, emulator } = setup();
    const created = await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId, name: 'snap-001', metadata: { owner: 'qa' } } });
    expect(violations('createSnapshot', created)).toEqual([]);
    const snapshot = snapshotOf(created.json);
    expect(snapshot).toMatchObject({ status: 'creating', name: 'snap-001', description: null, volume_id: volumeId, size: 10, metadata: { owner: 'qa' } });
    expect(snapshot['os-extended-snapshot-attributes:progress']).toBe('0%');
    expect(snapshot.created_at).toMatch(timestamp);
    expect(snapshot.created_at).toBe('2026-12-01T09:00:00.000000');

    clock.advance(999);
    expect(snapshotOf((await send(emulator, 'GET', `${collection}/${snapshot.id}`)).json).status).toBe('creating');
    clock.advance(1);
    const shown = await send(emulator, 'GET', `${collection}/${snapshot.id}`);
    expect(violations('showSnapshot', shown)).toEqual([]);
    expect(snapshotOf(shown.json)).toMatchObject({
      status: 'available',
      'os-extended-snapshot-attributes:progress': '100%',
      'os-extended-snapshot-attributes:project_id': projectId,
      created_at: '2026-12-01T09:00:00.000000',
      updated_at: '2026-12-01T09:00:01.000000',
    });
  });

  it('delete makes the snapshot deleting at once and gone (404 itemNotFound EVS.5404) after the delete delay', async () => {
    const { clock, emulator } = setup();
    const { id } = snapshotOf((await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId } })).json);
    clock.advance(1000);
    const deleted = await send(emulator, 'DELETE', `${collection}/${id}`);
    expect([deleted.status, deleted.text, violations('deleteSnapshot', deleted)]).toEqual([202, '', []]);
    expect(snapshotOf((await send(emulator, 'GET', `${collection}/${id}`)).json).status).toBe('deleting');
    clock.advance(1000);
    const gone = await send(emulator, 'GET', `${collection}/${id}`);
    expect([gone.status, gone.json]).toEqual([404, { itemNotFound: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } }]);
    expect(violations('showSnapshot', gone)).toEqual([]);
    expect(emulator.state().projects[projectId]?.snapshots).toEqual([]);
  });

  it('rollback makes the snapshot and its disk rollbacking, and both available after the rollback delay; a name renames the disk', async () => {
    const { clock, emulator } = setup();
    const { id } = snapshotOf((await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId } })).json);
    clock.advance(1000);
    const rolled = await send(emulator, 'POST', `${collection}/${id}/rollback`, { rollback: { volume_id: volumeId, name: 'restored-disk' } });
    expect([rolled.status, rolled.json, violations('rollbackSnapshot', rolled)]).toEqual([202, { rollback: { volume_id: volumeId } }, []]);
    expect(snapshotOf((await send(emulator, 'GET', `${collection}/${id}`)).json).status).toBe('rollbacking');
    expect(emulator.state().volumes).toEqual([expect.objectContaining({ id: volumeId, status: 'rollbacking', name: 'restored-disk' })]);
    clock.advance(1000);
    expect(snapshotOf((await send(emulator, 'GET', `${collection}/${id}`)).json).status).toBe('available');
    expect(emulator.state().volumes).toEqual([expect.objectContaining({ id: volumeId, status: 'available' })]);
  });

  it('update changes only the fields sent and moves updated_at', async () => {
    const { clock, emulator } = setup();
    const { id } = snapshotOf((await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId, name: 'a', description: 'first' } })).json);
    clock.advance(5000);
    const renamed = await send(emulator, 'PUT', `${collection}/${id}`, { snapshot: { name: 'b' } });
    expect(violations('updateSnapshot', renamed)).toEqual([]);
    expect(snapshotOf(renamed.json)).toMatchObject({ name: 'b', description: 'first', updated_at: '2026-12-01T09:00:05.000000', created_at: '2026-12-01T09:00:00.000000' });
    clock.advance(1000);
    expect(snapshotOf((await send(emulator, 'PUT', `${collection}/${id}`, { snapshot: { description: 'second' } })).json)).toMatchObject({
      name: 'b',
      description: 'second',
      updated_at: '2026-12-01T09:00:06.000000',
    });
  });

  it('with delays of 0, the next request sees each change', async () => {
    const clock = manualClock();
    const emulator = createEvsEmulator({ now: clock.now, delays: { create: 0, delete: 0, rollback: 0 } });
    const { id } = snapshotOf((await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId } })).json);
    expect(snapshotOf((await send(emulator, 'GET', `${collection}/${id}`)).json).status).toBe('available');
    await send(emulator, 'DELETE', `${collection}/${id}`);
    expect((await send(emulator, 'GET', `${collection}/${id}`)).status).toBe(404);
  });

  it('keeps each project to itself', async () => {
    const { emulator } = setup();
    const { id } = snapshotOf((await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId } })).json);
    expect((await send(emulator, 'GET', `/v2/${otherProjectId}/cloudsnapshots/${id}`)).status).toBe(404);
    expect((await send(emulator, 'GET', `/v2/${otherProjectId}/cloudsnapshots/detail`)).json).toEqual({ count: 0, snapshots: [] });
    // A disk made on first use is the project's own: the other project gets a disk of its own, not a 404.
    expect((await send(emulator, 'POST', `/v2/${otherProjectId}/cloudsnapshots`, { snapshot: { volume_id: volumeId } })).status).toBe(202);
    expect((await send(emulator, 'GET', `/v2/${projectId}/cloudsnapshots/detail`)).json).toMatchObject({ count: 1 });
  });
});

describe('the client against the emulator', () => {
  /**
   * The lifecycle of docs/emulator.md on a clock the test moves: a state changes only when the test
   * advances the clock, after the client has read the state before, however slow the machine.
   */
  async function lifecycle(evs: ReturnType<typeof clientOf>, clock: ReturnType<typeof manualClock>): Promise<string[]> {
    const seen: string[] = [];
    const onProgress = () => clock.advance(1000);
    const created = await evs.createSnapshot({ volume_id: volumeId, name: 'before-upgrade' });
    seen.push(created.status);
    seen.push((await evs.waitForSnapshot(created.id, { until: 'available', intervalMs: 1, onProgress })).status);
    const listed = await evs.listSnapshots({ volume_id: volumeId });
    expect(listed.snapshots.map((snapshot) => snapshot.id)).toContain(created.id);
    expect((await evs.updateSnapshot(created.id, { name: 'kept' })).name).toBe('kept');
    await evs.rollbackSnapshot(created.id, { volume_id: volumeId });
    seen.push((await evs.showSnapshot(created.id)).status);
    seen.push((await evs.waitForSnapshot(created.id, { until: 'available', intervalMs: 1, onProgress })).status);
    await evs.deleteSnapshot(created.id);
    seen.push((await evs.showSnapshot(created.id)).status);
    await evs.waitForSnapshot(created.id, { until: 'deleted', intervalMs: 1, onProgress });
    await expect(evs.showSnapshot(created.id)).rejects.toMatchObject({ status: 404, code: 'EVS.5404' });
    return seen;
  }

  it('plays create -> wait available -> list -> update -> rollback -> delete -> wait deleted through fetch, with no socket', async () => {
    const clock = manualClock();
    const emulator = createEvsEmulator({ now: clock.now });
    expect(await lifecycle(clientOf(emulator), clock)).toEqual(['creating', 'available', 'rollbacking', 'available', 'deleting']);
    expect(emulator.log().every((entry) => entry.status !== undefined && entry.status < 500)).toBe(true);
  });

  it('plays the same lifecycle through listen() on a loopback port', async () => {
    const clock = manualClock();
    open = createEvsEmulator({ now: clock.now });
    const endpoint = await open.listen();
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const evs = createEvsClient({ endpoint, projectId, auth: { token }, retry: false });
    expect(await lifecycle(evs, clock)).toEqual(['creating', 'available', 'rollbacking', 'available', 'deleting']);
  });

  it('lets listAllSnapshots page one by one, and waitForSnapshot see a snapshot go', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0 } });
    const evs = clientOf(emulator);
    const ids = [];
    for (let i = 0; i < 7; i++) ids.push((await evs.createSnapshot({ volume_id: volumeId, name: `n${i}` })).id);
    const paged = [];
    for await (const snapshot of evs.listAllSnapshots({}, { pageSize: 1 })) paged.push(snapshot.id);
    expect(paged).toEqual([...ids].reverse());
    await evs.deleteSnapshot(ids[0]!);
    await expect(evs.waitForSnapshot(ids[0]!, { until: 'deleted', intervalMs: 1, timeoutMs: 1000 })).resolves.toBeUndefined();
  });
});

describe('state, log, reset and seed', () => {
  it('shows the state and logs each request without headers or bodies', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0 } });
    const created = await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId, name: 'logged' } });
    const state = emulator.state();
    expect(state.projects[projectId]?.snapshots).toEqual([expect.objectContaining({ id: snapshotOf(created.json).id, status: 'available', name: 'logged' })]);
    const [entry] = emulator.log();
    expect(entry).toEqual({
      time: expect.any(Number),
      method: 'POST',
      path: collection,
      query: '',
      operation: 'createSnapshot',
      status: 202,
      ms: expect.any(Number),
      requestId: created.headers.get('x-request-id'),
    });
    expect(JSON.stringify(emulator.log())).not.toContain(token);
  });

  it('repeats ids and request ids under one seed, also after reset(); another seed gives others', async () => {
    const run = async (emulator: EvsEmulator) => {
      const answer = await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId } });
      return [snapshotOf(answer.json).id, answer.headers.get('x-request-id')];
    };
    const first = createEvsEmulator({ seed: 42 });
    const again = createEvsEmulator({ seed: 42 });
    const other = createEvsEmulator({ seed: 43 });
    const ids = await run(first);
    expect(await run(again)).toEqual(ids);
    expect(await run(other)).not.toEqual(ids);
    first.reset();
    expect(first.state()).toEqual({ version: 1, projects: {}, volumes: [], jobs: [], changes: [], random: 42 });
    expect(first.log()).toEqual([]);
    expect(await run(first)).toEqual(ids);
    expect(first.seed).toBe(42);
  });

  it('offers POST /__emulator/reset and GET /__emulator/state beside the API', async () => {
    const emulator = createEvsEmulator();
    await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId } });
    const state = await send(emulator, 'GET', '/__emulator/state');
    expect((state.json as { projects: Record<string, { snapshots: unknown[] }> }).projects[projectId]?.snapshots).toHaveLength(1);
    expect((await send(emulator, 'POST', '/__emulator/reset')).json).toEqual({ reset: true });
    expect(emulator.state().projects).toEqual({});
    expect((await send(emulator, 'GET', '/__emulator/nothing')).status).toBe(404);
  });

  it('answers the errors of the client with their documented codes', async () => {
    const evs = clientOf(createEvsEmulator());
    const error = await evs.showSnapshot('f9faf7df-fdc1-4093-9ef3-5cba06eef995').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsApiError);
    expect(error).toMatchObject({ status: 404, code: 'EVS.5404', wrapper: 'itemNotFound' });
  });
});
