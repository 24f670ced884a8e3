// GET /v2/{project_id}/cloudsnapshots/{snapshot_id}
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { notFound } from '../refusals.js';
import { snapshotJson } from '../store.js';
import type { OperationContext } from './context.js';

export function showSnapshot({ store, projectId, snapshotId }: OperationContext): EmulatorAnswer {
  const record = store.snapshot(projectId, snapshotId);
  return record ? jsonAnswer(200, { snapshot: snapshotJson(record, false) }) : notFound();
}
