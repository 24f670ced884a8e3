// The public surface of the package root, `evs-snapshot-openapi`.
export { createEvsClient, type CallOptions, type EvsClient, type ListAllOptions, type NamingCallOptions } from './client.js';
export type { EvsClientOptions } from './options.js';
// signRequest itself is exported from 'evs-snapshot-openapi/signing', so that token users never load it.
export type { AkSkAuth, CredentialSigningForm, EvsAuth, SignableRequest, SignatureHeaders, SigningCredentials, SigningForm, SigningOptions, TokenAuth } from './auth/types.js';
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
export { parseErrorBody } from '../shared/error-body.js';
export { EvsResponse } from './request.js';
export { defaultPollIntervalMs, defaultWaitTimeoutMs, type WaitOptions, type WaitProgress, type WaitTarget } from './wait.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
export type { RetryEvent } from './transport.js';
export { maxBytes, regionEndpoints, reservedNamePrefix, snapshotStatuses, type EvsRegion } from '../../generated/spec-constants.js';
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
export type { components, operations, paths } from '../../generated/schema.js';
