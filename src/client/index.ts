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
  type ClientTokenCallOptions,
  createEvsClient,
  type EvsClient,
  type ListAllOptions,
  type NamingCallOptions,
} from './client.js';
export {
  EvsApiError,
  EvsError,
  EvsJobFailedError,
  EvsNetworkError,
  EvsRedirectError,
  EvsResponseError,
  EvsRestoreError,
  EvsSnapshotStateError,
  EvsTimeoutError,
  EvsValidationError,
  EvsVolumeStateError,
  EvsWaitTimeoutError,
  type WaitedResource,
} from './errors.js';
export {
  defaultFollowTimeoutMs,
  type FollowOptions,
  type FollowProgress,
  fatalVolumeStatuses,
  notFoundReadsAllowed,
} from './follow.js';
export type { RestoreApi, RestoreOptions } from './input.js';
export type {
  CinderCallOptions,
  CinderListAllOptions,
  CinderNamingCallOptions,
  EvsCinder,
  EvsSnapshotMetadata,
} from './openstack.js';
export type { EvsClientOptions, OpenStackApi } from './options.js';
export { EvsResponse } from './request.js';
export { restorableStatuses } from './restore.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
export type { RetryEvent } from './transport.js';
export type {
  CinderListSnapshotsDetailQuery,
  CinderListSnapshotsQuery,
  CinderSnapshotFilters,
  CinderSnapshotLink,
  CinderSnapshotList,
  CinderSnapshotSummary,
  CinderSnapshotSummaryList,
  CreateSnapshotFields,
  CreateVolumeFields,
  CreateVolumeResult,
  CreateVolumeV21Request,
  DeleteVolumeResult,
  ErrorResponse,
  Job,
  JobStatus,
  ListSnapshotsFilters,
  ListSnapshotsQuery,
  ListVolumesFilters,
  ListVolumesQuery,
  QuotaEntry,
  QuotaSet,
  RollbackResult,
  RollbackTarget,
  Snapshot,
  SnapshotList,
  SnapshotListItem,
  SnapshotMetadata,
  SnapshotStatus,
  UpdateSnapshotChanges,
  Volume,
  VolumeList,
  VolumeMetadata,
  VolumeStatus,
  VolumeType,
} from './types.js';
export {
  defaultPollIntervalMs,
  defaultWaitTimeoutMs,
  type WaitOptions,
  type WaitProgress,
  type WaitTarget,
} from './wait.js';
