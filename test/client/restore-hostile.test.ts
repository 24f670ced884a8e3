// restoreSnapshot and waitForJob against a service that misbehaves on purpose (scripted answers):
// what they hand to the caller's onProgress is the service's word as an error would show it.
import { describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClientOptions, type FollowProgress } from '../../src/client/index.js';
import { localOptions, snapshotId, token } from './fixtures.js';
import { endpoint, jobId, jobReply, newVolumeId, ok, type ScriptedReply, scriptedFetch, snapshotReply, sourceVolumeId, volumeReply } from './scripted-evs.js';

const over = (script: Record<string, ScriptedReply[]>, extra: Partial<EvsClientOptions> = {}) =>
  createEvsClient(localOptions(endpoint, { fetch: scriptedFetch(script).fetch, ...extra }));

describe('onProgress against a hostile service', () => {
  it('gets a job or disk status that echoes the 8 KB token with the token taken out, and a 5000-character status cut to 100 characters and its length', async () => {
    const echo = `RUNNING ${token}`;
    const client = over({
      [`GET /v2/cloudsnapshots/${snapshotId}`]: [snapshotReply('available', 10)],
      [`GET /v2/os-vendor-volumes/${sourceVolumeId}`]: [volumeReply(sourceVolumeId, 'in-use')],
      'POST /v2/cloudvolumes': [ok({ job_id: jobId })],
      [`GET /v1/jobs/${jobId}`]: [jobReply(echo), jobReply('Q'.repeat(5000)), jobReply('SUCCESS')],
      [`GET /v2/os-vendor-volumes/${newVolumeId}`]: [volumeReply(newVolumeId, `creating ${token}`), volumeReply(newVolumeId, 'available', { snapshot_id: snapshotId })],
    });
    const progress: FollowProgress[] = [];
    await client.restoreSnapshot(snapshotId, { intervalMs: 1, onProgress: (p) => progress.push(p) });
    const waited = await over({ [`GET /v1/jobs/${jobId}`]: [jobReply(echo), jobReply('SUCCESS')] }).waitForJob(jobId, {
      intervalMs: 1,
      onProgress: (p) => progress.push(p),
    });
    expect(waited.status).toBe('SUCCESS');
    const statuses = progress.map((p) => p.status);
    expect(statuses.filter((status) => status.startsWith('RUNNING'))).toHaveLength(2);
    for (const status of statuses) {
      expect(status).not.toContain(token.slice(0, 40));
    }
    expect(statuses).toContain(`${'Q'.repeat(100)}… (5000 characters)`);
    expect(statuses).toContain('creating [redacted]');
  });
});

describe('waitForSnapshot against a hostile service', () => {
  it('hands onProgress a snapshot status that echoes the 8 KB token with the token taken out, and a 5000-character one cut', async () => {
    const client = over({
      [`GET /v2/cloudsnapshots/${snapshotId}`]: [snapshotReply(`creating ${token}`), snapshotReply('Q'.repeat(5000)), snapshotReply('available')],
    });
    const statuses: string[] = [];
    await client.waitForSnapshot(snapshotId, { until: 'available', intervalMs: 1, onProgress: (p) => statuses.push(p.status) });
    expect(statuses).toEqual(['creating [redacted]', `${'Q'.repeat(100)}… (5000 characters)`, 'available']);
  });
});

describe('restoreSnapshot against a service that names the wrong disk', () => {
  const script = (jobVolume: string, restored: ScriptedReply): Record<string, ScriptedReply[]> => ({
    [`GET /v2/cloudsnapshots/${snapshotId}`]: [snapshotReply('available', 10)],
    [`GET /v2/os-vendor-volumes/${sourceVolumeId}`]: [volumeReply(sourceVolumeId, 'available')],
    'POST /v2/cloudvolumes': [ok({ job_id: jobId })],
    [`GET /v1/jobs/${jobId}`]: [jobReply('SUCCESS', { entities: { volume_id: jobVolume } })],
    [`GET /v2/os-vendor-volumes/${newVolumeId}`]: [restored],
  });

  it("rejects a job that names the snapshot's own source disk as the disk it made, instead of resolving with the source disk", async () => {
    const client = over(script(sourceVolumeId, volumeReply(newVolumeId, 'available')));
    await expect(client.restoreSnapshot(snapshotId, { intervalMs: 1 })).rejects.toMatchObject({
      name: 'EvsResponseError',
      message: expect.stringContaining(`names the snapshot's source disk ${sourceVolumeId} as the disk it made`),
    });
  });

  it('rejects a new disk that says it was made from another snapshot', async () => {
    const other = '3d2b6c1e-8a4f-4e0b-9c7d-5f1a2b3c4d5e';
    const client = over(script(newVolumeId, volumeReply(newVolumeId, 'available', { snapshot_id: other })));
    await expect(client.restoreSnapshot(snapshotId, { intervalMs: 1 })).rejects.toMatchObject({
      name: 'EvsResponseError',
      message: expect.stringContaining(`disk ${newVolumeId} is available but names snapshot ${other}, not ${snapshotId}`),
    });
  });

  it('resolves with a new disk that names its snapshot in another letter case, or none (null)', async () => {
    for (const snapshot_id of [snapshotId.toUpperCase(), null]) {
      const client = over(script(newVolumeId, volumeReply(newVolumeId, 'available', { snapshot_id })));
      await expect(client.restoreSnapshot(snapshotId, { intervalMs: 1 })).resolves.toMatchObject({ id: newVolumeId });
    }
  });
});

describe('restoreSnapshot when the source disk does not say its type (Open Telekom Cloud’s show example has volume_type: null)', () => {
  const script = (): Record<string, ScriptedReply[]> => ({
    [`GET /v2/cloudsnapshots/${snapshotId}`]: [snapshotReply('available', 10)],
    [`GET /v2/os-vendor-volumes/${sourceVolumeId}`]: [volumeReply(sourceVolumeId, 'available', { volume_type: null })],
    'POST /v2/cloudvolumes': [ok({ job_id: jobId })],
    [`GET /v1/jobs/${jobId}`]: [jobReply('SUCCESS')],
    [`GET /v2/os-vendor-volumes/${newVolumeId}`]: [volumeReply(newVolumeId, 'available', { snapshot_id: snapshotId })],
  });

  it('creates the disk with the volumeType the caller gives', async () => {
    const scripted = scriptedFetch(script());
    const client = createEvsClient(localOptions(endpoint, { fetch: scripted.fetch }));
    const disk = await client.restoreSnapshot(snapshotId, { intervalMs: 1, volumeType: 'SSD' });
    expect(disk.id).toBe(newVolumeId);
    const create = scripted.requests.find((request) => request.method === 'POST');
    expect(JSON.parse(create?.body ?? '{}').volume).toMatchObject({ volume_type: 'SSD', availability_zone: expect.any(String), size: 10 });
  });

  it('without a volumeType, rejects naming the option, before anything is created', async () => {
    const scripted = scriptedFetch(script());
    const client = createEvsClient(localOptions(endpoint, { fetch: scripted.fetch }));
    await expect(client.restoreSnapshot(snapshotId, { intervalMs: 1 })).rejects.toMatchObject({
      name: 'EvsRestoreError',
      message: expect.stringContaining('give it as the volumeType option'),
    });
    expect(scripted.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('refuses a volumeType other than the type the source disk names, before sending (the service would answer EVS.2096)', async () => {
    const scripted = scriptedFetch({ ...script(), [`GET /v2/os-vendor-volumes/${sourceVolumeId}`]: [volumeReply(sourceVolumeId, 'available')] });
    const client = createEvsClient(localOptions(endpoint, { fetch: scripted.fetch }));
    await expect(client.restoreSnapshot(snapshotId, { intervalMs: 1, volumeType: 'SSD' })).rejects.toMatchObject({
      name: 'EvsValidationError',
      field: 'options.volumeType',
      message: expect.stringContaining("must be the type of the snapshot's source disk"),
    });
    expect(scripted.requests.some((request) => request.method === 'POST')).toBe(false);
  });
});
