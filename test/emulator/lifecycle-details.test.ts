// The lifecycle's details, read off the answers and the state: updated_at at each change, the
// progress of a failed snapshot, service_type only in lists, the disk a rollback names, the disks
// auto-created and the snapshots counted against maxSnapshots (the disks' own cap and projects:
// projects-and-disks.test.ts).
import { describe, expect, it } from 'vitest';
import { createEvsEmulator, type EvsEmulatorOptions } from '../../src/emulator/index.js';
import { manualClock, otherVolumeId, projectId, send, volumeId } from './fixtures.js';

const collection = `/v2/${projectId}/cloudsnapshots`;
type Snapshot = Record<string, unknown> & { id: string };
const setUp = (options: EvsEmulatorOptions = {}) => {
  const clock = manualClock(Date.UTC(2026, 11, 1, 9, 0, 0));
  const emulator = createEvsEmulator({ now: clock.now, seed: 3, ...options });
  const create = async (volume = volumeId) => ((await send(emulator, 'POST', collection, { snapshot: { volume_id: volume } })).json as { snapshot: Snapshot }).snapshot;
  const show = async (id: string) => ((await send(emulator, 'GET', `${collection}/${id}`)).json as { snapshot: Snapshot }).snapshot;
  return { clock, emulator, create, show };
};

describe('updated_at', () => {
  it('is the time each change took effect: created, available, rolling back, rolled back, deleting, failed', async () => {
    const { clock, emulator, create, show } = setUp({ delays: { create: 1000, delete: 3000, rollback: 2000 }, faults: [{ kind: 'delete-error', rate: 1 }] });
    const made = await create();
    expect([made.created_at, made.updated_at]).toEqual(['2026-12-01T09:00:00.000000', '2026-12-01T09:00:00.000000']);
    clock.advance(5000);
    expect((await show(made.id)).updated_at).toBe('2026-12-01T09:00:01.000000');
    await send(emulator, 'POST', `${collection}/${made.id}/rollback`, { rollback: { volume_id: volumeId } });
    expect((await show(made.id)).updated_at).toBe('2026-12-01T09:00:05.000000');
    clock.advance(5000);
    expect(await show(made.id)).toMatchObject({ status: 'available', updated_at: '2026-12-01T09:00:07.000000' });
    await send(emulator, 'DELETE', `${collection}/${made.id}`);
    expect((await show(made.id)).updated_at).toBe('2026-12-01T09:00:10.000000');
    clock.advance(5000);
    expect(await show(made.id)).toMatchObject({ status: 'error_deleting', updated_at: '2026-12-01T09:00:13.000000' });
  });
});

describe('what a snapshot shows', () => {
  it('a progress of 0% while creating and when it ended in error, 100% when available', async () => {
    const { clock, create, show } = setUp({ delays: { create: 1000 }, faults: [{ kind: 'create-error', rate: 0.5 }], seed: 11 });
    const made = await Promise.all(Array.from({ length: 8 }, () => create()));
    expect(made.map((s) => s['os-extended-snapshot-attributes:progress'])).toEqual(Array(8).fill('0%'));
    clock.advance(1000);
    const ended = await Promise.all(made.map((s) => show(s.id)));
    const statuses = new Set(ended.map((s) => s.status));
    expect(statuses).toEqual(new Set(['available', 'error']));
    for (const s of ended) expect(s['os-extended-snapshot-attributes:progress']).toBe(s.status === 'error' ? '0%' : '100%');
  });

  it('service_type in the list and the state only, not in create, show or update answers', async () => {
    const { emulator, create, show } = setUp({ delays: { create: 0 } });
    const made = await create();
    const updated = ((await send(emulator, 'PUT', `${collection}/${made.id}`, { snapshot: { name: 'n' } })).json as { snapshot: Snapshot }).snapshot;
    for (const answer of [made, await show(made.id), updated]) expect(Object.hasOwn(answer, 'service_type')).toBe(false);
    const listed = ((await send(emulator, 'GET', `${collection}/detail`)).json as { snapshots: Snapshot[] }).snapshots;
    expect(listed[0]?.service_type).toBe('EVS');
    // The state adds the zone and type of the source disk, which a restore checks.
    expect(emulator.state().projects[projectId]?.snapshots.map(({ availability_zone, volume_type, ...shown }) => shown)).toEqual(listed);
  });
});

describe('the disks', () => {
  it('refuse a snapshot while attaching unless forced, and say why for other states', async () => {
    const { emulator } = setUp({
      volumes: [
        { id: volumeId, status: 'attaching' },
        { id: otherVolumeId, status: 'error' },
      ],
    });
    const refusal = async (volume: string, force?: boolean) =>
      (await send(emulator, 'POST', collection, { snapshot: { volume_id: volume, ...(force === undefined ? {} : { force }) } })).json;
    expect(await refusal(volumeId)).toEqual({
      badRequest: {
        code: 'EVS.5400',
        message: `Malformed request body. The disk ${volumeId} is attaching; a snapshot needs it available or in-use (or force: true while attaching).`,
      },
    });
    expect(await refusal(otherVolumeId)).toEqual({
      badRequest: { code: 'EVS.5400', message: `Malformed request body. The disk ${otherVolumeId} is error; a snapshot needs it available or in-use.` },
    });
    expect(await refusal(volumeId, true)).toMatchObject({ snapshot: { status: 'creating' } });
  });

  it('keep the name a rollback gave when the next rollback gives none', async () => {
    const { clock, emulator, create } = setUp({ delays: { create: 0, rollback: 0 }, volumes: [{ id: volumeId, projectId }] });
    const snapshot = await create();
    const rollback = async (body: Record<string, string>) => {
      clock.advance(1);
      return (await send(emulator, 'POST', `${collection}/${snapshot.id}/rollback`, { rollback: { volume_id: volumeId, ...body } })).status;
    };
    expect(await rollback({ name: 'restored' })).toBe(202);
    expect(await rollback({})).toBe(202);
    clock.advance(1);
    await send(emulator, 'GET', `${collection}/${snapshot.id}`);
    expect(emulator.state().volumes).toEqual([
      expect.objectContaining({ id: volumeId, projectId, size: 10, status: 'available', availability_zone: 'eu-de-01', volume_type: 'SSD', snapshot_id: null, name: 'restored' }),
    ]);
  });

  it('are auto-created for the project that names them, and shown for every project when seeded so', async () => {
    const { emulator, create } = setUp({ delays: { create: 0 }, volumes: [] });
    const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
    for (const id of ids) await create(id);
    await create(ids[0]);
    expect(emulator.state().volumes.map((v) => [v.id, v.projectId])).toEqual([
      [ids[0], projectId],
      [ids[1], projectId],
    ]);
    const seeded = setUp({ volumes: [{ id: volumeId }] });
    expect(seeded.emulator.state().volumes[0]?.projectId).toBeNull();
  });
});

describe('maxSnapshots', () => {
  it('counts the snapshots held: deleted ones make room again', async () => {
    const { clock, emulator, create } = setUp({ maxSnapshots: 2, delays: { create: 0, delete: 0 } });
    const createStatus = async () => (await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId } })).status;
    const first = await create();
    const second = await create();
    expect(await createStatus()).toBe(413);
    clock.advance(1);
    for (const snapshot of [first, second]) expect((await send(emulator, 'DELETE', `${collection}/${snapshot.id}`)).status).toBe(202);
    clock.advance(1);
    expect([await createStatus(), await createStatus(), await createStatus()]).toEqual([202, 202, 413]);
  });
});
