// Checks of behaviour that a schema allows but the API does not: a create that drops what it was
// sent, a show of another snapshot, an update that changes nothing or too much, a list that
// ignores its filters, limit or offset. Each is a Check (check-context.ts): findings in the
// checker's form, with a JSON pointer into the answer; check-registry.ts names them and says which
// operations each applies to.

import { isRecord } from '../shared/is-record.js';
import { sameId, behaviourViolation as violation } from './behaviour-violation.js';
import type { Check } from './check-context.js';
import type { ContractViolation } from './checker.js';
import type { WireRequest } from './http.js';
import { listFilters, listQueryOf } from './list-expectations.js';
import type { Expected, ListPage } from './run-context.js';

export type { Expected, ListPage } from './run-context.js';

type Json = Record<string, unknown>;

/** The fields a request body sets on its snapshot (`{ "snapshot": { ... } }`), or undefined. */
export function sentFields(request: WireRequest): Json | undefined {
  try {
    const parsed = JSON.parse(request.body ?? '') as unknown;
    return isRecord(parsed) && isRecord(parsed.snapshot) ? parsed.snapshot : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The snapshot id a request's path names (`…/cloudsnapshots/{id}`, `…/snapshots/{id}` and below it,
 * in either family), or undefined for the collection.
 */
export const pathSnapshotId = (request: WireRequest): string | undefined =>
  /\/(?:cloud)?snapshots\/([^/?]+)/.exec(request.path)?.[1];

/** The snapshot carries each field as `expected` says; `why` tells the report where the expectation comes from. */
function holds(snapshot: Json, expected: Partial<Expected>, why: string): ContractViolation[] {
  const out: ContractViolation[] = [];
  for (const field of ['name', 'description'] as const)
    if (field in expected && expected[field] !== undefined && snapshot[field] !== expected[field])
      out.push(violation(`/snapshot/${field}`, `the ${field} ${why}`, expected[field], snapshot[field]));
  if (expected.volume_id !== undefined && !sameId(snapshot.volume_id, expected.volume_id))
    out.push(violation('/snapshot/volume_id', `the volume_id ${why}`, expected.volume_id, snapshot.volume_id));
  const metadata = isRecord(snapshot.metadata) ? snapshot.metadata : {};
  for (const key of expected.removedKeys ?? [])
    if (key in metadata)
      out.push(
        violation(
          `/snapshot/metadata/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          `the metadata still holds the key ${JSON.stringify(key)} the run removed`,
          'no such key',
          metadata[key],
        ),
      );
  for (const [key, value] of Object.entries(expected.metadata ?? {})) {
    if (metadata[key] !== value)
      out.push(
        violation(
          `/snapshot/metadata/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          `the metadata ${why}`,
          value,
          metadata[key],
        ),
      );
  }
  return out;
}

/** What the run last set on the snapshot the request's path names. */
const knownFor = (expected: ReadonlyMap<string, Expected>, request: WireRequest): Expected | undefined =>
  expected.get((pathSnapshotId(request) ?? '').toLowerCase());

/** A create answers the snapshot it was sent: volume, name, description and metadata as given. */
export const createdAsSent: Check = (_context, request, { body: answer }) => {
  const snapshot = isRecord(answer) && isRecord(answer.snapshot) ? answer.snapshot : undefined;
  const sent = sentFields(request);
  if (!snapshot || !sent) return [];
  return holds(snapshot, sent as Partial<Expected>, 'differs from what the create sent');
};

/** A show answers the snapshot asked for, with what the run last set on it. */
export const shownAsSet: Check = (context, request, { body: answer }) => {
  const snapshot = isRecord(answer) && isRecord(answer.snapshot) ? answer.snapshot : undefined;
  if (!snapshot) return [];
  const asked = pathSnapshotId(request);
  if (!sameId(snapshot.id, asked))
    return [violation('/snapshot/id', 'the answer is another snapshot than the one asked for', asked, snapshot.id)];
  const known = knownFor(context.run.expected, request);
  return known ? holds(snapshot, known, 'is not what the run last set on this snapshot') : [];
};

/** An update answers the snapshot asked for with the fields sent changed and the others as they were. */
export const updatedAsSent: Check = (context, request, { body: answer }) => {
  const snapshot = isRecord(answer) && isRecord(answer.snapshot) ? answer.snapshot : undefined;
  const sent = sentFields(request);
  if (!snapshot || !sent) return [];
  const asked = pathSnapshotId(request);
  if (!sameId(snapshot.id, asked))
    return [
      violation('/snapshot/id', 'the update answers another snapshot than the one in the path', asked, snapshot.id),
    ];
  const known = knownFor(context.run.expected, request);
  const unchanged: Partial<Expected> = {};
  if (known?.name !== undefined && !('name' in sent)) unchanged.name = known.name;
  if (known?.description != null && !('description' in sent)) unchanged.description = known.description;
  return [
    ...holds(snapshot, sent as Partial<Expected>, 'is not the value the update sent'),
    ...holds(snapshot, unchanged, 'changed although the update did not send it'),
  ];
};

/** A rollback answers the disk it was sent. */
export const rollbackEcho: Check = (_context, request, { body: answer }) => {
  const rollback = isRecord(answer) && isRecord(answer.rollback) ? answer.rollback : undefined;
  let sent: unknown;
  try {
    sent = (JSON.parse(request.body ?? '') as { rollback?: { volume_id?: unknown } }).rollback?.volume_id;
  } catch {
    return [];
  }
  if (!rollback || sameId(rollback.volume_id, sent)) return [];
  return [
    violation('/rollback/volume_id', 'the rollback answers another disk than the one sent', sent, rollback.volume_id),
  ];
};

/** The page in an answer, or undefined when the answer is not a list (the schema check says why). */
export function pageOf(answer: unknown): ListPage | undefined {
  if (!isRecord(answer) || typeof answer.count !== 'number' || !Array.isArray(answer.snapshots)) return undefined;
  return {
    count: answer.count,
    ids: answer.snapshots.map((item) => (isRecord(item) && typeof item.id === 'string' ? item.id.toLowerCase() : '')),
  };
}

/**
 * Every item matches every filter (list-expectations.ts); the page is
 * no longer than `limit`; `count` counts the matches, not the page.
 */
export const listMatchesQuery: Check = (_context, request, { body: answer }) => {
  if (!isRecord(answer) || !Array.isArray(answer.snapshots) || typeof answer.count !== 'number') return [];
  const query = listQueryOf(request);
  const items = answer.snapshots as unknown[];
  const out: ContractViolation[] = [];
  if (items.length > query.limit)
    out.push(
      violation(
        '/snapshots',
        `the page holds more snapshots than limit=${query.limit}`,
        `at most ${query.limit} items`,
        `${items.length} items`,
      ),
    );
  if (query.marker === undefined) {
    const due = Math.max(0, Math.min(query.limit, answer.count - query.offset));
    if (items.length !== due)
      out.push(
        violation(
          '/snapshots',
          `with count ${answer.count}, offset ${query.offset} and limit ${query.limit} the page must hold ${due} ` +
            `snapshots`,
          `${due} items`,
          `${items.length} items`,
        ),
      );
  }
  items.forEach((item, index) => {
    if (!isRecord(item)) return;
    for (const filter of listFilters) {
      const value = query.filters[filter.name];
      if (value === undefined) continue;
      const same = filter.same === 'as an id' ? sameId : (a: unknown, b: unknown) => a === b;
      const actual = item[filter.item];
      if (!(Array.isArray(value) ? value : [value]).some((wanted) => same(actual, wanted)))
        out.push(
          violation(
            `/snapshots/${index}/${filter.item}`,
            filter.problem ?? `the item does not match the ${filter.name} filter`,
            value,
            actual,
          ),
        );
    }
  });
  return out;
};

/** The list holds the snapshot the case knows matches the request. */
export const listIncludes: Check = ({ knows }, _request, { body: answer }) => {
  // The Cinder lists carry no count: only the ids are read here.
  const page = pageOf(isRecord(answer) && !('count' in answer) ? { ...answer, count: 0 } : answer);
  const id = knows.listIncludes?.id;
  if (!page || id === undefined || page.ids.includes(id.toLowerCase())) return [];
  return [
    violation(
      '/snapshots',
      `the list leaves out ${knows.listIncludes?.what}`,
      `an item with id ${id}`,
      `ids ${JSON.stringify(page.ids.slice(0, 10))}`,
    ),
  ];
};

/** `count` is at least the number of matches the case knows of (a count of the page alone fails here). */
export const listCount: Check = ({ knows }, _request, { body: answer }) => {
  const page = pageOf(answer);
  const wanted = knows.listCount;
  if (!page || !wanted || page.count >= wanted.atLeast) return [];
  return [violation('/count', `count is lower than the ${wanted.what}`, `at least ${wanted.atLeast}`, page.count)];
};

/** A later page of the run's paging: the same count, and no snapshot of an earlier page again. */
export const listPaging: Check = ({ knows, run }, _request, { body: answer }) => {
  const page = pageOf(answer);
  if (!knows.nextPage || !page) return [];
  const out: ContractViolation[] = [];
  const first = run.pages[0];
  if (first && page.count !== first.count)
    out.push(violation('/count', 'count changed from one page to the next', first.count, page.count));
  const seen = new Set(run.pages.flatMap((p) => p.ids));
  page.ids.forEach((id, index) => {
    if (seen.has(id))
      out.push(
        violation(
          `/snapshots/${index}/id`,
          'this snapshot was already on an earlier page: the offset was not applied',
          'a snapshot not listed before',
          id,
        ),
      );
  });
  return out;
};
