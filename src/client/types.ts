// Names for the spec's types that the client's callers use.
import type { components, operations } from '../../generated/schema.js';

type Schemas = components['schemas'];

/** A snapshot as the service returns it. */
export type Snapshot = Schemas['Snapshot'];
/** One of the seven snapshot statuses. */
export type SnapshotStatus = Schemas['SnapshotStatus'];
/** The fields of the `snapshot` object of a create request. */
export type CreateSnapshotFields = Schemas['CreateSnapshotOption'];
/** The fields of the `snapshot` object of an update request. */
export type UpdateSnapshotChanges = Schemas['UpdateSnapshotOption'];
/** Any documented error body. */
export type ErrorResponse = Schemas['ErrorResponse'];
/** A snapshot as an item of the detailed list. */
export type SnapshotListItem = Schemas['SnapshotListItem'];
/** One page of the detailed list. */
export type SnapshotList = Schemas['SnapshotList'];
/** The query of a list request: filters plus `offset` and `limit`. */
export type ListSnapshotsQuery = NonNullable<operations['listSnapshots']['parameters']['query']>;
/** The filters of `listAllSnapshots`, which pages by itself. */
export type ListSnapshotsFilters = Omit<ListSnapshotsQuery, 'offset' | 'limit'>;
/** The fields of the `rollback` object of a rollback request. */
export type RollbackTarget = Schemas['RollbackOption'];
/** What an accepted rollback returns. */
export type RollbackResult = Schemas['RollbackResponse']['rollback'];

/** A disk as the service returns it. */
export type Volume = Schemas['Volume'];
/** One of the eighteen disk statuses. */
export type VolumeStatus = Schemas['VolumeStatus'];
/** The fields of the `volume` object of a disk create (both clouds). */
export type CreateVolumeFields = Schemas['CreateVolumeOption'];
/** The body of Huawei Cloud's create (`POST /v2.1/{project_id}/cloudvolumes`). */
export type CreateVolumeV21Request = Schemas['CreateVolumeV21Request'];
/** What an accepted disk create returns: the job, and on Huawei Cloud the order or the new disks' IDs. */
export type CreateVolumeResult = Schemas['CreateVolumeResponse'];
/** One page of the detailed list of disks. */
export type VolumeList = Schemas['VolumeList'];
/** The query of a disk list request: filters plus `marker`, `offset` and `limit`. */
export type ListVolumesQuery = NonNullable<operations['listVolumes']['parameters']['query']>;
/** The filters of `listAllVolumes`, which pages by itself. */
export type ListVolumesFilters = Omit<ListVolumesQuery, 'offset' | 'limit' | 'marker'>;
/** What an accepted disk delete returns. */
export type DeleteVolumeResult = Schemas['DeleteVolumeResponse'];
/** An asynchronous EVS task (`GET /v1/{project_id}/jobs/{job_id}`). */
export type Job = Schemas['Job'];
/** One of the job statuses the spec lists. */
export type JobStatus = Schemas['JobStatus'];
/** The quotas of a project and their use. */
export type QuotaSet = Schemas['QuotaSet'];
/** One quota: `limit` (-1 unlimited), `in_use` and `reserved`. */
export type QuotaEntry = Schemas['QuotaEntry'];
/** A disk's metadata: strings by key, some with a meaning (`full_clone`, `hw:passthrough`, ...). */
export type VolumeMetadata = Schemas['VolumeMetadata'];
/** A disk type the description knows (`SSD`, `ESSD`, ...). */
export type VolumeType = Schemas['VolumeType'];

type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** One page of the OpenStack-compatible summary list (`evs.cinder.listSnapshots`). */
export type CinderSnapshotSummaryList = Schemas['CinderSnapshotSummaryList'];
/** A snapshot as an item of the OpenStack-compatible summary list. */
export type CinderSnapshotSummary = Schemas['CinderSnapshotSummary'];
/** One page of the OpenStack-compatible detailed list (`evs.cinder.listSnapshotsDetail`). */
export type CinderSnapshotList = Schemas['CinderSnapshotList'];
/** A link to another page of an OpenStack-compatible list (`rel: 'next'`). */
export type CinderSnapshotLink = Schemas['Link'];
/**
 * The query of the summary list, on either path: the `/v2` parameters and the `/v3` ones (`sort_dir`, `sort_key`,
 * `name~`, ...), which the client refuses on `/v2` (`openStackApi: 'v2'`) before sending.
 */
export type CinderListSnapshotsQuery = QueryOf<'listCinderSnapshots'> & QueryOf<'listCinderSnapshotsV3'>;
/** The query of the detailed list, on either path (`availability_zone` is `/v2` only, `sort_dir` `/v3` only). */
export type CinderListSnapshotsDetailQuery = QueryOf<'listCinderSnapshotsDetail'> &
  QueryOf<'listCinderSnapshotsDetailV3'>;
/** The filters of `evs.cinder.listAllSnapshots`, which pages by itself (no marker, offset or limit). */
export type CinderSnapshotFilters = Omit<
  CinderListSnapshotsQuery & CinderListSnapshotsDetailQuery,
  'marker' | 'offset' | 'limit'
>;
/** A snapshot's metadata as read: string values by key, system keys (`__system__…`) included. */
export type SnapshotMetadata = Schemas['SnapshotMetadata'];
