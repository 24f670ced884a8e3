// The timed changes of the lifecycle as data, not closures: what a create, delete, rollback or
// job will do and when (an absolute time), so that the state file can keep the changes not yet
// due and a restarted emulator applies them when their time has passed. Each operation schedules
// one of these, and the same function applies it whether it was made now or read from a file.
import { type JobRecord, jobEnd } from './jobs.js';
import type { Store } from './store.js';
import { serviceTimestamp } from './timestamp.js';

export type Change =
  /** A create ends (`available`, or `error` under a create-error fault); a delete ends (`gone`, or `error_deleting`). */
  | {
      kind: 'snapshot';
      at: number;
      projectId: string;
      snapshotId: string;
      to: 'available' | 'error' | 'error_deleting' | 'gone';
    }
  /** A rollback ends: the snapshot and its disk `available` again. */
  | { kind: 'rollback'; at: number; projectId: string; snapshotId: string }
  /** A job (and its sub-jobs) `RUNNING` once the answer that made it is out. */
  | { kind: 'jobRunning'; at: number; projectId: string; jobId: string }
  /**
   * A job ends: a disk create's disks `available` (or `error` when `ok` is false, a restore-error
   * fault), a disk delete's disk gone.
   */
  | {
      kind: 'jobEnd';
      at: number;
      projectId: string;
      jobId: string;
      action: 'create' | 'delete';
      volumeIds: string[];
      ok: boolean;
    };

export const changeKinds = ['snapshot', 'rollback', 'jobRunning', 'jobEnd'] as const;

/** Applies a change that is due. A record gone meanwhile (a reset, a job past the 100000 kept) is skipped. */
export function applyChange(store: Store, change: Change): void {
  switch (change.kind) {
    case 'snapshot': {
      const record = store.snapshot(change.projectId, change.snapshotId);
      if (!record) return;
      if (change.to === 'gone') store.remove(record);
      else {
        record.status = change.to;
        record.updatedAt = serviceTimestamp(change.at);
      }
      return;
    }
    case 'rollback': {
      const record = store.snapshot(change.projectId, change.snapshotId);
      if (!record) return;
      const volume = store.volume(change.projectId, record.volumeId);
      if (volume) volume.status = 'available';
      record.status = 'available';
      record.updatedAt = serviceTimestamp(change.at);
      return;
    }
    case 'jobRunning': {
      const job = store.job(change.projectId, change.jobId);
      for (const part of job ? everyPart(job) : []) if (part.status === 'INIT') part.status = 'RUNNING';
      return;
    }
    case 'jobEnd':
      endJob(store, change);
      return;
  }
}

const everyPart = (job: JobRecord): JobRecord[] => [job, ...(job.subJobs ?? [])];

function endJob(store: Store, change: Extract<Change, { kind: 'jobEnd' }>): void {
  const disks = change.volumeIds.flatMap((id) => store.volume(change.projectId, id) ?? []);
  if (change.action === 'delete') for (const disk of disks) store.removeVolume(disk);
  else
    for (const disk of disks) {
      // Nothing else changes a creating disk (a delete, a snapshot, a rollback refuse it).
      disk.status = change.ok ? 'available' : 'error';
      disk.updatedAt = serviceTimestamp(change.at);
      // The disk's metadata is the create's, so its full_clone is the one the create asked for.
      if (disk.snapshotId !== null && change.ok)
        disk.metadata.full_clone = disk.metadata.full_clone === '0' ? '0' : '1';
    }
  const job = store.job(change.projectId, change.jobId);
  if (!job) return;
  const outcome = change.ok
    ? undefined
    : {
        errorCode: 'EVS.2024',
        failReason: `volume is error! Creating ${change.volumeIds.join(', ')} failed (an emulator fault: restore-error).`,
      };
  for (const part of everyPart(job)) jobEnd(part, change.at, outcome);
}
