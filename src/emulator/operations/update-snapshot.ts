// PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}: changes only what is sent and moves
// updated_at. Like upstream Cinder, in any status (the reference names none it refuses).
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { readBody } from '../input.js';
import { notFound } from '../refusals.js';
import { snapshotJson } from '../store.js';
import { serviceTimestamp } from '../timestamp.js';
import type { OperationContext } from './context.js';

interface UpdateBody {
  snapshot: { name?: string; description?: string };
}

export function updateSnapshot(context: OperationContext): EmulatorAnswer {
  const record = context.store.snapshot(context.projectId, context.snapshotId);
  if (!record) return notFound();
  const read = readBody<UpdateBody>(context.request.body, 'updateSnapshotRequest', context.redact);
  if ('refusal' in read) return read.refusal;
  const { name, description } = read.value.snapshot;
  if (name !== undefined) record.name = name;
  if (description !== undefined) record.description = description;
  record.updatedAt = serviceTimestamp(context.now);
  return jsonAnswer(200, { snapshot: snapshotJson(record, false) });
}
