// Behaviour checks of the OpenStack-compatible snapshot family (/v2 and /v3 {project_id}/snapshots)
// and of the snapshot metadata: what each answers against what the run set (a POST merges, a PUT
// replaces, one key read or written), a read in one family against the other family's last answer
// about the same snapshot, the Cinder lists against their filters, and a marker paging that
// repeats no snapshot and finds the run's. Each is a Check (check-context.ts), registered in
// check-registry.ts; the run's bookkeeping of metadata is `applyMetadata`, called by the session.
import { type OperationId, operations } from '../../generated/spec-constants.js';
import { isRecord } from '../shared/is-record.js';
import { isSystemKey } from '../shared/system-keys.js';
import { pointerKey, sameId, behaviourViolation as violation } from './behaviour-violation.js';
import type { Check } from './check-context.js';
import type { ContractViolation } from './checker.js';
import type { WireRequest } from './http.js';
import type { Expected } from './run-context.js';
import { pathSnapshotId } from './semantics.js';

type Json = Record<string, unknown>;

/** The operation without its /v3 twin's suffix: the v2 and v3 forms behave alike. */
const baseOperation = (operationId: OperationId): string => operationId.replace(/V3$/, '');

/** The family an operation belongs to, as reports name it, from the path in the operations table. */
export function familyOf(operationId: OperationId): string {
  const path: string = operations[operationId].path;
  if (path.includes('/cloudsnapshots')) return 'cloudsnapshots (/v2/{project_id}/cloudsnapshots)';
  return path.startsWith('/v3/') ? 'Cinder v3 (/v3/{project_id}/snapshots)' : 'Cinder v2 (/v2/{project_id}/snapshots)';
}

const parsedBody = (request: WireRequest): unknown => {
  try {
    return JSON.parse(request.body ?? '') as unknown;
  } catch {
    return undefined;
  }
};

/** The metadata key a per-key path names (`…/metadata/{key}`), decoded; undefined for the whole metadata. */
function pathMetadataKey(request: WireRequest): string | undefined {
  const raw = /\/metadata\/([^/?]+)/.exec(request.path)?.[1];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const sentMetadata = (request: WireRequest): Record<string, unknown> | undefined => {
  const body = parsedBody(request);
  return isRecord(body) && isRecord(body.metadata) ? body.metadata : undefined;
};
const sentItem = (request: WireRequest): Record<string, unknown> | undefined => {
  const body = parsedBody(request);
  return isRecord(body) && isRecord(body.meta) ? body.meta : undefined;
};

/**
 * What a successful metadata call changed, applied to what the run knows of the snapshot: a POST
 * merges its keys, a PUT replaces the user keys (those it leaves out are removed), a per-key PUT
 * sets one, a per-key DELETE removes one.
 */
export function applyMetadata(known: Expected, operationId: OperationId, request: WireRequest): void {
  // A Map, then Object.fromEntries: keys such as `__proto__` or `constructor` stay ordinary own keys.
  const metadata = new Map(Object.entries(known.metadata ?? {}));
  const removed = new Set(known.removedKeys ?? []);
  const set = (items: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(items))
      if (typeof value === 'string') {
        metadata.set(key, value);
        removed.delete(key);
      }
  };
  const operation = baseOperation(operationId);
  if (operation === 'createSnapshotMetadata') set(sentMetadata(request) ?? {});
  else if (operation === 'updateSnapshotMetadata') {
    const sent = sentMetadata(request) ?? {};
    for (const key of [...metadata.keys()])
      if (!Object.hasOwn(sent, key) && !isSystemKey(key)) {
        metadata.delete(key);
        removed.add(key);
      }
    set(sent);
  } else if (operation === 'updateSnapshotMetadataItem') set(sentItem(request) ?? {});
  else if (operation === 'deleteSnapshotMetadataItem') {
    const key = pathMetadataKey(request);
    if (key === undefined) return;
    metadata.delete(key);
    removed.add(key);
  } else return;
  known.metadata = Object.fromEntries(metadata);
  known.removedKeys = [...removed];
}

/** Findings of a metadata object against the keys it must hold and the keys it must lack. */
function metadataHolds(
  metadata: Json,
  must: Record<string, unknown>,
  mustLack: readonly string[],
  why: { held: (key: string) => string; lacked: (key: string) => string },
  base: string,
): ContractViolation[] {
  const out: ContractViolation[] = [];
  for (const [key, value] of Object.entries(must))
    if (!Object.hasOwn(metadata, key) || metadata[key] !== value)
      out.push(
        violation(
          `${base}/${pointerKey(key)}`,
          why.held(key),
          value,
          Object.hasOwn(metadata, key) ? metadata[key] : undefined,
        ),
      );
  for (const key of mustLack)
    if (Object.hasOwn(metadata, key) && !Object.hasOwn(must, key))
      out.push(violation(`${base}/${pointerKey(key)}`, why.lacked(key), 'no such key', metadata[key]));
  return out;
}

/**
 * A metadata answer holds what the run set: a show all it knows (and none it removed), a POST its
 * keys and every key the snapshot had (it merges), a PUT its keys and none other of the user keys
 * (it replaces), a per-key read or write the key with its value.
 */
export const metadataAsSet: Check = (context, request, { body: answer }) => {
  if (!isRecord(answer)) return [];
  const known = context.run.expected.get((pathSnapshotId(request) ?? '').toLowerCase());
  const had = known?.metadata ?? {};
  const removed = known?.removedKeys ?? [];
  const operation = baseOperation(context.operationId);
  const all = isRecord(answer.metadata) ? answer.metadata : undefined;
  const item = isRecord(answer.meta) ? answer.meta : undefined;
  if (operation === 'showSnapshotMetadata' && all)
    return metadataHolds(
      all,
      had,
      removed,
      {
        held: (key) => `the metadata does not hold the key ${JSON.stringify(key)} as the run last set it`,
        lacked: (key) => `the metadata still holds the key ${JSON.stringify(key)} the run removed`,
      },
      '/metadata',
    );
  if (operation === 'createSnapshotMetadata' && all) {
    const sent = sentMetadata(request) ?? {};
    const kept = Object.fromEntries(Object.entries(had).filter(([key]) => !Object.hasOwn(sent, key)));
    return [
      ...metadataHolds(
        all,
        sent,
        [],
        { held: (key) => `the POST answer lacks the key ${JSON.stringify(key)} it sent`, lacked: () => '' },
        '/metadata',
      ),
      ...metadataHolds(
        all,
        kept,
        removed.filter((key) => !Object.hasOwn(sent, key)),
        {
          held: (key) =>
            `a POST merges, but its answer lost the key ${JSON.stringify(key)} the snapshot had and the body left out`,
          lacked: (key) => `the POST answer holds the key ${JSON.stringify(key)} the run removed`,
        },
        '/metadata',
      ),
    ];
  }
  if (operation === 'updateSnapshotMetadata' && all) {
    const sent = sentMetadata(request) ?? {};
    const gone = [...Object.keys(had), ...removed].filter((key) => !Object.hasOwn(sent, key) && !isSystemKey(key));
    return metadataHolds(
      all,
      sent,
      gone,
      {
        held: (key) =>
          `a PUT replaces the metadata, but its answer does not hold the key ${JSON.stringify(key)} it sent`,
        lacked: (key) =>
          `a PUT replaces the metadata, but its answer kept the key ${JSON.stringify(key)} the body left out`,
      },
      '/metadata',
    );
  }
  const key = pathMetadataKey(request);
  if (key === undefined || !item) return [];
  const out: ContractViolation[] = [];
  const others = Object.keys(item).filter((name) => name !== key);
  if (others.length)
    out.push(
      violation('/meta', `the answer about the key ${JSON.stringify(key)} holds other keys`, [key], Object.keys(item)),
    );
  if (operation === 'showSnapshotMetadataItem' && key in had && item[key] !== had[key])
    out.push(
      violation(
        `/meta/${pointerKey(key)}`,
        `the key ${JSON.stringify(key)} is not what the run last set`,
        had[key],
        item[key],
      ),
    );
  if (operation === 'updateSnapshotMetadataItem') {
    const value = sentItem(request)?.[key];
    if (item[key] !== value)
      out.push(
        violation(
          `/meta/${pointerKey(key)}`,
          `the PUT answer of the key ${JSON.stringify(key)} is not the value it sent`,
          value,
          item[key],
        ),
      );
  }
  return out;
};

/** The fields both families show of a snapshot, which must agree between them. */
const agreedFields = ['id', 'name', 'description', 'size', 'volume_id', 'status'] as const;

/**
 * A read in one family answers what the other family's last answer about the snapshot said: the
 * same id, name, description, size, disk and status (the status only when the earlier answer said
 * available: a create's `creating` is no state the read must still show).
 */
export const familiesAgree: Check = (context, request, { body: answer }) => {
  if (!context.knows.agreesWithOtherFamily) return [];
  const snapshot = isRecord(answer) && isRecord(answer.snapshot) ? answer.snapshot : undefined;
  const id = pathSnapshotId(request)?.toLowerCase();
  const seen = id === undefined ? undefined : context.run.seen.get(id);
  const family = familyOf(context.operationId);
  if (!snapshot || !seen || seen.family === family) return [];
  // A status that may still change (a create's `creating`, any but available) is not held against the read.
  const settled = !/^create/.test(seen.operationId) && seen.snapshot.status === 'available';
  return agreedFields
    .filter((field) => !(field === 'status' && !settled))
    .filter((field) =>
      field === 'id' || field === 'volume_id'
        ? !sameId(snapshot[field], seen.snapshot[field])
        : snapshot[field] !== seen.snapshot[field],
    )
    .map((field) =>
      violation(
        `/snapshot/${field}`,
        `the ${field} differs between the families: ${family} (${context.operationId}) answers another than ` +
          `${seen.family} answered (${seen.operationId}) just before`,
        seen.snapshot[field],
        snapshot[field],
      ),
    );
};

/** The filters of the Cinder lists an item must match exactly (the `~` forms of v3 are not checked). */
const cinderFilters = ['name', 'status', 'volume_id'] as const;

/** A Cinder list's page: no longer than `limit`, every item matching every exact filter. */
export const cinderListMatchesQuery: Check = (_context, request, { body: answer }) => {
  if (!isRecord(answer) || !Array.isArray(answer.snapshots)) return [];
  const params = new URLSearchParams(request.path.split('?')[1] ?? '');
  const out: ContractViolation[] = [];
  const limit = /^\d+$/.test(params.get('limit') ?? '') ? Number(params.get('limit')) : undefined;
  if (limit !== undefined && answer.snapshots.length > limit)
    out.push(
      violation(
        '/snapshots',
        `the page holds more snapshots than limit=${limit}`,
        `at most ${limit} items`,
        `${answer.snapshots.length} items`,
      ),
    );
  answer.snapshots.forEach((item: unknown, index: number) => {
    if (!isRecord(item)) return;
    for (const filter of cinderFilters) {
      const wanted = params.get(filter);
      if (wanted === null) continue;
      const matches = filter === 'volume_id' ? sameId(item[filter], wanted) : item[filter] === wanted;
      if (!matches)
        out.push(
          violation(
            `/snapshots/${index}/${filter}`,
            `the item does not match the ${filter} filter`,
            wanted,
            item[filter],
          ),
        );
    }
  });
  return out;
};

/** The marker the answer's next link names, or undefined when no next link follows. */
export function nextMarker(answer: unknown): string | undefined {
  const links = isRecord(answer) && Array.isArray(answer.snapshots_links) ? answer.snapshots_links : [];
  const next = links.find((link: unknown) => isRecord(link) && link.rel === 'next' && typeof link.href === 'string') as
    | { href: string }
    | undefined;
  if (!next) return undefined;
  try {
    return new URL(next.href, 'http://base.invalid').searchParams.get('marker') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page of a marker paging that follows the next links: no snapshot of an earlier page again,
 * and, on the last page (no next link, or the last one the run follows), every snapshot the case must find was
 * listed on some page.
 */
export const markerPaging: Check = ({ knows, run }, request, { body: answer }) => {
  const page = knows.markerPage;
  if (!page || !isRecord(answer) || !Array.isArray(answer.snapshots)) return [];
  // The first page (no marker yet) starts the paging afresh.
  if (!new URLSearchParams(request.path.split('?')[1] ?? '').has('marker')) run.markerPages.length = 0;
  const ids = answer.snapshots.map((item: unknown) =>
    isRecord(item) && typeof item.id === 'string' ? item.id.toLowerCase() : '',
  );
  const seen = new Set(run.markerPages.flat());
  const out: ContractViolation[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id))
      out.push(
        violation(
          `/snapshots/${index}/id`,
          'this snapshot was already on an earlier page: the marker of the next link was not applied',
          'a snapshot not listed before',
          id,
        ),
      );
  });
  run.markerPages.push(ids);
  // The last page the run follows is judged as an end too: a paging that never ends (a fresh next link on
  // every page) would otherwise pass without its snapshots ever being looked for. The run's snapshots are the
  // disk's newest, so a faithful list has given them long before, however many older ones the disk holds;
  // only when there are fewer of them than pages followed (one snapshot a page), or it could not have.
  const cut =
    page.maxPages !== undefined && run.markerPages.length >= page.maxPages && page.mustFind.length < page.maxPages;
  if (nextMarker(answer) !== undefined && !cut) return out;
  const listed = new Set(run.markerPages.flat());
  const missing = page.mustFind.filter((id) => !listed.has(id.toLowerCase()));
  const how =
    nextMarker(answer) === undefined
      ? `the paging ended (no next link) after ${run.markerPages.length} pages`
      : `the paging still had a next link after ${run.markerPages.length} pages, the most the tool follows,`;
  if (missing.length)
    out.push(
      violation(
        '/snapshots_links',
        `${how} without listing ${missing.length} of the run's snapshots on the disk`,
        `ids ${JSON.stringify(missing)} on some page`,
        `ids ${JSON.stringify([...listed].slice(0, 10))}`,
      ),
    );
  return out;
};
