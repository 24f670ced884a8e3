// The records the store holds (snapshots and disks) and the defaults of a disk, apart from the
// store itself, so that what reads a state (state-read.ts) and what changes one (changes.ts) need
// not import the store, nor the options the store is made from.
import type { requestSchemas } from '../../generated/request-schemas.js';
import type { snapshotStatuses } from '../../generated/spec-constants.js';

/** Every disk status of the spec (VolumeStatus): a disk the emulator runs may reach any of several more. */
export type VolumeStatus = (typeof requestSchemas.listVolumesQuery.properties.status.enum)[number];
export const defaultVolumeType = 'SSD';
export const defaultZone = 'eu-de-01';
/** The enterprise project every emulated disk and snapshot is in unless a create names one: Huawei Cloud's default. */
export const enterpriseProject = '0';

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
  /** Replaced whole by the metadata calls, never changed in place (a loaded state's records share nothing). */
  metadata: Readonly<Record<string, string>>;
  readonly volumeId: string;
  readonly size: number;
  readonly availabilityZone: string;
  /** The type of its source disk when it was taken: a restore must name the same (EVS.2096). */
  readonly volumeType: string;
}

export interface VolumeRecord {
  /** Creation order over the whole emulator: the disk list's default order. */
  readonly seq: number;
  readonly id: string;
  /** undefined: seeded for every project. */
  readonly projectId: string | undefined;
  readonly size: number;
  status: VolumeStatus;
  readonly availabilityZone: string;
  readonly volumeType: string;
  /** Set by a create, and by a rollback that names the disk. */
  name: string | null;
  readonly description: string | null;
  /** The snapshot a restore made it from. */
  readonly snapshotId: string | null;
  readonly metadata: Record<string, string>;
  readonly multiattach: boolean;
  readonly tags: Readonly<Record<string, string>>;
  readonly enterpriseProjectId: string;
  readonly createdAt: string;
  updatedAt: string;
  /** Its snapshots not yet gone (in every project, for a disk seeded for all): a delete waits for none. */
  snapshots: number;
}

/** What a disk record needs beyond what the store sets (seq, times, snapshot count). */
export type NewVolume = Omit<VolumeRecord, 'seq' | 'createdAt' | 'updatedAt' | 'snapshots'>;
