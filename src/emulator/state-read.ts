// Reads a state in the format of state-format.ts (a fixtures file, a --state file, the body of
// PUT /__emulator/state) into records, checking each snapshot, disk and job against the spec's
// schemas (the generated validators) and the emulator's own rules (ids, a snapshot's disk, a
// change's target). The first mistake is raised as an InputProblem naming the entry and the field,
// e.g. `projects["p1"].snapshots[2].status`. A fixture may leave out what has a plain default.
import { schemaFields } from '../../generated/spec-constants.js';
import type { Checker } from '../shared/input-problem.js';
import { isRecord } from '../shared/is-record.js';
import { ownOptions } from '../shared/own-options.js';
import { isUuid } from '../shared/uuid.js';
import { responseValidators, type SchemaError, type Validator } from '../shared/validators.js';
import { type Change, changeKinds } from './changes.js';
import type { JobRecord, JobStatus } from './jobs.js';
import {
  defaultVolumeType,
  defaultZone,
  enterpriseProject,
  type NewVolume,
  type SnapshotRecord,
  type SnapshotStatus,
  type VolumeStatus,
} from './records.js';
import { serviceTimestamp } from './timestamp.js';

/**
 * The format's version: a file of a newer one is refused, never read in part and overwritten.
 * Raise it when a field changes meaning or a reader of this version would lose something.
 */
export const stateVersion = 1;

/** A state checked, ready for Store.load. */
export interface LoadedState {
  volumes: { fields: NewVolume; seeded: boolean; createdAt: string; updatedAt: string }[];
  /** Every project's snapshots, each project's oldest first. */
  snapshots: Omit<SnapshotRecord, 'seq'>[];
  jobs: JobRecord[];
  changes: Change[];
  /** The generator's position; undefined: start from the seed. */
  random: number | undefined;
}

export interface StateLimits {
  /** The time that fills a left-out created_at. */
  now: number;
  maxSnapshots: number;
  maxVolumes: number;
}

// The fields a disk and a snapshot of the state may have: the spec's, and the few the format adds
// (state-format.ts). Any other is refused: a mistyped `sise: 40` would otherwise be a 10 GB disk.
const volumeKeys: readonly string[] = [...schemaFields.Volume, 'projectId', 'seeded'];
const snapshotKeys: readonly string[] = [...schemaFields.Snapshot, 'service_type', 'availability_zone', 'volume_type'];

const topKeys = ['version', 'projects', 'volumes', 'jobs', 'changes', 'random'];

export function readState(check: Checker, document: unknown, limits: StateLimits): LoadedState {
  // Named here, not by ownOptions: it would call the whole document `options`.
  if (!isRecord(document) || Array.isArray(document))
    check.fail('', 'type', document, `must be an object: the state, { ${topKeys.join(', ')} }`);
  const top = ownOptions(check, '', document, topKeys);
  readVersion(check, top.version);
  const volumes = readVolumes(check, listOf(check, 'volumes', top.volumes), limits);
  const visible = new Map<string, LoadedState['volumes'][number]>();
  for (const volume of volumes) visible.set(diskKey(volume.fields.projectId, volume.fields.id), volume);
  const diskOf = (projectId: string, id: string) =>
    visible.get(diskKey(undefined, id)) ?? visible.get(diskKey(projectId, id));
  const snapshots = readProjects(check, top.projects ?? {}, diskOf, limits);
  const jobs = listOf(check, 'jobs', top.jobs).map((entry, index) => readJob(check, `jobs[${index}]`, entry));
  const jobIds = new Set<string>();
  jobs.forEach((job, index) => {
    if (jobIds.has(job.id))
      check.fail(`jobs[${index}].job_id`, 'uniqueItems', job.id, 'must not repeat a job given before it');
    jobIds.add(job.id);
  });
  // Sets, not scans: a state of 100,000 snapshots may hold as many changes.
  const snapshotKeys = new Set(snapshots.map((snapshot) => `${snapshot.projectId}\n${snapshot.id}`));
  const jobKeys = new Set(jobs.map((job) => `${job.projectId}\n${job.id}`));
  const known = {
    snapshot: (projectId: string, id: string) => snapshotKeys.has(`${projectId}\n${id}`),
    job: (projectId: string, id: string) => jobKeys.has(`${projectId}\n${id}`),
    disk: (projectId: string, id: string) => diskOf(projectId, id) !== undefined,
  };
  const changes = listOf(check, 'changes', top.changes).map((entry, index) =>
    readChange(check, `changes[${index}]`, entry, known),
  );
  let random: number | undefined;
  if (top.random !== undefined) {
    if (!Number.isInteger(top.random) || (top.random as number) < 0 || (top.random as number) >= 2 ** 32)
      check.fail('random', 'range', top.random, `must be a whole number from 0 to ${2 ** 32 - 1}`);
    random = top.random as number;
  }
  return { volumes, snapshots, jobs, changes, random };
}

function readVersion(check: Checker, version: unknown): void {
  if (version === undefined)
    check.fail(
      'version',
      'required',
      version,
      `must be given: the format's version, ${stateVersion} for this emulator`,
    );
  if (!Number.isInteger(version) || (version as number) < 1)
    check.fail('version', 'type', version, 'must be a whole number from 1');
  if ((version as number) > stateVersion)
    check.fail(
      'version',
      'maximum',
      version,
      `is newer than this emulator reads (${stateVersion}): it was written by a later evs-emulator; use that one`,
    );
}

function listOf(check: Checker, field: string, value: unknown): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) check.fail(field, 'type', value, 'must be an array');
  return value as unknown[];
}

const diskKey = (projectId: string | undefined, id: string): string => `${projectId ?? '*'}\n${id}`;

/** The keys of the error's path inside the entry (past the envelope, when there is one). */
const keysOf = (error: SchemaError, wrapped: boolean): string[] =>
  // A JSON pointer: `~1` is `/` and `~0` is `~` in the key (so a key that is a token is redacted as one).
  error.instancePath
    .split('/')
    .slice(wrapped ? 2 : 1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));

/** `volumes[0].metadata.a`, `projects["p"].snapshots[1].size`: the error's path inside the entry. */
const fieldOf = (entry: string, keys: string[]): string =>
  keys.reduce((name, key) => (/^\d+$/.test(key) ? `${name}[${key}]` : `${name}.${key}`), entry);

function valueAtKeys(root: unknown, keys: string[]): unknown {
  let node = root;
  for (const key of keys) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

/** Checks `value` with a schema's validator (wrapped as its response envelope when `wrap` names one). */
function schema(check: Checker, entry: string, validator: Validator, value: unknown, wrap?: string): void {
  if (validator(wrap === undefined ? value : { [wrap]: value })) return;
  const error = validator.errors?.[0];
  if (!error) check.fail(entry, 'schema', value, 'must follow the spec');
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
  const allowed = Array.isArray(error.params.allowedValues) ? `: ${error.params.allowedValues.join(', ')}` : '';
  const keys = keysOf(error, wrap !== undefined);
  check.fail(
    missing === undefined ? fieldOf(entry, keys) : `${fieldOf(entry, keys)}.${missing}`,
    error.keyword,
    missing === undefined ? valueAtKeys(value, keys) : undefined,
    `${missing === undefined ? (error.message ?? 'must follow the spec') : 'must be given'}${allowed}`,
  );
}

function uuidOf(check: Checker, field: string, value: unknown): string {
  if (!isUuid(value)) check.fail(field, 'format', value, 'must be a UUID such as 5aa119a8-d25b-45a7-8d1b-88e127885635');
  return (value as string).toLowerCase();
}

function projectIdOf(check: Checker, field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    check.fail(field, 'type', value, 'must be a project id (a non-empty string)');
  return value as string;
}

function readVolumes(check: Checker, entries: unknown[], limits: StateLimits): LoadedState['volumes'] {
  const seen = new Map<string, string>();
  let made = 0;
  const volumes = entries.map((entry, index) => {
    const field = `volumes[${index}]`;
    const given = ownOptions(check, field, entry, volumeKeys);
    const { projectId, seeded, ...rest } = given;
    const created = (rest.created_at as string | undefined) ?? serviceTimestamp(limits.now);
    const volume = {
      name: null,
      description: null,
      status: 'available',
      size: 10,
      availability_zone: defaultZone,
      volume_type: defaultVolumeType,
      snapshot_id: null,
      metadata: {},
      multiattach: false,
      tags: {},
      enterprise_project_id: enterpriseProject,
      updated_at: created,
      ...rest,
      created_at: created,
    } as Record<string, unknown>;
    schema(check, field, responseValidators.VolumeResponse, volume, 'volume');
    const id = uuidOf(check, `${field}.id`, volume.id);
    const project =
      projectId === undefined || projectId === null ? undefined : projectIdOf(check, `${field}.projectId`, projectId);
    if (seeded !== undefined && typeof seeded !== 'boolean')
      check.fail(`${field}.seeded`, 'type', seeded, 'must be true or false');
    const isSeeded = (seeded as boolean | undefined) ?? project === undefined;
    if (!isSeeded && project === undefined)
      check.fail(
        `${field}.seeded`,
        'enum',
        seeded,
        'must be true for a disk of every project (projectId null or left out)',
      );
    // Seeded disks are found by id alone, so a seeded id may appear once; a made disk once per project.
    const keys = isSeeded ? [`seeded\n${id}`] : [`made\n${project}\n${id}`];
    const clash = seen.get(keys[0]!) ?? seen.get(`seeded\n${id}`);
    if (clash !== undefined || (isSeeded && [...seen.keys()].some((key) => key.endsWith(`\n${id}`))))
      check.fail(
        `${field}.id`,
        'uniqueItems',
        id,
        `must not repeat a disk given before it${clash ? ` (${clash})` : ''}`,
      );
    seen.set(keys[0]!, field);
    if (!isSeeded) made++;
    const fields: NewVolume = {
      id,
      projectId: project,
      size: volume.size as number,
      status: volume.status as VolumeStatus,
      availabilityZone: volume.availability_zone as string,
      volumeType: volume.volume_type as string,
      name: volume.name as string | null,
      description: volume.description as string | null,
      snapshotId: typeof volume.snapshot_id === 'string' ? volume.snapshot_id.toLowerCase() : null,
      metadata: { ...(volume.metadata as Record<string, string>) },
      multiattach: volume.multiattach === true,
      tags: { ...(volume.tags as Record<string, string>) },
      enterpriseProjectId: String(volume.enterprise_project_id),
    };
    return { fields, seeded: isSeeded, createdAt: created, updatedAt: volume.updated_at as string };
  });
  if (made > limits.maxVolumes)
    check.fail(
      'volumes',
      'maxItems',
      volumes,
      `must hold at most ${limits.maxVolumes} disks made by the emulator (maxVolumes), but holds ${made}`,
    );
  return volumes;
}

function readProjects(
  check: Checker,
  value: unknown,
  diskOf: (projectId: string, id: string) => LoadedState['volumes'][number] | undefined,
  limits: StateLimits,
): LoadedState['snapshots'] {
  const projects = ownOptions(check, 'projects', value, undefined);
  const snapshots: LoadedState['snapshots'] = [];
  for (const [projectId, project] of Object.entries(projects)) {
    const where = `projects[${JSON.stringify(projectId)}]`;
    projectIdOf(check, where, projectId);
    const { snapshots: entries } = ownOptions(check, where, project, ['snapshots']);
    const ids = new Set<string>();
    const own = listOf(check, `${where}.snapshots`, entries).map((entry, index) => {
      const field = `${where}.snapshots[${index}]`;
      const record = readSnapshot(check, field, entry, projectId, diskOf, limits.now);
      if (ids.has(record.id))
        check.fail(`${field}.id`, 'uniqueItems', record.id, 'must not repeat a snapshot of the project');
      ids.add(record.id);
      return record;
    });
    // Written newest first, as the list shows them; kept oldest first.
    snapshots.push(...own.reverse());
  }
  if (snapshots.length > limits.maxSnapshots)
    check.fail(
      'projects',
      'maxItems',
      snapshots.length,
      `must hold at most ${limits.maxSnapshots} snapshots (maxSnapshots)`,
    );
  return snapshots;
}

const projectField = 'os-extended-snapshot-attributes:project_id';

function readSnapshot(
  check: Checker,
  field: string,
  entry: unknown,
  projectId: string,
  diskOf: (projectId: string, id: string) => LoadedState['volumes'][number] | undefined,
  now: number,
): Omit<SnapshotRecord, 'seq'> {
  const given = ownOptions(check, field, entry, snapshotKeys);
  const volumeId = uuidOf(check, `${field}.volume_id`, given.volume_id);
  const disk = diskOf(projectId, volumeId);
  if (!disk)
    check.fail(
      `${field}.volume_id`,
      'reference',
      volumeId,
      'must name a disk of volumes that the project it is listed under sees',
    );
  const created = (given.created_at as string | undefined) ?? serviceTimestamp(now);
  const snapshot = {
    status: 'available',
    name: null,
    description: null,
    metadata: {},
    size: disk.fields.size,
    availability_zone: disk.fields.availabilityZone,
    volume_type: disk.fields.volumeType,
    updated_at: created,
    ...given,
    created_at: created,
  } as Record<string, unknown>;
  schema(check, field, responseValidators.SnapshotResponse, snapshot, 'snapshot');
  if (snapshot[projectField] !== undefined && snapshot[projectField] !== projectId)
    check.fail(
      `${field}["${projectField}"]`,
      'const',
      snapshot[projectField],
      'must be the project it is listed under',
    );
  for (const key of ['availability_zone', 'volume_type'])
    if (typeof snapshot[key] !== 'string') check.fail(`${field}.${key}`, 'type', snapshot[key], 'must be a string');
  return {
    id: uuidOf(check, `${field}.id`, snapshot.id),
    projectId,
    status: snapshot.status as SnapshotStatus,
    name: snapshot.name as string | null,
    description: snapshot.description as string | null,
    createdAt: created,
    updatedAt: (snapshot.updated_at as string | null) ?? created,
    metadata: { ...(snapshot.metadata as Record<string, string>) },
    volumeId,
    size: snapshot.size as number,
    availabilityZone: snapshot.availability_zone as string,
    volumeType: snapshot.volume_type as string,
  };
}

const keptJobTypes: readonly string[] = ['createVolume', 'batchCreateVolume', 'deleteVolume'];
const jobStatuses: readonly string[] = ['INIT', 'RUNNING', 'SUCCESS', 'FAIL'];

function timeOf(check: Checker, field: string, value: unknown): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) check.fail(field, 'format', value, 'must be a time such as 2026-12-01T09:00:00.000Z');
  return ms;
}

function readJob(check: Checker, field: string, entry: unknown, projectId?: string): JobRecord {
  const { projectId: own, ...job } = ownOptions(check, field, entry, undefined);
  if (projectId === undefined) schema(check, field, responseValidators.Job, job);
  const project = projectId ?? projectIdOf(check, `${field}.projectId`, own);
  if (!keptJobTypes.includes(job.job_type as string))
    check.fail(`${field}.job_type`, 'enum', job.job_type, `must be one of ${keptJobTypes.join(', ')}`);
  if (!jobStatuses.includes(job.status as string))
    check.fail(`${field}.status`, 'enum', job.status, `must be one of ${jobStatuses.join(', ')}`);
  const entities = ownOptions(check, `${field}.entities`, job.entities ?? {}, undefined);
  const subJobs =
    job.job_type === 'batchCreateVolume'
      ? listOf(check, `${field}.entities.sub_jobs`, entities.sub_jobs).map((sub, index) =>
          readJob(check, `${field}.entities.sub_jobs[${index}]`, sub, project),
        )
      : undefined;
  return {
    id: String(job.job_id),
    projectId: project,
    type: job.job_type as JobRecord['type'],
    status: job.status as JobStatus,
    beginTime: timeOf(check, `${field}.begin_time`, job.begin_time),
    endTime:
      job.end_time === '' || job.end_time === undefined ? undefined : timeOf(check, `${field}.end_time`, job.end_time),
    errorCode: (job.error_code as string | null | undefined) ?? null,
    failReason: (job.fail_reason as string | null | undefined) ?? null,
    entities: subJobs ? {} : entities,
    subJobs,
  };
}

interface Known {
  snapshot(projectId: string, id: string): boolean;
  job(projectId: string, id: string): boolean;
  disk(projectId: string, id: string): boolean;
}

const changeKeys: Record<Change['kind'], readonly string[]> = {
  snapshot: ['kind', 'at', 'projectId', 'snapshotId', 'to'],
  rollback: ['kind', 'at', 'projectId', 'snapshotId'],
  jobRunning: ['kind', 'at', 'projectId', 'jobId'],
  jobEnd: ['kind', 'at', 'projectId', 'jobId', 'action', 'volumeIds', 'ok'],
};
const snapshotTargets: readonly string[] = ['available', 'error', 'error_deleting', 'gone'];

function readChange(check: Checker, field: string, entry: unknown, known: Known): Change {
  const kind = ownOptions(check, field, entry, undefined).kind as Change['kind'];
  if (!changeKinds.includes(kind))
    check.fail(`${field}.kind`, 'enum', kind, `must be one of ${changeKinds.join(', ')}`);
  const given = ownOptions(check, field, entry, changeKeys[kind]);
  const at = timeOf(check, `${field}.at`, given.at);
  const projectId = projectIdOf(check, `${field}.projectId`, given.projectId);
  if (kind === 'snapshot' || kind === 'rollback') {
    const snapshotId = uuidOf(check, `${field}.snapshotId`, given.snapshotId);
    if (!known.snapshot(projectId, snapshotId))
      check.fail(`${field}.snapshotId`, 'reference', snapshotId, "must name a snapshot of the change's projectId");
    if (kind === 'rollback') return { kind, at, projectId, snapshotId };
    if (!snapshotTargets.includes(given.to as string))
      check.fail(`${field}.to`, 'enum', given.to, `must be one of ${snapshotTargets.join(', ')}`);
    return { kind, at, projectId, snapshotId, to: given.to as 'available' };
  }
  const jobId = String(given.jobId);
  if (!known.job(projectId, jobId))
    check.fail(`${field}.jobId`, 'reference', given.jobId, "must name a job of the change's projectId");
  if (kind === 'jobRunning') return { kind, at, projectId, jobId };
  if (given.action !== 'create' && given.action !== 'delete')
    check.fail(`${field}.action`, 'enum', given.action, 'must be one of create, delete');
  if (typeof given.ok !== 'boolean') check.fail(`${field}.ok`, 'type', given.ok, 'must be true or false');
  const volumeIds = listOf(check, `${field}.volumeIds`, given.volumeIds).map((id, index) => {
    const disk = uuidOf(check, `${field}.volumeIds[${index}]`, id);
    if (!known.disk(projectId, disk))
      check.fail(
        `${field}.volumeIds[${index}]`,
        'reference',
        disk,
        "must name a disk of volumes that the change's projectId sees",
      );
    return disk;
  });
  return { kind, at, projectId, jobId, action: given.action as 'create', volumeIds, ok: given.ok as boolean };
}
