// Disks created on first use and the projects that use them: counted apart from snapshots (so
// maxSnapshots is about snapshots only), each project's own, and an X-Project-Id header that must
// name the project of the path when it is sent.
import { describe, expect, it } from 'vitest';
import { createEvsEmulator, type EvsEmulatorOptions } from '../../src/emulator/index.js';
import { otherProjectId, projectId, send, violations, volumeId } from './fixtures.js';

const collectionOf = (project: string): string => `/v2/${project}/cloudsnapshots`;
const disks = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'];
const setUp = (options: EvsEmulatorOptions = {}) => {
  const emulator = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0 }, seed: 10, ...options });
  const create = (volume: string, project = projectId) => send(emulator, 'POST', collectionOf(project), { snapshot: { volume_id: volume } });
  return { emulator, create };
};
const idOf = (json: unknown): string => (json as { snapshot: { id: string } }).snapshot.id;

describe('disks created on first use, with maxSnapshots 3', () => {
  it('do not count against the snapshot cap: a fourth new disk takes a snapshot once the snapshots are deleted', async () => {
    const { emulator, create } = setUp({ maxSnapshots: 3 });
    for (const disk of disks.slice(0, 3)) {
      const made = await create(disk);
      expect(made.status, made.text).toBe(202);
      expect((await send(emulator, 'DELETE', `${collectionOf(projectId)}/${idOf(made.json)}`)).status).toBe(202);
    }
    const fourth = await create(disks[3]!);
    expect(fourth.status, fourth.text).toBe(202);
    expect(emulator.state().volumes.map((volume) => volume.id)).toEqual(disks);
  });

  it('are capped on their own (maxVolumes), answered 413 EVS.5413 with the reason, not an unexplained 404', async () => {
    const { create } = setUp({ maxSnapshots: 10, maxVolumes: 2 });
    expect([(await create(disks[0]!)).status, (await create(disks[1]!)).status]).toEqual([202, 202]);
    const refused = await create(disks[2]!);
    expect([refused.status, refused.json]).toEqual([
      413,
      { overLimit: { code: 'EVS.5413', message: 'Insufficient volume quota. The emulator already holds 2 disks created on first use (maxVolumes).' } },
    ]);
    expect(violations('createSnapshot', refused)).toEqual([]);
    // A disk already made still takes snapshots.
    expect((await create(disks[0]!)).status).toBe(202);
  });
});

describe('a disk created on first use', () => {
  it('belongs to the project that used it: a mistyped project first does not take the disk from the right one', async () => {
    const { emulator, create } = setUp();
    expect((await create(volumeId, otherProjectId)).status).toBe(202);
    const right = await create(volumeId, projectId);
    expect(right.status, right.text).toBe(202);
    expect(emulator.state().volumes.map((volume) => [volume.id, volume.projectId])).toEqual([
      [volumeId, otherProjectId],
      [volumeId, projectId],
    ]);
  });

  it("is each project's own: a rollback in one project leaves the other project's disk of the same id available", async () => {
    const { emulator, create } = setUp({ delays: { create: 0, rollback: 60_000 } });
    const mine = idOf((await create(volumeId, projectId)).json);
    await create(volumeId, otherProjectId);
    expect((await send(emulator, 'POST', `${collectionOf(projectId)}/${mine}/rollback`, { rollback: { volume_id: volumeId } })).status).toBe(202);
    expect(emulator.state().volumes.map((volume) => [volume.projectId, volume.status])).toEqual([
      [projectId, 'rollbacking'],
      [otherProjectId, 'available'],
    ]);
  });

  it('does not take a seeded disk bound to another project (still 404)', async () => {
    const { create } = setUp({ volumes: [{ id: volumeId, projectId: otherProjectId }] });
    expect((await create(volumeId, projectId)).status).toBe(404);
    expect((await create(volumeId, otherProjectId)).status).toBe(202);
  });
});

describe('the X-Project-Id header', () => {
  const list = `${collectionOf(projectId)}/detail`;

  it('is accepted when it names the project of the path, and may be left out', async () => {
    const { emulator } = setUp();
    expect((await send(emulator, 'GET', list, undefined, { 'X-Project-Id': projectId })).status).toBe(200);
    expect((await send(emulator, 'GET', list)).status).toBe(200);
  });

  it.each([
    ['empty', '', 'X-Project-Id is empty'],
    ['another project', otherProjectId, `X-Project-Id is "${otherProjectId}"`],
  ])('is refused when %s with 400 EVS.0001, naming the header and the project of the path', async (_name, value, said) => {
    const { emulator } = setUp();
    const answer = await send(emulator, 'GET', list, undefined, { 'X-Project-Id': value });
    expect([answer.status, answer.json]).toEqual([
      400,
      { badRequest: { code: 'EVS.0001', message: `invalid tenant id! ${said}; when sent, it must be the project_id of the path, ${projectId}.` } },
    ]);
    expect(violations('listSnapshots', answer)).toEqual([]);
  });

  it('refuses a create with a mismatched header and creates nothing', async () => {
    const { emulator } = setUp();
    const answer = await send(emulator, 'POST', collectionOf(projectId), { snapshot: { volume_id: volumeId } }, { 'X-Project-Id': otherProjectId });
    expect(answer.status).toBe(400);
    expect(emulator.state().projects).toEqual({});
  });
});
