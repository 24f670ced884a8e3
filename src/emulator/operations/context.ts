// What an operation of the emulator gets: its input read and checked by the spec's rules (the
// snapshot of the path found, the body and the query typed as the spec types them), the state,
// the time, and the means to make ids. Operations are synchronous, so each one sees and leaves
// a consistent state.
import type { operations as SpecOperations } from '../../../generated/schema.js';
import type { OperationId, operations } from '../../../generated/spec-constants.js';
import type { EmulatorRequest } from '../exchange.js';
import type { JobRecord } from '../jobs.js';
import type { ResolvedOptions } from '../options.js';
import type { SnapshotRecord, Store, VolumeRecord } from '../store.js';

type Row<Op extends OperationId> = (typeof operations)[Op];

/** The names of the path parameters of an operation (of every operation by default), from the operations table. */
export type PathParameterName<Op extends OperationId = OperationId> = Row<Op>['parameters']['path'][number]['name'];

/** The JSON body of an operation as the spec types it; undefined for an operation without one. */
export type BodyOf<Op extends OperationId> = SpecOperations[Op] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : undefined;

/**
 * The query of an operation as the spec types it (numbers and arrays coerced); undefined for an operation without one.
 */
export type QueryOf<Op extends OperationId> = Row<Op>['query'] extends null
  ? undefined
  : NonNullable<SpecOperations[Op]['parameters']['query']>;

/** The request targets that check a query (generated/request-validators.ts). */
export type QueryTarget = NonNullable<Row<OperationId>['query']>;

export interface OperationContext<Op extends OperationId = OperationId> {
  request: EmulatorRequest;
  projectId: string;
  /** The snapshot the path names, found in the project (operations on one snapshot). */
  snapshot: 'snapshot_id' extends PathParameterName<Op> ? SnapshotRecord : undefined;
  /** The disk the path names, found in the project (operations on one disk). */
  volume: 'volume_id' extends PathParameterName<Op> ? VolumeRecord : undefined;
  /** The job the path names, found in the project. */
  job: 'job_id' extends PathParameterName<Op> ? JobRecord : undefined;
  /** The metadata key the path names, decoded (never `.` or `..`). */
  key: 'key' extends PathParameterName<Op> ? string : undefined;
  /** The project whose quotas are asked for. */
  targetProjectId: 'target_project_id' extends PathParameterName<Op> ? string : undefined;
  /** The body, checked as the operation's request target. */
  body: BodyOf<Op>;
  /** The query, checked and coerced as the operation's query target. */
  query: QueryOf<Op>;
  now: number;
  store: Store;
  options: ResolvedOptions;
  newId: () => string;
  /** A job ID: 32 lowercase hexadecimal characters. */
  newJobId: () => string;
  /** A fault says what this create or delete starts (a snapshot, a disk's job) ends in error. */
  failsLater: boolean;
  redact: (text: string) => string;
}
