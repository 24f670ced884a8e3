// The timed changes of the lifecycle as data, not closures: what a create, delete, rollback or
// job will do and when (an absolute time), so that the state file can keep the changes not yet
// due and a restarted emulator applies them when their time has passed. Each operation schedules
// one of these, and the same function applies it whether it was made now or read from a file.
import { type JobRecord, jobEnd } from './jobs.js';
import { serviceTimestamp } from './timestamp.js';

export type Change =
  /**
   * A create ends (`available`, or `error` under a create-error fault); a delete ends (`gone`, or
   * `error_deleting`).
   */
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

/** What a change touches of a snapshot and a disk: the records of the store have these fields. */
interface ChangedSnapshot {
  status: string;
  updatedAt: string;
  readonly volumeId: string;
}
interface ChangedDisk {
  status: string;
  updatedAt: string;
  readonly snapshotId: string | null;
  readonly metadata: Record<string, string>;
}

/** The store as a change sees it (an interface, so that this module and the store do not import each other). */
export interface ChangeTarget {
  snapshot(projectId: string, id: string): ChangedSnapshot | undefined;
  remove(record: ChangedSnapshot): void;
  volume(projectId: string, id: string): ChangedDisk | undefined;
  removeVolume(volume: ChangedDisk): void;
  job(projectId: string, id: string): JobRecord | undefined;
}

/** Applies a change that is due. A record gone meanwhile (a reset, a job past the 100000 kept) is skipped. */
export function applyChange(store: ChangeTarget, change: Change): void {
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

function endJob(store: ChangeTarget, change: Extract<Change, { kind: 'jobEnd' }>): void {
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
  const disksNamed = change.volumeIds.join(', ');
  const outcome = change.ok
    ? undefined
    : {
        errorCode: 'EVS.2024',
        failReason: `volume is error! Creating ${disksNamed} failed (an emulator fault: restore-error).`,
      };
  for (const part of everyPart(job)) jobEnd(part, change.at, outcome);
}
