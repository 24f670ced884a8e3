// Reads openapi-fetch's answer (fetched with parseAs: 'text') into the documented body, or says
// why there is none: an EvsApiError for a non-2xx, an EvsResponseError for a 2xx whose body is
// not the documented one.
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
  const cut = (text: string | undefined, length: number): string | undefined => (text === undefined ? undefined : excerpt(text, redact, length));
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
export function jsonBody<T>(operation: string, answer: Answer, redact: Redact, problemWith: (body: unknown) => string | undefined): T {
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
  isRecord(body) && isRecord(body.snapshot) && typeof body.snapshot.id === 'string' ? undefined : 'the body has no snapshot object with an id';

export const listProblem = (body: unknown): string | undefined =>
  isRecord(body) && Array.isArray(body.snapshots) && body.snapshots.every((item) => isRecord(item) && typeof item.id === 'string')
    ? undefined
    : 'the body has no snapshots array of objects with an id';

export const rollbackProblem = (body: unknown): string | undefined =>
  isRecord(body) && isRecord(body.rollback) && typeof body.rollback.volume_id === 'string' ? undefined : 'the body has no rollback object with a volume_id';
