// What the emulator does with each path parameter of the spec, keyed by the names of the
// operations table: a parameter without an entry here fails to compile, and names itself when
// the emulator is created (see behaviour-gaps.ts). Entries run in the order of this table, each
// for the operations whose path has it: the project first (the gateway authenticates for it),
// then the snapshot, disk or job, checked and found in that project before any body is read.
import { type OperationId, operations } from '../../generated/spec-constants.js';
import { authenticate } from './auth.js';
import type { EmulatorAnswer, EmulatorRequest } from './exchange.js';
import { type Checked, readPathId, readSnapshotId } from './input.js';
import type { JobRecord } from './jobs.js';
import type { PathParameterName } from './operations/context.js';
import type { ResolvedOptions } from './options.js';
import { badRequest, malformedUrl, notFound, projectHeaderRefusal } from './refusals.js';
import type { SnapshotRecord, Store, VolumeRecord } from './store.js';

/** What the path's parameters give the operation. */
export interface PathValues {
  projectId: string;
  snapshot: SnapshotRecord | undefined;
  volume: VolumeRecord | undefined;
  job: JobRecord | undefined;
  targetProjectId: string | undefined;
  key: string | undefined;
}

export interface PathScope {
  request: EmulatorRequest;
  options: ResolvedOptions;
  store: Store;
  now: number;
  requestId: string;
  redact: (text: string) => string;
}

/** Reads one raw (percent-encoded) path segment into `values`; an answer refuses the request. */
type PathStep = (raw: string, values: PathValues, scope: PathScope) => EmulatorAnswer | undefined;

export const pathParameterBehaviour: Record<PathParameterName, PathStep> = {
  project_id: (raw, values, { request, options, now, requestId, redact }) => {
    // The screen has refused a path whose escapes do not decode.
    values.projectId = decodeURIComponent(raw);
    return (
      authenticate(request, values.projectId, options, now, requestId) ??
      projectHeaderRefusal(request.headers['x-project-id'], values.projectId, redact)
    );
  },
  snapshot_id: (raw, values, { store, redact }) => {
    const id = readSnapshotId(raw, redact);
    if ('refusal' in id) return id.refusal;
    values.snapshot = store.snapshot(values.projectId, id.value);
    return values.snapshot ? undefined : notFound();
  },
  volume_id: (raw, values, { store, redact }) => {
    const id = readPathId(raw, 'volumeId', 'volume_id', redact);
    if ('refusal' in id) return id.refusal;
    values.volume = store.volume(values.projectId, id.value.toLowerCase());
    return values.volume ? undefined : notFound();
  },
  job_id: (raw, values, { store, redact }) => {
    const id = readPathId(raw, 'jobId', 'job_id', redact);
    if ('refusal' in id) return id.refusal;
    values.job = store.job(values.projectId, id.value.toLowerCase());
    // The reference documents 400 Common.0011 for a job that cannot be found, not a 404.
    return values.job
      ? undefined
      : badRequest('Common.0011', `query job fail. No job ${redact(id.value).slice(0, 64)} in this project.`);
  },
  target_project_id: (raw, values, { redact }) => {
    const id = readPathId(raw, 'targetProjectId', 'target_project_id', redact);
    if ('refusal' in id) return id.refusal;
    values.targetProjectId = id.value;
    return undefined;
  },
  key: (raw, values, { redact }) => {
    const key = readPathId(raw, 'metadataKey', 'key', redact);
    if ('refusal' in key) return key.refusal;
    // The router never resolves dot segments, so `..` or `%2e%2e` arrives here as a key; a client
    // whose URL parser resolves it would have sent another operation (DELETE …/metadata/.. is
    // DELETE …/snapshots/{id}). No per-key call can name these keys safely: refused, whatever the snapshot
    // holds; the message points to the whole-metadata calls, whose bodies carry such a key.
    if (key.value === '.' || key.value === '..')
      return badRequest(
        'EVS.5400',
        `${malformedUrl} The metadata key in the path is ${JSON.stringify(key.value)}, a dot segment: ` +
          'URL parsers turn it into path navigation, so no per-key call can name it; ' +
          'POST, PUT or GET of /metadata itself carry such a key in the body (a PUT without it deletes it).',
      );
    values.key = key.value;
    return undefined;
  },
};

/** Per operation, the steps of its path's parameters, in the behaviour table's order: worked out once. */
const stepsOf = Object.fromEntries(
  (Object.keys(operations) as OperationId[]).map((operation) => {
    const names = new Set<string>(operations[operation].parameters.path.map((parameter) => parameter.name));
    return [operation, Object.entries(pathParameterBehaviour).filter(([name]) => names.has(name))];
  }),
) as Record<OperationId, [string, PathStep][]>;

/** The path's parameters of `operation` read in the table's order; an answer when one refuses the request. */
export function readPath(
  operation: OperationId,
  params: Readonly<Record<string, string>>,
  scope: PathScope,
): Checked<PathValues> {
  const values: PathValues = {
    projectId: '',
    snapshot: undefined,
    volume: undefined,
    job: undefined,
    targetProjectId: undefined,
    key: undefined,
  };
  for (const [name, step] of stepsOf[operation]) {
    const refusal = step(params[name] ?? '', values, scope);
    if (refusal) return { refusal };
  }
  return { value: values };
}

/** The path parameters of the operations table without an entry here, for the emulator's start. */
export function pathParameterGaps(): string[] {
  const gaps: string[] = [];
  for (const [operation, row] of Object.entries(operations))
    for (const { name } of row.parameters.path)
      if (!Object.hasOwn(pathParameterBehaviour, name))
        gaps.push(
          `the path parameter ${name} of ${operation} has no behaviour: add it to pathParameterBehaviour in ` +
            `src/emulator/path-parameters.ts`,
        );
  return gaps;
}
