// The public surface of the package root, `evs-snapshot-openapi`.

export type { components, operations, paths } from '../../generated/schema.js';
export {
  type EvsRegion,
  maxBytes,
  regionEndpoints,
  reservedNamePrefix,
  snapshotStatuses,
} from '../../generated/spec-constants.js';
export { parseErrorBody } from '../shared/error-body.js';
// signRequest itself is exported from 'evs-snapshot-openapi/signing', so that token users never load it.
export type {
  AkSkAuth,
  CredentialSigningForm,
  EvsAuth,
  SignableRequest,
  SignatureHeaders,
  SigningCredentials,
  SigningForm,
  SigningOptions,
  TokenAuth,
} from './auth/types.js';
export {
  type CallOptions,
  createEvsClient,
  type EvsClient,
  type ListAllOptions,
  type NamingCallOptions,
} from './client.js';
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
} from './errors.js';
export type { EvsClientOptions } from './options.js';
export { EvsResponse } from './request.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
export type { RetryEvent } from './transport.js';
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
export {
  defaultPollIntervalMs,
  defaultWaitTimeoutMs,
  type WaitOptions,
  type WaitProgress,
  type WaitTarget,
} from './wait.js';
