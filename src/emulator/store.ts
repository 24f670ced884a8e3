// The emulator's state: per project its snapshots (kept in creation order so that the newest-first
// list pages by offset or marker at a cost that does not grow with the offset), its disks, its
// jobs, and the answers X-Client-Token repeats. Disks seeded by the options, disks created on
// first use and disks a create makes are the same records: listed, shown, deleted alike.
import { applyChange, type Change } from './changes.js';
import type { JobRecord } from './jobs.js';
import type { ResolvedOptions } from './options.js';
import {
  defaultVolumeType,
  defaultZone,
  enterpriseProject,
  type NewVolume,
  type SnapshotRecord,
  type SnapshotStatus,
  type VolumeRecord,
} from './records.js';
import type { LoadedState } from './state-read.js';
import { Timeline } from './timeline.js';

export type { NewVolume, SnapshotRecord, SnapshotStatus, VolumeRecord } from './records.js';
export { enterpriseProject } from './records.js';

import { serviceTimestamp } from './timestamp.js';

/** An answer X-Client-Token gives again, and when it was first given. */
interface RememberedAnswer {
  at: number;
  status: number;
  body: unknown;
}

/** Jobs and remembered answers kept at most; past it the oldest goes (the emulator's bound on memory). */
export const keptJobs = 100_000;
/** How long an X-Client-Token is remembered: 8 hours (Huawei Cloud's page). */
export const clientTokenMs = 8 * 3600 * 1000;

class ProjectSnapshots {
  /** Ascending `seq`: oldest first. */
  readonly ordered: SnapshotRecord[] = [];
  readonly byId = new Map<string, SnapshotRecord>();

  /** Position of a snapshot in `ordered`, by binary search on its seq. */
  indexOf(record: SnapshotRecord): number {
    let low = 0;
    let high = this.ordered.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const seq = this.ordered[middle]!.seq;
      if (seq === record.seq) return middle;
      if (seq < record.seq) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

export class Store {
  private readonly projects = new Map<string, ProjectSnapshots>();
  /** Seeded disks, by id: for every project, or for the one they name. */
  private readonly seeded = new Map<string, VolumeRecord>();
  /**
   * Disks the emulator made (on first use or by a create), per project and then by id: each
   * project has its own (a mistyped project id takes nothing from the right one).
   */
  private readonly created = new Map<string, Map<string, VolumeRecord>>();
  private createdCount = 0;
  /** Jobs by id, oldest first. */
  private readonly jobs = new Map<string, JobRecord>();
  /** Answers by project and X-Client-Token, oldest first. */
  private readonly clientTokens = new Map<string, RememberedAnswer>();
  readonly timeline = new Timeline<Change>();
  private seq = 0;
  private total = 0;

  constructor(private readonly options: ResolvedOptions) {
    this.reset();
  }

  /** Back to the start: the fixtures when there are some, else the seeded disks alone. */
  reset(): void {
    if (this.options.fixtures) {
      this.load(this.options.fixtures);
      return;
    }
    this.clear();
    const now = this.options.now();
    for (const volume of this.options.seededVolumes)
      this.seeded.set(volume.id, this.record({ ...plainDisk(volume.id, volume.projectId), ...volume }, now));
  }

  private clear(): void {
    this.projects.clear();
    this.seeded.clear();
    this.created.clear();
    this.jobs.clear();
    this.clientTokens.clear();
    this.createdCount = 0;
    this.timeline.clear();
    this.total = 0;
    this.seq = 0;
  }

  /**
   * Replaces everything with a state read and checked already (state-read.ts); the records are
   * copies, so the same state loads again unchanged (a reset to the fixtures).
   */
  load(state: LoadedState): void {
    this.clear();
    for (const { fields, seeded, createdAt, updatedAt } of state.volumes) {
      const volume: VolumeRecord = {
        ...fields,
        metadata: { ...fields.metadata },
        seq: this.seq++,
        createdAt,
        updatedAt,
        snapshots: 0,
      };
      if (seeded) this.seeded.set(volume.id, volume);
      else {
        this.keepCreated(volume);
      }
    }
    for (const fields of state.snapshots) this.insert({ ...fields, seq: this.seq++ });
    for (const job of state.jobs) this.addJob(copyJob(job));
    for (const change of state.changes) this.schedule(change);
  }

  get snapshotCount(): number {
    return this.total;
  }

  /** Schedules a lifecycle change at its time. */
  schedule(change: Change): void {
    this.timeline.schedule(change.at, () => applyChange(this, change), change);
  }

  /** A job's run: `RUNNING` at the next request (a change due now applies when it settles), then its end. */
  runJob(
    job: JobRecord,
    now: number,
    delayMs: number,
    end: Pick<Extract<Change, { kind: 'jobEnd' }>, 'action' | 'volumeIds' | 'ok'>,
  ): void {
    this.schedule({ kind: 'jobRunning', at: now, projectId: job.projectId, jobId: job.id });
    this.schedule({ kind: 'jobEnd', at: now + delayMs, projectId: job.projectId, jobId: job.id, ...end });
  }

  /** Applies the changes due; returns how many. */
  settle(now: number): number {
    return this.timeline.settle(now);
  }

  snapshotsOf(projectId: string): ProjectSnapshots | undefined {
    return this.projects.get(projectId);
  }

  snapshot(projectId: string, id: string): SnapshotRecord | undefined {
    return this.projects.get(projectId)?.byId.get(id);
  }

  /** The disk a project may use: a seeded one for every project or for this one, or one made for it. */
  volume(projectId: string, id: string): VolumeRecord | undefined {
    const seeded = this.seeded.get(id);
    if (seeded) return seeded.projectId === undefined || seeded.projectId === projectId ? seeded : undefined;
    return this.created.get(projectId)?.get(id);
  }

  /** Every disk a project sees, in no particular order. */
  volumesOf(projectId: string): VolumeRecord[] {
    const seen: VolumeRecord[] = [];
    for (const volume of this.seeded.values())
      if (volume.projectId === undefined || volume.projectId === projectId) seen.push(volume);
    for (const volume of this.created.get(projectId)?.values() ?? []) seen.push(volume);
    return seen;
  }

  /** Whether `count` more disks fit under maxVolumes. */
  roomForVolumes(count: number): boolean {
    return this.createdCount + count <= this.options.maxVolumes;
  }

  /**
   * The disk a snapshot create names, made for this project on first use when the options say so.
   * undefined: no such disk (auto-creation off, or a seeded disk of another project); `full`:
   * maxVolumes disks were made already (counted apart from snapshots, so maxSnapshots is about snapshots only).
   */
  volumeForCreate(projectId: string, id: string, now: number): VolumeRecord | 'full' | undefined {
    const known = this.volume(projectId, id);
    if (known || !this.options.autoCreateVolumes || this.seeded.has(id)) return known;
    if (!this.roomForVolumes(1)) return 'full';
    return this.addVolume(plainDisk(id, projectId), now);
  }

  /** A new disk of its project (the caller has checked maxVolumes). */
  addVolume(fields: NewVolume, now: number): VolumeRecord {
    const volume = this.record(fields, now);
    this.keepCreated(volume);
    return volume;
  }

  /** A disk of one project (not seeded), counted against maxVolumes: a loaded one or a new one alike. */
  private keepCreated(volume: VolumeRecord): void {
    const projectId = volume.projectId ?? '';
    let own = this.created.get(projectId);
    if (!own) {
      own = new Map();
      this.created.set(projectId, own);
    }
    own.set(volume.id, volume);
    this.createdCount++;
  }

  removeVolume(volume: VolumeRecord): void {
    if (this.seeded.get(volume.id) === volume) {
      this.seeded.delete(volume.id);
      return;
    }
    const own = volume.projectId === undefined ? undefined : this.created.get(volume.projectId);
    if (own?.get(volume.id) !== volume) return;
    own.delete(volume.id);
    this.createdCount--;
  }

  private record(fields: NewVolume, now: number): VolumeRecord {
    const at = serviceTimestamp(now);
    return { ...fields, seq: this.seq++, createdAt: at, updatedAt: at, snapshots: 0 };
  }

  add(fields: Omit<SnapshotRecord, 'seq' | 'createdAt' | 'updatedAt'>, now: number): SnapshotRecord {
    const created = serviceTimestamp(now);
    return this.insert({ ...fields, seq: this.seq++, createdAt: created, updatedAt: created });
  }

  private insert(record: SnapshotRecord): SnapshotRecord {
    let project = this.projects.get(record.projectId);
    if (!project) {
      project = new ProjectSnapshots();
      this.projects.set(record.projectId, project);
    }
    project.ordered.push(record);
    project.byId.set(record.id, record);
    this.total++;
    const volume = this.volume(record.projectId, record.volumeId);
    if (volume) volume.snapshots++;
    return record;
  }

  remove(record: SnapshotRecord): void {
    const project = this.projects.get(record.projectId);
    if (!project || project.byId.get(record.id) !== record) return;
    project.byId.delete(record.id);
    project.ordered.splice(project.indexOf(record), 1);
    this.total--;
    // A disk is not deleted while it has snapshots, so the snapshot's disk is still there.
    const volume = this.volume(record.projectId, record.volumeId);
    if (volume) volume.snapshots--;
  }

  addJob(job: JobRecord): void {
    this.jobs.set(job.id, job);
    if (this.jobs.size > keptJobs) this.jobs.delete(this.jobs.keys().next().value as string);
  }

  /** A job of this project; another project's job is not found, as an unknown one. */
  job(projectId: string, id: string): JobRecord | undefined {
    const job = this.jobs.get(id);
    return job?.projectId === projectId ? job : undefined;
  }

  /** The answer a create with this X-Client-Token gave within the last 8 hours. */
  rememberedAnswer(projectId: string, token: string, now: number): { status: number; body: unknown } | undefined {
    const key = `${projectId}\n${token}`;
    const found = this.clientTokens.get(key);
    if (found && now - found.at < clientTokenMs) return found;
    if (found) this.clientTokens.delete(key);
    return undefined;
  }

  rememberAnswer(projectId: string, token: string, now: number, status: number, body: unknown): void {
    this.clientTokens.set(`${projectId}\n${token}`, { at: now, status, body });
    if (this.clientTokens.size > keptJobs) this.clientTokens.delete(this.clientTokens.keys().next().value as string);
  }

  /** Per project, its snapshots oldest first (the live arrays: callers copy what they keep). */
  projectSnapshots(): [string, readonly SnapshotRecord[]][] {
    return [...this.projects].map(([id, project]) => [id, project.ordered]);
  }

  /** Every disk in creation order, and whether it is seeded. */
  allVolumes(): { volume: VolumeRecord; seeded: boolean }[] {
    return [
      ...[...this.seeded.values()].map((volume) => ({ volume, seeded: true })),
      ...[...this.created.values()].flatMap((own) => [...own.values()].map((volume) => ({ volume, seeded: false }))),
    ].sort((a, b) => a.volume.seq - b.volume.seq);
  }

  /** Every job kept, oldest first. */
  allJobs(): JobRecord[] {
    return [...this.jobs.values()];
  }
}

const copyJob = (job: JobRecord): JobRecord => ({ ...job, subJobs: job.subJobs?.map(copyJob) });

/** A disk as the options seed it or first use makes it: 10 GB SSD in the default zone, available, empty. */
function plainDisk(id: string, projectId: string | undefined): NewVolume {
  return {
    id,
    projectId,
    size: 10,
    status: 'available',
    availabilityZone: defaultZone,
    volumeType: defaultVolumeType,
    name: null,
    description: null,
    snapshotId: null,
    metadata: {},
    multiattach: false,
    tags: {},
    enterpriseProjectId: enterpriseProject,
  };
}

export const progressOf = (status: SnapshotStatus): string =>
  status === 'creating' || status === 'error' ? '0%' : '100%';

/** The snapshot as the API shows it, fields in the order of the reference; list items add service_type. */
export function snapshotJson(record: SnapshotRecord, listItem: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: record.id,
    status: record.status,
    name: record.name,
    description: record.description,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    metadata: record.metadata,
    volume_id: record.volumeId,
    size: record.size,
    'os-extended-snapshot-attributes:progress': progressOf(record.status),
    'os-extended-snapshot-attributes:project_id': record.projectId,
  };
  if (listItem) json.service_type = 'EVS';
  return json;
}

/**
 * The disk as show and list give it, with every field of the spec's Volume that a real answer
 * carries; `projectId` is the project asking (a disk seeded for all is each one's), `origin` the
 * address the request came to, for the links (which point at the Cinder path, as the examples do).
 */
export function volumeJson(volume: VolumeRecord, projectId: string, origin: string): Record<string, unknown> {
  return {
    id: volume.id,
    name: volume.name,
    description: volume.description,
    status: volume.status,
    size: volume.size,
    availability_zone: volume.availabilityZone,
    volume_type: volume.volumeType,
    snapshot_id: volume.snapshotId,
    source_volid: null,
    bootable: 'false',
    encrypted: false,
    metadata: volume.metadata,
    created_at: volume.createdAt,
    updated_at: volume.updatedAt,
    attachments: [],
    links: [
      { href: `${origin}/v2/${projectId}/volumes/${volume.id}`, rel: 'self' },
      { href: `${origin}/${projectId}/volumes/${volume.id}`, rel: 'bookmark' },
    ],
    service_type: 'EVS',
    multiattach: volume.multiattach,
    shareable: String(volume.multiattach),
    tags: volume.tags,
    enterprise_project_id: volume.enterpriseProjectId,
    'os-vol-tenant-attr:tenant_id': projectId,
    replication_status: 'disabled',
  };
}
