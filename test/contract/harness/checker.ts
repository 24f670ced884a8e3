// Checks one HTTP response against the description: a status documented for the operation,
// a JSON content type, and a body valid against that response's schema (Ajv, JSON Schema 2020-12).
import { deref, isObject, operationById, type JsonObject } from '../../support/openapi-document.js';
import { SchemaValidator } from '../../support/schema-validator.js';

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

const validator = new SchemaValidator();

function excerpt(text: string): string {
  return text.length > 120 ? `${JSON.stringify(text.slice(0, 120))}… (${text.length} characters)` : JSON.stringify(text);
}

export function documentedStatuses(operationId: string): string[] {
  return Object.keys(operationById(operationId).operation.responses as JsonObject);
}

export function checkResponse(operationId: string, observed: ObservedResponse): ContractViolation[] {
  const responses = operationById(operationId).operation.responses as JsonObject;
  const declared = responses[String(observed.status)] ?? responses.default;
  if (declared === undefined)
    return [{ pointer: '(status)', problem: `status ${observed.status} is not documented for ${operationId}`, expected: `one of ${Object.keys(responses).join(', ')}`, actual: String(observed.status) }];

  const content = deref(declared).content;
  if (!isObject(content)) {
    return observed.body === '' ? [] : [{ pointer: '', problem: 'this response is documented without a body', expected: 'an empty body', actual: excerpt(observed.body) }];
  }
  const media = content['application/json'];
  const mediaType = (observed.contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (!isObject(media) || mediaType !== 'application/json')
    return [{ pointer: '(content-type)', problem: 'the body is not declared as JSON', expected: 'application/json', actual: observed.contentType ?? 'no Content-Type header' }];

  let body: unknown;
  try {
    body = JSON.parse(observed.body);
  } catch (error) {
    return [{ pointer: '', problem: `the body is not valid JSON (${(error as Error).message})`, expected: 'a JSON document', actual: excerpt(observed.body) }];
  }
  return validator.violations(media.schema ?? {}, body).map((v) => ({ pointer: v.pointer, problem: `${v.rule}: ${v.message}`, expected: v.expected, actual: v.actual }));
}
