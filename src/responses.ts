// Reads openapi-fetch's answer (fetched with parseAs: 'text') into the documented body, or
// explains why there is none: an EvsApiError for a non-2xx, an EvsResponseError for a 2xx
// whose body is not the documented one.
import { apiErrorFrom, EvsResponseError, excerpt } from './errors.js';
import { isRecord } from './is-record.js';

export interface Answer {
  data?: string;
  error?: unknown;
  response: Response;
}


/**
 * The JSON body of a successful answer, once `problemWith` finds nothing wrong with it.
 * `problemWith` returns a description of what is missing, or undefined when the body will do.
 */
export function jsonBody<T>(operation: string, answer: Answer, scrub: (text: string) => string, problemWith: (body: unknown) => string | undefined): T {
  const { response } = answer;
  if (!response.ok) throw apiErrorFrom(operation, response, answer.error, scrub);
  const text = answer.data ?? '';
  const fail = (problem: string): EvsResponseError =>
    new EvsResponseError({ operation, status: response.status, problem, requestId: ((id) => (id === null ? undefined : scrub(id)))(response.headers.get('X-Request-Id')), bodyExcerpt: excerpt(text, scrub) });
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
export function noBody(operation: string, answer: Answer, scrub: (text: string) => string): void {
  if (!answer.response.ok) throw apiErrorFrom(operation, answer.response, answer.error, scrub);
}

export const snapshotProblem = (body: unknown): string | undefined =>
  isRecord(body) && isRecord(body.snapshot) && typeof body.snapshot.id === 'string' ? undefined : 'the body has no snapshot object with an id';

export const listProblem = (body: unknown): string | undefined =>
  isRecord(body) && Array.isArray(body.snapshots) && body.snapshots.every((item) => isRecord(item) && typeof item.id === 'string')
    ? undefined
    : 'the body has no snapshots array of objects with an id';

export const rollbackProblem = (body: unknown): string | undefined =>
  isRecord(body) && isRecord(body.rollback) && typeof body.rollback.volume_id === 'string' ? undefined : 'the body has no rollback object with a volume_id';
