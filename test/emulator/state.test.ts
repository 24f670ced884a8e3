// The state format: what state() and GET /__emulator/state give loads again (PUT, fixtures) into
// the same state; timed changes keep their absolute times; a bad entry is refused naming it.
import { describe, expect, it } from 'vitest';
import { createEvsEmulator, type EmulatorState, EvsEmulatorOptionsError } from '../../src/emulator/index.js';
import { manualClock, otherProjectId, projectId, send, volumeId } from './fixtures.js';

const snapshots = `/v2/${projectId}/cloudsnapshots`;
const delays = { create: 1000, delete: 1000, rollback: 1000, restore: 1000, volumeDelete: 1000 };

/** An emulator with a bit of everything: snapshots in several statuses, a restored disk, jobs, changes pending. */
async function busyEmulator(clock: ReturnType<typeof manualClock>) {
  const emulator = createEvsEmulator({ delays, now: clock.now, seed: 7 });
  const create = async (name: string) =>
    (await send(emulator, 'POST', snapshots, { snapshot: { volume_id: volumeId, name, metadata: { team: name } } })).json as {
      snapshot: { id: string };
    };
  const first = (await create('first')).snapshot.id;
  clock.advance(1500);
  const restore = await send(emulator, 'POST', `/v2/${projectId}/cloudvolumes`, {
    volume: { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 20, snapshot_id: first },
  });
  expect(restore.status).toBe(200);
  const second = (await create('second')).snapshot.id;
  clock.advance(10);
  return { emulator, first, second };
}

describe('the state format', () => {
  it('loads what GET /__emulator/state gave into the same state, pending changes and the id generator included', async () => {
    const clock = manualClock();
    const { emulator } = await busyEmulator(clock);
    const saved = (await send(emulator, 'GET', '/__emulator/state')).json as EmulatorState;
    expect(saved.version).toBe(1);
    expect(saved.changes.map((change) => change.kind)).toEqual(['jobEnd', 'snapshot']);
    const copy = createEvsEmulator({ delays, now: clock.now, seed: 99 });
    const put = await send(copy, 'PUT', '/__emulator/state', saved);
    expect(put.json).toEqual({ loaded: true, volumes: 2, snapshots: 2, jobs: 1, changes: 2 });
    expect(copy.state()).toEqual(saved);
    // The next id comes from where the first emulator stood, not from the other seed.
    const next = async (on: typeof emulator) => ((await send(on, 'POST', snapshots, { snapshot: { volume_id: volumeId } })).json as { snapshot: { id: string } }).snapshot.id;
    expect(await next(copy)).toBe(await next(emulator));
    clock.advance(2000);
    expect(copy.state()).toEqual(emulator.state());
  });

  it('applies a change whose time passed while the state was on disk: a creating snapshot is available once loaded', async () => {
    const clock = manualClock();
    const { emulator, second } = await busyEmulator(clock);
    const saved = emulator.state();
    const later = manualClock(clock.now() + 60_000);
    const restarted = createEvsEmulator({ delays, now: later.now, fixtures: saved });
    const shown = (await send(restarted, 'GET', `${snapshots}/${second}`)).json as { snapshot: { status: string; updated_at: string } };
    // Available at the time the change was due (created + 1000 ms), not at the load.
    expect(shown.snapshot).toMatchObject({ status: 'available', updated_at: '2026-12-01T09:00:02.500000' });
    expect(restarted.state().volumes.map((disk) => disk.status)).toEqual(['available', 'available']);
    expect(restarted.state().changes).toEqual([]);
  });

  it('goes back to the fixtures at a reset, not to nothing', async () => {
    const clock = manualClock();
    const { emulator } = await busyEmulator(clock);
    const fixtures = emulator.state();
    const copy = createEvsEmulator({ delays, now: clock.now, fixtures });
    await send(copy, 'POST', snapshots, { snapshot: { volume_id: volumeId } });
    copy.reset();
    expect(copy.state()).toEqual(fixtures);
  });

  it('takes a hand-written fixture with the plain defaults filled in', () => {
    const emulator = createEvsEmulator({
      now: manualClock().now,
      fixtures: {
        version: 1,
        volumes: [{ id: volumeId, projectId, size: 40 }],
        projects: { [projectId]: { snapshots: [{ id: '11111111-1111-4111-8111-111111111111', volume_id: volumeId, name: 'nightly' }] } },
      },
    });
    const state = emulator.state();
    expect(state.volumes[0]).toMatchObject({ id: volumeId, projectId, seeded: false, status: 'available', size: 40, volume_type: 'SSD' });
    expect(state.projects[projectId]?.snapshots[0]).toMatchObject({ status: 'available', size: 40, name: 'nightly', created_at: '2026-12-01T09:00:00.000000' });
  });

  it.each([
    [
      'a snapshot status the spec does not have',
      {
        version: 1,
        volumes: [{ id: volumeId, projectId }],
        projects: { [projectId]: { snapshots: [{ id: '11111111-1111-4111-8111-111111111111', volume_id: volumeId, status: 'ready' }] } },
      },
      'createEvsEmulator: fixtures.projects["bab7d5c60cd041a0a36f7c4b6e1dd978"].snapshots[0].status must be equal to one of the allowed values: creating, available, error, deleting, error_deleting, rollbacking, backing-up (rule: enum; got "ready" (string, 5 UTF-8 bytes))',
    ],
    [
      'a disk size that is text',
      { version: 1, volumes: [{ id: volumeId }, { id: '22222222-2222-4222-8222-222222222222', size: '10' }] },
      'createEvsEmulator: fixtures.volumes[1].size must be integer (rule: type; got "10" (string, 2 UTF-8 bytes))',
    ],
    [
      'a snapshot of a disk the fixtures do not hold for that project',
      { version: 1, volumes: [{ id: volumeId, projectId }], projects: { [otherProjectId]: { snapshots: [{ id: '11111111-1111-4111-8111-111111111111', volume_id: volumeId }] } } },
      `createEvsEmulator: fixtures.projects["${otherProjectId}"].snapshots[0].volume_id must name a disk of volumes that the project it is listed under sees (rule: reference; got "${volumeId}" (string, 36 UTF-8 bytes))`,
    ],
    [
      'a newer format',
      { version: 2 },
      'createEvsEmulator: fixtures.version is newer than this emulator reads (1): it was written by a later evs-emulator; use that one (rule: maximum; got 2 (number))',
    ],
    ['no version', { volumes: [] }, "createEvsEmulator: fixtures.version must be given: the format's version, 1 for this emulator (rule: required; got nothing)"],
    [
      'a job without its project',
      { version: 1, jobs: [{ status: 'SUCCESS', job_id: 'a'.repeat(32), job_type: 'deleteVolume', begin_time: '2026-12-01T09:00:00.000Z', entities: {} }] },
      'createEvsEmulator: fixtures.jobs[0].projectId must be a project id (a non-empty string) (rule: type; got nothing)',
    ],
    [
      'a change of a snapshot that is not there',
      { version: 1, changes: [{ kind: 'snapshot', at: '2026-12-01T09:00:00.000Z', projectId, snapshotId: volumeId, to: 'available' }] },
      `createEvsEmulator: fixtures.changes[0].snapshotId must name a snapshot of the change's projectId (rule: reference; got "${volumeId}" (string, 36 UTF-8 bytes))`,
    ],
  ])('refuses fixtures with %s, naming the entry and the field', (_, fixtures, message) => {
    const made = (() => {
      try {
        return createEvsEmulator({ fixtures });
      } catch (error) {
        return error;
      }
    })();
    expect(made).toBeInstanceOf(EvsEmulatorOptionsError);
    expect((made as Error).message).toBe(message);
  });

  it('refuses a bad PUT /__emulator/state with 400 naming the field, and keeps the state it had', async () => {
    const clock = manualClock();
    const { emulator } = await busyEmulator(clock);
    const before = emulator.state();
    const put = await send(emulator, 'PUT', '/__emulator/state', { ...before, volumes: [{ ...before.volumes[0], status: 'melting' }] });
    expect(put.status).toBe(400);
    expect(JSON.stringify(put.json)).toContain('volumes[0].status must be equal to one of the allowed values');
    expect((await send(emulator, 'PUT', '/__emulator/state', '{"version":')).status).toBe(400);
    // Every request draws a request id, so only the generator's position moves.
    expect({ ...emulator.state(), random: 0 }).toEqual({ ...before, random: 0 });
  });
});
