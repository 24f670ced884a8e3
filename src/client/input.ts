// What the client checks before it sends anything: the spec's rules for bodies, queries and IDs
// (src/shared/rules.ts, generated from the bundle) on plain copies of what the caller passed, and
// the client's own options per call. Problems are InputProblems; the client reports them as
// EvsValidationError of the operation.
import { listLimit } from '../../generated/spec-constants.js';
import type { Checker } from '../shared/input-problem.js';
import { isRecord } from '../shared/is-record.js';
import { ownOptions } from '../shared/own-options.js';
import { type Plain, plainCopy } from '../shared/plain.js';
import { checkAgainstSpec, type RuleOptions } from '../shared/rules.js';
import type { CreateSnapshotFields, ListSnapshotsQuery, RollbackTarget, UpdateSnapshotChanges } from './types.js';
import type { WaitOptions } from './wait.js';

/** The longest delay a Node timer takes; longer timeouts and intervals would fire at once. */
export const maxTimerMs = 2_147_483_647;

export function integerIn(check: Checker, field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) check.fail(field, 'range', value, `must be an integer from ${min} to ${max}`);
  return value;
}

/** A body: the plain copy of `fields` inside its envelope, checked against the spec. The envelope has no prototype, like the copy. */
function checkedBody<T>(check: Checker, target: 'createSnapshotRequest' | 'updateSnapshotRequest' | 'rollbackRequest', key: string, fields: unknown, rules: RuleOptions): T {
  const body = Object.assign(Object.create(null) as Record<string, Plain | undefined>, { [key]: plainCopy(check, key, fields) });
  checkAgainstSpec(check, target, body, '', rules);
  return body as T;
}

export const checkCreateBody = (check: Checker, fields: unknown, rules: RuleOptions): { snapshot: CreateSnapshotFields } =>
  checkedBody(check, 'createSnapshotRequest', 'snapshot', fields, rules);
export const checkUpdateBody = (check: Checker, changes: unknown, rules: RuleOptions): { snapshot: UpdateSnapshotChanges } =>
  checkedBody(check, 'updateSnapshotRequest', 'snapshot', changes, rules);
export const checkRollbackBody = (check: Checker, target: unknown): { rollback: RollbackTarget } =>
  checkedBody(check, 'rollbackRequest', 'rollback', target, { allowReservedNamePrefix: false });

/** A snapshot ID is a UUID (the spec's SnapshotId), so it can never be `..`, `detail` or anything else that moves the request to another path. */
export function checkSnapshotId(check: Checker, snapshotId: unknown): string {
  checkAgainstSpec(check, 'snapshotId', snapshotId, 'snapshot_id');
  return snapshotId as string;
}

/** `listAllSnapshots` pages by itself: its filters are the query without offset and limit. */
export function checkListQuery(check: Checker, query: unknown, paging: boolean): ListSnapshotsQuery {
  const copy = plainCopy(check, 'query', query);
  if (!paging && isRecord(copy))
    for (const key of ['offset', 'limit'])
      if (Object.hasOwn(copy, key))
        check.fail(`query.${key}`, 'additionalProperties', copy[key], 'is set by listAllSnapshots itself as it pages; use pageSize for the page length');
  checkAgainstSpec(check, 'listSnapshotsQuery', copy, 'query');
  // A copy without a prototype: openapi-fetch walks the query with for...in, which sees nothing inherited.
  return copy as ListSnapshotsQuery;
}

export interface CallOptions {
  signal: AbortSignal | undefined;
  /** Always an own property, so that nothing inherited can stand in for it. */
  allowReservedNamePrefix: boolean;
}

/**
 * The options object of one call: omitted or a plain object with only the keys this method takes,
 * `signal` an AbortSignal and `allowReservedNamePrefix` a boolean. `null` is refused, not taken
 * for "omitted", so that a value computed by mistake fails where it was passed.
 */
export function checkCallOptions(check: Checker, options: unknown, keys: readonly (keyof CallOptions)[]): CallOptions {
  if (options === undefined) return { signal: undefined, allowReservedNamePrefix: false };
  const { signal, allowReservedNamePrefix } = ownOptions(check, 'options', options, keys);
  if (signal !== undefined && !(signal instanceof AbortSignal)) check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  if (allowReservedNamePrefix !== undefined && typeof allowReservedNamePrefix !== 'boolean')
    check.fail('options.allowReservedNamePrefix', 'type', allowReservedNamePrefix, 'must be true or false');
  return { signal: signal as AbortSignal | undefined, allowReservedNamePrefix: allowReservedNamePrefix === true };
}

/** listAllSnapshots' own options: omitted, or an object with pageSize (the spec's limit range) and/or an AbortSignal. */
export function checkListAllOptions(check: Checker, options: unknown): { pageSize: number | undefined; signal: AbortSignal | undefined } {
  if (options === undefined) return { pageSize: undefined, signal: undefined };
  const { pageSize, signal } = ownOptions(check, 'options', options, ['pageSize', 'signal']);
  if (pageSize !== undefined) integerIn(check, 'options.pageSize', pageSize, listLimit.minimum, listLimit.maximum);
  if (signal !== undefined && !(signal instanceof AbortSignal)) check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  return { pageSize: pageSize as number | undefined, signal: signal as AbortSignal | undefined };
}

/** waitForSnapshot's options, read once, so a getter cannot change them afterwards. */
export function checkWaitOptions(check: Checker, options: unknown): WaitOptions {
  const { until, timeoutMs, intervalMs, signal, onProgress } = ownOptions(check, 'options', options, ['until', 'timeoutMs', 'intervalMs', 'signal', 'onProgress']);
  if (until !== 'available' && until !== 'deleted') check.fail('options.until', 'enum', until, "must be 'available' or 'deleted'");
  if (timeoutMs !== undefined) integerIn(check, 'options.timeoutMs', timeoutMs, 1, maxTimerMs);
  if (intervalMs !== undefined) integerIn(check, 'options.intervalMs', intervalMs, 1, maxTimerMs);
  if (signal !== undefined && !(signal instanceof AbortSignal)) check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  if (onProgress !== undefined && typeof onProgress !== 'function') check.fail('options.onProgress', 'type', onProgress, 'must be a function');
  return {
    until,
    timeoutMs: timeoutMs as number | undefined,
    intervalMs: intervalMs as number | undefined,
    signal: signal as AbortSignal | undefined,
    onProgress: onProgress as WaitOptions['onProgress'],
  };
}
