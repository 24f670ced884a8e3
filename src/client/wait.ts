// Polls a snapshot until it reaches the state the caller waits for, fails fast on states it can
// no longer leave that way, and times out with the last status it saw.
import { EvsSnapshotStateError, EvsWaitTimeoutError } from './errors.js';
import { sleep } from './sleep.js';
import type { Snapshot, SnapshotStatus } from './types.js';

export type WaitTarget = 'available' | 'deleted';

export interface WaitProgress {
  snapshotId: string;
  /** The status just read; `deleted` once the service says the snapshot is gone. */
  status: SnapshotStatus | 'deleted';
  /** 1 for the first poll. */
  poll: number;
  elapsedMs: number;
}

export interface WaitOptions {
  until: WaitTarget;
  /**
   * Give up after this long; default 10 minutes for `available`,
   * 3 minutes for `deleted` (as the Terraform providers do).
   */
  timeoutMs?: number | undefined;
  /** Pause between polls; default 3000 ms. */
  intervalMs?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: WaitProgress) => void) | undefined;
}

export const defaultWaitTimeoutMs: Readonly<Record<WaitTarget, number>> = { available: 600_000, deleted: 180_000 };
export const defaultPollIntervalMs = 3000;

/** States from which the awaited one can no longer be reached. */
const dead: Readonly<Record<WaitTarget, readonly SnapshotStatus[]>> = {
  available: ['error', 'error_deleting', 'deleting'],
  deleted: ['error_deleting'],
};

/** `read` resolves with the snapshot, or with undefined when the service answers 404. */
export async function waitForStatus(
  snapshotId: string,
  read: (signal: AbortSignal | undefined) => Promise<Snapshot | undefined>,
  options: WaitOptions,
  now: () => number = Date.now,
): Promise<Snapshot | undefined> {
  const { until, signal } = options;
  const timeoutMs = options.timeoutMs ?? defaultWaitTimeoutMs[until];
  const intervalMs = options.intervalMs ?? defaultPollIntervalMs;
  const started = now();
  let last: SnapshotStatus | 'deleted' | undefined;
  for (let poll = 1; ; poll++) {
    // A read that hangs or retries must not carry the wait past its deadline.
    const deadline = AbortSignal.timeout(Math.max(1, timeoutMs - (now() - started)));
    let snapshot: Snapshot | undefined;
    try {
      snapshot = await read(signal ? AbortSignal.any([signal, deadline]) : deadline);
    } catch (error) {
      if (deadline.aborted && !signal?.aborted)
        throw new EvsWaitTimeoutError(snapshotId, until, timeoutMs, last ?? 'none (no answer yet)');
      throw error;
    }
    last = snapshot ? snapshot.status : 'deleted';
    options.onProgress?.({ snapshotId, status: last, poll, elapsedMs: now() - started });
    if (until === 'deleted' && !snapshot) return undefined;
    if (until === 'available' && snapshot?.status === 'available') return snapshot;
    if (!snapshot || dead[until].includes(snapshot.status))
      throw new EvsSnapshotStateError(snapshotId, until, last, snapshot);
    if (now() - started + intervalMs > timeoutMs) throw new EvsWaitTimeoutError(snapshotId, until, timeoutMs, last);
    await sleep(intervalMs, signal);
  }
}
