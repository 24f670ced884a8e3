// POST /v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback: only to the snapshot's own disk,
// only while that disk is `available` or `error_rollbacking`; the snapshot is `rollbacking` (and
// the disk with it) until the rollback delay has passed.
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { badRequest, bodyUriMismatch, malformedBody, notFound } from '../refusals.js';
import { serviceTimestamp } from '../timestamp.js';
import type { OperationContext } from './context.js';

const diskReady = new Set(['available', 'error_rollbacking']);

export function rollbackSnapshot(context: OperationContext<'rollbackSnapshot'>): EmulatorAnswer {
  const { store, now, options, snapshot: record } = context;
  const { volume_id: volumeId, name } = context.body.rollback;
  if (volumeId.toLowerCase() !== record.volumeId)
    return badRequest(
      'EVS.5400',
      `${bodyUriMismatch} rollback.volume_id must be the snapshot's own disk, ${record.volumeId}; a ` +
        `snapshot rolls back only to its source.`,
    );
  // EVS.2043's message also allows backing-up; the emulator has no backups, so no snapshot is ever in it.
  if (record.status !== 'available')
    return badRequest('EVS.2043', `The status of snapshot is not available or backing-up. It is ${record.status}.`);
  const volume = store.volume(context.projectId, record.volumeId);
  if (!volume) return notFound();
  if (!diskReady.has(volume.status))
    return badRequest(
      'EVS.5400',
      `${malformedBody} The disk ${volume.id} is ${volume.status}; a rollback needs it available or ` +
        `error_rollbacking.`,
    );
  record.status = 'rollbacking';
  record.updatedAt = serviceTimestamp(now);
  volume.status = 'rollbacking';
  if (name !== undefined) volume.name = name;
  // Nothing else changes the disk or the snapshot while they are rollbacking (a rollback or delete refuses them).
  store.schedule({
    kind: 'rollback',
    at: now + options.delays.rollback,
    projectId: record.projectId,
    snapshotId: record.id,
  });
  return jsonAnswer(202, { rollback: { volume_id: volumeId } });
}
