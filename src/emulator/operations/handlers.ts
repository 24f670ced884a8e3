// The emulator's operations, one handler per operationId of the operations table: an operation
// added to the spec without a handler here fails to compile and names itself when the emulator
// is created. Each handler gets its input already read and checked (context.ts).
import { type OperationId, operations } from '../../../generated/spec-constants.js';
import type { EmulatorAnswer } from '../exchange.js';
import type { OperationContext } from './context.js';
import { createSnapshot } from './create-snapshot.js';
import { createVolume, createVolumeV21 } from './create-volume.js';
import { deleteSnapshot } from './delete-snapshot.js';
import { deleteVolume } from './delete-volume.js';
import { listCinderSnapshots, listCinderSnapshotsDetail } from './list-cinder-snapshots.js';
import { listSnapshots } from './list-snapshots.js';
import { listVolumes } from './list-volumes.js';
import { rollbackSnapshot } from './rollback-snapshot.js';
import { showJob } from './show-job.js';
import { showQuotas } from './show-quotas.js';
import { showSnapshot } from './show-snapshot.js';
import { showVendorVolume, showVolume } from './show-volume.js';
import {
  createSnapshotMetadata,
  deleteSnapshotMetadataItem,
  showSnapshotMetadata,
  showSnapshotMetadataItem,
  updateSnapshotMetadata,
  updateSnapshotMetadataItem,
} from './snapshot-metadata.js';
import { updateSnapshot } from './update-snapshot.js';

type Handlers = { [Op in OperationId]: (context: OperationContext<Op>) => EmulatorAnswer };
type Handler<Op extends OperationId> = Handlers[Op];

/**
 * The compiler relates OperationContext<A> and OperationContext<B> by their names alone; compared
 * field by field, the contexts of two operations with the same path parameters, body and query
 * are the same, and one handler may serve both.
 */
type Shape<T> = { [K in keyof T]: T[K] };
type Serves<To extends OperationId, From extends OperationId> =
  Shape<OperationContext<To>> extends Shape<OperationContext<From>> ? true : false;

/** `handler` (of `From`) as the handler of `To`, whose context the compiler proves has the same fields. */
const servedAs = <To extends OperationId, From extends OperationId>(
  handler: Handler<From>,
  ..._same: Serves<To, From> extends true ? [] : [`${To} does not take the context of ${From}`]
): Handler<To> => handler as unknown as Handler<To>;

/**
 * The OpenStack-compatible snapshot calls under /v2: one set of snapshots with cloudsnapshots, so
 * create, show, update and delete are its handlers (the same checks, quota, states and codes).
 */
const cinderV2 = {
  createCinderSnapshot: servedAs<'createCinderSnapshot', 'createSnapshot'>(createSnapshot),
  listCinderSnapshots,
  listCinderSnapshotsDetail,
  showCinderSnapshot: servedAs<'showCinderSnapshot', 'showSnapshot'>(showSnapshot),
  updateCinderSnapshot: servedAs<'updateCinderSnapshot', 'updateSnapshot'>(updateSnapshot),
  deleteCinderSnapshot: servedAs<'deleteCinderSnapshot', 'deleteSnapshot'>(deleteSnapshot),
  createSnapshotMetadata,
  showSnapshotMetadata,
  updateSnapshotMetadata,
  showSnapshotMetadataItem,
  updateSnapshotMetadataItem,
  deleteSnapshotMetadataItem,
} satisfies Partial<Handlers>;
type CinderV2 = keyof typeof cinderV2;
type V3Of<Op extends CinderV2> = `${Op}V3` & OperationId;

/** Each /v3 operation's context has its v2 twin's fields (the v3 lists' queries have more): else this fails to compile. */
type TwinMismatch = { [Op in CinderV2]: Serves<V3Of<Op>, Op> extends true ? never : Op }[CinderV2];
const twinsServe: [TwinMismatch] extends [never] ? true : TwinMismatch = true;

/** The /v3 forms are the same operations on other paths: each is its v2 twin's handler, by name. */
const v3Twins = Object.fromEntries(
  Object.entries(cinderV2).map(([operation, handler]) => [`${operation}V3`, handler]),
) as unknown as { [Op in CinderV2 as V3Of<Op>]: Handler<V3Of<Op>> };
void twinsServe;

export const handlers: Handlers = {
  ...cinderV2,
  ...v3Twins,
  createSnapshot,
  listSnapshots,
  showSnapshot,
  updateSnapshot,
  deleteSnapshot,
  rollbackSnapshot,
  createVolume,
  createVolumeV21,
  listVolumes,
  showVolume,
  showVendorVolume,
  deleteVolume,
  showJob,
  showQuotas,
};

/** The operations of the table without a handler, for the emulator's start. */
export function handlerGaps(): string[] {
  return Object.keys(operations)
    .filter((operation) => !Object.hasOwn(handlers, operation))
    .map(
      (operation) =>
        `the operation ${operation} has no handler: add one to handlers in src/emulator/operations/handlers.ts`,
    );
}
