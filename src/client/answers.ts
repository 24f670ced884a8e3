// Reads openapi-fetch's answer (fetched with parseAs: 'text') into the documented body, or says
// why there is none: an EvsApiError for a non-2xx, an EvsResponseError for a 2xx whose body is
// not the documented one. What a 2xx body must hold is looked up by the component schema the
// operations table names for the operation's success status.
import { type OperationId, operations } from '../../generated/spec-constants.js';
import { parseErrorBody } from '../shared/error-body.js';
import { isRecord } from '../shared/is-record.js';
import { excerpt } from '../shared/redact.js';
import { EvsApiError, EvsResponseError } from './errors.js';
import { EvsResponse } from './request.js';

export interface Answer {
  data?: string;
  error?: unknown;
  response: Response;
}

type Redact = (text: string) => string;

/** A server's message is shown whole up to this length; a longer one (a 7 MB error_msg) is cut. */
const messageLength = 1000;

const attemptsOf = (response: Response): number => (response instanceof EvsResponse ? response.attempts : 1);

/** The error for a non-2xx response; `body` is what openapi-fetch read (parsed JSON or raw text). */
function apiErrorFrom(operation: string, response: Response, body: unknown, redact: Redact): EvsApiError {
  const parsed = parseErrorBody(body);
  const cut = (text: string | undefined, length: number): string | undefined =>
    text === undefined ? undefined : excerpt(text, redact, length);
  const requestId = cut(response.headers.get('X-Request-Id') ?? parsed?.requestId, 200);
  const attempts = attemptsOf(response);
  if (parsed?.message !== undefined) {
    return new EvsApiError({
      operation,
      status: response.status,
      message: excerpt(parsed.message, redact, messageLength),
      code: cut(parsed.code, 100),
      wrapper: cut(parsed.wrapper, 100),
      requestId,
      attempts,
    });
  }
  // JSON.stringify gives undefined for undefined: no body.
  const raw = typeof body === 'string' ? body : (JSON.stringify(body) ?? '');
  const reason = excerpt(response.statusText, redact, 200) || 'error';
  return new EvsApiError({
    operation,
    status: response.status,
    message: raw ? `${reason} (body in no documented error form)` : `${reason} (empty body)`,
    requestId,
    bodyExcerpt: raw ? excerpt(raw, redact) : undefined,
    attempts,
  });
}

/**
 * The JSON body of a successful answer, once `problemWith` finds nothing wrong with it.
 * `problemWith` returns a description of what is missing, or undefined when the body will do.
 */
export function jsonBody<T>(
  operation: string,
  answer: Answer,
  redact: Redact,
  problemWith: (body: unknown) => string | undefined,
): T {
  const { response } = answer;
  if (!response.ok) throw apiErrorFrom(operation, response, answer.error, redact);
  const text = answer.data ?? '';
  const fail = (problem: string): EvsResponseError =>
    new EvsResponseError({
      operation,
      status: response.status,
      problem,
      requestId: ((id) => (id === null ? undefined : excerpt(id, redact, 200)))(response.headers.get('X-Request-Id')),
      bodyExcerpt: excerpt(text, redact),
      attempts: attemptsOf(response),
    });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw fail('the body is not valid JSON');
  }
  const problem = problemWith(body);
  if (problem) throw fail(problem);
  return body as T;
}

/** A 2xx with nothing to read (delete); any other status is an EvsApiError. */
export function noBody(operation: string, answer: Answer, redact: Redact): void {
  if (!answer.response.ok) throw apiErrorFrom(operation, answer.response, answer.error, redact);
}

export const snapshotProblem = (body: unknown): string | undefined =>
  isRecord(body) && isRecord(body.snapshot) && typeof body.snapshot.id === 'string'
    ? undefined
    : 'the body has no snapshot object with an id';

export const listProblem = (body: unknown): string | undefined =>
  isRecord(body) &&
  Array.isArray(body.snapshots) &&
  body.snapshots.every((item) => isRecord(item) && typeof item.id === 'string')
    ? undefined
    : 'the body has no snapshots array of objects with an id';

export const rollbackProblem = (body: unknown): string | undefined =>
  isRecord(body) && isRecord(body.rollback) && typeof body.rollback.volume_id === 'string'
    ? undefined
    : 'the body has no rollback object with a volume_id';

/** An object under `key` with a string `id`: what the client hands on of a body that wraps one resource. */
const wrapped =
  (key: string, what: string) =>
  (body: unknown): string | undefined =>
    isRecord(body) && isRecord(body[key]) && typeof body[key].id === 'string'
      ? undefined
      : `the body has no ${key} object with an id${what}`;

export const volumeProblem = wrapped('volume', '');

export const volumeListProblem = (body: unknown): string | undefined =>
  isRecord(body) &&
  Array.isArray(body.volumes) &&
  body.volumes.every((item) => isRecord(item) && typeof item.id === 'string')
    ? undefined
    : 'the body has no volumes array of objects with an id';

/** Open Telekom Cloud always returns a job; Huawei Cloud a job or, for a yearly/monthly disk, an order. */
export const createVolumeProblem = (body: unknown): string | undefined =>
  isRecord(body) && (typeof body.job_id === 'string' || typeof body.order_id === 'string')
    ? undefined
    : 'the body has neither a job_id nor an order_id';

export const jobIdProblem = (body: unknown): string | undefined =>
  isRecord(body) && typeof body.job_id === 'string' ? undefined : 'the body has no job_id';

/** waitForJob acts on `status`; an unknown status is waited on, so any string will do. */
export const jobProblem = (body: unknown): string | undefined =>
  isRecord(body) && typeof body.job_id === 'string' && typeof body.status === 'string'
    ? undefined
    : 'the body is no job with a job_id and a status';

/** A map of strings under `key`: the metadata of a snapshot (`metadata`) or one item of it (`meta`). */
const stringMap =
  (key: string) =>
  (body: unknown): string | undefined => {
    if (!isRecord(body) || !isRecord(body[key])) return `the body has no ${key} object`;
    const wrong = Object.entries(body[key]).find(([, value]) => typeof value !== 'string');
    return wrong === undefined ? undefined : `the body's ${key}.${wrong[0]} is not a string`;
  };

export const metadataProblem = stringMap('metadata');
export const metadataItemProblem = stringMap('meta');

export const quotaSetProblem = (body: unknown): string | undefined =>
  isRecord(body) && isRecord(body.quota_set) ? undefined : 'the body has no quota_set object';

type Row<Op extends OperationId> = (typeof operations)[Op];
/** The component schemas that a success status of some operation returns (every 2xx it documents). */
type SuccessSchema = NonNullable<
  {
    [Op in OperationId]: Row<Op>['responses'][`${Row<Op>['successStatuses'][number]}` & keyof Row<Op>['responses']];
  }[OperationId]
>;

/**
 * What a 2xx body must hold, by its schema: only what the client hands on (an object with its id),
 * so that fields the service adds or leaves out do not fail a call. A success schema without an
 * entry is a compile error here and a load error below.
 */
const successProblems = {
  SnapshotResponse: snapshotProblem,
  SnapshotList: listProblem,
  CinderSnapshotSummaryList: listProblem,
  CinderSnapshotList: listProblem,
  SnapshotMetadataResponse: metadataProblem,
  SnapshotMetadataItemResponse: metadataItemProblem,
  RollbackResponse: rollbackProblem,
  CreateVolumeResponse: createVolumeProblem,
  VolumeList: volumeListProblem,
  VolumeResponse: volumeProblem,
  DeleteVolumeResponse: jobIdProblem,
  Job: jobProblem,
  QuotaSetResponse: quotaSetProblem,
} as const satisfies Record<SuccessSchema, (body: unknown) => string | undefined>;
for (const [operationId, row] of Object.entries(operations))
  for (const status of row.successStatuses) {
    const schema: string | null | undefined = (row.responses as Record<string, string | null>)[status];
    if (schema !== null && !Object.hasOwn(successProblems, String(schema)))
      throw new Error(
        `${operationId}: the client has no reader for its success body ${schema} (successProblems in ` +
          `src/client/answers.ts)`,
      );
  }

/**
 * The answer of `operationId` read as its success status documents it, reported as `operation`: the parsed body, or
 * undefined where none is documented.
 */
export function successBody(operationId: OperationId, operation: string, answer: Answer, redact: Redact): unknown {
  const row = operations[operationId];
  const responses = row.responses as unknown as Record<number, SuccessSchema | null>;
  // Each documented 2xx is read by its own schema (createVolume: 200 on one cloud, 202 on the other); any other 2xx by
  // the first one's.
  const status = answer.response.status;
  const documented = (row.successStatuses as readonly number[]).includes(status);
  const schema = responses[documented ? status : row.successStatus] ?? null;
  if (schema === null) return noBody(operation, answer, redact);
  return jsonBody(operation, answer, redact, successProblems[schema]);
}
