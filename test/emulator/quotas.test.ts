// Quotas that count: disks (seeded, made on first use, restored), snapshots, and the gigabytes of
// both, per project and per disk type; past a quota a disk create is 400 EVS.1034/EVS.1042 and a
// snapshot create 413 EVS.5413; a deleted disk or snapshot gives its share back.
import { describe, expect, it } from 'vitest';
import { createEvsEmulator, type EvsEmulatorOptions } from '../../src/emulator/index.js';
import { otherProjectId, projectId, send, violations, volumeId } from './exchange.js';

const volumes = `/v2/${projectId}/cloudvolumes`;
const snapshots = `/v2/${projectId}/cloudsnapshots`;
const zeroDelays = { create: 0, delete: 0, rollback: 0, restore: 0, volumeDelete: 0 };
const seededSas = '4e6a8c0d-2f1b-4c5e-8a7d-9f1b3d5f7a9c';

const emulatorWith = (quota: EvsEmulatorOptions['quota']) =>
  createEvsEmulator({ seed: 31, delays: zeroDelays, quota, volumes: [{ id: seededSas, volumeType: 'SAS', size: 40, projectId }] });

async function quotaSet(emulator: ReturnType<typeof emulatorWith>, target = projectId): Promise<Record<string, unknown>> {
  const answer = await send(emulator, 'GET', `/v2/${projectId}/os-quota-sets/${target}?usage=True`);
  expect(violations('showQuotas', answer)).toEqual([]);
  return (answer.json as { quota_set: Record<string, unknown> }).quota_set;
}

const disk = (size: number, extra: Record<string, unknown> = {}) => ({ volume: { availability_zone: 'eu-de-01', volume_type: 'SSD', size, ...extra } });
const entry = (in_use: number, limit = -1) => ({ in_use, limit, reserved: 0 });

describe('showQuotas', () => {
  it('counts the seeded disk, the disk made on first use, a restored disk and a snapshot, per type too', async () => {
    const emulator = emulatorWith({ volumes: 20, snapshots: 10, gigabytes: 500 });
    const snapshot = ((await send(emulator, 'POST', snapshots, { snapshot: { volume_id: volumeId } })).json as { snapshot: { id: string } }).snapshot;
    expect((await send(emulator, 'POST', volumes, disk(25, { snapshot_id: snapshot.id }))).status).toBe(200);
    expect(await quotaSet(emulator)).toEqual({
      id: projectId,
      volumes: entry(3, 20),
      snapshots: entry(1, 10),
      gigabytes: entry(40 + 10 + 25 + 10, 500),
      per_volume_gigabytes: entry(0, 32768),
      backups: entry(0),
      backup_gigabytes: entry(0),
      volumes_SAS: entry(1),
      snapshots_SAS: entry(0),
      gigabytes_SAS: entry(40),
      volumes_SSD: entry(2),
      snapshots_SSD: entry(1),
      gigabytes_SSD: entry(45),
    });
  });

  it("takes usage=true as well as usage=True, and answers another project with that project's figures", async () => {
    const emulator = emulatorWith(undefined);
    expect((await send(emulator, 'GET', `/v2/${projectId}/os-quota-sets/${projectId}?usage=true`)).status).toBe(200);
    expect(await quotaSet(emulator, otherProjectId)).toEqual({
      id: otherProjectId,
      volumes: entry(0),
      snapshots: entry(0),
      gigabytes: entry(0),
      per_volume_gigabytes: entry(0, 32768),
      backups: entry(0),
      backup_gigabytes: entry(0),
    });
  });
});

describe('quotas refuse what would pass them', () => {
  it('refuses a disk create past the volumes quota with 400 EVS.1034, counting count', async () => {
    const emulator = emulatorWith({ volumes: 3 });
    expect((await send(emulator, 'POST', volumes, disk(10, { count: 2 }))).status).toBe(200);
    const refused = await send(emulator, 'POST', volumes, disk(10));
    expect(refused.status).toBe(400);
    expect(violations('createVolume', refused)).toEqual([]);
    expect(refused.json).toEqual({
      badRequest: { code: 'EVS.1034', message: 'volume count exceeded volume count quota! The project has 3 of 3 disks; this create asks for 1 more.' },
    });
  });

  it('refuses a disk create past the gigabytes quota with 400 EVS.1042, snapshots counted in', async () => {
    const emulator = emulatorWith({ gigabytes: 100 });
    expect((await send(emulator, 'POST', snapshots, { snapshot: { volume_id: seededSas } })).status).toBe(202);
    // 40 (disk) + 40 (its snapshot) used: 20 fit, 21 do not.
    expect((await send(emulator, 'POST', volumes, disk(21))).json).toEqual({
      badRequest: {
        code: 'EVS.1042',
        message: 'volume gigabytes exceeded volume gigabytes quota! The project uses 80 of 100 GB (disks and snapshots); this create asks for 21 more.',
      },
    });
    expect((await send(emulator, 'POST', volumes, disk(20))).status).toBe(200);
  });

  it('refuses a snapshot past the snapshots quota, or past gigabytes, with 413 EVS.5413', async () => {
    const emulator = emulatorWith({ snapshots: 1, gigabytes: 90 });
    expect((await send(emulator, 'POST', snapshots, { snapshot: { volume_id: seededSas } })).status).toBe(202);
    const second = await send(emulator, 'POST', snapshots, { snapshot: { volume_id: seededSas } });
    expect(second.status).toBe(413);
    expect(violations('createSnapshot', second)).toEqual([]);
    expect(second.json).toEqual({ overLimit: { code: 'EVS.5413', message: 'Insufficient volume quota. The project has 1 of 1 snapshots (quota snapshots).' } });
    const roomy = createEvsEmulator({ seed: 32, delays: zeroDelays, quota: { gigabytes: 15 } });
    // The 10 GB disk made on first use takes 10 GB before its snapshot asks for 10 more.
    expect((await send(roomy, 'POST', snapshots, { snapshot: { volume_id: volumeId } })).json).toEqual({
      overLimit: { code: 'EVS.5413', message: 'Insufficient volume quota. The project uses 10 of 15 GB (disks and snapshots); this snapshot takes 10.' },
    });
  });

  it('gives the share of a deleted disk back', async () => {
    const emulator = emulatorWith({ volumes: 2 });
    const { job_id: jobId } = (await send(emulator, 'POST', volumes, disk(10))).json as { job_id: string };
    const made = ((await send(emulator, 'GET', `/v1/${projectId}/jobs/${jobId}`)).json as { entities: { volume_id: string } }).entities.volume_id;
    expect((await send(emulator, 'POST', volumes, disk(10))).status).toBe(400);
    expect((await send(emulator, 'DELETE', `${volumes}/${made}`)).status).toBe(200);
    expect((await send(emulator, 'GET', `${volumes}/${made}`)).status).toBe(404);
    expect((await send(emulator, 'POST', volumes, disk(10))).status).toBe(200);
  });

  it('counts per project: another project has its own disks under the same limit', async () => {
    const emulator = emulatorWith({ volumes: 1 });
    expect((await send(emulator, 'POST', volumes, disk(10))).status).toBe(400);
    expect((await send(emulator, 'POST', `/v2/${otherProjectId}/cloudvolumes`, disk(10))).status).toBe(200);
  });
});
