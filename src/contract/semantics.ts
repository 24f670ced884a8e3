// Checks of behaviour that a schema allows but the API does not: a create that drops what it was
// sent, a show of another snapshot, an update that changes nothing or too much, a list that
// ignores its filters, limit or offset. Each returns violations in the checker's form, with a
// JSON pointer into the answer.

import { isRecord } from '../shared/is-record.js';
import type { ContractViolation } from './checker.js';
import type { AnswerCheck } from './checks.js';
import type { WireRequest } from './http.js';
import { renderValue } from './render.js';

/** What the run knows a snapshot holds: the fields it sent, merged over the run. */
export interface Expected {
  volume_id: string;
  name?: string | undefined;
  description?: string | null | undefined;
  metadata?: Record<string, string> | undefined;
}

type Json = Record<string, unknown>;
const show = renderValue;
const sameId = (a: unknown, b: unknown): boolean => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

const violation = (pointer: string, problem: string, expected: unknown, actual: unknown): ContractViolation => ({
  class: 'behaviour',
  pointer,
  problem,
  expected: show(expected),
  actual: show(actual),
});

/** The fields a request body sets on its snapshot (`{ "snapshot": { ... } }`), or undefined. */
export function sentFields(request: WireRequest): Json | undefined {
  try {
    const parsed = JSON.parse(request.body ?? '') as unknown;
    return isRecord(parsed) && isRecord(parsed.snapshot) ? parsed.snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot id a request's path names (`…/cloudsnapshots/{id}`), or undefined for the collection. */
export const pathSnapshotId = (request: WireRequest): string | undefined => /\/cloudsnapshots\/([^/?]+)/.exec(request.path)?.[1];

/** The snapshot carries each field as `expected` says; `why` tells the report where the expectation comes from. */
function holds(snapshot: Json, expected: Partial<Expected>, why: string): ContractViolation[] {
  const out: ContractViolation[] = [];
  for (const field of ['name', 'description'] as const)
    if (field in expected && expected[field] !== undefined && snapshot[field] !== expected[field])
      out.push(violation(`/snapshot/${field}`, `the ${field} ${why}`, expected[field], snapshot[field]));
  if (expected.volume_id !== undefined && !sameId(snapshot.volume_id, expected.volume_id))
    out.push(violation('/snapshot/volume_id', `the volume_id ${why}`, expected.volume_id, snapshot.volume_id));
  for (const [key, value] of Object.entries(expected.metadata ?? {})) {
    const metadata = isRecord(snapshot.metadata) ? snapshot.metadata : {};
    if (metadata[key] !== value) out.push(violation(`/snapshot/metadata/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, `the metadata ${why}`, value, metadata[key]));
  }
  return out;
}

/** The findings named by the behaviour check that made them. */
const named =
  <A extends unknown[]>(check: AnswerCheck, find: (...args: A) => ContractViolation[]) =>
  (...args: A): ContractViolation[] =>
    find(...args).map((found) => ({ ...found, check }));

/** A create answers the snapshot it was sent: volume, name, description and metadata as given. */
export const expectCreated = named('created-as-sent', (answer: unknown, request: WireRequest): ContractViolation[] => {
  const snapshot = isRecord(answer) && isRecord(answer.snapshot) ? answer.snapshot : undefined;
  const sent = sentFields(request);
  if (!snapshot || !sent) return [];
  return holds(snapshot, sent as Partial<Expected>, 'differs from what the create sent');
});

/** A show answers the snapshot asked for, with what the run last set on it. */
export const expectShown = named('shown-as-set', (answer: unknown, request: WireRequest, known: Expected | undefined): ContractViolation[] => {
  const snapshot = isRecord(answer) && isRecord(answer.snapshot) ? answer.snapshot : undefined;
  if (!snapshot) return [];
  const asked = pathSnapshotId(request);
  if (!sameId(snapshot.id, asked)) return [violation('/snapshot/id', 'the answer is another snapshot than the one asked for', asked, snapshot.id)];
  return known ? holds(snapshot, known, 'is not what the run last set on this snapshot') : [];
});

/** An update answers the snapshot asked for with the fields sent changed and the others as they were. */
export const expectUpdated = named('updated-as-sent', (answer: unknown, request: WireRequest, known: Expected | undefined): ContractViolation[] => {
  const snapshot = isRecord(answer) && isRecord(answer.snapshot) ? answer.snapshot : undefined;
  const sent = sentFields(request);
  if (!snapshot || !sent) return [];
  const asked = pathSnapshotId(request);
  if (!sameId(snapshot.id, asked)) return [violation('/snapshot/id', 'the update answers another snapshot than the one in the path', asked, snapshot.id)];
  const unchanged: Partial<Expected> = {};
  if (known?.name !== undefined && !('name' in sent)) unchanged.name = known.name;
  if (known?.description != null && !('description' in sent)) unchanged.description = known.description;
  return [...holds(snapshot, sent as Partial<Expected>, 'is not the value the update sent'), ...holds(snapshot, unchanged, 'changed although the update did not send it')];
});

/** A rollback answers the disk it was sent. */
export const expectRolledBack = named('rollback-echo', (answer: unknown, request: WireRequest): ContractViolation[] => {
  const rollback = isRecord(answer) && isRecord(answer.rollback) ? answer.rollback : undefined;
  let sent: unknown;
  try {
    sent = (JSON.parse(request.body ?? '') as { rollback?: { volume_id?: unknown } }).rollback?.volume_id;
  } catch {
    return [];
  }
  if (!rollback || sameId(rollback.volume_id, sent)) return [];
  return [violation('/rollback/volume_id', 'the rollback answers another disk than the one sent', sent, rollback.volume_id)];
});

export interface ListQuery {
  limit: number;
  offset: number;
  marker: string | undefined;
  filters: { name?: string; status?: string; volume_id?: string; id?: string[] };
}

/** The paging and filters of a list request, as the server should apply them (limit 1000 by default). */
export function listQueryOf(request: WireRequest): ListQuery {
  const params = new URLSearchParams(request.path.split('?')[1] ?? '');
  const filters: ListQuery['filters'] = {};
  for (const name of ['name', 'status', 'volume_id'] as const) {
    const value = params.get(name);
    if (value !== null) filters[name] = value;
  }
  if (params.has('id')) filters.id = params.getAll('id');
  const number = (name: string, fallback: number): number => (/^\d+$/.test(params.get(name) ?? '') ? Number(params.get(name)) : fallback);
  return { limit: number('limit', 1000), offset: number('offset', 0), marker: params.get('marker') ?? undefined, filters };
}

export interface ListPage {
  count: number;
  ids: string[];
}

/** The page in an answer, or undefined when the answer is not a list (the schema check says why). */
export function pageOf(answer: unknown): ListPage | undefined {
  if (!isRecord(answer) || typeof answer.count !== 'number' || !Array.isArray(answer.snapshots)) return undefined;
  return { count: answer.count, ids: answer.snapshots.map((item) => (isRecord(item) && typeof item.id === 'string' ? item.id.toLowerCase() : '')) };
}

/** Every item matches every filter; the page is no longer than `limit`; `count` counts the matches, not the page. */
export const expectListed = named('list-matches-query', (answer: unknown, request: WireRequest): ContractViolation[] => {
  if (!isRecord(answer) || !Array.isArray(answer.snapshots) || typeof answer.count !== 'number') return [];
  const query = listQueryOf(request);
  const items = answer.snapshots as unknown[];
  const out: ContractViolation[] = [];
  if (items.length > query.limit)
    out.push(violation('/snapshots', `the page holds more snapshots than limit=${query.limit}`, `at most ${query.limit} items`, `${items.length} items`));
  if (query.marker === undefined) {
    const due = Math.max(0, Math.min(query.limit, answer.count - query.offset));
    if (items.length !== due)
      out.push(
        violation(
          '/snapshots',
          `with count ${answer.count}, offset ${query.offset} and limit ${query.limit} the page must hold ${due} snapshots`,
          `${due} items`,
          `${items.length} items`,
        ),
      );
  }
  items.forEach((item, index) => {
    if (!isRecord(item)) return;
    const { name, status, volume_id, id } = query.filters;
    if (name !== undefined && item.name !== name) out.push(violation(`/snapshots/${index}/name`, 'the item does not match the name filter', name, item.name));
    if (status !== undefined && item.status !== status) out.push(violation(`/snapshots/${index}/status`, 'the item does not match the status filter', status, item.status));
    if (volume_id !== undefined && !sameId(item.volume_id, volume_id))
      out.push(violation(`/snapshots/${index}/volume_id`, 'the item does not match the volume_id filter', volume_id, item.volume_id));
    if (id !== undefined && !id.some((wanted) => sameId(item.id, wanted))) out.push(violation(`/snapshots/${index}/id`, 'the item is none of the ids asked for', id, item.id));
  });
  return out;
});

/** The list holds this snapshot (which the run made and knows to match the request). */
export const expectIncludes = named('list-includes', (answer: unknown, id: string | undefined, what: string): ContractViolation[] => {
  const page = pageOf(answer);
  if (!page || id === undefined || page.ids.includes(id.toLowerCase())) return [];
  return [violation('/snapshots', `the list leaves out ${what}`, `an item with id ${id}`, `ids ${JSON.stringify(page.ids.slice(0, 10))}`)];
});

/** `count` is at least the number of matches the run knows of (a count of the page alone fails here). */
export const expectCountAtLeast = named('list-count', (answer: unknown, minimum: number, what: string): ContractViolation[] => {
  const page = pageOf(answer);
  if (!page || page.count >= minimum) return [];
  return [violation('/count', `count is lower than the ${what}`, `at least ${minimum}`, page.count)];
});

/** A later page of the same list: the same count, and no snapshot of an earlier page again. */
export const expectNextPage = named('list-paging', (answer: unknown, earlier: readonly ListPage[]): ContractViolation[] => {
  const page = pageOf(answer);
  if (!page) return [];
  const out: ContractViolation[] = [];
  const first = earlier[0];
  if (first && page.count !== first.count) out.push(violation('/count', 'count changed from one page to the next', first.count, page.count));
  const seen = new Set(earlier.flatMap((p) => p.ids));
  page.ids.forEach((id, index) => {
    if (seen.has(id)) out.push(violation(`/snapshots/${index}/id`, 'this snapshot was already on an earlier page: the offset was not applied', 'a snapshot not listed before', id));
  });
  return out;
});
