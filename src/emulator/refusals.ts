// The emulator's error answers, each in the form and with the EVS code the reference documents
// for it; where the reference names no code, the Cinder form with the HTTP status as `code`.
import { errorBody } from '../shared/error-body.js';
import type { InputProblem } from '../shared/input-problem.js';
import { type EmulatorAnswer, jsonAnswer } from './exchange.js';

export const notFound = (): EmulatorAnswer =>
  jsonAnswer(404, errorBody('itemNotFound', 'EVS.5404', 'Resource(Volume, Snapshot, Backup .etc) cound not be found.'));

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
  { source: 'path', field: 'snapshot_id', code: 'EVS.2045', message: 'invalid snapshot_id!' },
  { source: 'body', field: 'snapshot.volume_id', rules: ['format'], code: 'EVS.1002', message: 'invalid volume id!' },
  {
    source: 'body',
    field: 'snapshot.metadata',
    rules: ['maxBytes'],
    code: 'EVS.1005',
    message: 'size of metadata is too large!',
  },
  {
    source: 'query',
    field: 'query.limit',
    rules: ['type'],
    code: 'EVS.5400',
    message: 'limit param must be an integer.',
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
    message: 'limit param must be positive.',
  },
  {
    source: 'query',
    field: 'query.offset',
    rules: ['type'],
    code: 'EVS.5400',
    message: 'offset param must be an integer.',
  },
  { source: 'query', field: 'query.marker', code: 'EVS.1024', message: 'invalid filter marker!' },
  { source: 'query', field: 'query.sort_key', code: 'EVS.1039', message: 'invalid sort_key!' },
  { source: 'query', field: 'query.sort_dir', code: 'EVS.1040', message: 'invalid sort_dir!' },
  { source: 'query', field: 'query.status', code: 'EVS.5400', message: 'Must specify a valid status.' },
  { source: 'query', code: 'EVS.5400', message: 'Malformed request url.' },
  { source: 'body', code: 'EVS.5400', message: 'Malformed request body.' },
];

const applies = (candidate: InputCode, source: InputSource, problem: InputProblem): boolean =>
  candidate.source === source &&
  (candidate.field === undefined || candidate.field === problem.field) &&
  (candidate.rules?.includes(problem.rule) ?? true) &&
  (candidate.keywords === undefined ||
    (problem.facts !== undefined && candidate.keywords.includes(problem.facts.keyword)));

/** A broken rule of the spec as EVS answers it: its code and message, then what exactly is wrong. */
export function inputRefusal(source: InputSource, problem: InputProblem): EmulatorAnswer {
  const entry = inputCodes.find((candidate) => applies(candidate, source, problem));
  const message =
    typeof entry?.message === 'function' ? entry.message(problem) : (entry?.message ?? 'Malformed request.');
  return badRequest(entry?.code ?? 'EVS.5400', `${message} ${problem.message}`);
}
