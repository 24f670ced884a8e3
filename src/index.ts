// The public surface of the package.
export { createEvsClient, type CallOptions, type EvsClient } from './client.js';
export type { EvsClientOptions } from './config.js';
export type { EvsAuth, TokenAuth } from './auth/index.js';
export { EvsApiError, EvsError, EvsNetworkError, EvsResponseError, EvsTimeoutError, EvsValidationError, parseErrorBody } from './errors.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry.js';
export type { RetryEvent } from './transport.js';
export { reservedNamePrefix } from './validation.js';
export { maxBytes, regionEndpoints, snapshotStatuses, type EvsRegion } from '../generated/spec-constants.js';
export type { CreateSnapshotFields, ErrorResponse, Snapshot, SnapshotStatus, UpdateSnapshotChanges } from './types.js';
export type { components, operations, paths } from '../generated/schema.js';
