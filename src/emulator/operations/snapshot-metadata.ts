// The six snapshot metadata calls (…/snapshots/{snapshot_id}/metadata[/{key}], /v2 and /v3 alike),
// on the `metadata` every show and list of both snapshot families returns. The body was checked by
// the spec's rules already (string values, no `__system__` key written: EVS.2047, the body's own
// size); here what the rules cannot see: the size of the metadata after the call, the key of the
// path against the body's, and keys the snapshot lacks or holds as system keys.
// The emulator's choices (issue #27), not cloud facts: POST merges and answers all the metadata,
// PUT replaces the user keys (system keys stay), deleting a system key is 403 EVS.5403, and no
// metadata call moves the snapshot's updated_at.
import { textRules } from '../../../generated/spec-constants.js';
import { errorBody } from '../../shared/error-body.js';
import { isSystemKey } from '../../shared/system-keys.js';
import { type EmulatorAnswer, emptyAnswer, jsonAnswer } from '../exchange.js';
import { badRequest, bodyUriMismatch, documentedMessage, documentedVariant, notFound } from '../refusals.js';
import type { SnapshotRecord } from '../store.js';
import type { OperationContext } from './context.js';

type Metadata = Readonly<Record<string, string>>;

/** The most JSON bytes metadata may take (the spec's x-maxJsonBytes of the body's `metadata`). */
const maxJsonBytes = ((): number => {
  const limit = textRules.snapshotMetadataRequest.find((rule) => rule.path.join('.') === 'metadata')?.maxJsonBytes;
  if (limit === undefined)
    throw new Error("evs-emulator: the spec's snapshotMetadataRequest has no x-maxJsonBytes on metadata");
  return limit;
})();
const tooLargeMessage = documentedMessage('EVS.1005');
const encoder = new TextEncoder();

/** EVS.5403's second message in the reference (its first is "Policy check failed."). */
const systemKeyDeleteMessage = documentedVariant('EVS.5403', 'metadata can not be operated');

/** A copy built by defining keys, so that a key such as `__proto__` is a key like any other. */
const merged = (...parts: Metadata[]): Metadata => Object.fromEntries(parts.flatMap((part) => Object.entries(part)));

/** 400 EVS.1005 when `metadata` would take more JSON bytes than the spec allows. */
function tooLarge(metadata: Metadata): EmulatorAnswer | undefined {
  const bytes = encoder.encode(JSON.stringify(metadata)).length;
  if (bytes <= maxJsonBytes) return undefined;
  return badRequest(
    'EVS.1005',
    `${tooLargeMessage} The snapshot's metadata after this call would be ${bytes} bytes as JSON; ` +
      `at most ${maxJsonBytes} are allowed.`,
  );
}

/** Sets the snapshot's metadata, unless it would be too large. */
function store(record: SnapshotRecord, metadata: Metadata): EmulatorAnswer | undefined {
  const refusal = tooLarge(metadata);
  if (refusal) return refusal;
  record.metadata = metadata;
  return undefined;
}

const noSuchKey = (key: string, redact: (text: string) => string): EmulatorAnswer =>
  notFound(`The snapshot has no metadata key ${JSON.stringify(redact(key).slice(0, 255))}.`);

/** GET …/metadata: all of it, system keys included. */
export function showSnapshotMetadata({ snapshot }: OperationContext<'showSnapshotMetadata'>): EmulatorAnswer {
  return jsonAnswer(200, { metadata: snapshot.metadata });
}

/** POST …/metadata: the body's keys merged in (the others kept); answers all the metadata after the merge. */
export function createSnapshotMetadata({ snapshot, body }: OperationContext<'createSnapshotMetadata'>): EmulatorAnswer {
  return store(snapshot, merged(snapshot.metadata, body.metadata)) ?? jsonAnswer(200, { metadata: snapshot.metadata });
}

/** PUT …/metadata: the user keys become the body's (the others are deleted); the system keys stay. */
export function updateSnapshotMetadata({ snapshot, body }: OperationContext<'updateSnapshotMetadata'>): EmulatorAnswer {
  const system = Object.fromEntries(Object.entries(snapshot.metadata).filter(([key]) => isSystemKey(key)));
  return store(snapshot, merged(system, body.metadata)) ?? jsonAnswer(200, { metadata: snapshot.metadata });
}

/** GET …/metadata/{key}: `{meta: {key: value}}`, or 404 when the snapshot lacks the key. */
export function showSnapshotMetadataItem({
  snapshot,
  key,
  redact,
}: OperationContext<'showSnapshotMetadataItem'>): EmulatorAnswer {
  if (!Object.hasOwn(snapshot.metadata, key)) return noSuchKey(key, redact);
  return jsonAnswer(200, { meta: { [key]: snapshot.metadata[key] } });
}

/** PUT …/metadata/{key}: one item, whose key must be the path's; merged in, answered as `{meta}`. */
export function updateSnapshotMetadataItem({
  snapshot,
  key,
  body,
  redact,
}: OperationContext<'updateSnapshotMetadataItem'>): EmulatorAnswer {
  // The schema allows exactly one item, so this is its key.
  const [sent, value] = Object.entries(body.meta)[0] as [string, string];
  if (sent !== key)
    return badRequest(
      'EVS.5400',
      `${bodyUriMismatch} The path names the key ${JSON.stringify(redact(key).slice(0, 255))}, the ` +
        `body's meta the key ${JSON.stringify(redact(sent).slice(0, 255))}.`,
    );
  return store(snapshot, merged(snapshot.metadata, { [key]: value })) ?? jsonAnswer(200, { meta: { [key]: value } });
}

/** DELETE …/metadata/{key}: 200 with no body; 404 for a key the snapshot lacks, 403 for a system key. */
export function deleteSnapshotMetadataItem({
  snapshot,
  key,
  redact,
}: OperationContext<'deleteSnapshotMetadataItem'>): EmulatorAnswer {
  if (!Object.hasOwn(snapshot.metadata, key)) return noSuchKey(key, redact);
  if (isSystemKey(key))
    return jsonAnswer(
      403,
      errorBody(
        'forbidden',
        'EVS.5403',
        `${systemKeyDeleteMessage} ${JSON.stringify(redact(key).slice(0, 255))} is a system key; it can be ` +
          'read, not deleted.',
      ),
    );
  snapshot.metadata = Object.fromEntries(Object.entries(snapshot.metadata).filter(([name]) => name !== key));
  return emptyAnswer(200);
}
