// GET /v2|v3/{project_id}/snapshots and …/snapshots/detail: the same snapshots as the cloudsnapshots
// list, in its order (newest first), as summary items (no `os-extended-snapshot-attributes:*`) or
// detail items (a show's fields). Paging: after `marker` (in the filtered order), then `offset`,
// then `limit`; a `next` link only when `limit` was given and more follow. The v3 forms add
// sort_dir, sort_key, the `~` filters and with_count. The emulator's choices (issue #27): `~`
// filters are honoured whatever OpenStack-API-Version says (the header is ignored), and `count` is
// given only for with_count=true. A scan per page: the emulator holds at most maxSnapshots.

import type { operations as SpecOperations } from '../../../generated/schema.js';
import { operations } from '../../../generated/spec-constants.js';
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { type SnapshotRecord, snapshotJson } from '../store.js';
import type { OperationContext } from './context.js';
import { nextLink, unknownMarker, unknownSortKey } from './list-paging.js';
import { sortKeys } from './list-snapshots.js';

/** The four Cinder lists; the v3 ones are served by the same handlers as their v2 twins. */
type CinderListOperation =
  | 'listCinderSnapshots'
  | 'listCinderSnapshotsDetail'
  | 'listCinderSnapshotsV3'
  | 'listCinderSnapshotsDetailV3';
const listOperations: readonly CinderListOperation[] = [
  'listCinderSnapshots',
  'listCinderSnapshotsDetail',
  'listCinderSnapshotsV3',
  'listCinderSnapshotsDetailV3',
];

type QueryParameter = (typeof operations)[CinderListOperation]['parameters']['query'][number];
/** Every query parameter of the four lists, by the operations table's names. */
type CinderQueryName = QueryParameter['name'];
/** Every list's query as the spec types it, merged: a parameter has one type wherever it appears. */
type AnyQuery = Partial<
  NonNullable<SpecOperations['listCinderSnapshotsV3']['parameters']['query']> &
    NonNullable<SpecOperations['listCinderSnapshotsDetail']['parameters']['query']>
>;
type ValueOf<Name extends CinderQueryName> = Name extends keyof AnyQuery ? NonNullable<AnyQuery[Name]> : never;

/** Filter by it, page or order by it (the handler reads those), or say whether to count (with_count). */
type QueryBehaviour<Value> =
  | 'paging'
  | 'order'
  | 'count'
  | { ignored: string }
  | { filter: (value: Value) => (record: SnapshotRecord) => boolean };

/** Cinder's `~` filters: the value anywhere in the field, letters of either case. */
const contains =
  (field: (record: SnapshotRecord) => string | null) =>
  (value: string) =>
  (record: SnapshotRecord): boolean =>
    (field(record) ?? '').toLowerCase().includes(value.toLowerCase());

/**
 * Every query parameter of the four lists: a parameter added to the spec without an entry here
 * fails to compile and names itself when the emulator is created.
 */
const cinderQueryBehaviour: { [Name in CinderQueryName]: QueryBehaviour<ValueOf<Name>> } = {
  marker: 'paging',
  offset: 'paging',
  limit: 'paging',
  sort_dir: 'order',
  sort_key: 'order',
  with_count: 'count',
  name: { filter: (name) => (record) => record.name === name },
  status: { filter: (status) => (record) => record.status === status },
  volume_id: { filter: (volumeId) => (record) => record.volumeId === volumeId.toLowerCase() },
  availability_zone: { filter: (zone) => (record) => record.availabilityZone === zone },
  'name~': { filter: contains((record) => record.name) },
  'status~': { filter: contains((record) => record.status) },
  'volume_id~': { filter: contains((record) => record.volumeId) },
};

const filters = Object.entries(cinderQueryBehaviour).flatMap(([name, behaviour]) =>
  typeof behaviour === 'object' && 'filter' in behaviour
    ? [
        {
          name: name as keyof AnyQuery,
          filter: behaviour.filter as (value: unknown) => (record: SnapshotRecord) => boolean,
        },
      ]
    : [],
);

/** The default page size: the spec's default of `limit` (the same in the four lists). */
const limitSchema: { type: string; default?: unknown } | undefined =
  operations.listCinderSnapshots.parameters.query.find(({ name }) => name === 'limit')?.schema;
const defaultLimit = limitSchema?.default;

const here = 'src/emulator/operations/list-cinder-snapshots.ts';

/** The lists' query parameters without a behaviour, a limit without a default: for the emulator's start. */
export function cinderQueryGaps(): string[] {
  const gaps = listOperations.flatMap((operation) =>
    operations[operation].parameters.query
      .filter(({ name }) => !Object.hasOwn(cinderQueryBehaviour, name))
      .map(
        ({ name }) =>
          `the query parameter ${name} of ${operation} has no behaviour: add it to cinderQueryBehaviour in ${here} ` +
          "(a filter, or 'paging', 'order', 'count' or { ignored: why } on purpose)",
      ),
  );
  if (typeof defaultLimit !== 'number')
    gaps.push("listCinderSnapshots' limit has no default in the spec: the emulator's page size comes from it");
  return gaps;
}

/** What both list handlers read (their v3 twins' contexts have these fields, and a query with more). */
type ListContext = OperationContext<'listCinderSnapshots'> | OperationContext<'listCinderSnapshotsDetail'>;

/** A summary item: the snapshot without the extended attributes only the detail and the show carry. */
function summaryJson(record: SnapshotRecord): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(snapshotJson(record, false)).filter(
      ([name]) => !name.startsWith('os-extended-snapshot-attributes:'),
    ),
  );
}

function cinderList(context: ListContext, detail: boolean): EmulatorAnswer {
  const query = (context.query ?? {}) as AnyQuery;
  const sortKey = query.sort_key ?? 'created_at';
  const key = sortKeys.get(sortKey);
  if (!key) return unknownSortKey(sortKey, sortKeys.keys(), context.redact);
  const direction = (query.sort_dir ?? 'desc') === 'desc' ? -1 : 1;
  const tests = filters.flatMap(({ name, filter }) => (query[name] === undefined ? [] : [filter(query[name])]));
  const matches = (context.store.snapshotsOf(context.projectId)?.ordered ?? []).filter((record) =>
    tests.every((test) => test(record)),
  );
  // `ordered` is in creation order already: the default order only turns it, no sort needed.
  if (sortKey === 'created_at') {
    if (direction < 0) matches.reverse();
  }
  // Ties (equal names) in creation order, turned with the direction: the order never depends on the page.
  else
    matches.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.seq - b.seq) * direction;
    });

  let start = 0;
  if (query.marker !== undefined) {
    const marker = context.store.snapshot(context.projectId, query.marker.toLowerCase());
    const position = marker ? matches.indexOf(marker) : -1;
    if (position < 0) return unknownMarker(query.marker, 'snapshot');
    start = position + 1;
  }
  start += query.offset ?? 0;
  const limit = query.limit ?? (defaultLimit as number);
  const page = matches.slice(start, start + limit);
  const body: Record<string, unknown> = {
    snapshots: page.map((record) => (detail ? snapshotJson(record, false) : summaryJson(record))),
  };
  if (query.limit !== undefined && start + page.length < matches.length && page.length > 0)
    body.snapshots_links = [nextLink(context.request, page[page.length - 1]!.id)];
  if (query.with_count === true) body.count = matches.length;
  return jsonAnswer(200, body);
}

export const listCinderSnapshots = (context: OperationContext<'listCinderSnapshots'>): EmulatorAnswer =>
  cinderList(context, false);
export const listCinderSnapshotsDetail = (context: OperationContext<'listCinderSnapshotsDetail'>): EmulatorAnswer =>
  cinderList(context, true);
