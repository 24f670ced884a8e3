// What the lifecycle helpers check before they send anything (the operations' own input is
// checked by operation-input.ts): listAllSnapshots' filters and options, waitForSnapshot's
// options. Problems are InputProblems; the client reports them as EvsValidationError.
import { type OperationId, operations } from '../../generated/spec-constants.js';
import type { Checker } from '../shared/input-problem.js';
import { integerIn } from '../shared/integer-range.js';
import { ownOptions } from '../shared/own-options.js';
import type { FollowOptions } from './follow.js';
import { checkClientTokenFor, checkPathParameter, checkQuery } from './operation-input.js';
import type { ListSnapshotsQuery, ListVolumesQuery, VolumeMetadata, VolumeType } from './types.js';
import type { WaitOptions } from './wait.js';

/** The longest delay a Node timer takes; longer timeouts and intervals would fire at once. */
export const maxTimerMs = 2_147_483_647;

/** `listAllSnapshots` pages by itself: its filters are the list query without offset and limit. */
export const checkListFilters = (check: Checker, filters: unknown): ListSnapshotsQuery =>
  checkQuery(check, 'listSnapshotsQuery', filters, {
    keys: ['offset', 'limit'],
    why: 'is set by listAllSnapshots itself as it pages; use pageSize for the page length',
  }) as ListSnapshotsQuery;

/** `listAllVolumes` pages by itself: its filters are the disk list query without marker, offset and limit. */
export const checkVolumeFilters = (check: Checker, filters: unknown): ListVolumesQuery =>
  checkQuery(check, 'listVolumesQuery', filters, {
    keys: ['marker', 'offset', 'limit'],
    why: 'is set by listAllVolumes itself as it pages; use pageSize for the page length',
  }) as ListVolumesQuery;

/** The bounds of a list operation's `limit` query parameter, from its row of the operations table. */
function limitBounds(listOperation: OperationId): { minimum: number; maximum: number } {
  const query = operations[listOperation].parameters.query as readonly { name: string; schema: unknown }[];
  const schema = query.find((parameter) => parameter.name === 'limit')?.schema as
    | { minimum?: unknown; maximum?: unknown }
    | undefined;
  if (typeof schema?.minimum !== 'number' || typeof schema.maximum !== 'number')
    throw new Error(`${listOperation} has no limit with a minimum and a maximum in the spec (src/client/input.ts)`);
  return { minimum: schema.minimum, maximum: schema.maximum };
}

/**
 * A list walk's own options: omitted, or an object with pageSize (the `limit` range of the list it pages,
 * `listOperation`) and/or an AbortSignal.
 */
export function checkListAllOptions(
  check: Checker,
  options: unknown,
  listOperation: OperationId,
): { pageSize: number | undefined; signal: AbortSignal | undefined } {
  if (options === undefined) return { pageSize: undefined, signal: undefined };
  const { pageSize, signal } = ownOptions(check, 'options', options, ['pageSize', 'signal']);
  if (pageSize !== undefined) {
    const { minimum, maximum } = limitBounds(listOperation);
    integerIn(check, 'options.pageSize', pageSize, minimum, maximum);
  }
  if (signal !== undefined && !(signal instanceof AbortSignal))
    check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  return { pageSize: pageSize as number | undefined, signal: signal as AbortSignal | undefined };
}

/**
 * evs.cinder.listAllSnapshots' options: listAllSnapshots' ones and `detail`, a boolean; pageSize within the
 * `limit` range of the list `listOperation(detail)` names.
 */
export function checkCinderListAllOptions(
  check: Checker,
  options: unknown,
  listOperation: (detail: boolean) => OperationId,
): { detail: boolean; pageSize: number | undefined; signal: AbortSignal | undefined } {
  if (options === undefined) return { detail: false, pageSize: undefined, signal: undefined };
  const { detail, ...rest } = ownOptions(check, 'options', options, ['detail', 'pageSize', 'signal']);
  if (detail !== undefined && typeof detail !== 'boolean')
    check.fail('options.detail', 'type', detail, 'must be true or false');
  return { detail: detail === true, ...checkListAllOptions(check, rest, listOperation(detail === true)) };
}

/** waitForSnapshot's options, read once, so a getter cannot change them afterwards. */
export function checkWaitOptions(check: Checker, options: unknown): WaitOptions {
  const given = ownOptions(check, 'options', options, ['until', ...followKeys]);
  const { until } = given;
  if (until !== 'available' && until !== 'deleted')
    check.fail('options.until', 'enum', until, "must be 'available' or 'deleted'");
  // The same checks as waitForJob's; only the progress a snapshot wait reports differs in type.
  return { until, ...followOptionsOf(check, given), onProgress: given.onProgress as WaitOptions['onProgress'] };
}

/** The options of waitForJob (all optional), read once. */
export function checkFollowOptions(check: Checker, options: unknown): FollowOptions {
  if (options === undefined) return {};
  return followOptionsOf(check, ownOptions(check, 'options', options, followKeys));
}

const followKeys = ['timeoutMs', 'intervalMs', 'signal', 'onProgress'] as const;

function followOptionsOf(check: Checker, given: Record<string, unknown>): FollowOptions {
  const { timeoutMs, intervalMs, signal, onProgress } = given;
  if (timeoutMs !== undefined) integerIn(check, 'options.timeoutMs', timeoutMs, 1, maxTimerMs);
  if (intervalMs !== undefined) integerIn(check, 'options.intervalMs', intervalMs, 1, maxTimerMs);
  if (signal !== undefined && !(signal instanceof AbortSignal))
    check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  if (onProgress !== undefined && typeof onProgress !== 'function')
    check.fail('options.onProgress', 'type', onProgress, 'must be a function');
  return {
    timeoutMs: timeoutMs as number | undefined,
    intervalMs: intervalMs as number | undefined,
    signal: signal as AbortSignal | undefined,
    onProgress: onProgress as FollowOptions['onProgress'],
  };
}

/** Which create restoreSnapshot sends: Open Telekom Cloud's (`v2`) or Huawei Cloud's (`v2.1`). */
export type RestoreApi = 'v2' | 'v2.1';

/** restoreSnapshot's options: what the new disk gets, which create to use, and how to wait. */
export interface RestoreOptions extends FollowOptions {
  /** GB; at least the snapshot's size, which is the default. */
  size?: number | undefined;
  name?: string | undefined;
  description?: string | undefined;
  metadata?: VolumeMetadata | undefined;
  /** `v2` (default): POST /v2/{project_id}/cloudvolumes; `v2.1`: Huawei Cloud's create, with X-Client-Token. */
  api?: RestoreApi | undefined;
  /** With api `v2.1`: the X-Client-Token to send (36 characters); a fresh UUID when left out. */
  clientToken?: string | undefined;
  /**
   * The disk type of the new disk, needed only when the source disk does not say it (Open Telekom
   * Cloud's show example has `volume_type: null`); it must be the source disk's type when that is known.
   */
  volumeType?: VolumeType | undefined;
}

export interface CheckedRestore {
  snapshotId: string;
  size: number | undefined;
  /** The fields the caller gives the new disk, as given; the spec's rules check them with the create. */
  fields: { name?: unknown; description?: unknown; metadata?: unknown };
  api: RestoreApi;
  clientToken: string | undefined;
  /** As given; the spec's rules check it with the create. */
  volumeType: unknown;
  follow: FollowOptions;
}

/**
 * restoreSnapshot's arguments, read once, checked as far as they can be before anything is read from the service:
 * the snapshot ID, the option names and kinds. The size against the snapshot's, and name, description and metadata
 * by the create's rules, are checked once the snapshot is known, before the create is sent.
 */
export function checkRestore(check: Checker, snapshotId: unknown, options: unknown): CheckedRestore {
  const id = checkPathParameter(check, 'snapshot_id', snapshotId);
  const given =
    options === undefined
      ? {}
      : ownOptions(check, 'options', options, [
          'size',
          'name',
          'description',
          'metadata',
          'api',
          'clientToken',
          'volumeType',
          ...followKeys,
        ]);
  const { size, name, description, metadata, api = 'v2', clientToken, volumeType } = given;
  if (size !== undefined && (typeof size !== 'number' || !Number.isInteger(size) || size < 1))
    check.fail('options.size', 'type', size, "must be a whole number of GB, at least the snapshot's size");
  if (api !== 'v2' && api !== 'v2.1') check.fail('options.api', 'enum', api, "must be 'v2' or 'v2.1'");
  if (clientToken !== undefined && api !== 'v2.1')
    check.fail(
      'options.clientToken',
      'dependency',
      clientToken,
      "is sent only with api 'v2.1' (Huawei Cloud's create)",
    );
  if (clientToken !== undefined) checkClientTokenFor(check, 'createVolumeV21', clientToken);
  const fields: CheckedRestore['fields'] = {};
  if (name !== undefined) fields.name = name;
  if (description !== undefined) fields.description = description;
  if (metadata !== undefined) fields.metadata = metadata;
  return {
    snapshotId: id,
    size: size as number | undefined,
    fields,
    api,
    clientToken: clientToken as string | undefined,
    volumeType,
    follow: followOptionsOf(check, given),
  };
}
