// The disks, jobs and quotas of the fake EVS (fake-evs.ts): a restore creates a disk from a
// snapshot with the documented synchronous checks (EVS.1016, EVS.2054, EVS.2096, size below the
// snapshot's EVS.1010), a job that ends SUCCESS after the fake's transition, the disk `creating`
// then `available` with `snapshot_id`; a delete answers 200 with a job and the disk goes after the
// delete delay; quotas count what exists. Request bodies and queries are checked by the spec's own
// rules (src/shared), as a strict server would. A fault makes a broken restore on purpose.
import { randomBytes, randomUUID } from 'node:crypto';
import type { RequestTarget } from '../../generated/spec-constants.js';
import { Checker, InputProblem } from '../../src/shared/input-problem.js';
import { checkAgainstSpec } from '../../src/shared/rules.js';
import { checkUrlQuery, queryObject } from '../../src/shared/url-query-rules.js';

/** A restore the fake breaks: the disk one GB smaller than asked, a job that never ends, a disk without snapshot_id. */
export type RestoreFault = 'wrong size' | 'job never ends' | 'no snapshot_id';

export interface StoredDisk {
  id: string;
  status: string;
  size: number;
  availability_zone: string;
  volume_type: string;
  snapshot_id: string | null;
  name: string;
  created_at: string;
  bootable: 'false';
  metadata: Record<string, string>;
}

interface StoredJob {
  job_id: string;
  job_type: 'createVolume' | 'deleteVolume';
  begin_time: string;
  /** When it ends (ms of the fake's clock); Infinity: never. */
  endsAt: number;
  entities: Record<string, unknown>;
}

export interface DiskState {
  disks: Map<string, StoredDisk>;
  jobs: Map<string, StoredJob>;
}

interface Snapshot {
  id: string;
  status: string;
  size: number;
  volume_id: string;
}

export interface DiskRoutesOptions {
  projectId: string;
  cloud: 'otc' | 'huawei';
  now: () => number;
  transitionMs: number;
  deleteMs: number;
  fault?: RestoreFault | undefined;
  snapshots: () => Snapshot[];
  snapshot: (id: string) => Snapshot | undefined;
  timestamp: () => string;
}

export interface Answer {
  status: number;
  body?: unknown;
}

const evs = (code: string, message: string): unknown => ({ error: { code, message } });
const jobTime = (ms: number): string => new Date(ms).toISOString();
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The routes of disks, jobs and quotas; undefined for a path that is none of theirs. */
export function diskRoutes(options: DiskRoutesOptions): {
  state: DiskState;
  sourceDisk: (id: string) => StoredDisk;
  handle: (method: string, path: string, search: string, body: unknown) => Answer | undefined;
} {
  const { projectId, now } = options;
  const disks = new Map<string, StoredDisk>();
  const jobs = new Map<string, StoredJob>();
  /** Disk id -> when it becomes available, or is gone. */
  const due = new Map<string, { next: 'available' | 'gone'; at: number }>();

  const settle = (id: string): StoredDisk | undefined => {
    const change = due.get(id);
    if (change && now() >= change.at) {
      due.delete(id);
      if (change.next === 'gone') disks.delete(id);
      else {
        const disk = disks.get(id);
        if (disk) disk.status = 'available';
      }
    }
    return disks.get(id);
  };

  /** A disk the snapshots name, made on first use as the emulator does: SSD, eu-de-01, 10 GB. */
  const sourceDisk = (id: string): StoredDisk => {
    const known = disks.get(id);
    if (known) return known;
    const disk: StoredDisk = {
      id,
      status: 'available',
      size: 10,
      availability_zone: 'eu-de-01',
      volume_type: 'SSD',
      snapshot_id: null,
      name: 'source',
      created_at: options.timestamp(),
      bootable: 'false',
      metadata: {},
    };
    disks.set(id, disk);
    return disk;
  };

  const newJob = (type: StoredJob['job_type'], entities: Record<string, unknown>, endsAt: number): StoredJob => {
    const job: StoredJob = {
      job_id: randomBytes(16).toString('hex'),
      job_type: type,
      begin_time: jobTime(now()),
      endsAt,
      entities,
    };
    jobs.set(job.job_id, job);
    return job;
  };

  /** The spec's rules for a body or query: the first broken one as a 400 (EVS.1016 for two data sources). */
  const problem = (target: RequestTarget, value: unknown, inQuery = false): Answer | undefined => {
    try {
      if (inQuery) checkUrlQuery(new Checker(), target as never, value as Record<string, unknown>);
      else checkAgainstSpec(new Checker(), target, value, '');
      return undefined;
    } catch (error) {
      if (!(error instanceof InputProblem)) throw error;
      if (error.rule === 'dependentSchemas') return { status: 400, body: evs('EVS.1016', 'Invalid input received: May specify only one of imageRef, snapshot_id, backup_id!') };
      return { status: 400, body: evs('EVS.5400', `Invalid input: ${error.field} ${error.rule}`) };
    }
  };

  const create = (operation: 'createVolume' | 'createVolumeV21', body: unknown): Answer => {
    const broken = problem(operation === 'createVolume' ? 'createVolumeRequest' : 'createVolumeV21Request', body);
    if (broken) return broken;
    const volume = (body as { volume: Record<string, unknown> }).volume;
    const snapshotId = typeof volume.snapshot_id === 'string' ? volume.snapshot_id : undefined;
    const size = Number(volume.size);
    let made = size;
    if (snapshotId !== undefined) {
      const snapshot = options.snapshot(snapshotId);
      if (!snapshot) return { status: 404, body: { itemNotFound: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } } };
      if (snapshot.status !== 'available') return { status: 400, body: evs('EVS.2043', 'The status of snapshot is not available or backing-up.') };
      const source = sourceDisk(snapshot.volume_id);
      if (volume.availability_zone !== source.availability_zone) return { status: 400, body: evs('EVS.2054', 'Cannot create volume from snapshot as the az is invalid!') };
      if (volume.volume_type !== source.volume_type)
        return { status: 400, body: evs('EVS.2096', `Target volumeType[${String(volume.volume_type)}] is not matched with snapshot[${source.volume_type}] !`) };
      if (size < snapshot.size) return { status: 400, body: evs('EVS.1010', 'invalid volume size!') };
      if (options.fault === 'wrong size') made = snapshot.size - 1;
    } else return { status: 400, body: evs('EVS.5400', 'the fake restores from snapshots only') };
    const disk: StoredDisk = {
      id: randomUUID(),
      status: 'creating',
      size: made,
      availability_zone: String(volume.availability_zone),
      volume_type: String(volume.volume_type),
      snapshot_id: options.fault === 'no snapshot_id' ? null : snapshotId,
      name: typeof volume.name === 'string' ? volume.name : '',
      created_at: options.timestamp(),
      bootable: 'false',
      metadata: { full_clone: '1' },
    };
    disks.set(disk.id, disk);
    const endsAt = options.fault === 'job never ends' ? Number.POSITIVE_INFINITY : now() + options.transitionMs;
    const job = newJob('createVolume', { volume_id: disk.id, volume_type: disk.volume_type, size: disk.size, name: disk.name }, endsAt);
    if (endsAt !== Number.POSITIVE_INFINITY) due.set(disk.id, { next: 'available', at: endsAt });
    const metadata = isRecord(volume.metadata) ? volume.metadata : {};
    const ids = operation === 'createVolumeV21' && metadata.create_for_volume_id === 'true' ? { volume_ids: [disk.id] } : {};
    return { status: options.cloud === 'otc' ? 200 : 202, body: { job_id: job.job_id, ...ids } };
  };

  const showJob = (id: string): Answer => {
    const job = jobs.get(id);
    if (!job) return { status: 400, body: { error: { code: 'Common.0011', message: 'query job fail.' } } };
    const ended = now() >= job.endsAt;
    return {
      status: 200,
      body: {
        status: ended ? 'SUCCESS' : 'RUNNING',
        job_id: job.job_id,
        job_type: job.job_type,
        begin_time: job.begin_time,
        end_time: ended ? jobTime(job.endsAt) : '',
        error_code: null,
        fail_reason: null,
        entities: job.entities,
      },
    };
  };

  const quotas = (): Answer => {
    const snapshots = options.snapshots().filter((s) => s.status !== 'deleting');
    const live = [...disks.keys()].map(settle).filter((disk): disk is StoredDisk => disk !== undefined);
    const entry = (inUse: number) => ({ limit: -1, in_use: inUse, reserved: 0 });
    const gigabytes = live.reduce((sum, disk) => sum + disk.size, 0) + snapshots.reduce((sum, s) => sum + s.size, 0);
    return {
      status: 200,
      body: { quota_set: { id: projectId, volumes: entry(live.length), snapshots: entry(snapshots.length), gigabytes: entry(gigabytes), per_volume_gigabytes: entry(0) } },
    };
  };

  const handle = (method: string, path: string, search: string, body: unknown): Answer | undefined => {
    const v2 = `/v2/${projectId}`;
    if (method === 'POST' && path === `${v2}/cloudvolumes`) return create('createVolume', body);
    if (method === 'POST' && path === `/v2.1/${projectId}/cloudvolumes`)
      return options.cloud === 'otc'
        ? {
            status: 404,
            body: { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment', request_id: randomBytes(16).toString('hex') },
          }
        : create('createVolumeV21', body);
    const job = new RegExp(`^/v1/${projectId}/jobs/([^/]+)$`).exec(path);
    if (job && method === 'GET') return showJob(job[1] ?? '');
    const quota = new RegExp(`^${v2}/os-quota-sets/([^/]+)$`).exec(path);
    if (quota && method === 'GET') return problem('showQuotasQuery', queryObject(search), true) ?? quotas();
    if (method === 'GET' && path === `${v2}/cloudvolumes/detail`) {
      const broken = problem('listVolumesQuery', queryObject(search), true);
      if (broken) return broken;
      const all = [...disks.keys()].map(settle).filter((disk): disk is StoredDisk => disk !== undefined);
      return { status: 200, body: { count: all.length, volumes: all } };
    }
    const item = new RegExp(`^${v2}/(cloudvolumes|os-vendor-volumes)/([^/]+)$`).exec(path);
    if (!item) return undefined;
    const id = item[2] ?? '';
    const disk = settle(id);
    if (!disk) return { status: 404, body: { itemNotFound: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } } };
    if (method === 'GET') return { status: 200, body: { volume: disk } };
    if (method === 'DELETE' && item[1] === 'cloudvolumes') {
      if (!['available', 'error'].includes(disk.status))
        return { status: 400, body: evs('EVS.1046', 'volume status must be available, error, error_extending, error_restoring, error_rollbacking when delete volume!') };
      disk.status = 'deleting';
      due.set(id, { next: 'gone', at: now() + options.deleteMs });
      return { status: 200, body: { job_id: newJob('deleteVolume', { volume_id: id }, now() + options.deleteMs).job_id } };
    }
    return undefined;
  };
  return { state: { disks, jobs }, sourceDisk, handle };
}
