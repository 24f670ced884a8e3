// Checks a JSON Schema cannot express (UTF-8 byte limits, the reserved name prefix) plus the
// schema's own rules, so that bad input fails before anything is sent, naming field, rule and value.
import { maxBytes, snapshotStatuses } from '../generated/spec-constants.js';
import { EvsValidationError } from './errors.js';
import { ownOptions } from './own-options.js';
import type { CreateSnapshotFields, ListSnapshotsQuery, RollbackTarget, UpdateSnapshotChanges } from './types.js';
import type { WaitOptions } from './wait.js';

/** Removes secrets from a text (the client's redactor); the identity where none are known. */
export type Redact = (text: string) => string;

/** The service names the snapshots it makes during disk backups with this prefix and restricts them. */
export const reservedNamePrefix = 'autobk_snapshot_';

/** The longest delay a Node timer takes; longer timeouts and intervals would fire at once. */
export const maxTimerMs = 2_147_483_647;
/** EVS rejects metadata of this size or more with EVS.1005. */
const metadataMaxBytes = 1_048_576;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encoder = new TextEncoder();

export interface FieldRulesOptions {
  /** Accept names starting with `autobk_snapshot_`, which the service restricts. */
  allowReservedNamePrefix?: boolean | undefined;
}

export interface CheckedCallOptions {
  signal: AbortSignal | undefined;
  /** Always an own property, so that nothing inherited can stand in for it. */
  allowReservedNamePrefix: boolean;
}

/**
 * The options object of one call: omitted or a plain object with only the keys this method takes,
 * `signal` an AbortSignal and `allowReservedNamePrefix` a boolean. `null` is refused, not taken
 * for "omitted", so that a value computed by mistake fails where it was passed.
 */
export function checkCallOptions(operation: string, options: unknown, keys: readonly (keyof CheckedCallOptions)[], redact?: Redact): CheckedCallOptions {
  if (options === undefined) return { signal: undefined, allowReservedNamePrefix: false };
  const check: Checker = new Checker(operation, redact);
  const { signal, allowReservedNamePrefix } = ownOptions(check, 'options', options, keys);
  if (signal !== undefined && !(signal instanceof AbortSignal)) check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  if (allowReservedNamePrefix !== undefined && typeof allowReservedNamePrefix !== 'boolean')
    check.fail('options.allowReservedNamePrefix', 'type', allowReservedNamePrefix, 'must be true or false');
  return { signal: signal as AbortSignal | undefined, allowReservedNamePrefix: allowReservedNamePrefix === true };
}

/** A short rendering of a rejected value for error messages. */
export function describeValue(value: unknown, redact: (text: string) => string = (text) => text): string {
  if (typeof value === 'string') {
    // Redacted before it is cut: a secret passed by mistake must not show its first 40 characters.
    const clean = redact(value);
    const shown = clean.length > 40 ? `${JSON.stringify(clean.slice(0, 40))}…` : JSON.stringify(clean);
    return `${shown} (string, ${encoder.encode(value).length} UTF-8 bytes)`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `${String(value)} (${typeof value})`;
}

/** Records field, rule and value of the first broken rule of one operation's input. */
export class Checker {
  constructor(
    private readonly operation: string,
    private readonly redact: (text: string) => string = (text) => text,
  ) {}

  fail(field: string, rule: string, value: unknown, detail: string): never {
    return this.failShowing(field, rule, describeValue(value, this.redact), detail);
  }

  /** Like fail, with the value already rendered (a kind of object, a redacted secret). */
  failShowing(field: string, rule: string, shown: string, detail: string): never {
    throw new EvsValidationError({ operation: this.operation, field, rule, value: shown, detail });
  }

  plainObject(field: string, value: unknown): asserts value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(field, 'type', value, 'must be an object');
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) this.failShowing(field, 'type', 'an object with a prototype', 'must be a plain object');
  }

  onlyKnownKeys(field: string, value: Record<string, unknown>, known: readonly string[]): void {
    for (const key of Object.keys(value))
      if (!known.includes(key)) this.fail(`${field}.${key}`, 'additionalProperties', value[key], `is not a field of ${field}; expected one of ${known.join(', ')}`);
  }

  text(field: string, value: unknown, limit: number): void {
    if (typeof value !== 'string') this.fail(field, 'type', value, 'must be a string');
    const bytes = encoder.encode(value).length;
    if (bytes > limit) this.fail(field, 'maxBytes', value, `must be at most ${limit} UTF-8 bytes, but is ${bytes}`);
  }

  /** A snapshot ID is a UUID (the spec's SnapshotId), so it can never be `..`, `detail` or anything else that moves the request to another path. */
  snapshotId(value: unknown): asserts value is string {
    if (typeof value !== 'string') this.fail('snapshot_id', 'type', value, 'must be a string');
    if (!uuidPattern.test(value)) this.fail('snapshot_id', 'format', value, 'must be a UUID such as f9faf7df-fdc1-4093-9ef3-5cba06eef995');
  }

  integerIn(field: string, value: unknown, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) this.fail(field, 'range', value, `must be an integer from ${min} to ${max}`);
    return value;
  }

  uuid(field: string, value: unknown): void {
    if (value === undefined) this.fail(field, 'required', value, 'is required');
    if (typeof value !== 'string') this.fail(field, 'type', value, 'must be a string');
    if (!uuidPattern.test(value)) this.fail(field, 'format', value, 'must be a UUID');
  }

  name(field: string, value: unknown, options: FieldRulesOptions): void {
    this.text(field, value, maxBytes.name);
    if (!options.allowReservedNamePrefix && (value as string).startsWith(reservedNamePrefix))
      this.fail(field, 'reservedPrefix', value, `must not start with "${reservedNamePrefix}", which the service reserves for backup snapshots (pass allowReservedNamePrefix: true to send it anyway)`);
  }
}

const createKeys = ['volume_id', 'force', 'metadata', 'description', 'name'] as const;
const updateKeys = ['name', 'description'] as const;

export function validateCreateSnapshot(fields: unknown, options: FieldRulesOptions = {}, redact?: Redact): asserts fields is CreateSnapshotFields {
  const check: Checker = new Checker('createSnapshot', redact);
  check.plainObject('snapshot', fields);
  check.onlyKnownKeys('snapshot', fields, createKeys);
  const { volume_id, force, metadata, description, name } = fields;
  check.uuid('snapshot.volume_id', volume_id);
  if (force !== undefined && typeof force !== 'boolean') check.fail('snapshot.force', 'type', force, 'must be a boolean');
  if (metadata !== undefined) {
    check.plainObject('snapshot.metadata', metadata);
    for (const [key, value] of Object.entries(metadata))
      if (typeof value !== 'string') check.fail(`snapshot.metadata.${key}`, 'type', value, 'must be a string (metadata values are strings)');
    const bytes = encoder.encode(JSON.stringify(metadata)).length;
    if (bytes >= metadataMaxBytes) check.fail('snapshot.metadata', 'maxBytes', metadata, `must be smaller than ${metadataMaxBytes} bytes as JSON (EVS.1005), but is ${bytes}`);
  }
  if (description !== undefined && description !== null) check.text('snapshot.description', description, maxBytes.description);
  if (name !== undefined) check.name('snapshot.name', name, options);
}

export function validateUpdateSnapshot(snapshotId: unknown, changes: unknown, options: FieldRulesOptions = {}, redact?: Redact): asserts changes is UpdateSnapshotChanges {
  const check: Checker = new Checker('updateSnapshot', redact);
  check.snapshotId(snapshotId);
  check.plainObject('snapshot', changes);
  check.onlyKnownKeys('snapshot', changes, updateKeys);
  if (changes.name !== undefined) check.name('snapshot.name', changes.name, options);
  if (changes.description !== undefined) check.text('snapshot.description', changes.description, maxBytes.description);
}

/** Show, delete and wait take nothing but the snapshot ID. */
export function validateSnapshotId(operation: string, snapshotId: unknown, redact?: Redact): asserts snapshotId is string {
  const check: Checker = new Checker(operation, redact);
  check.snapshotId(snapshotId);
}

const textFilters = ['volume_id', 'availability_zone', 'service_type', 'dedicated_storage_id', 'dedicated_storage_name', 'enterprise_project_id'] as const;
const filterKeys = ['name', 'status', 'id', ...textFilters] as const;

/** List filters; `paging` says whether offset and limit are the caller's (listSnapshots) or the iterator's. */
export function validateListQuery(operation: string, query: unknown, paging: boolean, redact?: Redact): asserts query is ListSnapshotsQuery {
  const check: Checker = new Checker(operation, redact);
  check.plainObject('query', query);
  check.onlyKnownKeys('query', query, paging ? ['offset', 'limit', ...filterKeys] : filterKeys);
  if (query.offset !== undefined) check.integerIn('query.offset', query.offset, 0, Number.MAX_SAFE_INTEGER);
  if (query.limit !== undefined) check.integerIn('query.limit', query.limit, 1, 1000);
  if (query.name !== undefined) check.text('query.name', query.name, maxBytes.name);
  if (query.status !== undefined && !(snapshotStatuses as readonly unknown[]).includes(query.status))
    check.fail('query.status', 'enum', query.status, `must be one of ${snapshotStatuses.join(', ')}`);
  for (const key of textFilters) if (query[key] !== undefined && typeof query[key] !== 'string') check.fail(`query.${key}`, 'type', query[key], 'must be a string');
  if (query.id !== undefined) {
    if (!Array.isArray(query.id)) check.fail('query.id', 'type', query.id, 'must be an array of snapshot IDs');
    query.id.forEach((id: unknown, index: number) => {
      if (typeof id !== 'string' || id === '') check.fail(`query.id[${index}]`, 'type', id, 'must be a non-empty string');
    });
  }
}

export function validateRollback(snapshotId: unknown, target: unknown, redact?: Redact): asserts target is RollbackTarget {
  const check: Checker = new Checker('rollbackSnapshot', redact);
  check.snapshotId(snapshotId);
  check.plainObject('rollback', target);
  check.onlyKnownKeys('rollback', target, ['volume_id', 'name']);
  check.uuid('rollback.volume_id', target.volume_id);
  if (target.name !== undefined) check.text('rollback.name', target.name, maxBytes.name);
}

/** Checks the options of waitForSnapshot and returns them read once, so a getter cannot change them afterwards. */
export function validateWait(snapshotId: unknown, options: unknown, redact?: Redact): WaitOptions {
  const check: Checker = new Checker('waitForSnapshot', redact);
  check.snapshotId(snapshotId);
  const { until, timeoutMs, intervalMs, signal, onProgress } = ownOptions(check, 'options', options, ['until', 'timeoutMs', 'intervalMs', 'signal', 'onProgress']);
  if (until !== 'available' && until !== 'deleted') check.fail('options.until', 'enum', until, "must be 'available' or 'deleted'");
  if (timeoutMs !== undefined) check.integerIn('options.timeoutMs', timeoutMs, 1, maxTimerMs);
  if (intervalMs !== undefined) check.integerIn('options.intervalMs', intervalMs, 1, maxTimerMs);
  if (signal !== undefined && !(signal instanceof AbortSignal)) check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  if (onProgress !== undefined && typeof onProgress !== 'function') check.fail('options.onProgress', 'type', onProgress, 'must be a function');
  return { until, timeoutMs: timeoutMs as number | undefined, intervalMs: intervalMs as number | undefined, signal: signal as AbortSignal | undefined, onProgress: onProgress as WaitOptions['onProgress'] };
}

export interface CheckedListAllOptions {
  pageSize?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** listAllSnapshots' own options: omitted, or an object with pageSize (1 to 1000) and/or an AbortSignal. */
export function validateListAllOptions(options: unknown, redact?: Redact): CheckedListAllOptions {
  if (options === undefined) return {};
  const check: Checker = new Checker('listAllSnapshots', redact);
  const { pageSize, signal } = ownOptions(check, 'options', options, ['pageSize', 'signal']);
  if (pageSize !== undefined) check.integerIn('options.pageSize', pageSize, 1, 1000);
  if (signal !== undefined && !(signal instanceof AbortSignal)) check.fail('options.signal', 'type', signal, 'must be an AbortSignal');
  return { pageSize: pageSize as number | undefined, signal: signal as AbortSignal | undefined };
}
