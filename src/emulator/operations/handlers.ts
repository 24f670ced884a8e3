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
import { listSnapshots } from './list-snapshots.js';
import { listVolumes } from './list-volumes.js';
import { rollbackSnapshot } from './rollback-snapshot.js';
import { showJob } from './show-job.js';
import { showQuotas } from './show-quotas.js';
import { showSnapshot } from './show-snapshot.js';
import { showVendorVolume, showVolume } from './show-volume.js';
import { updateSnapshot } from './update-snapshot.js';

export const handlers: { [Op in OperationId]: (context: OperationContext<Op>) => EmulatorAnswer } = {
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
