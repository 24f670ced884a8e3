// restoreSnapshot, step by step: read the snapshot (it must be restorable) and its source disk
// (for the zone and type the new disk must have), check the size against the snapshot's before
// anything is created, create the disk (Open Telekom Cloud's v2 create, or Huawei Cloud's v2.1
// with an idempotency key), follow the job to its end and the new disk to `available`. The
// requests themselves are the client's (`RestoreSteps`); what to send and when to stop is decided here.
import { excerpt } from '../shared/redact.js';
import { isUuid } from '../shared/uuid.js';
import { EvsResponseError, EvsRestoreError, EvsSnapshotStateError } from './errors.js';
import { type FollowClock, followJob, followNewVolume, jobVolumeId } from './follow.js';
import type { CheckedRestore, RestoreApi } from './input.js';
import type { CreateVolumeFields, CreateVolumeResult, Job, Snapshot, SnapshotStatus, Volume } from './types.js';

/** The requests a restore makes, each reported as restoreSnapshot. */
export interface RestoreSteps {
  showSnapshot(snapshotId: string, signal: AbortSignal | undefined): Promise<Snapshot>;
  /** The disk by the show call of the cloud `api` names; undefined when the service answers 404. */
  showVolume(api: RestoreApi, volumeId: string, signal: AbortSignal | undefined): Promise<Volume | undefined>;
  create(
    api: RestoreApi,
    volume: CreateVolumeFields,
    clientToken: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<CreateVolumeResult>;
  showJob(jobId: string, signal: AbortSignal): Promise<Job>;
  /** Reports a bad option (an InputProblem, which the client turns into EvsValidationError). */
  refuse(field: string, rule: string, value: unknown, detail: string): never;
  /** Whether the service's job_id is one the job path takes (the spec's rule for job_id). */
  isJobId(value: string): boolean;
  newClientToken(): string;
  now(): number;
  redact(text: string): string;
}

const operation = 'restoreSnapshot';

/** The snapshot statuses from which the service restores; any other is refused with EVS.2043. */
export const restorableStatuses: readonly SnapshotStatus[] = ['available', 'backing-up'];

const unusable = (problem: string): EvsResponseError =>
  new EvsResponseError({ operation, status: 200, problem, requestId: undefined, bodyExcerpt: '' });

async function sourceOf(request: CheckedRestore, steps: RestoreSteps): Promise<{ snapshot: Snapshot; disk: Volume }> {
  const { snapshotId, api, follow } = request;
  const snapshot = await steps.showSnapshot(snapshotId, follow.signal);
  if (!restorableStatuses.includes(snapshot.status)) {
    const status = excerpt(String(snapshot.status), steps.redact, 100);
    throw new EvsSnapshotStateError(snapshotId, 'available', status, snapshot, {
      operation,
      message:
        `${operation}: snapshot ${snapshotId} cannot be restored while it is ${status}: the service restores ` +
        'only an available (or backing-up) snapshot and refuses others with EVS.2043',
    });
  }
  if (typeof snapshot.size !== 'number') throw unusable(`snapshot ${snapshotId} was read without a size`);
  // Not a UUID: not an ID that may go into a path (and not the caller's input to be refused as such).
  if (!isUuid(snapshot.volume_id))
    throw unusable(`snapshot ${snapshotId} was read without a volume_id that is a disk ID (a UUID)`);
  const disk = await steps.showVolume(api, snapshot.volume_id, follow.signal);
  if (disk === undefined)
    throw new EvsRestoreError(
      operation,
      snapshotId,
      `cannot be restored here: its source disk ${snapshot.volume_id} was not found (404), so the zone and type ` +
        'the new disk must have are unknown',
    );
  const known = typeof disk.volume_type === 'string' && disk.volume_type !== '' ? disk.volume_type : undefined;
  if (known === undefined && request.volumeType === undefined)
    throw new EvsRestoreError(
      operation,
      snapshotId,
      `cannot be restored here: its source disk ${snapshot.volume_id} does not say its volume_type, which the ` +
        'new disk must repeat (EVS.2096): give it as the volumeType option',
    );
  if (known !== undefined && request.volumeType !== undefined && request.volumeType !== known)
    steps.refuse(
      'options.volumeType',
      'const',
      request.volumeType,
      `must be the type of the snapshot's source disk ${snapshot.volume_id}, ${known} (the service refuses another ` +
        'with EVS.2096); leave it out to take that type',
    );
  return { snapshot, disk: { ...disk, volume_type: known ?? (request.volumeType as string) } };
}

/** Restores the snapshot to a new disk and resolves with that disk once it is `available`. */
export async function restoreSnapshot(request: CheckedRestore, steps: RestoreSteps): Promise<Volume> {
  const { snapshotId, api, follow } = request;
  const { snapshot, disk } = await sourceOf(request, steps);
  const size = request.size ?? snapshot.size;
  // The service refuses a smaller disk too (EVS.1010 is the nearest documented code), but only after the request;
  // checked here, nothing is sent.
  if (size < snapshot.size)
    steps.refuse(
      'options.size',
      'minimum',
      size,
      `must be at least the size of snapshot ${snapshotId}, ${snapshot.size} GB (asked: ${size} GB)`,
    );
  const volume = {
    ...request.fields,
    availability_zone: disk.availability_zone,
    volume_type: disk.volume_type,
    size,
    snapshot_id: snapshotId,
  } as CreateVolumeFields;
  const clientToken = api === 'v2.1' ? (request.clientToken ?? steps.newClientToken()) : undefined;
  const created = await steps.create(api, volume, clientToken, follow.signal);
  const jobId = created.job_id;
  if (typeof jobId !== 'string') {
    const order = typeof created.order_id === 'string' ? excerpt(created.order_id, steps.redact, 100) : 'none';
    throw unusable(
      `the create answered without a job_id (order ${order}): a yearly/monthly disk is paid through an order, ` +
        'which restoreSnapshot does not follow',
    );
  }
  if (!steps.isJobId(jobId))
    throw unusable(`the create answered with a job_id that the job path cannot take: ${excerpt(jobId, steps.redact)}`);
  const announced = Array.isArray(created.volume_ids) ? created.volume_ids[0] : undefined;
  const clock: FollowClock = {
    operation,
    snapshotId,
    startedAt: steps.now(),
    now: () => steps.now(),
    redact: steps.redact,
  };
  const job = await followJob(jobId, (signal) => steps.showJob(jobId, signal), follow, clock, announced);
  const volumeId = jobVolumeId(job) ?? announced;
  if (!isUuid(volumeId)) throw unusable(`job ${jobId} succeeded but names no disk ID (a UUID in entities.volume_id)`);
  // A restore never makes the disk it restores from: resolving with it would hand the caller the source
  // disk as the new one (to be deleted as a scratch copy, say).
  if (sameId(volumeId, snapshot.volume_id))
    throw unusable(`job ${jobId} names the snapshot's source disk ${volumeId} as the disk it made`);
  const made = await followNewVolume(volumeId, (signal) => steps.showVolume(api, volumeId, signal), follow, clock);
  // A disk that names another snapshot is not this restore's (one that names none is taken: not every
  // answer carries it).
  if (typeof made.snapshot_id === 'string' && !sameId(made.snapshot_id, snapshotId))
    throw unusable(
      `disk ${volumeId} is available but names snapshot ${excerpt(made.snapshot_id, steps.redact, 100)}, not ` +
        `${snapshotId}: it is not the disk this restore made`,
    );
  return made;
}

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
