// Checks one HTTP response against the description: a status documented for the operation, a
// JSON content type, a body that is exactly a JSON text in UTF-8 (no byte order mark, no byte
// outside it), valid against that response's schema with the validators generated from the
// bundle (JSON Schema 2020-12, every error reported), and an error code the spec documents.
import { errorCodes, type OperationId, operations } from '../../generated/spec-constants.js';
import { type ResponseSchema, responseValidators } from '../shared/validators.js';
import type { CheckClass, CheckName } from './checks.js';
import { renderValue } from './render.js';
import { violationOf } from './violations.js';

export interface ObservedResponse {
  status: number;
  contentType: string | null;
  /** The body as received (bytes), or already decoded text. */
  body: string | Uint8Array;
  /** The body was longer than the tool reads and was cut. */
  truncated?: boolean;
}

export interface ContractViolation {
  /** JSON pointer into the response body (`''` for the body as a whole, `(status)` or `(content-type)` otherwise). */
  pointer: string;
  problem: string;
  expected: string;
  actual: string;
  /** The check that found it (checks.ts); the class it belongs to decides whether it fails the run. */
  check?: CheckName;
  class?: CheckClass;
}

/**
 * The start of a body for a report; `redact` runs over the whole text first, so a cut never leaves part of a secret.
 */
function excerpt(text: string, redact: (text: string) => string): string {
  const clean = redact(text);
  return clean.length > 120
    ? `${JSON.stringify(clean.slice(0, 120))}… (${clean.length} characters)`
    : JSON.stringify(clean);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The body as text, or the violation that makes it not a JSON text at the byte level. */
function textOf(body: string | Uint8Array): string | ContractViolation {
  if (typeof body === 'string') return body;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)
    return {
      pointer: '',
      problem: 'the body starts with a UTF-8 byte order mark, which a JSON text must not (RFC 8259, section 8.1)',
      expected: 'a JSON text',
      actual: 'bytes EF BB BF before it',
    };
  try {
    return strictUtf8.decode(body);
  } catch {
    const at = firstInvalidByte(body);
    return {
      pointer: '',
      problem: 'the body is not valid UTF-8',
      expected: 'a JSON text in UTF-8',
      actual: `an invalid byte sequence at byte ${at}`,
    };
  }
}

/**
 * Where the first byte that breaks UTF-8 is. A prefix that decodes still decodes when cut shorter,
 * so a binary search over prefixes finds it with O(log n) decodes: one per length was O(n²), hours
 * for a hostile body of 8 MB with a bad byte at its end.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (end: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length)) {
    // Only the end is wrong: a sequence cut short, which starts at its lead byte.
    let at = bytes.length - 1;
    while (at > 0 && ((bytes[at] ?? 0) & 0xc0) === 0x80) at--;
    return at;
  }
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  return bad - 1;
}

/**
 * The `code` of an error body in either form: wrapped (`{ "badRequest": { "code": ... } }`) or the gateway's flat one.
 */
function errorCodeOf(body: unknown): { pointer: string; code: unknown } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if ('error_code' in record) return { pointer: '/error_code', code: record.error_code };
  const [key] = Object.keys(record);
  const inner = key === undefined ? undefined : record[key];
  if (typeof inner === 'object' && inner !== null && 'code' in inner)
    return { pointer: `/${key}/code`, code: (inner as Record<string, unknown>).code };
  return undefined;
}

/** A string code must be one the error table lists for this status; Cinder's integer form must be the status itself. */
function codeViolation(status: number, body: unknown): ContractViolation | undefined {
  const found = errorCodeOf(body);
  if (!found) return undefined;
  const documented = errorCodes[String(status)];
  if (typeof found.code === 'number')
    return found.code === status
      ? undefined
      : {
          check: 'error-code',
          pointer: found.pointer,
          problem: `an integer code must be the HTTP status (${status})`,
          expected: String(status),
          actual: String(found.code),
        };
  if (typeof found.code !== 'string' || !documented || documented.includes(found.code)) return undefined;
  return {
    check: 'error-code',
    pointer: found.pointer,
    problem: `the error code is not documented for HTTP ${status}`,
    expected: `one of ${documented.join(', ')}`,
    actual: renderValue(found.code),
  };
}

/**
 * Every violation of the answer, each named by its conformance
 * check (the body's bytes and JSON text unless said otherwise).
 */
export function checkResponse(
  operationId: OperationId,
  observed: ObservedResponse,
  redact: (text: string) => string = (text) => text,
): ContractViolation[] {
  return checkAnswer(operationId, observed, redact).map((violation) => ({
    ...violation,
    check: violation.check ?? 'json-body',
    class: 'conformance',
  }));
}

function checkAnswer(
  operationId: OperationId,
  observed: ObservedResponse,
  redact: (text: string) => string,
): ContractViolation[] {
  const responses: Readonly<Record<string, ResponseSchema | null>> = operations[operationId].responses;
  const schema = responses[String(observed.status)];
  if (schema === undefined)
    return [
      {
        check: 'documented-status',
        pointer: '(status)',
        problem: `status ${observed.status} is not documented for ${operationId}`,
        expected: `one of ${Object.keys(responses).join(', ')}`,
        actual: String(observed.status),
      },
    ];
  if (observed.truncated)
    return [
      {
        pointer: '',
        problem: 'the body is longer than the contract tool reads',
        expected: 'a body of a few megabytes at most',
        actual: 'more',
      },
    ];
  const text = textOf(observed.body);
  if (typeof text !== 'string') return [text];
  if (schema === null)
    return text === ''
      ? []
      : [
          {
            pointer: '',
            problem: 'this response is documented without a body',
            expected: 'an empty body',
            actual: excerpt(text, redact),
          },
        ];

  const mediaType = (observed.contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json')
    return [
      {
        check: 'content-type',
        pointer: '(content-type)',
        problem: 'the body is not declared as JSON',
        expected: 'application/json',
        actual: observed.contentType ?? 'no Content-Type header',
      },
    ];

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // V8 quotes a cut piece of the text in its message: take the message from the redacted text.
    let reason = 'it cannot be parsed';
    try {
      JSON.parse(redact(text));
    } catch (error) {
      reason = (error as Error).message;
    }
    return [
      {
        pointer: '',
        problem: `the body is not valid JSON (${reason})`,
        expected: 'a JSON document',
        actual: excerpt(text, redact),
      },
    ];
  }
  const validate = responseValidators[schema];
  if (validate(body)) {
    const code = observed.status >= 400 ? codeViolation(observed.status, body) : undefined;
    return code ? [code] : [];
  }
  return (validate.errors ?? [])
    .map((error) => violationOf(error, body))
    .map((v) => ({
      check: 'response-schema',
      pointer: v.pointer,
      problem: `${v.rule}: ${v.message}`,
      expected: v.expected,
      actual: v.actual,
    }));
}
