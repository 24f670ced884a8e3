// What one call of an operation sends, checked as the generated operations table describes that
// operation: the call's options, then each path parameter the caller gives (project_id is the
// configuration's), then the query and the JSON body, each a plain copy of what the caller passed
// and checked by the spec's rules for its request target (src/shared/rules.ts).
import type { operations as Operations } from '../../generated/schema.js';
import {
  type OperationId,
  operations,
  pathParameterTargets,
  type RequestTarget,
  textRules,
} from '../../generated/spec-constants.js';
import type { Checker } from '../shared/input-problem.js';
import { isRecord } from '../shared/is-record.js';
import { ownOptions } from '../shared/own-options.js';
import { type Plain, plainCopy } from '../shared/plain.js';
import { checkAgainstSpec, type RuleOptions } from '../shared/rules.js';

/** The path parameter every operation takes from the client's configuration rather than from the caller. */
const configured = 'project_id';

/** The path parameters a caller gives, over every operation of the table. */
type CallerPathParameter = Exclude<
  (typeof operations)[OperationId]['parameters']['path'][number]['name'],
  typeof configured
>;
// A path parameter without a request target is a compile error here, and a load error below.
const pathTargets: Readonly<Record<CallerPathParameter, RequestTarget>> = pathParameterTargets;
for (const [operationId, row] of Object.entries(operations))
  for (const { name } of row.parameters.path)
    if (name !== configured && !Object.hasOwn(pathTargets, name))
      throw new Error(
        `${operationId}: path parameter ${name} has no request target to check it (pathTargets in ` +
          `scripts/build/targets.ts)`,
      );

type JsonBodyOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** What a caller passes to an operation, typed by the generated schema; all of it is checked at run time as well. */
export interface OperationInput<Op extends OperationId> {
  path?: Omit<Operations[Op]['parameters']['path'], typeof configured>;
  query?: Operations[Op]['parameters']['query'];
  body?: JsonBodyOf<Operations[Op]['requestBody']>;
  /** The call's options (signal, allowReservedNamePrefix where the body has a name with a reserved prefix). */
  options?: unknown;
}

/** The checked request: plain copies without a prototype, sent as they are. */
export interface CheckedRequest {
  path: Record<string, string>;
  query: Record<string, Plain> | undefined;
  body: Record<string, Plain | undefined> | undefined;
  signal: AbortSignal | undefined;
  /** Header parameters the operation documents (X-Client-Token, OpenStack-API-Version). */
  headers?: Record<string, string> | undefined;
  /** A POST whose repetition has the effect of one call (a metadata add): retried like a PUT. */
  repeatable?: boolean | undefined;
}

interface CheckedCallOptions {
  signal: AbortSignal | undefined;
  /** Always an own property, so that nothing inherited can stand in for it. */
  allowReservedNamePrefix: boolean;
  clientToken: string | undefined;
}

/** The header a `clientToken` option fills, on the operations that document it (Huawei Cloud's create). */
export const clientTokenHeader = 'X-Client-Token';

type HeaderSchema = { minLength?: number; maxLength?: number; pattern?: string };

/** The schema the operations table gives the operation's X-Client-Token header; undefined where it has none. */
function clientTokenSchema(operationId: OperationId): HeaderSchema | undefined {
  const headers = operations[operationId].parameters.header as readonly { name: string; schema: HeaderSchema }[];
  return headers.find((header) => header.name === clientTokenHeader)?.schema;
}

/** A `clientToken` option for `operationId`, which must document X-Client-Token. */
export function checkClientTokenFor(check: Checker, operationId: OperationId, value: unknown): string {
  const schema = clientTokenSchema(operationId);
  if (schema === undefined) throw new Error(`${operationId} documents no ${clientTokenHeader} header`);
  return checkClientToken(check, schema, value);
}

/** An idempotency key as the operation's header schema wants it (Huawei Cloud: 36 characters, a UUID). */
function checkClientToken(check: Checker, schema: HeaderSchema, value: unknown): string {
  const { minLength = 1, maxLength = Number.POSITIVE_INFINITY, pattern } = schema;
  const length = minLength === maxLength ? `${minLength} characters` : `${minLength} to ${maxLength} characters`;
  const what = `must be a string of ${length} (a UUID such as crypto.randomUUID() gives)`;
  if (typeof value !== 'string') check.fail('options.clientToken', 'type', value, what);
  if (value.length < minLength || value.length > maxLength) check.fail('options.clientToken', 'length', value, what);
  if (pattern !== undefined && !new RegExp(pattern, 'u').test(value))
    check.fail('options.clientToken', 'pattern', value, `${what}, matching ${pattern}`);
  // A header value cannot hold control characters; fetch would throw a TypeError naming it.
  if (/[^\x20-\x7e]/.test(value))
    check.fail('options.clientToken', 'format', value, `${what}, of printable ASCII characters`);
  return value;
}

/**
 * The options object of one call: omitted or a plain object with only the keys this method takes,
 * `signal` an AbortSignal and `allowReservedNamePrefix` a boolean. `null` is refused, not taken
 * for "omitted", so that a value computed by mistake fails where it was passed.
 */
function checkCallOptions(check: Checker, options: unknown, operationId: OperationId): CheckedCallOptions {
  if (options === undefined) return { signal: undefined, allowReservedNamePrefix: false, clientToken: undefined };
  const tokenSchema = clientTokenSchema(operationId);
  const { signal, allowReservedNamePrefix, clientToken } = ownOptions(
    check,
    'options',
    options,
    optionKeys(operations[operationId].requestBody, tokenSchema !== undefined),
  );
  if (signal !== undefined && !(signal instanceof AbortSignal))
    check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  if (allowReservedNamePrefix !== undefined && typeof allowReservedNamePrefix !== 'boolean')
    check.fail('options.allowReservedNamePrefix', 'type', allowReservedNamePrefix, 'must be true or false');
  return {
    signal: signal as AbortSignal | undefined,
    allowReservedNamePrefix: allowReservedNamePrefix === true,
    clientToken:
      clientToken === undefined || tokenSchema === undefined
        ? undefined
        : checkClientToken(check, tokenSchema, clientToken),
  };
}

/**
 * The options an operation takes: allowReservedNamePrefix only where its body has a rule that it lifts,
 * clientToken only where it documents X-Client-Token.
 */
function optionKeys(target: RequestTarget | null, takesClientToken: boolean): string[] {
  const keys = ['signal'];
  if (target !== null && textRules[target].some((rule) => rule.reservedPrefix !== undefined))
    keys.push('allowReservedNamePrefix');
  if (takesClientToken) keys.push('clientToken');
  return keys;
}

/** The path segments that URL parsing (WHATWG, RFC 3986 section 5.2.4) resolves as navigation, not as names. */
const dotSegments: ReadonlySet<unknown> = new Set(['.', '..']);

/**
 * A path parameter the caller gives (a snapshot ID is a UUID, so never `..`, `detail` or anything that moves the
 * request to another path). A free-form one (a metadata key) is sent percent-encoded, which leaves `.` and `..` as
 * they are: the URL would drop them as dot segments, and `DELETE …/metadata/..` would become `DELETE` of the
 * snapshot. They are refused whatever the spec allows.
 */
export function checkPathParameter(check: Checker, name: CallerPathParameter, value: unknown): string {
  checkAgainstSpec(check, pathTargets[name], value, name);
  if (dotSegments.has(value))
    check.fail(
      name,
      'dotSegment',
      value,
      'cannot be sent in a URL path: "." and ".." are dot segments, which URL parsing resolves as navigation ' +
        '(the request would reach another resource, e.g. the snapshot instead of its metadata key)',
    );
  // encodeURIComponent throws on a lone surrogate: refused here as bodies and queries are (plain.ts), it names the
  // key instead of surfacing from the transport as a network error with no request sent.
  if (typeof value === 'string' && !value.isWellFormed())
    check.fail(
      name,
      'format',
      value,
      'must be well-formed Unicode text (it has a lone surrogate, which cannot be sent as UTF-8)',
    );
  return value as string;
}

/** A query: the plain copy of what the caller passed, `refused` keys (with why) refused, then checked as `target`. */
export function checkQuery(
  check: Checker,
  target: RequestTarget,
  query: unknown,
  refused?: { keys: readonly string[]; why: string },
): Record<string, Plain> {
  const copy = plainCopy(check, 'query', query);
  if (refused && isRecord(copy))
    for (const key of refused.keys)
      if (Object.hasOwn(copy, key)) check.fail(`query.${key}`, 'additionalProperties', copy[key], refused.why);
  checkAgainstSpec(check, target, copy, 'query');
  // A copy without a prototype: openapi-fetch walks the query with for...in, which sees nothing inherited.
  return copy as Record<string, Plain>;
}

/**
 * A body: the plain copy of each entry of the envelope the wrapper built (`{ snapshot: fields }`) or the caller gave
 * whole (createVolumeV21's request), named by its key.
 */
function checkBody(
  check: Checker,
  target: RequestTarget,
  envelope: unknown,
  rules: RuleOptions,
): Record<string, Plain | undefined> {
  const entries = ownOptions(check, 'request', envelope, undefined);
  const body = Object.create(null) as Record<string, Plain | undefined>;
  for (const key of Object.keys(entries)) body[key] = plainCopy(check, key, entries[key]);
  checkAgainstSpec(check, target, body, '', rules);
  return body;
}

export function checkOperationInput<Op extends OperationId>(
  check: Checker,
  operationId: Op,
  input: OperationInput<Op>,
): CheckedRequest {
  const row = operations[operationId];
  const { signal, clientToken, ...rules } = checkCallOptions(check, input.options, operationId);
  const path = Object.create(null) as Record<string, string>;
  const given = (input.path ?? {}) as Record<string, unknown>;
  for (const { name } of row.parameters.path)
    if (name !== configured) path[name] = checkPathParameter(check, name, given[name]);
  return {
    path,
    query: row.query === null ? undefined : checkQuery(check, row.query, input.query),
    body:
      row.requestBody === null
        ? undefined
        : checkBody(check, row.requestBody, input.body === undefined ? {} : input.body, rules),
    signal,
    headers: clientToken === undefined ? undefined : { [clientTokenHeader]: clientToken },
  };
}
