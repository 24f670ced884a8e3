// GET /v2/{project_id}/cloudvolumes/{volume_id} and its older twin GET /v2/{project_id}/
// os-vendor-volumes/{volume_id} (Open Telekom Cloud's documented show): the same disk on both,
// in both cloud modes (whether Open Telekom Cloud serves the first is an open point).
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { volumeJson } from '../store.js';
import type { OperationContext } from './context.js';

export function showVolume({ volume, projectId, request }: OperationContext<'showVolume'>): EmulatorAnswer {
  return jsonAnswer(200, { volume: volumeJson(volume, projectId, request.origin) });
}

export function showVendorVolume({ volume, projectId, request }: OperationContext<'showVendorVolume'>): EmulatorAnswer {
  return jsonAnswer(200, { volume: volumeJson(volume, projectId, request.origin) });
}
