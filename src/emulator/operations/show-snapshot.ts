// GET /v2/{project_id}/cloudsnapshots/{snapshot_id}
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { snapshotJson } from '../store.js';
import type { OperationContext } from './context.js';

export function showSnapshot({ snapshot }: OperationContext<'showSnapshot'>): EmulatorAnswer {
  return jsonAnswer(200, { snapshot: snapshotJson(snapshot, false) });
}
