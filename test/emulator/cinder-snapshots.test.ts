// The OpenStack-compatible snapshot calls (/v2 and /v3) and cloudsnapshots are one set of
// snapshots: what one family makes, the other shows, changes and deletes, and the metadata calls
// change what every show and list of both returns. Every answer is checked against the spec.
import { beforeEach, describe, expect, it } from 'vitest';
import type { OperationId } from '../../src/contract/scenarios.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { type Exchange, manualClock, projectId, send, violations, volumeId } from './exchange.js';

const cloud = `/v2/${projectId}/cloudsnapshots`;
const v2 = `/v2/${projectId}/snapshots`;
const v3 = `/v3/${projectId}/snapshots`;
interface Snapshot {
  id: string;
  name: string | null;
  description: string | null;
  status: string;
  updated_at: string;
  metadata: Record<string, string>;
}

let emulator: EvsEmulator;
let clock: ReturnType<typeof manualClock>;
beforeEach(() => {
  clock = manualClock();
  emulator = createEvsEmulator({ now: clock.now, seed: 3, delays: { create: 1000, delete: 1000, rollback: 1000 } });
});

/** Sends, checks the answer against the spec for `operation`, and expects `status`. */
async function call(operation: OperationId, status: number, method: string, path: string, body?: unknown): Promise<Exchange> {
  const answer = await send(emulator, method, path, body);
  expect(answer.status, answer.text).toBe(status);
  expect(violations(operation, answer)).toEqual([]);
  return answer;
}

const snapshotOf = (answer: Exchange): Snapshot => (answer.json as { snapshot: Snapshot }).snapshot;

describe('one set of snapshots behind cloudsnapshots and the Cinder calls', () => {
  it('shows, updates and deletes a cloudsnapshots snapshot through /v2 and /v3, and back', async () => {
    const made = snapshotOf(await call('createSnapshot', 202, 'POST', cloud, { snapshot: { volume_id: volumeId, name: 'made-by-cloudsnapshots' } }));
    clock.advance(1000);
    for (const [operation, base] of [
      ['showCinderSnapshot', v2],
      ['showCinderSnapshotV3', v3],
    ] as const)
      expect(snapshotOf(await call(operation, 200, 'GET', `${base}/${made.id}`))).toMatchObject({ id: made.id, name: 'made-by-cloudsnapshots', status: 'available' });

    clock.advance(1000);
    const viaV2 = snapshotOf(await call('updateCinderSnapshot', 200, 'PUT', `${v2}/${made.id}`, { snapshot: { name: 'renamed-by-v2' } }));
    expect(viaV2.name).toBe('renamed-by-v2');
    expect(snapshotOf(await call('showSnapshot', 200, 'GET', `${cloud}/${made.id}`)).name).toBe('renamed-by-v2');
    await call('updateCinderSnapshotV3', 200, 'PUT', `${v3}/${made.id}`, { snapshot: { description: 'described by v3' } });
    expect(snapshotOf(await call('showCinderSnapshot', 200, 'GET', `${v2}/${made.id}`))).toMatchObject({ name: 'renamed-by-v2', description: 'described by v3' });

    // Made by the Cinder create (v3), deleted by cloudsnapshots; made by cloudsnapshots, deleted by v3.
    const cinderMade = snapshotOf(await call('createCinderSnapshotV3', 202, 'POST', v3, { snapshot: { volume_id: volumeId, name: 'made-by-v3' } }));
    expect(cinderMade.status).toBe('creating');
    clock.advance(1000);
    expect(snapshotOf(await call('showSnapshot', 200, 'GET', `${cloud}/${cinderMade.id}`)).status).toBe('available');
    await call('deleteSnapshot', 202, 'DELETE', `${cloud}/${cinderMade.id}`);
    await call('deleteCinderSnapshotV3', 202, 'DELETE', `${v3}/${made.id}`);
    expect(snapshotOf(await call('showCinderSnapshot', 200, 'GET', `${v2}/${made.id}`)).status).toBe('deleting');
    clock.advance(1000);
    await call('showCinderSnapshotV3', 404, 'GET', `${v3}/${cinderMade.id}`);
    await call('showSnapshot', 404, 'GET', `${cloud}/${made.id}`);
    await call('deleteCinderSnapshot', 404, 'DELETE', `${v2}/${made.id}`);
  });

  it('shows the metadata the metadata calls set in showSnapshot, listSnapshots and both Cinder lists (v2 and v3)', async () => {
    const made = snapshotOf(await call('createCinderSnapshot', 202, 'POST', v2, { snapshot: { volume_id: volumeId, metadata: { origin: 'create' } } }));
    clock.advance(1000);
    await call('createSnapshotMetadata', 200, 'POST', `${v2}/${made.id}/metadata`, { metadata: { team: 'storage' } });
    await call('updateSnapshotMetadataItemV3', 200, 'PUT', `${v3}/${made.id}/metadata/stage`, { meta: { stage: 'prod' } });
    const expected = { origin: 'create', team: 'storage', stage: 'prod' };
    expect(snapshotOf(await call('showSnapshot', 200, 'GET', `${cloud}/${made.id}`)).metadata).toEqual(expected);
    const lists: [OperationId, string][] = [
      ['listSnapshots', `${cloud}/detail`],
      ['listCinderSnapshots', v2],
      ['listCinderSnapshotsDetail', `${v2}/detail`],
      ['listCinderSnapshotsV3', v3],
      ['listCinderSnapshotsDetailV3', `${v3}/detail`],
    ];
    for (const [operation, path] of lists) {
      const list = (await call(operation, 200, 'GET', path)).json as { snapshots: Snapshot[] };
      expect(list.snapshots.find((item) => item.id === made.id)?.metadata, operation).toEqual(expected);
    }
    await call('deleteSnapshotMetadataItem', 200, 'DELETE', `${v2}/${made.id}/metadata/team`);
    await call('updateSnapshotMetadataV3', 200, 'PUT', `${v3}/${made.id}/metadata`, { metadata: { only: 'this' } });
    expect(snapshotOf(await call('showCinderSnapshotV3', 200, 'GET', `${v3}/${made.id}`)).metadata).toEqual({ only: 'this' });
    expect((await call('showSnapshotMetadata', 200, 'GET', `${v2}/${made.id}/metadata`)).json).toEqual({ metadata: { only: 'this' } });
  });

  it('leaves updated_at where it was on every metadata call', async () => {
    const made = snapshotOf(await call('createSnapshot', 202, 'POST', cloud, { snapshot: { volume_id: volumeId } }));
    clock.advance(1000);
    const before = snapshotOf(await call('showSnapshot', 200, 'GET', `${cloud}/${made.id}`)).updated_at;
    clock.advance(5000);
    await call('createSnapshotMetadata', 200, 'POST', `${v2}/${made.id}/metadata`, { metadata: { a: '1' } });
    await call('updateSnapshotMetadata', 200, 'PUT', `${v2}/${made.id}/metadata`, { metadata: { b: '2' } });
    await call('updateSnapshotMetadataItem', 200, 'PUT', `${v2}/${made.id}/metadata/c`, { meta: { c: '3' } });
    await call('deleteSnapshotMetadataItem', 200, 'DELETE', `${v2}/${made.id}/metadata/c`);
    expect(snapshotOf(await call('showSnapshot', 200, 'GET', `${cloud}/${made.id}`)).updated_at).toBe(before);
  });

  it('gives Cinder create and delete the checks of cloudsnapshots: a creating snapshot is not deleted (EVS.1047)', async () => {
    const made = snapshotOf(await call('createCinderSnapshot', 202, 'POST', v2, { snapshot: { volume_id: volumeId } }));
    const refused = await call('deleteCinderSnapshotV3', 400, 'DELETE', `${v3}/${made.id}`);
    expect(refused.json).toMatchObject({ badRequest: { code: 'EVS.1047' } });
    const invalid = await call('createCinderSnapshotV3', 400, 'POST', v3, { snapshot: { volume_id: 'not-a-uuid' } });
    expect(invalid.json).toMatchObject({ badRequest: { code: 'EVS.1002' } });
  });

  it('serves /v3 in both cloud modes', async () => {
    for (const cloudMode of ['otc', 'huawei'] as const) {
      const own = createEvsEmulator({ cloud: cloudMode, seed: 1 });
      const answer = await send(own, 'GET', v3);
      expect(answer.status, `${cloudMode}: ${answer.text}`).toBe(200);
      await own.close();
    }
  });
});
