// What a request carries, read and checked with the spec's rules (the same generated validators
// as the client's): the JSON body and the query of each operation by the request targets its row
// of the operations table names, and the path's snapshot ID. A broken rule becomes the documented
// 400 that names the field.
import { type OperationId, operations, type RequestTarget } from '../../generated/spec-constants.js';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { checkAgainstSpec } from '../shared/rules.js';
import { checkUrlQuery, queryObject } from '../shared/url-query-rules.js';
import type { EmulatorAnswer, EmulatorRequest } from './exchange.js';
import type { BodyOf, QueryOf, QueryTarget } from './operations/context.js';
import { badRequest, type InputSource, inputRefusal, malformedBody } from './refusals.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Checked<T> = { value: T } | { refusal: EmulatorAnswer };

function checked<T>(
  source: InputSource,
  redact: (text: string) => string,
  read: (check: Checker) => T,
  target?: RequestTarget,
): Checked<T> {
  try {
    return { value: read(new Checker(redact)) };
  } catch (error) {
    if (error instanceof InputProblem) return { refusal: inputRefusal(source, error, target) };
    throw error;
  }
}

/**
 * The body as JSON, checked as `target`; the service does not
 * refuse the reserved name prefix, it only advises against it.
 */
export function readBody<T>(body: Uint8Array, target: RequestTarget, redact: (text: string) => string): Checked<T> {
  if (body.byteLength === 0)
    return {
      refusal: badRequest('EVS.5400', `${malformedBody} The request has no body; it must be a JSON object.`),
    };
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(body));
  } catch {
    return { refusal: badRequest('EVS.5400', `${malformedBody} The body is not UTF-8 JSON.`) };
  }
  return checked(
    'body',
    redact,
    (check) => {
      checkAgainstSpec(check, target, parsed, '', { allowReservedNamePrefix: true });
      return parsed as T;
    },
    target,
  );
}

export function readQuery<T>(search: string, target: QueryTarget, redact: (text: string) => string): Checked<T> {
  return checked(
    'query',
    redact,
    (check) => {
      const query = queryObject(search);
      checkUrlQuery(check, target, query);
      return query as T;
    },
    target,
  );
}

/**
 * The body and the query of an operation, each read and checked as the request target its row of
 * the operations table names (the body first); an operation without one gets undefined, and
 * what it was sent there is not read.
 */
export function readOperationInput<Op extends OperationId>(
  operation: Op,
  request: EmulatorRequest,
  redact: (text: string) => string,
): Checked<{ body: BodyOf<Op>; query: QueryOf<Op> }> {
  const row: { requestBody: RequestTarget | null; query: QueryTarget | null } = operations[operation];
  let body: unknown;
  if (row.requestBody !== null) {
    const read = readBody(request.body, row.requestBody, redact);
    if ('refusal' in read) return read;
    body = read.value;
  }
  let query: unknown;
  if (row.query !== null) {
    const read = readQuery(request.search, row.query, redact);
    if ('refusal' in read) return read;
    query = read.value;
  }
  return { value: { body: body as BodyOf<Op>, query: query as QueryOf<Op> } };
}

/** What a path parameter whose escapes do not decode is told it must be. */
const undecodable = {
  snapshotId: 'must be a UUID such as f9faf7df-fdc1-4093-9ef3-5cba06eef995',
  volumeId: 'must be a UUID such as 5aa119a8-d25b-45a7-8d1b-88e127885635',
  jobId: 'must be letters, digits and hyphens, such as 4010a32d535527910153552b492c0002',
  targetProjectId: 'must be percent-encoded UTF-8',
  metadataKey: 'must be percent-encoded UTF-8 (encodeURIComponent)',
} as const;

/** A path parameter checked as the spec's request target for it, decoded; the target's rules give the refusal. */
export function readPathId(
  raw: string,
  target: keyof typeof undecodable,
  field: string,
  redact: (text: string) => string,
): Checked<string> {
  return checked(
    'path',
    redact,
    (check) => {
      let id: string;
      try {
        id = decodeURIComponent(raw);
      } catch {
        // Reported as the pattern it cannot match, so that it gets that rule's code.
        return check.fail(field, 'format', raw, undecodable[target], { keyword: 'pattern' });
      }
      checkAgainstSpec(check, target, id, field);
      return id;
    },
    target,
  );
}

export function readSnapshotId(raw: string, redact: (text: string) => string): Checked<string> {
  const read = readPathId(raw, 'snapshotId', 'snapshot_id', redact);
  return 'value' in read ? { value: read.value.toLowerCase() } : read;
}
