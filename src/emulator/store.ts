// The emulator's state: disks and snapshots per project, snapshots kept in creation order so that
// the newest-first list pages by offset or marker at a cost that does not grow with the offset.
import type { snapshotStatuses } from '../../generated/spec-constants.js';
import type { ResolvedOptions, VolumeStatus } from './options.js';
import { defaultZone } from './options.js';
import { Timeline } from './timeline.js';
import { serviceTimestamp } from './timestamp.js';

/** The statuses of the spec's SnapshotStatus. */
export type SnapshotStatus = (typeof snapshotStatuses)[number];

export interface SnapshotRecord {
  /** Creation order over the whole emulator; the list is sorted by it, newest first. */
  readonly seq: number;
  readonly id: string;
  readonly projectId: string;
  status: SnapshotStatus;
  name: string | null;
  description: string | null;
  readonly createdAt: string;
  /** Set at creation and by every change: never null here, though the spec allows null. */
  updatedAt: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly volumeId: string;
  readonly size: number;
  readonly availabilityZone: string;
}

export interface VolumeRecord {
  readonly id: string;
  /** undefined: seeded for every project. */
  readonly projectId: string | undefined;
  readonly size: number;
  status: VolumeStatus;
  readonly availabilityZone: string;
  /** Set by a rollback that names the disk. */
  name: string | undefined;
}

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
   * Disks created on first use, per project and then by id: each project
   * has its own (a mistyped project id takes nothing from the right one).
   */
  private readonly created = new Map<string, Map<string, VolumeRecord>>();
  private createdCount = 0;
  readonly timeline = new Timeline();
  private seq = 0;
  private total = 0;

  constructor(private readonly options: ResolvedOptions) {
    this.reset();
  }

  reset(): void {
    this.projects.clear();
    this.seeded.clear();
    this.created.clear();
    this.createdCount = 0;
    this.timeline.clear();
    this.total = 0;
    for (const volume of this.options.seededVolumes) this.seeded.set(volume.id, { ...volume, name: undefined });
  }

  get snapshotCount(): number {
    return this.total;
  }

  settle(now: number): void {
    this.timeline.settle(now);
  }

  snapshotsOf(projectId: string): ProjectSnapshots | undefined {
    return this.projects.get(projectId);
  }

  snapshot(projectId: string, id: string): SnapshotRecord | undefined {
    return this.projects.get(projectId)?.byId.get(id);
  }

  /** The disk a project may use: a seeded one for every project or for this one, or one it created on first use. */
  volume(projectId: string, id: string): VolumeRecord | undefined {
    const seeded = this.seeded.get(id);
    if (seeded) return seeded.projectId === undefined || seeded.projectId === projectId ? seeded : undefined;
    return this.created.get(projectId)?.get(id);
  }

  /**
   * The disk a create names, made for this project on first use when the options say so.
   * undefined: no such disk (auto-creation off, or a seeded disk of another project); `full`:
   * maxVolumes disks were created already (counted apart from snapshots, so maxSnapshots is about snapshots only).
   */
  volumeForCreate(projectId: string, id: string): VolumeRecord | 'full' | undefined {
    const known = this.volume(projectId, id);
    if (known || !this.options.autoCreateVolumes || this.seeded.has(id)) return known;
    if (this.createdCount >= this.options.maxVolumes) return 'full';
    const volume: VolumeRecord = {
      id,
      projectId,
      size: 10,
      status: 'available',
      availabilityZone: defaultZone,
      name: undefined,
    };
    let own = this.created.get(projectId);
    if (!own) {
      own = new Map();
      this.created.set(projectId, own);
    }
    own.set(id, volume);
    this.createdCount++;
    return volume;
  }

  add(fields: Omit<SnapshotRecord, 'seq' | 'createdAt' | 'updatedAt'>, now: number): SnapshotRecord {
    const created = serviceTimestamp(now);
    const record: SnapshotRecord = { ...fields, seq: this.seq++, createdAt: created, updatedAt: created };
    let project = this.projects.get(fields.projectId);
    if (!project) {
      project = new ProjectSnapshots();
      this.projects.set(fields.projectId, project);
    }
    project.ordered.push(record);
    project.byId.set(record.id, record);
    this.total++;
    return record;
  }

  remove(record: SnapshotRecord): void {
    const project = this.projects.get(record.projectId);
    if (!project || project.byId.get(record.id) !== record) return;
    project.byId.delete(record.id);
    project.ordered.splice(project.indexOf(record), 1);
    this.total--;
  }

  /** A plain copy of everything, for `state()` and `GET /__emulator/state`. */
  view(): EmulatorState {
    return {
      projects: Object.fromEntries(
        [...this.projects].map(([id, project]) => [
          id,
          { snapshots: [...project.ordered].reverse().map((record) => snapshotJson(record, true)) },
        ]),
      ),
      volumes: [...this.seeded.values(), ...[...this.created.values()].flatMap((own) => [...own.values()])].map(
        (volume) => ({
          id: volume.id,
          projectId: volume.projectId ?? null,
          size: volume.size,
          status: volume.status,
          availability_zone: volume.availabilityZone,
          name: volume.name ?? null,
        }),
      ),
      pendingChanges: this.timeline.size,
    };
  }
}

export interface EmulatorState {
  /** Per project, its snapshots newest first, as the list shows them. */
  projects: Record<string, { snapshots: Record<string, unknown>[] }>;
  volumes: {
    id: string;
    projectId: string | null;
    size: number;
    status: VolumeStatus;
    availability_zone: string;
    name: string | null;
  }[];
  /** Lifecycle changes scheduled and not yet due. */
  pendingChanges: number;
}

const progressOf = (status: SnapshotStatus): string => (status === 'creating' || status === 'error' ? '0%' : '100%');

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
