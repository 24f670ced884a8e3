// The public surface of the package.
export { createEvsClient, type CallOptions, type EvsClient, type ListAllOptions } from './client.js';
export type { EvsClientOptions } from './config.js';
export type { EvsAuth, TokenAuth } from './auth/index.js';
export type { AkSkAuth } from './auth/aksk.js';
// signRequest itself is exported from 'evs-snapshot-openapi/signing', so that token users never load it.
export type { CredentialSigningForm, SignableRequest, SignatureHeaders, SigningCredentials, SigningForm, SigningOptions } from './auth/credentials.js';
export {
  EvsApiError,
  EvsError,
  EvsNetworkError,
  EvsRedirectError,
  EvsResponseError,
  EvsSnapshotStateError,
  EvsTimeoutError,
  EvsValidationError,
  EvsWaitTimeoutError,
  parseErrorBody,
} from './errors.js';
export { defaultPollIntervalMs, defaultWaitTimeoutMs, type WaitOptions, type WaitProgress, type WaitTarget } from './wait.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry.js';
export type { RetryEvent } from './transport.js';
export { reservedNamePrefix } from './validation.js';
export { maxBytes, regionEndpoints, snapshotStatuses, type EvsRegion } from '../generated/spec-constants.js';
export type {
  CreateSnapshotFields,
  ErrorResponse,
  ListSnapshotsFilters,
  ListSnapshotsQuery,
  RollbackResult,
  RollbackTarget,
  Snapshot,
  SnapshotList,
  SnapshotListItem,
  SnapshotStatus,
  UpdateSnapshotChanges,
} from './types.js';
export type { components, operations, paths } from '../generated/schema.js';
