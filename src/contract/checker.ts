// Checks one HTTP response against the description: a status documented for the operation, a
// JSON content type, and a body valid against that response's schema, with the validators
// generated from the bundle (JSON Schema 2020-12, every error reported).
import * as responseValidators from '../../generated/response-validators.js';
import { type OperationId, operations } from '../../generated/spec-constants.js';
import { type SchemaError, violationOf } from './violations.js';

export interface ObservedResponse {
  status: number;
  contentType: string | null;
  body: string;
}

export interface ContractViolation {
  /** JSON pointer into the response body (`''` for the body as a whole, `(status)` or `(content-type)` otherwise). */
  pointer: string;
  problem: string;
  expected: string;
  actual: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
const validators = responseValidators as unknown as Record<string, Validator | undefined>;

/** The start of a body for a report; `redact` runs over the whole text first, so a cut never leaves part of a secret. */
function excerpt(text: string, redact: (text: string) => string): string {
  const clean = redact(text);
  return clean.length > 120 ? `${JSON.stringify(clean.slice(0, 120))}… (${clean.length} characters)` : JSON.stringify(clean);
}

export function checkResponse(operationId: OperationId, observed: ObservedResponse, redact: (text: string) => string = (text) => text): ContractViolation[] {
  const responses: Readonly<Record<string, string | null>> = operations[operationId].responses;
  const schema = responses[String(observed.status)];
  if (schema === undefined)
    return [
      {
        pointer: '(status)',
        problem: `status ${observed.status} is not documented for ${operationId}`,
        expected: `one of ${Object.keys(responses).join(', ')}`,
        actual: String(observed.status),
      },
    ];
  if (schema === null)
    return observed.body === '' ? [] : [{ pointer: '', problem: 'this response is documented without a body', expected: 'an empty body', actual: excerpt(observed.body, redact) }];

  const mediaType = (observed.contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json')
    return [{ pointer: '(content-type)', problem: 'the body is not declared as JSON', expected: 'application/json', actual: observed.contentType ?? 'no Content-Type header' }];

  let body: unknown;
  try {
    body = JSON.parse(observed.body);
  } catch {
    // V8 quotes a cut piece of the text in its message: take the message from the redacted text.
    let reason = 'it cannot be parsed';
    try {
      JSON.parse(redact(observed.body));
    } catch (error) {
      reason = (error as Error).message;
    }
    return [{ pointer: '', problem: `the body is not valid JSON (${reason})`, expected: 'a JSON document', actual: excerpt(observed.body, redact) }];
  }
  const validate = validators[`validate${schema}`];
  if (!validate) throw new Error(`no generated validator for ${schema}: run npm run build`);
  if (validate(body)) return [];
  return (validate.errors ?? [])
    .map((error) => violationOf(error, body))
    .map((v) => ({ pointer: v.pointer, problem: `${v.rule}: ${v.message}`, expected: v.expected, actual: v.actual }));
}
