// The client against Prism serving the spec: real responses built from the description.
import { describe, expect, inject, it } from 'vitest';
import { createEvsClient, EvsApiError } from '../../src/index.js';
import { projectId, snapshotId, token, volumeId } from './fixtures.js';

const client = (headers: Record<string, string> = {}) => createEvsClient({ endpoint: inject('prismUrl'), projectId, auth: { token }, headers, retry: false });

describe('client against the Prism mock', () => {
  it('creates a snapshot and gets the documented example back', async () => {
    const snapshot = await client().createSnapshot({ volume_id: volumeId, name: 'snap-001', metadata: { owner: 'qa' }, force: true });
    expect(snapshot).toMatchObject({ id: 'ffa9bc5e-1172-4021-acaf-cdcd78a9584d', status: 'creating', volume_id: volumeId });
  });

  it('updates a snapshot', async () => {
    await expect(client().updateSnapshot(snapshotId, { name: 'snap-001', description: 'Daily backup' })).resolves.toMatchObject({ status: 'available' });
  });

  it('turns the documented 404 into EvsApiError', async () => {
    const error = await client({ Prefer: 'code=404' }).updateSnapshot(snapshotId, { name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsApiError);
    expect(error).toMatchObject({ status: 404, code: 'EVS.5404', wrapper: 'itemNotFound', operation: 'updateSnapshot' });
  });

  it('reads the gateway form of the documented 401', async () => {
    const error = await client({ Prefer: 'code=401' }).createSnapshot({ volume_id: volumeId }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'APIGW.0301', wrapper: undefined });
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
