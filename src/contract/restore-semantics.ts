// Behaviour checks of quotas, jobs and restored disks: what the schema allows but a faithful EVS
// does not. Each holds on any real cloud, whatever else its users do in the project at the same
// time; the comment on each rule says why. Same shape as semantics.ts: findings with a JSON pointer.
import { isRecord } from '../shared/is-record.js';
import { pointerKey, sameId, behaviourViolation as violation } from './behaviour-violation.js';
import type { Check } from './check-context.js';
import type { ContractViolation } from './checker.js';

/**
 * A quota answer: for the project asked, no negative use, and at least the run's own resources.
 * - `id` is the project asked for: Cinder's quota view writes the target project's id.
 * - `in_use` and `reserved` are never negative: they count disks, snapshots and GB that exist or
 *   are being made. (`limit` is -1 or more by the schema: -1 means unlimited.)
 * - `in_use` + `reserved` of `snapshots`, `volumes` and `gigabytes` is at least what the run's own
 *   snapshots and disks that still exist account for: the service counts a resource once it
 *   accepts its create (Cinder commits the reservation before it answers), and others in the
 *   project can only add to the count, never take the run's away. `reserved` is added so that a
 *   resource still being made, counted as reserved, is no false alarm. `in_use` above `limit` is
 *   not checked: lowering a quota below the use leaves the use as it is.
 */
export const quotaUsage: Check = ({ knows }, _request, { body }) => {
  const quotaSet = isRecord(body) && isRecord(body.quota_set) ? body.quota_set : undefined;
  const wanted = knows.quota;
  if (!quotaSet || !wanted) return [];
  const out: ContractViolation[] = [];
  if (typeof quotaSet.id === 'string' && !sameId(quotaSet.id, wanted.projectId))
    out.push(
      violation(
        '/quota_set/id',
        'the quotas are of another project than the one asked for',
        wanted.projectId,
        quotaSet.id,
      ),
    );
  for (const [key, entry] of Object.entries(quotaSet)) {
    if (!isRecord(entry)) continue;
    for (const field of ['in_use', 'reserved'] as const)
      if (typeof entry[field] === 'number' && (entry[field] as number) < 0)
        out.push(
          violation(
            `/quota_set/${pointerKey(key)}/${field}`,
            `${field} of ${key} is negative: it counts what exists or is being made`,
            'a count of 0 or more',
            entry[field],
          ),
        );
  }
  for (const [key, least] of Object.entries(wanted.atLeast)) {
    const entry = quotaSet[key];
    if (!isRecord(entry) || typeof entry.in_use !== 'number' || least === undefined || least === 0) continue;
    const counted = entry.in_use + (typeof entry.reserved === 'number' ? Math.max(0, entry.reserved) : 0);
    if (counted < least)
      out.push(
        violation(
          `/quota_set/${pointerKey(key)}/in_use`,
          `${key} in use (with reserved) is lower than what the run's own ${key} that still exist account for`,
          `at least ${least}`,
          counted,
        ),
      );
  }
  return out;
};

/**
 * The job of the run's restore, read once the wait saw it end: the job asked for, of the create's
 * type, SUCCESS, with an end time (the reference gives `""` only while it runs) and the disk it
 * made in `entities.volume_id` (a create job carries it from its start); the disk the create
 * answered in `volume_ids`, when it answered one.
 */
export const jobOutcome: Check = ({ knows }, _request, { body }) => {
  const wanted = knows.job;
  if (!wanted || !isRecord(body)) return [];
  const out: ContractViolation[] = [];
  if (!sameId(body.job_id, wanted.jobId))
    out.push(violation('/job_id', 'the answer is another job than the one asked for', wanted.jobId, body.job_id));
  if (body.job_type !== wanted.type)
    out.push(violation('/job_type', 'the restore’s job is not a disk create', wanted.type, body.job_type));
  if (body.status !== 'SUCCESS')
    out.push(violation('/status', 'the restore’s job did not succeed', 'SUCCESS', body.status));
  else if (body.end_time === '')
    out.push(violation('/end_time', 'the job ended but has no end time', 'a time', body.end_time));
  const entities = isRecord(body.entities) ? body.entities : {};
  if (typeof entities.volume_id !== 'string')
    out.push(
      violation(
        '/entities/volume_id',
        'the create job does not name the disk it made',
        'a disk id',
        entities.volume_id,
      ),
    );
  else if (wanted.diskId !== undefined && !sameId(entities.volume_id, wanted.diskId))
    out.push(
      violation(
        '/entities/volume_id',
        'the job names another disk than the create answered in volume_ids',
        wanted.diskId,
        entities.volume_id,
      ),
    );
  return out;
};

/**
 * The disk the run restored: the one asked for, available, made from the snapshot (`snapshot_id`,
 * the restore's link), at least the snapshot's size, in the snapshot's zone, of its source disk's
 * type (a type of `null` is not compared: Open Telekom Cloud's show example has one).
 */
export const restoredAsAsked: Check = ({ knows }, _request, { body }) => {
  const wanted = knows.restored;
  const volume = isRecord(body) && isRecord(body.volume) ? body.volume : undefined;
  if (!wanted || !volume) return [];
  const out: ContractViolation[] = [];
  if (!sameId(volume.id, wanted.diskId))
    return [violation('/volume/id', 'the answer is another disk than the one asked for', wanted.diskId, volume.id)];
  if (volume.status !== 'available')
    out.push(violation('/volume/status', 'the restored disk is not available', 'available', volume.status));
  if (!sameId(volume.snapshot_id, wanted.snapshotId))
    out.push(
      violation(
        '/volume/snapshot_id',
        'the restored disk does not name the snapshot it was made from',
        wanted.snapshotId,
        volume.snapshot_id,
      ),
    );
  if (typeof volume.size === 'number' && volume.size < wanted.minSize)
    out.push(
      violation(
        '/volume/size',
        'the restored disk is smaller than the snapshot',
        `at least ${wanted.minSize}`,
        volume.size,
      ),
    );
  if (wanted.zone !== undefined && volume.availability_zone !== wanted.zone)
    out.push(
      violation(
        '/volume/availability_zone',
        'the restored disk is in another zone than the snapshot',
        wanted.zone,
        volume.availability_zone,
      ),
    );
  if (wanted.type !== undefined && typeof volume.volume_type === 'string' && volume.volume_type !== wanted.type)
    out.push(
      violation(
        '/volume/volume_type',
        'the restored disk has another type than the snapshot’s disk',
        wanted.type,
        volume.volume_type,
      ),
    );
  return out;
};
