// What the lifecycle helpers check before they send anything (the operations' own input is
// checked by operation-input.ts): listAllSnapshots' filters and options, waitForSnapshot's
// options. Problems are InputProblems; the client reports them as EvsValidationError.
import { listLimit } from '../../generated/spec-constants.js';
import type { Checker } from '../shared/input-problem.js';
import { integerIn } from '../shared/integer-range.js';
import { ownOptions } from '../shared/own-options.js';
import { checkQuery } from './operation-input.js';
import type { ListSnapshotsQuery } from './types.js';
import type { WaitOptions } from './wait.js';

/** The longest delay a Node timer takes; longer timeouts and intervals would fire at once. */
export const maxTimerMs = 2_147_483_647;

/** `listAllSnapshots` pages by itself: its filters are the list query without offset and limit. */
export const checkListFilters = (check: Checker, filters: unknown): ListSnapshotsQuery =>
  checkQuery(check, 'listSnapshotsQuery', filters, {
    keys: ['offset', 'limit'],
    why: 'is set by listAllSnapshots itself as it pages; use pageSize for the page length',
  }) as ListSnapshotsQuery;

/**
 * listAllSnapshots' own options: omitted, or an object with pageSize (the spec's limit range) and/or an AbortSignal.
 */
export function checkListAllOptions(
  check: Checker,
  options: unknown,
): { pageSize: number | undefined; signal: AbortSignal | undefined } {
  if (options === undefined) return { pageSize: undefined, signal: undefined };
  const { pageSize, signal } = ownOptions(check, 'options', options, ['pageSize', 'signal']);
  if (pageSize !== undefined) integerIn(check, 'options.pageSize', pageSize, listLimit.minimum, listLimit.maximum);
  if (signal !== undefined && !(signal instanceof AbortSignal))
    check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  return { pageSize: pageSize as number | undefined, signal: signal as AbortSignal | undefined };
}

/** waitForSnapshot's options, read once, so a getter cannot change them afterwards. */
export function checkWaitOptions(check: Checker, options: unknown): WaitOptions {
  const { until, timeoutMs, intervalMs, signal, onProgress } = ownOptions(check, 'options', options, [
    'until',
    'timeoutMs',
    'intervalMs',
    'signal',
    'onProgress',
  ]);
  if (until !== 'available' && until !== 'deleted')
    check.fail('options.until', 'enum', until, "must be 'available' or 'deleted'");
  if (timeoutMs !== undefined) integerIn(check, 'options.timeoutMs', timeoutMs, 1, maxTimerMs);
  if (intervalMs !== undefined) integerIn(check, 'options.intervalMs', intervalMs, 1, maxTimerMs);
  if (signal !== undefined && !(signal instanceof AbortSignal))
    check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  if (onProgress !== undefined && typeof onProgress !== 'function')
    check.fail('options.onProgress', 'type', onProgress, 'must be a function');
  return {
    until,
    timeoutMs: timeoutMs as number | undefined,
    intervalMs: intervalMs as number | undefined,
    signal: signal as AbortSignal | undefined,
    onProgress: onProgress as WaitOptions['onProgress'],
  };
}
