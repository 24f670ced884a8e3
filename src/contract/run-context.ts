// What a run knows as it goes, built once per run (and once per plan or probe) by one function:
// the target's project and disk, the snapshots the run made, what it set on each, the pages of its
// paging scenarios. Scenarios build their requests from it; checks compare answers with it.

/** What the run knows a snapshot holds: the fields it sent, merged over the run. */
export interface Expected {
  volume_id: string;
  name?: string | undefined;
  description?: string | null | undefined;
  metadata?: Record<string, string> | undefined;
  /** User metadata keys the run removed (a PUT that replaced them, a DELETE of the key): every read must lack them. */
  removedKeys?: string[] | undefined;
}

/** The OpenStack-compatible families: v2 in every run unless left out, v3 only when asked for. */
export type OpenStackFamily = 'openstack' | 'openstack-v3';

/** An answer of one family about a snapshot, kept so that a read in the other family is compared with it. */
export interface Seen {
  /** The family as a report names it: `cloudsnapshots`, `Cinder v2 (/v2/{project_id}/snapshots)`, … */
  family: string;
  /** The operation that answered it. */
  operationId: string;
  snapshot: Record<string, unknown>;
}

/** One page of a list answer: its count and the (lower-case) ids on it. */
export interface ListPage {
  count: number;
  ids: string[];
}

/**
 * A disk the run made (a restore, or a rule break a lax server accepted): its id once known (the
 * create answer's `volume_ids` or its job's `entities.volume_id`), and the job that makes it.
 */
export interface MadeDisk {
  id: string | undefined;
  jobId: string | undefined;
  deleted: boolean;
  /** The size it was asked for, for the quota's gigabytes. */
  size: number;
}

/** What the restore scenarios learn as they go: the source disk, the request, the job and the disk it made. */
export interface RestoreState {
  zone?: string;
  type?: string;
  /** The snapshot's size, from its create answer or a show. */
  snapshotSize?: number;
  /** The source disk's size. */
  sourceSize?: number;
  /** The restored disk was seen available (the quota counts it from then on). */
  available?: boolean;
  jobId?: string;
  diskId?: string;
}

export interface RunContext {
  projectId: string;
  volumeId: string;
  /** The snapshot the first create made; the show, update, rollback and delete scenarios use it. */
  snapshotId: string | undefined;
  /** Snapshots made by the create scenarios other than the first, for the clean-up scenarios. */
  others: string[];
  /** Every snapshot the run created, including any a negative scenario should not have made. */
  created: string[];
  /** What the run set on each snapshot it created, by lower-case id: behaviour checks compare answers with it. */
  expected: Map<string, Expected>;
  /** The pages of the paging scenarios so far, in order. */
  pages: ListPage[];
  /** The size of each snapshot the run created, by lower-case id (for the quota's gigabytes). */
  sizes: Map<string, number>;
  /** Every disk the run made, in order: the clean-up deletes them before the snapshots. */
  disks: MadeDisk[];
  restore: RestoreState;
  /** The snapshot the Cinder create made; the Cinder, metadata and cross-family scenarios use it. */
  cinderSnapshotId: string | undefined;
  /** Why a family is not served (its probe answered 404): its scenarios and generated cases are skipped with it. */
  unserved: Partial<Record<OpenStackFamily, string>>;
  /** The last answer about each snapshot (lower-case id) of a show, update or create, with its family. */
  seen: Map<string, Seen>;
  /** The ids of the marker paging so far (lower-case, in order). */
  markerPages: string[][];
}

/** A run's context before anything was sent; `known` sets what a plan or a probe takes as made already. */
export const newRunContext = (
  projectId: string,
  volumeId: string,
  known: Partial<Pick<RunContext, 'snapshotId' | 'others' | 'cinderSnapshotId'>> = {},
): RunContext => ({
  projectId,
  volumeId,
  snapshotId: known.snapshotId,
  others: known.others ?? [],
  created: [],
  expected: new Map(),
  pages: [],
  sizes: new Map(),
  disks: [],
  restore: {},
  cinderSnapshotId: known.cinderSnapshotId,
  unserved: {},
  seen: new Map(),
  markerPages: [],
});
