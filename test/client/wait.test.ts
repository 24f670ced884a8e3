// The polling loop on its own, with a scripted read and a clock the test owns: what each poll
// reports, when the wait ends, and which error ends it. Only the read's deadline runs in real
// time (AbortSignal.timeout), kept short.
import { describe, expect, it } from 'vitest';
import { EvsSnapshotStateError, EvsWaitTimeoutError } from '../../src/client/errors.js';
import type { Snapshot, SnapshotStatus } from '../../src/client/types.js';
import { type WaitOptions, type WaitProgress, waitForStatus } from '../../src/client/wait.js';

const id = '0b2c1d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const snapshot = (status: SnapshotStatus): Snapshot => ({ id, status }) as Snapshot;

/** Waits over scripted answers (a status, or undefined for a 404); the clock moves `stepMs` per read. */
async function waitOver(answers: (SnapshotStatus | undefined)[], options: WaitOptions, stepMs = 10) {
  let clock = 1000;
  let reads = 0;
  const progress: WaitProgress[] = [];
  const read = async (): Promise<Snapshot | undefined> => {
    const status = answers[reads++];
    clock += stepMs;
    if (reads > answers.length) throw new Error(`read ${reads} was not scripted`);
    return status === undefined ? undefined : snapshot(status);
  };
  const outcome = await waitForStatus(id, read, { ...options, onProgress: (p) => progress.push(p) }, () => clock).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return { outcome, progress, reads };
}

describe('waitForStatus', () => {
  it('reports each poll with its number, status and the time since the wait began', async () => {
    const { outcome, progress } = await waitOver(['creating', 'creating', 'available'], { until: 'available', intervalMs: 1 });
    expect(outcome).toEqual({ value: snapshot('available') });
    expect(progress).toEqual([
      { snapshotId: id, status: 'creating', poll: 1, elapsedMs: 10 },
      { snapshotId: id, status: 'creating', poll: 2, elapsedMs: 20 },
      { snapshotId: id, status: 'available', poll: 3, elapsedMs: 30 },
    ]);
  });

  it('waits for deletion past an available snapshot, until the 404', async () => {
    const { outcome, reads } = await waitOver(['available', 'deleting', undefined], { until: 'deleted', intervalMs: 1 });
    expect([outcome, reads]).toEqual([{ value: undefined }, 3]);
  });

  it('uses the interval it is given, not the default of 3 s, in judging whether another poll fits', async () => {
    const { outcome, reads } = await waitOver(['creating', 'available'], { until: 'available', intervalMs: 1, timeoutMs: 100 });
    expect([outcome, reads]).toEqual([{ value: snapshot('available') }, 2]);
  });

  it('times out before a poll that the timeout has no room for, with the last status', async () => {
    const { outcome, reads } = await waitOver(['creating', 'creating'], { until: 'available', intervalMs: 50, timeoutMs: 100 }, 60);
    expect(reads).toBe(1);
    expect(outcome).toEqual({ error: expect.any(EvsWaitTimeoutError) });
    expect((outcome as { error: EvsWaitTimeoutError }).error.lastStatus).toBe('creating');
  });

  it('still polls when the next poll would end exactly at the timeout', async () => {
    const { outcome, reads } = await waitOver(['creating', 'available'], { until: 'available', intervalMs: 50, timeoutMs: 100 }, 50);
    expect([outcome, reads]).toEqual([{ value: snapshot('available') }, 2]);
  });

  it.each<SnapshotStatus>(['error', 'error_deleting', 'deleting'])('fails at once when a snapshot awaited as available is %s', async (status) => {
    const { outcome, reads } = await waitOver([status, 'available'], { until: 'available', intervalMs: 1 });
    expect(reads).toBe(1);
    expect((outcome as { error: EvsSnapshotStateError }).error).toMatchObject({ name: 'EvsSnapshotStateError', status });
  });

  it('fails on a state the awaited one cannot follow', async () => {
    const { outcome } = await waitOver(['error_deleting'], { until: 'available', intervalMs: 1 });
    expect((outcome as { error: Error }).error).toBeInstanceOf(EvsSnapshotStateError);
    expect((outcome as { error: EvsSnapshotStateError }).error.status).toBe('error_deleting');
  });

  // The read below answers only when its signal aborts: a deadline that never came would end in
  // the test's timeout.
  const hangingRead = (signal: AbortSignal | undefined): Promise<Snapshot | undefined> =>
    new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));

  it('ends a read that hangs at the deadline, as a wait timeout with no status yet', { timeout: 10_000 }, async () => {
    const error = await waitForStatus(id, hangingRead, { until: 'available', timeoutMs: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsWaitTimeoutError);
    expect((error as EvsWaitTimeoutError).lastStatus).toBe('none (no answer yet)');
  });

  it('ends a hanging read at the deadline when the caller passes a signal too', { timeout: 10_000 }, async () => {
    const error = await waitForStatus(id, hangingRead, { until: 'available', timeoutMs: 30, signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsWaitTimeoutError);
  });

  it("passes on the caller's abort during a read, and a read's own error, as they are", { timeout: 10_000 }, async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const waiting = waitForStatus(id, hangingRead, { until: 'available', timeoutMs: 60_000, signal: controller.signal });
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    const failure = new Error('HTTP 500');
    await expect(waitForStatus(id, () => Promise.reject(failure), { until: 'available' })).rejects.toBe(failure);
  });
});
