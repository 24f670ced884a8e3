// What the run needs to know about disks and jobs to follow a restore and clean up after it: which
// operations make a disk, where a disk and a job are read, what a create answer tells of the disk
// it made, and which states a delete takes. Ids are used only when they have the shape the
// description gives them, so that an answer never puts `..`, `/` or a secret into a path.
import { requestSchemas } from '../../generated/request-schemas.js';
import type { OperationId } from '../../generated/spec-constants.js';
import { isUuid } from '../shared/uuid.js';
import type { WireRequest } from './http.js';
import type { MadeDisk } from './run-context.js';

/** The operations that make a disk: the cap on disks counts their answers, the clean-up deletes what they made. */
export const diskCreates: readonly OperationId[] = ['createVolume', 'createVolumeV21'];

/** The clouds whose create path a run follows: Open Telekom Cloud's v2, Huawei Cloud's v2.1. */
export const clouds = ['otc', 'huawei'] as const;
export type Cloud = (typeof clouds)[number];

/** The create each cloud documents (Open Telekom Cloud does not document v2.1; Huawei calls v2 deprecated). */
export const createOf: Record<Cloud, OperationId> = { otc: 'createVolume', huawei: 'createVolumeV21' };

/** A job id as the description allows it (letters, digits, hyphens): anything else is never put in a path. */
const jobIdShape = new RegExp(requestSchemas.jobId.pattern);
export const isJobId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 128 && jobIdShape.test(value);

export const jobPath = (projectId: string, jobId: string): string =>
  `/v1/${projectId}/jobs/${encodeURIComponent(jobId)}`;

/**
 * Where the run reads a disk: Open Telekom Cloud documents only `os-vendor-volumes` (its
 * `cloudvolumes/{id}` is in the IAM table without a page), Huawei Cloud's SDKs read `cloudvolumes`.
 */
export const diskPath = (options: { projectId: string; cloud: Cloud }, id: string): string =>
  options.cloud === 'otc'
    ? `/v2/${options.projectId}/os-vendor-volumes/${encodeURIComponent(id)}`
    : `/v2/${options.projectId}/cloudvolumes/${encodeURIComponent(id)}`;

/** The disk id in a path of the disk operations, or undefined. */
export const pathVolumeId = (request: WireRequest): string | undefined =>
  /\/(?:cloudvolumes|os-vendor-volumes)\/([^/?]+)/.exec(request.path)?.[1];

/** The size a create asked for, 0 when it named none (the quota's gigabytes then count nothing for it). */
function askedSize(request: WireRequest | undefined): number {
  try {
    const size = (JSON.parse(request?.body ?? '') as { volume?: { size?: unknown } }).volume?.size;
    return typeof size === 'number' && Number.isInteger(size) && size > 0 ? size : 0;
  } catch {
    return 0;
  }
}

/** What a create answer tells of the disk it made: its id (Huawei's `volume_ids`) and its job. */
export function madeDiskOf(answer: unknown, request: WireRequest | undefined): MadeDisk {
  const fields = (answer ?? {}) as { job_id?: unknown; volume_ids?: unknown };
  const [id] = Array.isArray(fields.volume_ids) ? fields.volume_ids : [];
  return {
    id: isUuid(id) ? id : undefined,
    jobId: isJobId(fields.job_id) ? fields.job_id : undefined,
    deleted: false,
    size: askedSize(request),
  };
}

/** The states a disk delete takes (EVS.1046 refuses the others). */
const deletableStates = ['available', 'error', 'error_extending', 'error_restoring', 'error_rollbacking'];
export const deletableDisk = (state: unknown): boolean => typeof state === 'string' && deletableStates.includes(state);
