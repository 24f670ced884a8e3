// GET /v2/{project_id}/cloudsnapshots/detail: every documented filter, `count` of all matches,
// pages by offset or by marker (after that snapshot, as the OpenStack-compatible list documents
// it), newest first unless sort_key/sort_dir say otherwise, and a `next` link when `limit` was
// given and more matches follow. Unfiltered and in the default order, a page costs O(limit)
// whatever its offset; a filter or another order scans the project's snapshots.

import type { operations as SpecOperations } from '../../../generated/schema.js';
import { operations } from '../../../generated/spec-constants.js';
import type { EmulatorAnswer } from '../exchange.js';
import { jsonAnswer } from '../exchange.js';
import { type SnapshotRecord, snapshotJson } from '../store.js';
import type { OperationContext } from './context.js';
import { nextLink, unknownMarker, unknownSortKey } from './list-paging.js';

const queryParameters = operations.listSnapshots.parameters.query;
type QueryParameter = (typeof queryParameters)[number];
/** The list's query parameters, by the names of the operations table. */
type ListQueryName = QueryParameter['name'];
/** The list's query as the spec types it (after the URL's strings are coerced). */
type ListQuery = NonNullable<SpecOperations['listSnapshots']['parameters']['query']>;
type ValueOf<Name extends ListQueryName> = Name extends keyof ListQuery ? NonNullable<ListQuery[Name]> : never;

/**
 * What the emulator does with a query parameter: filter by it, page or order by it (the handler
 * below reads those), or ignore it on purpose, saying why.
 */
type QueryBehaviour<Value> =
  | 'paging'
  | 'order'
  | { ignored: string }
  | { filter: (value: Value) => (record: SnapshotRecord) => boolean };

/** The enterprise project every emulated snapshot is in: Huawei Cloud's default one. */
const enterpriseProject = '0';

/**
 * Every query parameter of the list, keyed by the operations table's names: a parameter added to
 * the spec without an entry here fails to compile and names itself when the emulator is created.
 */
export const listQueryBehaviour: { [Name in ListQueryName]: QueryBehaviour<ValueOf<Name>> } = {
  offset: 'paging',
  limit: 'paging',
  marker: 'paging',
  sort_key: 'order',
  sort_dir: 'order',
  name: { filter: (name) => (record) => record.name === name },
  status: { filter: (status) => (record) => record.status === status },
  volume_id: { filter: (volumeId) => (record) => record.volumeId === volumeId.toLowerCase() },
  availability_zone: { filter: (zone) => (record) => record.availabilityZone === zone },
  id: {
    filter: (list) => {
      const ids = new Set(list.map((id) => id.toLowerCase()));
      return (record) => ids.has(record.id);
    },
  },
  service_type: { filter: (type) => () => type === 'EVS' },
  // No emulated snapshot is on a dedicated storage pool.
  dedicated_storage_id: { filter: () => () => false },
  dedicated_storage_name: { filter: () => () => false },
  enterprise_project_id: { filter: (project) => () => project === 'all_granted_eps' || project === enterpriseProject },
};

/** The filters of the table, each with the parameter it reads. */
const filters = Object.entries(listQueryBehaviour).flatMap(([name, behaviour]) =>
  typeof behaviour === 'object' && 'filter' in behaviour
    ? [
        {
          name: name as keyof ListQuery,
          filter: behaviour.filter as (value: unknown) => (record: SnapshotRecord) => boolean,
        },
      ]
    : [],
);

/** The sort keys the spec lists for sort_key (none today: no source lists the keys EVS takes). */
type SortKeySchema = Extract<QueryParameter, { name: 'sort_key' }>['schema'];
type SpecSortKey = SortKeySchema extends { enum: readonly (infer Key extends string)[] } ? Key : never;
/**
 * The spec enumerates no sort keys, so the emulator takes upstream Cinder's snapshot attributes;
 * should the spec list them, SortKey becomes its enum and this table must match it exactly.
 */
type SortKey = [SpecSortKey] extends [never]
  ? 'created_at' | 'updated_at' | 'id' | 'name' | 'status' | 'size' | 'volume_id'
  : SpecSortKey;
const sorters: Record<SortKey, (record: SnapshotRecord) => string | number> = {
  created_at: (record) => record.seq,
  updated_at: (record) => record.updatedAt,
  id: (record) => record.id,
  name: (record) => record.name ?? '',
  status: (record) => record.status,
  size: (record) => record.size,
  volume_id: (record) => record.volumeId,
};
/** A Map, not an object: `sort_key=__proto__` or `valueOf` must find nothing, not Object.prototype. */
export const sortKeys = new Map<string, (record: SnapshotRecord) => string | number>(Object.entries(sorters));

const schemaOf = (name: ListQueryName): { type: string; enum?: readonly unknown[]; default?: unknown } | undefined =>
  queryParameters.find((parameter) => parameter.name === name)?.schema;

/** The default page size: the spec's default of `limit`. */
const defaultLimit = schemaOf('limit')?.default;

const here = 'src/emulator/operations/list-snapshots.ts';

/**
 * The list's query parameters without a behaviour, sort keys apart from
 * the spec's, a limit without a default: for the emulator's start.
 */
export function listQueryGaps(): string[] {
  const gaps = queryParameters
    .filter(({ name }) => !Object.hasOwn(listQueryBehaviour, name))
    .map(
      ({ name }) =>
        `the query parameter ${name} of listSnapshots has no behaviour: add it to listQueryBehaviour in ${here} ` +
        "(a filter, or 'paging', 'order' or { ignored: why } on purpose)",
    );
  const stated = schemaOf('sort_key')?.enum;
  if (stated !== undefined) {
    const missing = stated.filter((key) => !sortKeys.has(String(key)));
    const extra = [...sortKeys.keys()].filter((key) => !stated.includes(key));
    if (missing.length || extra.length)
      gaps.push(
        `the sort keys of listSnapshots differ from the spec's sort_key enum ` +
          `(${[...missing, ...extra].join(', ')}): make sorters in ${here} match it`,
      );
  }
  if (typeof defaultLimit !== 'number')
    gaps.push("listSnapshots' limit has no default in the spec: the emulator's page size comes from it");
  return gaps;
}

function filterOf(query: ListQuery): ((record: SnapshotRecord) => boolean) | undefined {
  const tests = filters.flatMap(({ name, filter }) => (query[name] === undefined ? [] : [filter(query[name])]));
  return tests.length === 0 ? undefined : (record) => tests.every((test) => test(record));
}

export function listSnapshots(context: OperationContext<'listSnapshots'>): EmulatorAnswer {
  const { query } = context;
  const sortKey = query.sort_key ?? 'created_at';
  const key = sortKeys.get(sortKey);
  if (!key) return unknownSortKey(sortKey, sortKeys.keys(), context.redact);
  const ordered = context.store.snapshotsOf(context.projectId)?.ordered ?? [];
  const filter = filterOf(query);
  const newestFirst = sortKey === 'created_at' && (query.sort_dir ?? 'desc') === 'desc';
  // In the default order without a filter, `ordered` read backwards is the list; else it is built.
  let matches: readonly SnapshotRecord[] | undefined;
  if (!(newestFirst && !filter)) {
    const chosen = filter ? ordered.filter(filter) : [...ordered];
    const direction = (query.sort_dir ?? 'desc') === 'desc' ? -1 : 1;
    chosen.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.seq - b.seq) * direction;
    });
    matches = chosen;
  }
  const count = matches ? matches.length : ordered.length;
  const at = (index: number): SnapshotRecord => (matches ? matches[index]! : ordered[ordered.length - 1 - index]!);

  let start = 0;
  if (query.marker !== undefined) {
    const marker = context.store.snapshot(context.projectId, query.marker.toLowerCase());
    const position = !marker
      ? -1
      : matches
        ? matches.indexOf(marker)
        : ordered.length - 1 - context.store.snapshotsOf(context.projectId)!.indexOf(marker);
    if (position < 0) return unknownMarker(query.marker, 'snapshot');
    start = position + 1;
  }
  start += query.offset ?? 0;
  const limit = query.limit ?? (defaultLimit as number);
  const page: Record<string, unknown>[] = [];
  for (let index = start; index < count && page.length < limit; index++) page.push(snapshotJson(at(index), true));
  const body: Record<string, unknown> = { count, snapshots: page };
  // limit is at least 1, so a page that stops short of count holds a last snapshot to mark.
  if (query.limit !== undefined && start + page.length < count)
    body.snapshots_links = [nextLink(context.request, at(start + page.length - 1).id)];
  return jsonAnswer(200, body);
}
