// The validators generated from the bundle (Ajv standalone code, untyped), typed once for every
// product: by request target, by response schema, and the list query as a URL carries it.
import { requestValidators as request } from '../../generated/request-validators.js';
import { responseValidators as response } from '../../generated/response-validators.js';
import type { RequestTarget } from '../../generated/spec-constants.js';
import { urlQueryValidators as urlQuery } from '../../generated/url-query-validator.js';

/** What Ajv's generated code reports; `message` only where messages were generated (the response validators). */
export interface SchemaError {
  instancePath: string;
  /** Where in the schema the rule stands (`#/dependentSchemas/snapshot_id/properties/imageRef/false schema`). */
  schemaPath?: string;
  keyword: string;
  /** Under propertyNames: the key that breaks the rule. */
  propertyName?: string;
  params: Record<string, unknown>;
  message?: string;
}

export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** The component schemas a documented response uses. */
export type ResponseSchema = keyof typeof response;

export const requestValidators: Readonly<Record<RequestTarget, Validator>> = request as Record<
  RequestTarget,
  Validator
>;
export const responseValidators: Readonly<Record<ResponseSchema, Validator>> = response as Record<
  ResponseSchema,
  Validator
>;
/** The query targets (the operations' queries, each as one object). */
export type QueryTarget = keyof typeof urlQuery;
/** Each query target from a URL: strings coerced to the spec's types in place. */
export const urlQueryValidators: Readonly<Record<QueryTarget, Validator>> = urlQuery as Record<QueryTarget, Validator>;
