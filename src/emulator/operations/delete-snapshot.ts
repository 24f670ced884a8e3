// DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}: only an `available` or `error` snapshot
// (EVS.1047; an `error_deleting` one gets EVS.2019), `deleting` at once and gone (404) after the
// delete delay, or `error_deleting` under a delete-error fault.
import { errorBody } from '../../shared/error-body.js';
import { type EmulatorAnswer, emptyAnswer, jsonAnswer } from '../exchange.js';
import { badRequest } from '../refusals.js';
import { serviceTimestamp } from '../timestamp.js';
import type { OperationContext } from './context.js';

export function deleteSnapshot(context: OperationContext<'deleteSnapshot'>): EmulatorAnswer {
  const { store, now, options, snapshot: record } = context;
  if (record.status === 'error_deleting')
    return jsonAnswer(500, errorBody('computeFault', 'EVS.2019', 'snapshot is error_deleting!'));
  if (record.status !== 'available' && record.status !== 'error')
    return badRequest(
      'EVS.1047',
      `snapshot status must be available or error when delete snapshot! The snapshot is ${record.status}.`,
    );
  record.status = 'deleting';
  record.updatedAt = serviceTimestamp(now);
  // Nothing else changes a deleting snapshot (a second delete and a rollback refuse it).
  store.schedule({
    kind: 'snapshot',
    at: now + options.delays.delete,
    projectId: record.projectId,
    snapshotId: record.id,
    to: context.failsLater ? 'error_deleting' : 'gone',
  });
  return emptyAnswer(202);
}
