// Checks a JSON Schema cannot express (UTF-8 byte limits, the reserved name prefix) plus the
// schema's own rules, so that bad input fails before anything is sent, naming field, rule and value.
import { maxBytes } from '../generated/spec-constants.js';
import { EvsValidationError } from './errors.js';
import type { CreateSnapshotFields, UpdateSnapshotChanges } from './types.js';

/** The service names the snapshots it makes during disk backups with this prefix and restricts them. */
export const reservedNamePrefix = 'autobk_snapshot_';

/** EVS rejects metadata of this size or more with EVS.1005. */
const metadataMaxBytes = 1_048_576;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encoder = new TextEncoder();

export interface FieldRulesOptions {
  /** Accept names starting with `autobk_snapshot_`, which the service restricts. */
  allowReservedNamePrefix?: boolean | undefined;
}

/** A short rendering of a rejected value for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
    return `${shown} (string, ${encoder.encode(value).length} UTF-8 bytes)`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `${String(value)} (${typeof value})`;
}

class Checker {
  constructor(private readonly operation: string) {}

  fail(field: string, rule: string, value: unknown, detail: string): never {
    throw new EvsValidationError({ operation: this.operation, field, rule, value: describeValue(value), detail });
  }

  plainObject(field: string, value: unknown): asserts value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(field, 'type', value, 'must be an object');
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

  name(field: string, value: unknown, options: FieldRulesOptions): void {
    this.text(field, value, maxBytes.name);
    if (!options.allowReservedNamePrefix && (value as string).startsWith(reservedNamePrefix))
      this.fail(field, 'reservedPrefix', value, `must not start with "${reservedNamePrefix}", which the service reserves for backup snapshots (pass allowReservedNamePrefix: true to send it anyway)`);
  }
}

const createKeys = ['volume_id', 'force', 'metadata', 'description', 'name'] as const;
const updateKeys = ['name', 'description'] as const;

export function validateCreateSnapshot(fields: unknown, options: FieldRulesOptions = {}): asserts fields is CreateSnapshotFields {
  const check: Checker = new Checker('createSnapshot');
  check.plainObject('snapshot', fields);
  check.onlyKnownKeys('snapshot', fields, createKeys);
  const { volume_id, force, metadata, description, name } = fields;
  if (volume_id === undefined) check.fail('snapshot.volume_id', 'required', volume_id, 'is required');
  if (typeof volume_id !== 'string') check.fail('snapshot.volume_id', 'type', volume_id, 'must be a string');
  if (!uuidPattern.test(volume_id)) check.fail('snapshot.volume_id', 'format', volume_id, 'must be a UUID');
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

export function validateUpdateSnapshot(snapshotId: unknown, changes: unknown, options: FieldRulesOptions = {}): asserts changes is UpdateSnapshotChanges {
  const check: Checker = new Checker('updateSnapshot');
  if (typeof snapshotId !== 'string') return check.fail('snapshot_id', 'type', snapshotId, 'must be a string');
  if (snapshotId.trim() === '') check.fail('snapshot_id', 'minLength', snapshotId, 'must not be empty');
  check.plainObject('snapshot', changes);
  check.onlyKnownKeys('snapshot', changes, updateKeys);
  if (changes.name !== undefined) check.name('snapshot.name', changes.name, options);
  if (changes.description !== undefined) check.text('snapshot.description', changes.description, maxBytes.description);
}
