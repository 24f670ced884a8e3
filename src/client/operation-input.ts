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
}

interface CheckedCallOptions {
  signal: AbortSignal | undefined;
  /** Always an own property, so that nothing inherited can stand in for it. */
  allowReservedNamePrefix: boolean;
}

/**
 * The options object of one call: omitted or a plain object with only the keys this method takes,
 * `signal` an AbortSignal and `allowReservedNamePrefix` a boolean. `null` is refused, not taken
 * for "omitted", so that a value computed by mistake fails where it was passed.
 */
function checkCallOptions(
  check: Checker,
  options: unknown,
  keys: readonly (keyof CheckedCallOptions)[],
): CheckedCallOptions {
  if (options === undefined) return { signal: undefined, allowReservedNamePrefix: false };
  const { signal, allowReservedNamePrefix } = ownOptions(check, 'options', options, keys);
  if (signal !== undefined && !(signal instanceof AbortSignal))
    check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  if (allowReservedNamePrefix !== undefined && typeof allowReservedNamePrefix !== 'boolean')
    check.fail('options.allowReservedNamePrefix', 'type', allowReservedNamePrefix, 'must be true or false');
  return { signal: signal as AbortSignal | undefined, allowReservedNamePrefix: allowReservedNamePrefix === true };
}

const signalOnly = ['signal'] as const;
const signalAndNaming = ['signal', 'allowReservedNamePrefix'] as const;

/** The options an operation takes: allowReservedNamePrefix only where its body has a rule that it lifts. */
const optionKeys = (target: RequestTarget | null) =>
  target !== null && textRules[target].some((rule) => rule.reservedPrefix !== undefined) ? signalAndNaming : signalOnly;

/**
 * A path parameter the caller gives (a snapshot ID is a UUID, so never `..`, `detail` or anything that moves the
 * request to another path).
 */
export function checkPathParameter(check: Checker, name: CallerPathParameter, value: unknown): string {
  checkAgainstSpec(check, pathTargets[name], value, name);
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
 * A body: the plain copy of each entry of the envelope the wrapper built (`{ snapshot: fields }`), named by its key.
 */
function checkBody(
  check: Checker,
  target: RequestTarget,
  envelope: object,
  rules: RuleOptions,
): Record<string, Plain | undefined> {
  const body = Object.create(null) as Record<string, Plain | undefined>;
  for (const key of Object.keys(envelope))
    body[key] = plainCopy(check, key, (envelope as Record<string, unknown>)[key]);
  checkAgainstSpec(check, target, body, '', rules);
  return body;
}

export function checkOperationInput<Op extends OperationId>(
  check: Checker,
  operationId: Op,
  input: OperationInput<Op>,
): CheckedRequest {
  const row = operations[operationId];
  const { signal, ...rules } = checkCallOptions(check, input.options, optionKeys(row.requestBody));
  const path = Object.create(null) as Record<string, string>;
  const given = (input.path ?? {}) as Record<string, unknown>;
  for (const { name } of row.parameters.path)
    if (name !== configured) path[name] = checkPathParameter(check, name, given[name]);
  return {
    path,
    query: row.query === null ? undefined : checkQuery(check, row.query, input.query),
    body: row.requestBody === null ? undefined : checkBody(check, row.requestBody, input.body ?? {}, rules),
    signal,
  };
}
