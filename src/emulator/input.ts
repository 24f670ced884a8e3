// What a request carries, read and checked with the spec's rules (the same generated validators
// as the client's): the JSON body of create, update and rollback, the list's query, the path's
// snapshot ID. A broken rule becomes the documented 400 that names the field.
import type { RequestTarget } from '../../generated/spec-constants.js';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { checkAgainstSpec } from '../shared/rules.js';
import { checkListUrlQuery, queryObject } from '../shared/url-query-rules.js';
import type { EmulatorAnswer } from './exchange.js';
import { badRequest, type InputSource, inputRefusal } from './refusals.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Checked<T> = { value: T } | { refusal: EmulatorAnswer };

function checked<T>(source: InputSource, redact: (text: string) => string, read: (check: Checker) => T): Checked<T> {
  try {
    return { value: read(new Checker(redact)) };
  } catch (error) {
    if (error instanceof InputProblem) return { refusal: inputRefusal(source, error) };
    throw error;
  }
}

/** The body as JSON, checked as `target`; the service does not refuse the reserved name prefix, it only advises against it. */
export function readBody<T>(body: Uint8Array, target: RequestTarget, redact: (text: string) => string): Checked<T> {
  if (body.byteLength === 0) return { refusal: badRequest('EVS.5400', 'Malformed request body. The request has no body; it must be a JSON object.') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(body));
  } catch {
    return { refusal: badRequest('EVS.5400', 'Malformed request body. The body is not UTF-8 JSON.') };
  }
  return checked('body', redact, (check) => {
    checkAgainstSpec(check, target, parsed, '', { allowReservedNamePrefix: true });
    return parsed as T;
  });
}

export function readListQuery<T>(search: string, redact: (text: string) => string): Checked<T> {
  return checked('query', redact, (check) => {
    const query = queryObject(search);
    checkListUrlQuery(check, query);
    return query as T;
  });
}

export function readSnapshotId(raw: string, redact: (text: string) => string): Checked<string> {
  return checked('path', redact, (check) => {
    let id: string;
    try {
      id = decodeURIComponent(raw);
    } catch {
      return check.fail('snapshot_id', 'format', raw, 'must be a UUID such as f9faf7df-fdc1-4093-9ef3-5cba06eef995');
    }
    checkAgainstSpec(check, 'snapshotId', id, 'snapshot_id');
    return id.toLowerCase();
  });
}
