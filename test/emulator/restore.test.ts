// The whole restore against the emulator: snapshot -> disk create -> job INIT/RUNNING -> SUCCESS ->
// disk available with snapshot_id -> delete disk -> job -> gone, through the fetch face with a
// clock moved by hand, and over a real socket with zero delays; every answer one the spec documents.
import { afterEach, describe, expect, it } from 'vitest';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import { checkResponse } from '../../src/contract/checker.js';
import { createEvsEmulator, type EvsEmulator, type EvsEmulatorOptions } from '../../src/emulator/index.js';
import { type Exchange, manualClock, projectId, send, violations, volumeId } from './exchange.js';

const snapshots = `/v2/${projectId}/cloudsnapshots`;
const volumes = `/v2/${projectId}/cloudvolumes`;
const job = (id: string) => `/v1/${projectId}/jobs/${id}`;
const zeroDelays = { create: 0, delete: 0, rollback: 0, restore: 0, volumeDelete: 0 };

/** A JSON answer, read field by field in the assertions below (each checked against the spec first). */
// biome-ignore lint/suspicious/noExplicitAny: the answers' shape is the spec's, checked by documented()
type Body = Record<string, any>;

/** The answer, after checking it is one the spec documents for the operation. */
function documented(operation: Parameters<typeof violations>[0], exchange: Exchange): Body {
  expect(violations(operation, exchange), exchange.text).toEqual([]);
  return exchange.json as Body;
}

async function availableSnapshot(emulator: EvsEmulator, clock?: { advance: (ms: number) => void }): Promise<Body> {
  const made = documented('createSnapshot', await send(emulator, 'POST', snapshots, { snapshot: { volume_id: volumeId, name: 'before-upgrade' } }));
  clock?.advance(1000);
  return made.snapshot;
}

const restoreBody = (snapshotId: string, extra: Record<string, unknown> = {}) => ({
  volume: { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 20, snapshot_id: snapshotId, name: 'restored', ...extra },
});

describe('a restore through the fetch face, the clock moved by hand', () => {
  it('runs snapshot -> createVolume 200 -> job RUNNING then SUCCESS -> disk creating then available -> delete -> gone', async () => {
    const clock = manualClock();
    const emulator = createEvsEmulator({ now: clock.now, seed: 3, delays: { restore: 5000, volumeDelete: 2000 } });
    const snapshot = await availableSnapshot(emulator, clock);

    const created = await send(emulator, 'POST', volumes, restoreBody(snapshot.id));
    expect(created.status).toBe(200);
    const { job_id: jobId } = documented('createVolume', created);
    expect(Object.keys(created.json as object)).toEqual(['job_id']);
    expect(jobId).toMatch(/^[0-9a-f]{32}$/);

    const running = documented('showJob', await send(emulator, 'GET', job(jobId)));
    expect(running).toMatchObject({ status: 'RUNNING', job_type: 'createVolume', end_time: '', error_code: null, fail_reason: null });
    expect(running.begin_time).toBe('2026-12-01T09:00:01.000Z');
    const diskId = running.entities.volume_id as string;
    expect(running.entities).toEqual({ volume_id: diskId, volume_type: 'SSD', size: 20, name: 'restored' });

    const creating = documented('showVolume', await send(emulator, 'GET', `${volumes}/${diskId}`)).volume;
    expect(creating).toMatchObject({ status: 'creating', snapshot_id: snapshot.id, size: 20, availability_zone: 'eu-de-01', bootable: 'false' });

    clock.advance(4999);
    expect(documented('showJob', await send(emulator, 'GET', job(jobId))).status).toBe('RUNNING');
    clock.advance(1);
    const done = documented('showJob', await send(emulator, 'GET', job(jobId)));
    expect(done).toMatchObject({ status: 'SUCCESS', end_time: '2026-12-01T09:00:06.000Z', error_code: null });

    const disk = documented('showVendorVolume', await send(emulator, 'GET', `/v2/${projectId}/os-vendor-volumes/${diskId}`)).volume;
    expect(disk).toEqual({
      id: diskId,
      name: 'restored',
      description: null,
      status: 'available',
      size: 20,
      availability_zone: 'eu-de-01',
      volume_type: 'SSD',
      snapshot_id: snapshot.id,
      source_volid: null,
      bootable: 'false',
      encrypted: false,
      metadata: { full_clone: '1' },
      created_at: '2026-12-01T09:00:01.000000',
      updated_at: '2026-12-01T09:00:06.000000',
      attachments: [],
      links: [
        { href: `http://evs.emulator/v2/${projectId}/volumes/${diskId}`, rel: 'self' },
        { href: `http://evs.emulator/${projectId}/volumes/${diskId}`, rel: 'bookmark' },
      ],
      service_type: 'EVS',
      multiattach: false,
      shareable: 'false',
      tags: {},
      enterprise_project_id: '0',
      'os-vol-tenant-attr:tenant_id': projectId,
      replication_status: 'disabled',
    });
    const listed = documented('listVolumes', await send(emulator, 'GET', `${volumes}/detail`));
    expect(listed.count).toBe(2);
    expect(listed.volumes.map((volume: { id: string }) => volume.id)).toEqual([diskId, volumeId]);

    const deleted = await send(emulator, 'DELETE', `${volumes}/${diskId}`);
    expect(deleted.status).toBe(200);
    const deleteJob = documented('deleteVolume', deleted).job_id as string;
    expect(documented('showVolume', await send(emulator, 'GET', `${volumes}/${diskId}`)).volume.status).toBe('deleting');
    expect(documented('showJob', await send(emulator, 'GET', job(deleteJob)))).toMatchObject({
      status: 'RUNNING',
      job_type: 'deleteVolume',
      entities: { volume_id: diskId },
    });
    clock.advance(2000);
    const gone = await send(emulator, 'GET', `${volumes}/${diskId}`);
    expect([gone.status, documented('showVolume', gone).itemNotFound.code]).toEqual([404, 'EVS.5404']);
    expect(documented('showJob', await send(emulator, 'GET', job(deleteJob))).status).toBe('SUCCESS');
    // The create's job stays readable after its disk is gone (jobs are kept until a reset).
    expect(documented('showJob', await send(emulator, 'GET', job(jobId))).status).toBe('SUCCESS');
  });

  it('with zero delays, finds the job SUCCESS at the very next request (RUNNING and SUCCESS applied in order)', async () => {
    const clock = manualClock();
    const emulator = createEvsEmulator({ now: clock.now, seed: 1, delays: zeroDelays });
    const snapshot = await availableSnapshot(emulator);
    const { job_id: jobId } = (await send(emulator, 'POST', volumes, restoreBody(snapshot.id))).json as { job_id: string };
    expect(((await send(emulator, 'GET', job(jobId))).json as { status: string }).status).toBe('SUCCESS');
  });

  it('keeps a linked clone apart: full_clone "0" asked is reported "0" once the disk is available', async () => {
    const emulator = createEvsEmulator({ seed: 2, delays: zeroDelays });
    const snapshot = await availableSnapshot(emulator);
    const { job_id: jobId } = (await send(emulator, 'POST', volumes, restoreBody(snapshot.id, { metadata: { full_clone: '0' } }))).json as { job_id: string };
    const diskId = ((await send(emulator, 'GET', job(jobId))).json as { entities: { volume_id: string } }).entities.volume_id;
    expect(((await send(emulator, 'GET', `${volumes}/${diskId}`)).json as { volume: { metadata: unknown } }).volume.metadata).toEqual({ full_clone: '0' });
  });

  it('creates count disks as one batchCreateVolume job with a createVolume sub-job each, names suffixed -0001 on', async () => {
    const clock = manualClock();
    const emulator = createEvsEmulator({ now: clock.now, seed: 4, delays: { restore: 10 } });
    const made = await send(emulator, 'POST', volumes, { volume: { availability_zone: 'eu-de-01', volume_type: 'SAS', size: 40, count: 3, name: 'data' } });
    const { job_id: jobId } = documented('createVolume', made);
    const running = documented('showJob', await send(emulator, 'GET', job(jobId)));
    expect(running).toMatchObject({ job_type: 'batchCreateVolume', status: 'RUNNING' });
    expect(Object.keys(running.entities)).toEqual(['sub_jobs']);
    const subJobs = running.entities.sub_jobs as Body[];
    expect(subJobs.map((sub) => [sub.job_type, sub.status, sub.entities.name, sub.entities.size, sub.entities.volume_type])).toEqual([
      ['createVolume', 'RUNNING', 'data-0001', 40, 'SAS'],
      ['createVolume', 'RUNNING', 'data-0002', 40, 'SAS'],
      ['createVolume', 'RUNNING', 'data-0003', 40, 'SAS'],
    ]);
    expect(new Set(subJobs.map((sub) => sub.job_id)).size).toBe(3);
    clock.advance(10);
    const done = documented('showJob', await send(emulator, 'GET', job(jobId)));
    expect([done.status, ...done.entities.sub_jobs.map((sub: { status: string }) => sub.status)]).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
    const listed = documented('listVolumes', await send(emulator, 'GET', `${volumes}/detail?name=data-0002`));
    expect(listed.volumes.map((volume: { id: string; status: string }) => [volume.id, volume.status])).toEqual([[subJobs[1]!.entities.volume_id, 'available']]);
  });

  it('ends the job FAIL with EVS.2024 and the disk error under a restore-error fault; the error disk can be deleted', async () => {
    const emulator = createEvsEmulator({ seed: 5, delays: zeroDelays, faults: [{ kind: 'restore-error' }] });
    const snapshot = await availableSnapshot(emulator);
    const { job_id: jobId } = documented('createVolume', await send(emulator, 'POST', volumes, restoreBody(snapshot.id)));
    const failed = documented('showJob', await send(emulator, 'GET', job(jobId)));
    expect(failed).toMatchObject({ status: 'FAIL', error_code: 'EVS.2024' });
    expect(failed.fail_reason).toMatch(/^volume is error! Creating [0-9a-f-]{36} failed \(an emulator fault: restore-error\)\.$/);
    const diskId = failed.entities.volume_id as string;
    const disk = documented('showVolume', await send(emulator, 'GET', `${volumes}/${diskId}`)).volume;
    expect([disk.status, disk.snapshot_id, disk.metadata]).toEqual(['error', snapshot.id, {}]);
    expect(emulator.log().find((entry) => entry.operation === 'createVolume')?.fault).toBe('restore-error');
    expect((await send(emulator, 'DELETE', `${volumes}/${diskId}`)).status).toBe(200);
    expect((await send(emulator, 'GET', `${volumes}/${diskId}`)).status).toBe(404);
  });

  it('makes a disk created on first use an ordinary disk: listed, shown, deleted once its snapshot is gone', async () => {
    const emulator = createEvsEmulator({ seed: 6, delays: zeroDelays });
    const snapshot = await availableSnapshot(emulator);
    const shown = documented('showVolume', await send(emulator, 'GET', `${volumes}/${volumeId}`)).volume;
    expect(shown).toMatchObject({ id: volumeId, status: 'available', size: 10, volume_type: 'SSD', availability_zone: 'eu-de-01', bootable: 'false', snapshot_id: null });
    expect((await send(emulator, 'DELETE', `${snapshots}/${snapshot.id}`)).status).toBe(202);
    expect((await send(emulator, 'GET', `${snapshots}/${snapshot.id}`)).status).toBe(404);
    expect((await send(emulator, 'DELETE', `${volumes}/${volumeId}`)).status).toBe(200);
    expect(documented('listVolumes', await send(emulator, 'GET', `${volumes}/detail`)).count).toBe(0);
  });

  it('gives back the seeded disks, empty of jobs and made disks, after a reset', async () => {
    const seeded = '9d3c4b2a-1e0f-4a5b-8c7d-6e5f4a3b2c1d';
    const emulator = createEvsEmulator({ seed: 7, delays: zeroDelays, volumes: [{ id: seeded, volumeType: 'ESSD', size: 50 }] });
    const { job_id: jobId } = (await send(emulator, 'POST', volumes, { volume: { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10 } })).json as { job_id: string };
    expect((await send(emulator, 'DELETE', `${volumes}/${seeded}`)).status).toBe(200);
    expect(documented('listVolumes', await send(emulator, 'GET', `${volumes}/detail`)).count).toBe(1);
    emulator.reset();
    expect((await send(emulator, 'GET', job(jobId))).status).toBe(400);
    const listed = documented('listVolumes', await send(emulator, 'GET', `${volumes}/detail`));
    expect(listed.volumes.map((volume: Record<string, unknown>) => [volume.id, volume.volume_type, volume.size])).toEqual([[seeded, 'ESSD', 50]]);
  });
});

describe('the cloud modes', () => {
  const restoreIn = async (cloud: EvsEmulatorOptions['cloud']) => {
    const emulator = createEvsEmulator({ seed: 8, delays: zeroDelays, ...(cloud ? { cloud } : {}) });
    const snapshot = await availableSnapshot(emulator);
    return { emulator, snapshot };
  };

  it('otc (the default): createVolume answers 200; the /v2.1 create is not served: 404 naming the create Open Telekom Cloud documents', async () => {
    const { emulator, snapshot } = await restoreIn(undefined);
    expect((await send(emulator, 'POST', volumes, restoreBody(snapshot.id))).status).toBe(200);
    const answer = await send(emulator, 'POST', `/v2.1/${projectId}/cloudvolumes`, restoreBody(snapshot.id));
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({
      itemNotFound: {
        code: 404,
        message:
          'POST /v2.1/{project_id}/cloudvolumes (createVolumeV21) is not an API of Open Telekom Cloud, which the ' +
          'emulator plays (cloud: otc); its disk create is POST /v2/{project_id}/cloudvolumes (--cloud huawei serves both).',
      },
    });
    expect(checkResponse('createVolumeV21', { status: 404, contentType: 'application/json', body: JSON.stringify(answer.json) })).toEqual([]);
    // A GET there is no operation of either cloud: the emulator's 404 for any unknown path.
    expect((await send(emulator, 'GET', `/v2.1/${projectId}/cloudvolumes`)).status).toBe(404);
    // Nothing was made by the refused /v2.1 create.
    expect((await send(emulator, 'GET', `${volumes}/detail`)).json).toMatchObject({ count: 2 });
  });

  it('huawei: both creates answer 202; /v2.1 adds volume_ids only with create_for_volume_id "true"', async () => {
    const { emulator, snapshot } = await restoreIn('huawei');
    const v2 = await send(emulator, 'POST', volumes, restoreBody(snapshot.id, { metadata: { create_for_volume_id: 'true' } }));
    expect([v2.status, Object.keys(documented('createVolume', v2))]).toEqual([202, ['job_id']]);
    const plain = await send(emulator, 'POST', `/v2.1/${projectId}/cloudvolumes`, restoreBody(snapshot.id));
    expect([plain.status, Object.keys(documented('createVolumeV21', plain))]).toEqual([202, ['job_id']]);
    const withIds = await send(emulator, 'POST', `/v2.1/${projectId}/cloudvolumes`, {
      ...restoreBody(snapshot.id, { metadata: { create_for_volume_id: 'true' } }),
      bssParam: { chargingMode: 'postPaid' },
    });
    const body = documented('createVolumeV21', withIds);
    expect(body.volume_ids).toHaveLength(1);
    const jobBody = (await send(emulator, 'GET', job(body.job_id))).json as { entities: { volume_id: string } };
    expect(jobBody.entities.volume_id).toBe(body.volume_ids[0]);
  });

  it('huawei: the same X-Client-Token within 8 hours gives the first answer again and makes no disk', async () => {
    const clock = manualClock();
    const emulator = createEvsEmulator({ now: clock.now, seed: 9, cloud: 'huawei', delays: zeroDelays });
    const snapshot = await availableSnapshot(emulator);
    const key = { 'X-Client-Token': '3f2b8c1e-9a4d-4e6f-b7c5-2d1a0e9f8b7c' };
    const create = () => send(emulator, 'POST', `/v2.1/${projectId}/cloudvolumes`, restoreBody(snapshot.id), key);
    const count = async () => ((await send(emulator, 'GET', `${volumes}/detail`)).json as { count: number }).count;
    const first = await create();
    expect(first.status).toBe(202);
    clock.advance(8 * 3600 * 1000 - 1);
    const again = await create();
    expect([again.status, again.json]).toEqual([202, first.json]);
    expect(await count()).toBe(2);
    const otherKey = await send(emulator, 'POST', `/v2.1/${projectId}/cloudvolumes`, restoreBody(snapshot.id), { 'X-Client-Token': '3f2b8c1e-9a4d-4e6f-b7c5-2d1a0e9f8b7d' });
    expect(otherKey.json).not.toEqual(first.json);
    clock.advance(1);
    expect((await create()).json).not.toEqual(first.json);
    expect(await count()).toBe(4);
  });

  it('huawei: refuses an X-Client-Token that is not 36 characters, without quoting it', async () => {
    const emulator = createEvsEmulator({ seed: 10, cloud: 'huawei', delays: zeroDelays });
    const snapshot = await availableSnapshot(emulator);
    const answer = await send(emulator, 'POST', `/v2.1/${projectId}/cloudvolumes`, restoreBody(snapshot.id), { 'X-Client-Token': 'not-a-uuid-token' });
    expect(answer.status).toBe(400);
    expect(documented('createVolumeV21', answer).badRequest).toEqual({
      code: 'EVS.5400',
      message: 'Malformed request. X-Client-Token must be 36 characters (a UUID made by the client); it has 16.',
    });
  });
});

describe('a restore over a real socket, zero delays', () => {
  let emulator: EvsEmulator | undefined;
  afterEach(() => emulator?.close());

  it('restores, follows the job and deletes the disk with fetch on 127.0.0.1, a PKI token in X-Auth-Token', async () => {
    emulator = createEvsEmulator({ seed: 11, delays: zeroDelays });
    const url = await emulator.listen();
    const headers = { 'X-Auth-Token': pkiToken(12 * 1024), 'Content-Type': 'application/json' };
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: response.status, json: (await response.json()) as Body };
    };
    const snapshot = (await call('POST', snapshots, { snapshot: { volume_id: volumeId } })).json.snapshot;
    const created = await call('POST', volumes, restoreBody(snapshot.id));
    expect(created.status).toBe(200);
    const done = await call('GET', job(created.json.job_id));
    expect(done.json.status).toBe('SUCCESS');
    const diskId = done.json.entities.volume_id as string;
    const disk = (await call('GET', `${volumes}/${diskId}`)).json.volume;
    expect([disk.status, disk.snapshot_id, disk.links[0].href]).toEqual(['available', snapshot.id, `${url}/v2/${projectId}/volumes/${diskId}`]);
    expect((await call('DELETE', `${volumes}/${diskId}`)).status).toBe(200);
    expect((await call('GET', `${volumes}/${diskId}`)).status).toBe(404);
  });
});
