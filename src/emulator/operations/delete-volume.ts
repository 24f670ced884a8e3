// DELETE /v2/{project_id}/cloudvolumes/{volume_id}: 200 with a deleteVolume job; the disk is
// `deleting` at once and gone (404) when the job ends, after the volume delete delay. Only from
// the statuses EVS.1046 names; a disk with snapshots is refused as Cinder's VolumeIsBusy (the
// emulator's choice: whether EVS refuses it is an open point, and no EVS code exists for it).
import { errorBody } from '../../shared/error-body.js';
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { newJob } from '../jobs.js';
import { badRequest } from '../refusals.js';
import { serviceTimestamp } from '../timestamp.js';
import type { OperationContext } from './context.js';

/** The statuses a disk may be deleted in, in the order of EVS.1046's message. */
const deletable: readonly string[] = ['available', 'error', 'error_extending', 'error_restoring', 'error_rollbacking'];

export function deleteVolume(context: OperationContext<'deleteVolume'>): EmulatorAnswer {
  const { store, now, options, volume, projectId } = context;
  if (!deletable.includes(volume.status))
    return badRequest(
      'EVS.1046',
      `volume status must be ${deletable.join(', ')} when delete volume! The disk ${volume.id} is ${volume.status}.`,
    );
  if (volume.snapshots > 0)
    return jsonAnswer(
      400,
      errorBody(
        'badRequest',
        400,
        `Invalid volume: Volume ${volume.id} still has ${volume.snapshots} dependent snapshot` +
          `${volume.snapshots === 1 ? '' : 's'}; delete ${volume.snapshots === 1 ? 'it' : 'them'} first.`,
      ),
    );
  volume.status = 'deleting';
  volume.updatedAt = serviceTimestamp(now);
  const job = newJob(
    { id: context.newJobId(), projectId, type: 'deleteVolume', entities: { volume_id: volume.id } },
    now,
  );
  store.addJob(job);
  // Nothing else changes a deleting disk (a delete, a snapshot, a rollback, a restore refuse it).
  store.runJob(job, now, options.delays.volumeDelete, { action: 'delete', volumeIds: [volume.id], ok: true });
  return jsonAnswer(200, { job_id: job.id });
}
