// GET /v2/{project_id}/os-quota-sets/{target_project_id}?usage=True: the quotas of the target
// project and their use. Another project than the path's answers that project's figures (the
// emulator's choice: what EVS does is an open point; Cinder lets only administrators).
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { quotaSetJson, usageOf } from '../quotas.js';
import type { OperationContext } from './context.js';

export function showQuotas({ store, options, targetProjectId }: OperationContext<'showQuotas'>): EmulatorAnswer {
  return jsonAnswer(200, { quota_set: quotaSetJson(usageOf(store, targetProjectId), options.quota, targetProjectId) });
}
