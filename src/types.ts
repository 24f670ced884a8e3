// Names for the spec's types that the client's callers use.
import type { components } from '../generated/schema.js';

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
