// The one shape of the emulator's whole state: what `state()` and GET /__emulator/state give,
// what --state keeps in its file, and what --fixtures and PUT /__emulator/state load. Snapshots,
// disks and jobs are written as the API shows them (so the spec's schemas check them), with the
// few fields the emulator needs beside them; timed changes with their absolute time, so that they
// apply when due whenever the state is loaded again.
import type { Change } from './changes.js';
import { jobJson } from './jobs.js';
import type { VolumeStatus } from './records.js';
import { stateVersion } from './state-read.js';
import { progressOf, type SnapshotRecord, type Store } from './store.js';

/** A snapshot as the list shows it, with the zone and type of its source disk (a restore checks both). */
export type StateSnapshot = Record<string, unknown> & { id: string; availability_zone: string; volume_type: string };

export interface StateVolume {
  /** null: seeded for every project. */
  projectId: string | null;
  /** Seeded (by options, --volume or a fixture): not counted in maxVolumes, never made again on first use elsewhere. */
  seeded: boolean;
  id: string;
  name: string | null;
  description: string | null;
  status: VolumeStatus;
  size: number;
  availability_zone: string;
  volume_type: string;
  snapshot_id: string | null;
  metadata: Record<string, string>;
  multiattach: boolean;
  tags: Record<string, string>;
  enterprise_project_id: string;
  created_at: string;
  updated_at: string;
}

/** A change not yet due: its time as an ISO 8601 string, the rest as scheduled. */
export type StateChange = Omit<Change, 'at'> & { at: string };

export interface EmulatorState {
  /** The format's version (stateVersion). */
  version: number;
  /** Per project, its snapshots newest first, as the list shows them. */
  projects: Record<string, { snapshots: StateSnapshot[] }>;
  /** Every disk, in creation order (the disk list's default order). */
  volumes: StateVolume[];
  /** Every job kept, oldest first, as showJob answers it, with its project. */
  jobs: Record<string, unknown>[];
  /** The lifecycle changes not yet due, in the order they will apply. */
  changes: StateChange[];
  /** Where the seeded generator of ids stands, so that ids go on from there rather than repeat. */
  random: number;
}

/** The state of a store, with the generator's position. */
export function stateOf(store: Store, random: number): EmulatorState {
  return {
    version: stateVersion,
    projects: Object.fromEntries(
      store.projectSnapshots().map(([id, ordered]) => [
        id,
        {
          snapshots: newestFirst(ordered),
        },
      ]),
    ),
    volumes: store.allVolumes().map(({ volume, seeded }) => ({
      projectId: volume.projectId ?? null,
      seeded,
      id: volume.id,
      name: volume.name,
      description: volume.description,
      status: volume.status,
      size: volume.size,
      availability_zone: volume.availabilityZone,
      volume_type: volume.volumeType,
      snapshot_id: volume.snapshotId,
      metadata: { ...volume.metadata },
      multiattach: volume.multiattach,
      tags: { ...volume.tags },
      enterprise_project_id: volume.enterpriseProjectId,
      created_at: volume.createdAt,
      updated_at: volume.updatedAt,
    })),
    jobs: store.allJobs().map((job) => ({ projectId: job.projectId, ...jobJson(job) })),
    changes: store.timeline.pending().map((change) => ({ ...change, at: new Date(change.at).toISOString() })),
    random,
  };
}

/**
 * A project's snapshots as the state shows them, newest first. Built field by field into one
 * literal rather than spread over snapshotJson's: copying 100,000 objects with `:` keys made a
 * save three times slower (scripts/bench/state.ts).
 */
function newestFirst(ordered: readonly SnapshotRecord[]): StateSnapshot[] {
  const shown: StateSnapshot[] = new Array(ordered.length);
  for (let index = 0; index < ordered.length; index++) {
    const record = ordered[index]!;
    // The fields of snapshotJson(record, true), in its order (a test holds the two the same).
    shown[ordered.length - 1 - index] = {
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
      service_type: 'EVS',
      availability_zone: record.availabilityZone,
      volume_type: record.volumeType,
    };
  }
  return shown;
}
