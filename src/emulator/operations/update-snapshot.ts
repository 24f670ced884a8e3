// PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}: changes only what is sent and moves
// updated_at. Like upstream Cinder, in any status (the reference names none it refuses).
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { snapshotJson } from '../store.js';
import { serviceTimestamp } from '../timestamp.js';
import type { OperationContext } from './context.js';

export function updateSnapshot({ snapshot: record, body, now }: OperationContext<'updateSnapshot'>): EmulatorAnswer {
  const { name, description } = body.snapshot;
  if (name !== undefined) record.name = name;
  if (description !== undefined) record.description = description;
  record.updatedAt = serviceTimestamp(now);
  return jsonAnswer(200, { snapshot: snapshotJson(record, false) });
}
