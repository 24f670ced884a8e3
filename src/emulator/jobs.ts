// The asynchronous jobs of disk creates and deletes: `INIT` when made, `RUNNING` from the next
// request on (once the answer that made it is out), then `SUCCESS` or `FAIL` when their delay has
// passed. Each change is an entry of the timeline (changes.ts), so a stopped clock stops the job,
// and the answer of showJob is the record as it stands.

export type JobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';

export interface JobRecord {
  /** 32 lowercase hexadecimal characters, as in the reference's job examples. */
  readonly id: string;
  readonly projectId: string;
  readonly type: 'createVolume' | 'batchCreateVolume' | 'deleteVolume';
  status: JobStatus;
  readonly beginTime: number;
  endTime: number | undefined;
  errorCode: string | null;
  failReason: string | null;
  /** What it works on (a batch job: its sub-jobs instead). */
  readonly entities: Readonly<Record<string, unknown>>;
  readonly subJobs: readonly JobRecord[] | undefined;
}

/** `2016-03-08T07:40:13.219Z`: milliseconds and a Z, unlike the disk and snapshot times. */
const jobTime = (ms: number): string => new Date(ms).toISOString();

/** The job as `GET /v1/{project_id}/jobs/{job_id}` answers it (not wrapped); a batch's entities hold only sub_jobs. */
export function jobJson(job: JobRecord): Record<string, unknown> {
  return {
    status: job.status,
    entities: job.subJobs ? { sub_jobs: job.subJobs.map(jobJson) } : job.entities,
    job_id: job.id,
    job_type: job.type,
    begin_time: jobTime(job.beginTime),
    end_time: job.endTime === undefined ? '' : jobTime(job.endTime),
    error_code: job.errorCode,
    fail_reason: job.failReason,
  };
}

/** A new job, `INIT`, with its sub-jobs (for a batch) made from the same fields. */
export function newJob(
  fields: Pick<JobRecord, 'id' | 'projectId' | 'type' | 'entities'>,
  now: number,
  subJobs?: readonly JobRecord[],
): JobRecord {
  return {
    ...fields,
    status: 'INIT',
    beginTime: now,
    endTime: undefined,
    errorCode: null,
    failReason: null,
    subJobs,
  };
}

/** Ends one job or sub-job: `SUCCESS`, or `FAIL` with the code and reason. */
export function jobEnd(
  job: JobRecord,
  at: number,
  failure: { errorCode: string; failReason: string } | undefined,
): void {
  job.status = failure ? 'FAIL' : 'SUCCESS';
  job.endTime = at;
  if (failure) {
    job.errorCode = failure.errorCode;
    job.failReason = failure.failReason;
  }
}
