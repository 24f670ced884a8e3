// The whole restore through the client against the emulator (zero delays): snapshot -> disk ->
// job -> available -> delete disk -> gone, once through the emulator's fetch and once over a real
// socket; both clouds' creates, a failing job (the restore-error fault), a quota, and the size
// check that stops a restore before anything is sent.
import { afterEach, describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClient, EvsJobFailedError, EvsValidationError } from '../../src/client/index.js';
import { createEvsEmulator, type EvsEmulator, type EvsEmulatorOptions } from '../../src/emulator/index.js';
import { localOptions, token, volumeId } from './fixtures.js';

const zeroDelays = { create: 0, delete: 0, rollback: 0, restore: 0, volumeDelete: 0 };
const fast = { intervalMs: 1, timeoutMs: 5000 } as const;

let listening: EvsEmulator | undefined;
afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

function emulated(options: EvsEmulatorOptions = {}): { emulator: EvsEmulator; client: EvsClient } {
  const emulator = createEvsEmulator({ delays: zeroDelays, seed: 7, ...options });
  return { emulator, client: createEvsClient(localOptions('http://evs.emulator', { fetch: emulator.fetch })) };
}

async function overSocket(options: EvsEmulatorOptions = {}): Promise<{ emulator: EvsEmulator; client: EvsClient }> {
  const emulator = createEvsEmulator({ delays: zeroDelays, seed: 7, ...options });
  listening = emulator;
  const url = await emulator.listen();
  return { emulator, client: createEvsClient(localOptions(url)) };
}

async function availableSnapshot(client: EvsClient): Promise<{ id: string; size: number }> {
  const created = await client.createSnapshot({ volume_id: volumeId, name: 'before-restore' });
  const snapshot = await client.waitForSnapshot(created.id, { until: 'available', ...fast });
  return { id: snapshot.id, size: snapshot.size };
}

/** snapshot -> restore -> the disk in the list and the quotas -> delete the disk -> its job -> gone. */
async function wholeRestore(client: EvsClient, api: 'v2' | 'v2.1'): Promise<void> {
  const snapshot = await availableSnapshot(client);
  const source = await client.showVendorVolume(volumeId);
  const disk = await client.restoreSnapshot(snapshot.id, { api, name: 'restored', ...fast });
  expect(disk).toMatchObject({
    status: 'available',
    snapshot_id: snapshot.id,
    size: snapshot.size,
    name: 'restored',
    availability_zone: source.availability_zone,
    volume_type: source.volume_type,
  });
  expect(disk.metadata?.full_clone).toBe('1');

  const listed: string[] = [];
  for await (const volume of client.listAllVolumes({}, { pageSize: 1 })) listed.push(volume.id);
  expect(listed.sort()).toEqual([disk.id, volumeId].sort());
  const quotas = await client.showQuotas();
  expect(quotas.volumes.in_use).toBe(2);
  expect(quotas.gigabytes.in_use).toBe(source.size + disk.size + snapshot.size);

  const { job_id } = await client.deleteVolume(disk.id);
  await expect(client.waitForJob(job_id, fast)).resolves.toMatchObject({ status: 'SUCCESS', job_type: 'deleteVolume' });
  await expect(client.showVolume(disk.id)).rejects.toMatchObject({ name: 'EvsApiError', status: 404 });
  expect((await client.showQuotas()).volumes.in_use).toBe(1);
}

describe('restoreSnapshot against the emulator', () => {
  it("through the emulator's fetch, Open Telekom Cloud's create: snapshot -> disk -> job -> available -> delete -> gone", async () => {
    const { client, emulator } = emulated();
    await wholeRestore(client, 'v2');
    const operations = emulator.log().map((entry) => entry.operation);
    expect(operations).toContain('createVolume');
    expect(operations).not.toContain('createVolumeV21');
  });

  it("over a socket, Huawei Cloud's create with X-Client-Token: the same story", async () => {
    const { client, emulator } = await overSocket({ cloud: 'huawei' });
    await wholeRestore(client, 'v2.1');
    expect(
      emulator
        .log()
        .filter((entry) => entry.operation === 'createVolumeV21')
        .map((entry) => entry.status),
    ).toEqual([202]);
  });

  it('over a socket: a create whose job fails (restore-error) rejects with EvsJobFailedError naming EVS.2024, its reason and the disk, which is then in error', async () => {
    const { client } = await overSocket({ faults: [{ kind: 'restore-error', operations: ['createVolume'] }] });
    const snapshot = await availableSnapshot(client);
    const error = await client.restoreSnapshot(snapshot.id, fast).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EvsJobFailedError);
    const failed = error as EvsJobFailedError;
    expect(failed.errorCode).toBe('EVS.2024');
    expect(failed.failReason).toMatch(/\S/);
    expect(failed.message).toContain(`failed with EVS.2024: ${failed.failReason}`);
    expect((await client.showVolume(failed.volumeId as string)).status).toBe('error');
    expect(failed.message).not.toContain(token);
  });

  it("Huawei Cloud's create on an emulator in Open Telekom Cloud mode: 404, the create that cloud documents named", async () => {
    const { client } = emulated();
    const snapshot = await availableSnapshot(client);
    await expect(client.restoreSnapshot(snapshot.id, { api: 'v2.1', ...fast })).rejects.toMatchObject({
      name: 'EvsApiError',
      operation: 'restoreSnapshot',
      status: 404,
      message: expect.stringContaining('its disk create is POST /v2/{project_id}/cloudvolumes'),
    });
  });

  it('a size below the snapshot is refused before any create reaches the emulator; past the disk quota the create is refused with EVS.1034', async () => {
    const { client, emulator } = emulated({ quota: { volumes: 1 } });
    const snapshot = await availableSnapshot(client);
    await expect(client.restoreSnapshot(snapshot.id, { size: snapshot.size - 1, ...fast })).rejects.toBeInstanceOf(EvsValidationError);
    expect(emulator.log().map((entry) => entry.operation)).not.toContain('createVolume');
    await expect(client.restoreSnapshot(snapshot.id, fast)).rejects.toMatchObject({ name: 'EvsApiError', status: 400, code: 'EVS.1034' });
  });
});
