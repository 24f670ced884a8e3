// The client against Prism serving the spec: real responses built from the description.
import { describe, expect, it } from 'vitest';
import { createEvsClient, EvsApiError } from '../../src/client/index.js';
import { responseExample } from '../support/openapi-document.js';
import { useMock } from '../support/shared-mock.js';
import { olderSnapshotId, projectId, snapshotId, token, volumeId } from './fixtures.js';

const mock = useMock();

const client = (headers: Record<string, string> = {}) => createEvsClient({ endpoint: mock.url(), projectId, auth: { token }, headers, retry: false });

describe('client against the Prism mock', () => {
  it('creates a snapshot and gets the documented example back', async () => {
    const snapshot = await client().createSnapshot({ volume_id: volumeId, name: 'snap-001', metadata: { owner: 'qa' }, force: true });
    expect(snapshot).toEqual(responseExample('createSnapshot', '202').snapshot);
    expect(snapshot).toMatchObject({ status: 'creating', volume_id: volumeId });
  });

  it('updates a snapshot', async () => {
    await expect(client().updateSnapshot(snapshotId, { name: 'snap-001', description: 'Daily backup' })).resolves.toMatchObject({ status: 'available' });
  });

  it('turns the documented 404 into EvsApiError', async () => {
    const error = await client({ Prefer: 'code=404' })
      .updateSnapshot(snapshotId, { name: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsApiError);
    expect(error).toMatchObject({ status: 404, code: 'EVS.5404', wrapper: 'itemNotFound', operation: 'updateSnapshot' });
  });

  it('reads the gateway form of the documented 401', async () => {
    const error = await client({ Prefer: 'code=401' })
      .createSnapshot({ volume_id: volumeId })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'APIGW.0301', wrapper: undefined });
  });

  it('shows, lists, rolls back and deletes', async () => {
    const evs = client();
    await expect(evs.showSnapshot(snapshotId)).resolves.toEqual(responseExample('showSnapshot', '200').snapshot);
    const all = await evs.listSnapshots({ status: 'available', id: [snapshotId, olderSnapshotId] });
    expect([all.count, all.snapshots.map((s) => s.id), all.snapshots_links]).toEqual([2, [snapshotId, olderSnapshotId], undefined]);
    const first = await client({ Prefer: 'example=firstPage' }).listSnapshots({ limit: 1 });
    expect([first.count, first.snapshots.length, first.snapshots_links?.[0]?.rel]).toEqual([2, 1, 'next']);
    await expect(evs.rollbackSnapshot(snapshotId, { volume_id: volumeId, name: 'test-001' })).resolves.toEqual({ volume_id: volumeId });
    await expect(evs.deleteSnapshot(snapshotId)).resolves.toBeUndefined();
    await expect(client({ Prefer: 'code=400' }).deleteSnapshot(snapshotId)).rejects.toMatchObject({ status: 400 });
  });

  it('waits until a snapshot is available (the example is) and until one is gone (Prefer: code=404)', async () => {
    await expect(client().waitForSnapshot(snapshotId, { until: 'available', intervalMs: 10 })).resolves.toMatchObject({ status: 'available' });
    await expect(client({ Prefer: 'code=404' }).waitForSnapshot(snapshotId, { until: 'deleted', intervalMs: 10 })).resolves.toBeUndefined();
  });

  it('offers the typed raw client for any path', async () => {
    const { data, response } = await client().raw.PUT('/v2/{project_id}/cloudsnapshots/{snapshot_id}', {
      params: { path: { project_id: projectId, snapshot_id: snapshotId } },
      body: { snapshot: { name: 'raw' } },
    });
    expect(response.status).toBe(200);
    expect(data?.snapshot.status).toBe('available');
  });
});
