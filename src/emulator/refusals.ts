// The emulator's error answers, each in the form and with the EVS code the reference documents
// for it; where the reference names no code, the Cinder form with the HTTP status as `code`.
// A broken rule of a disk, job or quota request is answered with the code its `x-refusal` record
// carries (generated/request-schemas.ts); the snapshot requests keep the codes of inputCodes.
import { requestSchemas } from '../../generated/request-schemas.js';
import { errorMessages, errorMessageVariants, type RequestTarget } from '../../generated/spec-constants.js';
import { errorBody } from '../shared/error-body.js';
import type { InputProblem } from '../shared/input-problem.js';
import { isRecord } from '../shared/is-record.js';
import { type EmulatorAnswer, jsonAnswer } from './exchange.js';

/** 404 EVS.5404 with its documented message, and what was not found when the emulator says more. */
export const notFound = (detail?: string): EmulatorAnswer =>
  jsonAnswer(
    404,
    errorBody(
      'itemNotFound',
      'EVS.5404',
      `Resource(Volume, Snapshot, Backup .etc) cound not be found.${detail === undefined ? '' : ` ${detail}`}`,
    ),
  );

/**
 * The message the reference's error table gives `code`, read once at load: a code the spec no
 * longer lists stops the emulator from loading, naming it, instead of answering a blank message.
 */
export function documentedMessage(code: string): string {
  const message = errorMessages[code];
  if (message === undefined)
    throw new Error(`evs-emulator: the spec's error table has no ${code}, which src/emulator answers with`);
  return message;
}

/**
 * The message of `code` that begins with `start`, among those the error table gives it (a row's
 * `(also: …)` ones included), read once at load: a message the spec no longer lists stops the
 * emulator from loading, naming it.
 */
export function documentedVariant(code: string, start: string): string {
  const message = errorMessageVariants[code]?.find((variant) => variant.startsWith(start));
  if (message === undefined)
    throw new Error(
      `evs-emulator: the spec's error table gives ${code} no message beginning "${start}", ` +
        'which src/emulator answers with',
    );
  return message;
}

/** EVS.5400's documented messages that the emulator's explanations open with. */
export const malformedBody = documentedVariant('EVS.5400', 'Malformed request body');
export const malformedUrl = documentedVariant('EVS.5400', 'Malformed request url');
export const bodyUriMismatch = documentedVariant('EVS.5400', 'Request body and URI mismatch');

export const badRequest = (code: string, message: string): EmulatorAnswer =>
  jsonAnswer(400, errorBody('badRequest', code, message));

/**
 * X-Project-Id, when sent, must be the project of the path (the spec: non-empty, "should equal
 * project_id"). The reference documents no refusal for it: the emulator answers the error table's
 * code for an invalid project, EVS.0001, in the EVS form. undefined when the header may pass.
 */
export function projectHeaderRefusal(
  header: string | undefined,
  projectId: string,
  redact: (text: string) => string,
): EmulatorAnswer | undefined {
  if (header === undefined || header === projectId) return undefined;
  const said = header === '' ? 'is empty' : `is ${JSON.stringify(redact(header).slice(0, 64))}`;
  return badRequest(
    'EVS.0001',
    `invalid tenant id! X-Project-Id ${said}; when sent, it must be the project_id of the path, ` +
      `${projectId.slice(0, 64)}.`,
  );
}

/** The API gateway's flat form, for what it refuses before EVS sees the request. */
export const gatewayRefusal = (status: number, code: string, message: string, requestId: string): EmulatorAnswer =>
  jsonAnswer(status, { error_code: code, error_msg: message, request_id: requestId });

export type InputSource = 'body' | 'query' | 'path';

interface InputCode {
  source: InputSource;
  /** Only for these request targets, or for any when absent. */
  targets?: readonly RequestTarget[];
  /** The field, exactly, or any field when absent. */
  field?: string;
  /** The rule, or any rule when absent. */
  rules?: readonly string[];
  /** The spec's keyword broken (the problem's facts), or any when absent. */
  keywords?: readonly string[];
  code: string;
  /** The documented message, which the emulator follows with the field and the rule. */
  message: string | ((problem: InputProblem) => string);
}

/** First match wins: the specific codes of the reference's error table, then EVS.5400's messages. */
const inputCodes: readonly InputCode[] = [
  // The spec calls a written system key strictness; the emulator answers it as the reference's
  // code for a metadata key that may not be changed (the emulator's choice, issue #27).
  {
    source: 'body',
    targets: ['snapshotMetadataRequest', 'snapshotMetadataItemRequest'],
    keywords: ['propertyNames'],
    code: 'EVS.2047',
    message: documentedMessage('EVS.2047'),
  },
  { source: 'path', field: 'snapshot_id', code: 'EVS.2045', message: documentedMessage('EVS.2045') },
  // A parameter a Cinder list does not take (sort_dir on /v2) is a malformed URL, not a bad value of it.
  {
    source: 'query',
    targets: [
      'listCinderSnapshotsQuery',
      'listCinderSnapshotsDetailQuery',
      'listCinderSnapshotsV3Query',
      'listCinderSnapshotsDetailV3Query',
    ],
    keywords: ['additionalProperties'],
    code: 'EVS.5400',
    message: documentedVariant('EVS.5400', 'Malformed request url'),
  },
  {
    source: 'body',
    field: 'snapshot.volume_id',
    rules: ['format'],
    code: 'EVS.1002',
    message: documentedMessage('EVS.1002'),
  },
  {
    source: 'body',
    field: 'snapshot.metadata',
    rules: ['maxBytes'],
    code: 'EVS.1005',
    message: documentedMessage('EVS.1005'),
  },
  {
    source: 'query',
    field: 'query.limit',
    rules: ['type'],
    code: 'EVS.5400',
    message: documentedVariant('EVS.5400', 'limit param must be an integer'),
  },
  // Above the maximum has its own code; below the minimum it is EVS.5400's "must be positive".
  {
    source: 'query',
    field: 'query.limit',
    keywords: ['maximum'],
    code: 'EVS.2142',
    message: (problem) => `invalid filter limit, can not greater than ${String(problem.facts?.limit)}.`,
  },
  {
    source: 'query',
    field: 'query.limit',
    rules: ['range'],
    code: 'EVS.5400',
    message: documentedVariant('EVS.5400', 'limit param must be positive'),
  },
  {
    source: 'query',
    field: 'query.offset',
    rules: ['type'],
    code: 'EVS.5400',
    message: documentedVariant('EVS.5400', 'offset param must be an integer'),
  },
  { source: 'query', field: 'query.marker', code: 'EVS.1024', message: documentedMessage('EVS.1024') },
  { source: 'query', field: 'query.sort_key', code: 'EVS.1039', message: documentedMessage('EVS.1039') },
  { source: 'query', field: 'query.sort_dir', code: 'EVS.1040', message: documentedMessage('EVS.1040') },
  {
    source: 'query',
    field: 'query.status',
    code: 'EVS.5400',
    message: documentedVariant('EVS.5400', 'Must specify a valid status'),
  },
  { source: 'query', code: 'EVS.5400', message: documentedVariant('EVS.5400', 'Malformed request url') },
  { source: 'body', code: 'EVS.5400', message: documentedVariant('EVS.5400', 'Malformed request body') },
];

/**
 * The request targets whose broken rules are answered with the code of their `x-refusal` record.
 * The snapshot targets are not among them: their answers were chosen before the records existed
 * (a wrong type is EVS.5400 there, where the records say EVS.1018) and clients rely on them.
 */
const recordCoded: ReadonlySet<RequestTarget> = new Set<RequestTarget>([
  'createVolumeRequest',
  'createVolumeV21Request',
  'listVolumesQuery',
  'showQuotasQuery',
  'volumeId',
  'jobId',
  'targetProjectId',
  'snapshotMetadataRequest',
  'snapshotMetadataItemRequest',
  'listCinderSnapshotsQuery',
  'listCinderSnapshotsDetailQuery',
  'listCinderSnapshotsV3Query',
  'listCinderSnapshotsDetailV3Query',
  'metadataKey',
]);

/**
 * The message of each code a record may name: the reference's error table (generated, spelling
 * included), except where the table's message carries a value of the request (the limit) or the
 * table gives two messages for one code (an empty job ID).
 */
const codeMessages: Readonly<Record<string, string | ((problem: InputProblem) => string)>> = {
  ...errorMessages,
  'EVS.2142': (problem) => `invalid filter limit, can not greater than ${String(problem.facts?.limit)}.`,
  'Common.0011': (problem) => (problem.facts?.keyword === 'minLength' ? 'No jobs found.' : 'query job fail.'),
};

type SchemaNode = Readonly<Record<string, unknown>>;

/** Keywords whose record sits on the object that holds the field the problem names. */
const parentKeywords = new Set(['required', 'additionalProperties', 'dependentSchemas', 'propertyNames']);

/** `volume.tags.a`, `query.id[1]` as the keys of the path (the root `query.` left out). */
function segmentsOf(source: InputSource, field: string): string[] {
  if (source === 'path' || field === '') return [];
  const path = source === 'query' ? field.replace(/^query\.?/, '') : field;
  return path === '' ? [] : path.replace(/\[(\d+)\]/g, '.$1').split('.');
}

/** A node and the branches of its allOf, at any depth: one field's rules may be split over them. */
function branchesOf(node: SchemaNode): SchemaNode[] {
  const all = node.allOf;
  return Array.isArray(all) ? [node, ...all.flatMap((branch) => (isRecord(branch) ? branchesOf(branch) : []))] : [node];
}

/**
 * The schema nodes at `segments` (a node and its allOf branches), and the object nodes they are a
 * value of. A key that is none of an object's properties is one of its additionalProperties,
 * which here are leaves (metadata, tags): the rest of the path is that key, even if it holds a dot.
 */
function walk(
  schema: SchemaNode,
  segments: readonly string[],
): { nodes: SchemaNode[]; holders: SchemaNode[] } | undefined {
  let nodes = branchesOf(schema);
  let holders = nodes;
  for (const key of segments) {
    holders = nodes;
    const next: SchemaNode[] = [];
    let leaf = false;
    for (const node of nodes) {
      const properties = node.properties;
      if (isRecord(properties) && Object.hasOwn(properties, key) && isRecord(properties[key]))
        next.push(...branchesOf(properties[key]));
      else if (isRecord(node.additionalProperties)) {
        next.push(...branchesOf(node.additionalProperties));
        leaf = true;
      } else if (/^\d+$/.test(key) && isRecord(node.items)) next.push(...branchesOf(node.items));
    }
    if (next.length === 0) return undefined;
    nodes = next;
    if (leaf) return { nodes, holders };
  }
  return { nodes, holders };
}

/** The x-refusal record of the rule `problem` breaks in `target`, if the spec has one. */
function recordOf(target: RequestTarget, source: InputSource, problem: InputProblem): SchemaNode | undefined {
  const keyword = problem.facts?.keyword ?? problem.rule;
  const segments = segmentsOf(source, problem.field);
  const schema = requestSchemas[target] as SchemaNode;
  let nodes: SchemaNode[] | undefined;
  if (parentKeywords.has(keyword)) {
    // The field named is one the object may not have (additionalProperties): its holder is the path before it.
    const whole = walk(schema, segments);
    nodes = whole ? whole.holders : walk(schema, segments.slice(0, -1))?.nodes;
  } else nodes = walk(schema, segments)?.nodes;
  if (!nodes) return undefined;
  for (let node of nodes) {
    if (keyword === 'required') {
      // A property required by one branch of anyOf (size unless backup_id) has that branch's record.
      const missing = segments.at(-1);
      const required = node.required;
      if (!(Array.isArray(required) && required.includes(missing)) && Array.isArray(node.anyOf)) {
        const branch = (node.anyOf as unknown[]).find(
          (option) => isRecord(option) && Array.isArray(option.required) && option.required.includes(missing),
        );
        if (isRecord(branch)) node = branch;
      }
    }
    const records = node['x-refusal'];
    const record = isRecord(records) ? records[keyword] : undefined;
    if (isRecord(record)) return record;
  }
  return undefined;
}

/** The code and message of a documented refusal the record names, when the emulator answers with it. */
function recordAnswer(
  target: RequestTarget | undefined,
  source: InputSource,
  problem: InputProblem,
): { code: string; message: string } | undefined {
  if (target === undefined || !recordCoded.has(target)) return undefined;
  const record = recordOf(target, source, problem);
  const code = record?.code;
  // A record without a code is strictness, one with the HTTP status or EVS.5400 the generic
  // answer below, whose messages are per field: those go on to inputCodes.
  if (record?.class !== 'documented-refusal' || typeof code !== 'string' || code === 'EVS.5400') return undefined;
  const message = codeMessages[code];
  if (message === undefined) return undefined;
  const text = typeof message === 'function' ? message(problem) : message;
  // The detail follows as a sentence of its own, also after a message without a full stop.
  return { code, message: /[.!?]$/.test(text) ? text : `${text}.` };
}

const applies = (
  candidate: InputCode,
  source: InputSource,
  problem: InputProblem,
  target: RequestTarget | undefined,
): boolean =>
  candidate.source === source &&
  (candidate.targets === undefined || (target !== undefined && candidate.targets.includes(target))) &&
  (candidate.field === undefined || candidate.field === problem.field) &&
  (candidate.rules?.includes(problem.rule) ?? true) &&
  (candidate.keywords === undefined ||
    (problem.facts !== undefined && candidate.keywords.includes(problem.facts.keyword)));

/**
 * A broken rule of the spec as EVS answers it: its code and message, then what exactly is wrong.
 * `target`: the request target checked, whose x-refusal records give the code where it is record-coded.
 */
export function inputRefusal(source: InputSource, problem: InputProblem, target?: RequestTarget): EmulatorAnswer {
  const recorded = recordAnswer(target, source, problem);
  if (recorded) return badRequest(recorded.code, `${recorded.message} ${problem.message}`);
  const entry = inputCodes.find((candidate) => applies(candidate, source, problem, target));
  const message =
    typeof entry?.message === 'function' ? entry.message(problem) : (entry?.message ?? 'Malformed request.');
  return badRequest(entry?.code ?? 'EVS.5400', `${message} ${problem.message}`);
}
