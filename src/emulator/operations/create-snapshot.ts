// POST /v2/{project_id}/cloudsnapshots: a snapshot of an existing disk, `creating` at once and
// `available` (or `error`, under a create-error fault) after the create delay.
import { errorBody } from '../../shared/error-body.js';
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { badRequest, notFound } from '../refusals.js';
import { snapshotJson } from '../store.js';
import { serviceTimestamp } from '../timestamp.js';
import type { OperationContext } from './context.js';

/** Disk states a snapshot may be taken in; `attaching` only with force (the reference's note on `force`). */
const snapshottable = new Set(['available', 'in-use']);

export function createSnapshot(context: OperationContext<'createSnapshot'>): EmulatorAnswer {
  const fields = context.body.snapshot;
  const { store, options, now, projectId } = context;
  if (store.snapshotCount >= options.maxSnapshots)
    return jsonAnswer(413, errorBody('overLimit', 'EVS.5413', 'Insufficient volume quota.'));
  const volume = store.volumeForCreate(projectId, fields.volume_id.toLowerCase());
  if (volume === 'full')
    return jsonAnswer(
      413,
      errorBody(
        'overLimit',
        'EVS.5413',
        `Insufficient volume quota. The emulator already holds ${options.maxVolumes} disks created on first use ` +
          `(maxVolumes).`,
      ),
    );
  if (!volume) return notFound();
  if (!(snapshottable.has(volume.status) || (volume.status === 'attaching' && fields.force === true)))
    return badRequest(
      'EVS.5400',
      `Malformed request body. The disk ${volume.id} is ${volume.status}; a snapshot needs it available or ` +
        `in-use${volume.status === 'attaching' ? ' (or force: true while attaching)' : ''}.`,
    );
  const record = store.add(
    {
      id: context.newId(),
      projectId,
      status: 'creating',
      name: fields.name ?? null,
      description: fields.description ?? null,
      metadata: { ...fields.metadata },
      volumeId: volume.id,
      size: volume.size,
      availabilityZone: volume.availabilityZone,
    },
    now,
  );
  const outcome = context.failsLater ? 'error' : 'available';
  // Nothing else changes a creating snapshot (delete and rollback refuse it): the change applies as scheduled.
  store.timeline.schedule(now + options.delays.create, () => {
    record.status = outcome;
    record.updatedAt = serviceTimestamp(now + options.delays.create);
  });
  return jsonAnswer(202, { snapshot: snapshotJson(record, false) });
}
