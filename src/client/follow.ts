// Following what a disk create set going: its job until it ends, then the new disk until it is
// `available`. Both are polls (poll.ts) over a read the client supplies; what counts as done or
// fatal is decided here.

import { excerpt } from '../shared/redact.js';
import { EvsJobFailedError, EvsVolumeStateError, EvsWaitTimeoutError } from './errors.js';
import { poll } from './poll.js';
import type { Job, Volume, VolumeStatus } from './types.js';

/** One poll of a job or a disk, as waitForJob and restoreSnapshot report it. */
export interface FollowProgress {
  /** What was read: the job, or the new disk. */
  resource: 'job' | 'volume';
  /** The job's or the disk's ID. */
  id: string;
  /** The status just read: a job status, a disk status, or `not found` for a disk that answered 404. */
  status: string;
  /** 1 for the first poll of this job or disk. */
  poll: number;
  /** Since the wait began (for restoreSnapshot: since the job was first polled). */
  elapsedMs: number;
}

/** How waitForJob and restoreSnapshot wait. */
export interface FollowOptions {
  /** Give up after this long; default 10 minutes (the Terraform providers' create timeout). */
  timeoutMs?: number | undefined;
  /** Pause between polls; default 3000 ms. */
  intervalMs?: number | undefined;
  /** Stops the wait (and any request under way) with the signal's reason. */
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: FollowProgress) => void) | undefined;
}

export const defaultFollowTimeoutMs = 600_000;

/**
 * Disk statuses from which a new disk will not become available: the ones Huawei Cloud's Terraform
 * provider treats as fatal when it waits for a created disk.
 */
export const fatalVolumeStatuses: readonly VolumeStatus[] = [
  'error',
  'error_restoring',
  'error_extending',
  'error_deleting',
  'error_rollbacking',
];

/**
 * How many 404s in a row a new disk may answer before it is taken as gone: Huawei's SDK warns that a
 * disk just created may not be found for a moment.
 */
export const notFoundReadsAllowed = 3;

/** The shared settings of one wait: the clock it runs on and the deadline it shares with a later one. */
export interface FollowClock {
  operation: string;
  /** The snapshot being restored, named in a timeout; undefined for waitForJob. */
  snapshotId: string | undefined;
  startedAt: number;
  now: () => number;
  /** The client's redactor: what the service sent is cut for a message only after the secrets are out of it. */
  redact: (text: string) => string;
}

/** A server's word (a status, a code, a reason) as an error shows it: secrets out, then cut. */
const shown = (clock: FollowClock, text: string, length: number): string => excerpt(text, clock.redact, length);
const shownOr = (clock: FollowClock, value: unknown, length: number): string | undefined =>
  typeof value === 'string' && value !== '' ? shown(clock, value, length) : undefined;

const timeoutOf = (options: FollowOptions): number => options.timeoutMs ?? defaultFollowTimeoutMs;
const intervalOf = (options: FollowOptions): number => options.intervalMs ?? 3000;

/** The volume a job worked on, when it names one. */
export const jobVolumeId = (job: Job): string | undefined =>
  typeof job.entities?.volume_id === 'string' ? job.entities.volume_id : undefined;

/**
 * Polls the job until `SUCCESS` (resolves with it) or `FAIL` (EvsJobFailedError with its error_code and fail_reason).
 * Any other status, known or not (`INIT`, `RUNNING`, Huawei Cloud's `WAITING_EXECUTE`), is waited on.
 */
export function followJob(
  jobId: string,
  read: (signal: AbortSignal) => Promise<Job>,
  options: FollowOptions,
  clock: FollowClock,
  /** The disk to name when the job fails without naming one (Huawei Cloud's volume_ids). */
  knownVolumeId?: string,
): Promise<Job> {
  const timeoutMs = timeoutOf(options);
  return poll<Job, Job>({
    read,
    judge: (job, count, elapsedMs) => {
      const status = String(job.status);
      // The caller's callback may print what it gets: the service's word goes to it as an error shows it.
      options.onProgress?.({ resource: 'job', id: jobId, status: shown(clock, status, 100), poll: count, elapsedMs });
      if (status === 'SUCCESS') return { done: true, value: job };
      if (status === 'FAIL')
        throw new EvsJobFailedError(clock.operation, {
          jobId,
          jobType: shownOr(clock, job.job_type, 100),
          errorCode: shownOr(clock, job.error_code, 100),
          failReason: shownOr(clock, job.fail_reason, 1000),
          volumeId: shownOr(clock, jobVolumeId(job), 100) ?? knownVolumeId,
          job,
        });
      return { done: false, status: shown(clock, status, 100) };
    },
    startedAt: clock.startedAt,
    timeoutMs,
    intervalMs: intervalOf(options),
    signal: options.signal,
    timedOut: (last) =>
      new EvsWaitTimeoutError(jobId, 'SUCCESS', timeoutMs, last, {
        operation: clock.operation,
        resource: 'job',
        snapshotId: clock.snapshotId,
      }),
    now: clock.now,
  });
}

/**
 * Polls a disk just created until it is `available` (resolves with it). A fatal status fails at once; a 404 is
 * read again up to `notFoundReadsAllowed` times in a row while the disk has not been seen yet, and fails after.
 */
export function followNewVolume(
  volumeId: string,
  read: (signal: AbortSignal) => Promise<Volume | undefined>,
  options: FollowOptions,
  clock: FollowClock,
): Promise<Volume> {
  const timeoutMs = timeoutOf(options);
  let seen = false;
  let notFound = 0;
  return poll<Volume | undefined, Volume>({
    read,
    judge: (volume, count, elapsedMs) => {
      const status = volume === undefined ? 'not found' : String(volume.status);
      options.onProgress?.({
        resource: 'volume',
        id: volumeId,
        status: shown(clock, status, 100),
        poll: count,
        elapsedMs,
      });
      if (volume === undefined) {
        notFound += 1;
        if (seen)
          throw new EvsVolumeStateError(clock.operation, volumeId, 'deleted', undefined, 'it no longer exists (404)');
        if (notFound > notFoundReadsAllowed)
          throw new EvsVolumeStateError(
            clock.operation,
            volumeId,
            'deleted',
            undefined,
            `it was not found (404) ${notFound} times in a row after its job succeeded`,
          );
        return { done: false, status };
      }
      seen = true;
      notFound = 0;
      if (volume.status === 'available') return { done: true, value: volume };
      if (fatalVolumeStatuses.includes(volume.status))
        throw new EvsVolumeStateError(clock.operation, volumeId, volume.status, volume, `it is ${volume.status}`);
      return { done: false, status: shown(clock, status, 100) };
    },
    startedAt: clock.startedAt,
    timeoutMs,
    intervalMs: intervalOf(options),
    signal: options.signal,
    timedOut: (last) =>
      new EvsWaitTimeoutError(volumeId, 'available', timeoutMs, last, {
        operation: clock.operation,
        resource: 'volume',
        snapshotId: clock.snapshotId,
      }),
    now: clock.now,
  });
}
