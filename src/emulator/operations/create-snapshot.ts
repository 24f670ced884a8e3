// POST /v2/{project_id}/cloudsnapshots: a snapshot of an existing disk, `creating` at once and
// `available` (or `error`, under a create-error fault) after the create delay.
import { errorBody } from '../../shared/error-body.js';
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { over, usageOf } from '../quotas.js';
import { badRequest, malformedBody, notFound } from '../refusals.js';
import { snapshotJson } from '../store.js';
import type { OperationContext } from './context.js';

/** Disk states a snapshot may be taken in; `attaching` only with force (the reference's note on `force`). */
const snapshottable = new Set(['available', 'in-use']);

export function createSnapshot(context: OperationContext<'createSnapshot'>): EmulatorAnswer {
  const fields = context.body.snapshot;
  const { store, options, now, projectId } = context;
  if (store.snapshotCount >= options.maxSnapshots)
    return jsonAnswer(413, errorBody('overLimit', 'EVS.5413', 'Insufficient volume quota.'));
  const volume = store.volumeForCreate(projectId, fields.volume_id.toLowerCase(), now);
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
      `${malformedBody} The disk ${volume.id} is ${volume.status}; a snapshot needs it available or ` +
        `in-use${volume.status === 'attaching' ? ' (or force: true while attaching)' : ''}.`,
    );
  const quota = quotaRefusal(context, volume.size);
  if (quota) return quota;
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
      volumeType: volume.volumeType,
    },
    now,
  );
  const outcome = context.failsLater ? 'error' : 'available';
  // Nothing else changes a creating snapshot (delete and rollback refuse it): the change applies as scheduled.
  store.schedule({ kind: 'snapshot', at: now + options.delays.create, projectId, snapshotId: record.id, to: outcome });
  return jsonAnswer(202, { snapshot: snapshotJson(record, false) });
}

/**
 * Past the snapshots or gigabytes quota: 413 EVS.5413, as past maxSnapshots (the emulator's choice:
 * no EVS page names the code for snapshots; it is the one 413 of the error table, and Cinder's
 * SnapshotLimitExceeded is a 413 too).
 */
function quotaRefusal(context: OperationContext<'createSnapshot'>, size: number): EmulatorAnswer | undefined {
  const { quota } = context.options;
  if (quota.snapshots < 0 && quota.gigabytes < 0) return undefined;
  const usage = usageOf(context.store, context.projectId);
  const refuse = (what: string): EmulatorAnswer =>
    jsonAnswer(413, errorBody('overLimit', 'EVS.5413', `Insufficient volume quota. ${what}`));
  if (over(quota.snapshots, usage.snapshots, 1))
    return refuse(`The project has ${usage.snapshots} of ${quota.snapshots} snapshots (quota snapshots).`);
  if (over(quota.gigabytes, usage.gigabytes, size))
    return refuse(
      `The project uses ${usage.gigabytes} of ${quota.gigabytes} GB (disks and snapshots); this snapshot ` +
        `takes ${size}.`,
    );
  return undefined;
}
