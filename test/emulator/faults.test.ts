// Faults on demand, so users can test their retry and timeout handling: each kind does what it
// says through fetch and on a socket, and under one seed the same requests are hit every run.
import { afterEach, describe, expect, it } from 'vitest';
import { EvsApiError, EvsNetworkError, EvsSnapshotStateError, EvsTimeoutError } from '../../src/client/index.js';
import { createEvsEmulator, type EvsEmulator, type FaultRule } from '../../src/emulator/index.js';
import { rawExchange } from '../support/raw-http.js';
import { clientOf, projectId, send, violations, volumeId } from './fixtures.js';

const list = `/v2/${projectId}/cloudsnapshots/detail`;
const quickRetries = { retries: 2, baseDelayMs: 1, maxDelayMs: 5 };

let open: EvsEmulator | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('each fault kind', () => {
  it.each([
    ['throttle', 429, 'overLimit', 429, '3'],
    ['unavailable', 503, 'serviceUnavailable', 'EVS.5503', '3'],
    ['error', 500, 'computeFault', 'EVS.5500', null],
  ] as const)('%s answers %i in the documented form, with Retry-After where it applies', async (kind, status, wrapper, code, retryAfter) => {
    const emulator = createEvsEmulator({ faults: [{ kind, retryAfter: 3 }] });
    const answer = await send(emulator, 'GET', list);
    expect([answer.status, answer.headers.get('retry-after'), (answer.json as Record<string, { code: unknown }>)[wrapper]?.code]).toEqual([status, retryAfter, code]);
    expect(violations('listSnapshots', answer)).toEqual([]);
    expect(emulator.log()[0]).toMatchObject({ operation: 'listSnapshots', status, fault: kind });
  });

  it('throttle: the client retries a list, then reports the 429 with the number of attempts', async () => {
    const emulator = createEvsEmulator({ faults: [{ kind: 'throttle', retryAfter: 0 }] });
    const error = await clientOf(emulator, { retry: quickRetries })
      .listSnapshots()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsApiError);
    expect(error).toMatchObject({ status: 429, attempts: 3 });
    expect(emulator.log()).toHaveLength(3);
  });

  it('reset: fetch rejects as a reset connection would, and nothing is created', async () => {
    const emulator = createEvsEmulator({ faults: [{ kind: 'reset', operations: ['createSnapshot'] }] });
    const error = await clientOf(emulator)
      .createSnapshot({ volume_id: volumeId })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsNetworkError);
    expect(emulator.state().projects).toEqual({});
    expect(emulator.log()[0]).toMatchObject({ status: undefined, fault: 'reset' });
  });

  it('reset: on a socket the connection closes without an answer', async () => {
    open = createEvsEmulator({ faults: [{ kind: 'reset' }] });
    const port = Number(new URL(await open.listen()).port);
    await expect(rawExchange(port, `GET ${list} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\n\r\n`, 2000)).rejects.toThrow(/without a complete head|closed/);
  });

  it('stall: the operation takes effect but its answer never arrives whole, so the client times out', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0 }, faults: [{ kind: 'stall', ms: 5000, operations: ['createSnapshot'] }] });
    const error = await clientOf(emulator, { timeoutMs: 100 })
      .createSnapshot({ volume_id: volumeId })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsTimeoutError);
    expect(emulator.state().projects[projectId]?.snapshots).toHaveLength(1);
  });

  it('stall: on a socket the head and half the body arrive, then the connection is cut after ms', async () => {
    open = createEvsEmulator({ faults: [{ kind: 'stall', ms: 100 }] });
    const port = Number(new URL(await open.listen()).port);
    const started = Date.now();
    const outcome = await rawExchange(port, `GET ${list} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\n\r\n`, 3000).catch((e: Error) => e);
    expect(outcome).toBeInstanceOf(Error);
    expect(String(outcome)).toMatch(/closed|ended|before the whole body/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('latency: the answer comes after the added time, and the log says so', async () => {
    const emulator = createEvsEmulator({ faults: [{ kind: 'latency', ms: 60 }] });
    const started = Date.now();
    expect((await send(emulator, 'GET', list)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(emulator.log()[0]).toMatchObject({ status: 200, fault: 'latency 60 ms' });
  });

  it('create-error: the create succeeds, the snapshot ends in error, and waitForSnapshot stops at once', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0 }, faults: [{ kind: 'create-error' }] });
    const evs = clientOf(emulator);
    const created = await evs.createSnapshot({ volume_id: volumeId });
    const error = await evs.waitForSnapshot(created.id, { until: 'available', intervalMs: 1, timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsSnapshotStateError);
    expect((await evs.showSnapshot(created.id)).status).toBe('error');
    // A snapshot in error can be deleted (EVS.1047 names available and error).
    await expect(evs.deleteSnapshot(created.id)).resolves.toBeUndefined();
  });

  it('delete-error: the delete is accepted, the snapshot ends in error_deleting, and waiting for it to go stops at once', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0, delete: 0 }, faults: [{ kind: 'delete-error' }] });
    const evs = clientOf(emulator);
    const created = await evs.createSnapshot({ volume_id: volumeId });
    await evs.deleteSnapshot(created.id);
    await expect(evs.waitForSnapshot(created.id, { until: 'deleted', intervalMs: 1, timeoutMs: 2000 })).rejects.toBeInstanceOf(EvsSnapshotStateError);
    expect((await evs.showSnapshot(created.id)).status).toBe('error_deleting');
  });

  it('applies a rule only to the operations it names', async () => {
    const emulator = createEvsEmulator({ faults: [{ kind: 'error', operations: ['createSnapshot'] }] });
    expect((await send(emulator, 'GET', list)).status).toBe(200);
    expect((await send(emulator, 'POST', `/v2/${projectId}/cloudsnapshots`, { snapshot: { volume_id: volumeId } })).status).toBe(500);
  });
});

describe('seeded faults', () => {
  const rules: FaultRule[] = [{ kind: 'throttle', rate: 0.3, operations: ['listSnapshots'] }];
  /** Which of 60 lists were throttled, with `between` show requests interleaved after each. */
  async function hits(seed: number, between = 0): Promise<boolean[]> {
    const emulator = createEvsEmulator({ seed, faults: [...rules, { kind: 'error', rate: 0.5, operations: ['showSnapshot'] }] });
    const out: boolean[] = [];
    for (let i = 0; i < 60; i++) {
      out.push((await send(emulator, 'GET', list)).status === 429);
      for (let j = 0; j < between; j++) await send(emulator, 'GET', `/v2/${projectId}/cloudsnapshots/f9faf7df-fdc1-4093-9ef3-5cba06eef995`);
    }
    return out;
  }

  it('hit the same requests under the same seed, whatever other requests come between', async () => {
    const first = await hits(7);
    expect(await hits(7)).toEqual(first);
    expect(await hits(7, 2)).toEqual(first);
    expect(await hits(8)).not.toEqual(first);
  });

  it('hit about the share of requests the rate says', async () => {
    const share = (await hits(11)).filter(Boolean).length / 60;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.5);
  });
});

describe('which requests a fault rule fails', () => {
  const created = async (emulator: EvsEmulator): Promise<string> => {
    const answer = await send(emulator, 'POST', `/v2/${projectId}/cloudsnapshots`, { snapshot: { volume_id: volumeId } });
    return (answer.json as { snapshot: { id: string } }).snapshot.id;
  };
  const statusOf = (emulator: EvsEmulator, id: string) => emulator.state().projects[projectId]?.snapshots.find((snapshot) => snapshot.id === id)?.status;

  it('fails only the creates of a create-error rule that also names deleteSnapshot', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0, delete: 0 }, faults: [{ kind: 'create-error', operations: ['createSnapshot', 'deleteSnapshot'] }] });
    const id = await created(emulator);
    expect(statusOf(emulator, id)).toBe('error');
    expect((await send(emulator, 'DELETE', `/v2/${projectId}/cloudsnapshots/${id}`)).status).toBe(202);
    expect(statusOf(emulator, id)).toBeUndefined();
    expect(emulator.log().map((entry) => entry.fault)).toEqual(['create-error', undefined]);
  });

  it('fails only the deletes of a delete-error rule that also names createSnapshot', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0, delete: 0 }, faults: [{ kind: 'delete-error', operations: ['createSnapshot', 'deleteSnapshot'] }] });
    const id = await created(emulator);
    expect(statusOf(emulator, id)).toBe('available');
    await send(emulator, 'DELETE', `/v2/${projectId}/cloudsnapshots/${id}`);
    expect(statusOf(emulator, id)).toBe('error_deleting');
    expect(emulator.log().map((entry) => entry.fault)).toEqual([undefined, 'delete-error']);
  });

  it('fails only the disk creates of a restore-error rule that also names createSnapshot, on both creates', async () => {
    const emulator = createEvsEmulator({
      cloud: 'huawei',
      delays: { create: 0, restore: 0 },
      faults: [{ kind: 'restore-error', operations: ['createSnapshot', 'createVolume', 'createVolumeV21'] }],
    });
    const id = await created(emulator);
    expect(statusOf(emulator, id)).toBe('available');
    const volume = { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10, snapshot_id: id };
    for (const path of [`/v2/${projectId}/cloudvolumes`, `/v2.1/${projectId}/cloudvolumes`]) {
      const { job_id: jobId } = (await send(emulator, 'POST', path, { volume })).json as { job_id: string };
      expect((await send(emulator, 'GET', `/v1/${projectId}/jobs/${jobId}`)).json).toMatchObject({ status: 'FAIL', error_code: 'EVS.2024' });
    }
    expect(emulator.state().volumes.map((disk) => disk.status)).toEqual(['available', 'error', 'error']);
    expect(emulator.log().map((entry) => entry.fault)).toEqual([undefined, 'restore-error', undefined, 'restore-error', undefined]);
  });

  it('draws again from the start after a reset: the same requests are hit as in a new run', async () => {
    const emulator = createEvsEmulator({ seed: 3, faults: [{ kind: 'error', rate: 0.5 }] });
    const statuses = async (): Promise<number[]> => {
      const seen: number[] = [];
      for (let i = 0; i < 30; i++) seen.push((await send(emulator, 'GET', list)).status);
      return seen;
    };
    const first = await statuses();
    expect(new Set(first)).toEqual(new Set([200, 500]));
    emulator.reset();
    expect(await statuses()).toEqual(first);
  });
});
