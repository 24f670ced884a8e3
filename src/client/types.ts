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
