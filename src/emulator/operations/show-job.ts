// GET /v1/{project_id}/jobs/{job_id}: the job as it stands (found by the path step; an unknown
// one is 400 Common.0011 there, as the reference documents). Jobs are kept until a reset.
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { jobJson } from '../jobs.js';
import type { OperationContext } from './context.js';

export function showJob({ job }: OperationContext<'showJob'>): EmulatorAnswer {
  return jsonAnswer(200, jobJson(job));
}
