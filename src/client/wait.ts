// Polls a snapshot until it reaches the state the caller waits for, fails fast on states it can
// no longer leave that way, and times out with the last status it saw.
import { EvsSnapshotStateError, EvsWaitTimeoutError } from './errors.js';
import { poll } from './poll.js';
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
export function waitForStatus(
  snapshotId: string,
  read: (signal: AbortSignal | undefined) => Promise<Snapshot | undefined>,
  options: WaitOptions,
  now: () => number = Date.now,
): Promise<Snapshot | undefined> {
  const { until } = options;
  const timeoutMs = options.timeoutMs ?? defaultWaitTimeoutMs[until];
  return poll<Snapshot | undefined, Snapshot | undefined>({
    read,
    judge: (snapshot, count, elapsedMs) => {
      const status = snapshot ? snapshot.status : 'deleted';
      options.onProgress?.({ snapshotId, status, poll: count, elapsedMs });
      if (until === 'deleted' && !snapshot) return { done: true, value: undefined };
      if (until === 'available' && snapshot?.status === 'available') return { done: true, value: snapshot };
      if (!snapshot || dead[until].includes(snapshot.status))
        throw new EvsSnapshotStateError(snapshotId, until, status, snapshot);
      return { done: false, status };
    },
    startedAt: now(),
    timeoutMs,
    intervalMs: options.intervalMs ?? defaultPollIntervalMs,
    signal: options.signal,
    timedOut: (last) => new EvsWaitTimeoutError(snapshotId, until, timeoutMs, last),
    now,
  });
}
