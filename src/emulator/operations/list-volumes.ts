// GET /v2/{project_id}/cloudvolumes/detail: the project's disks with every documented filter,
// `count` of all matches, pages by offset or by marker (after that disk), newest first unless
// sort_key/sort_dir say otherwise, and a `next` link when `limit` was given and more follow. Disks
// are fewer than snapshots (maxVolumes bounds them), so each list scans the project's disks.

import type { operations as SpecOperations } from '../../../generated/schema.js';
import { operations } from '../../../generated/spec-constants.js';
import { isUuid } from '../../shared/uuid.js';
import { type EmulatorAnswer, jsonAnswer } from '../exchange.js';
import { badRequest, malformedUrl } from '../refusals.js';
import { type VolumeRecord, volumeJson } from '../store.js';
import type { OperationContext } from './context.js';
import { nextLink, unknownMarker } from './list-paging.js';

const queryParameters = operations.listVolumes.parameters.query;
type QueryParameter = (typeof queryParameters)[number];
type ListQueryName = QueryParameter['name'];
type ListQuery = NonNullable<SpecOperations['listVolumes']['parameters']['query']>;
type ValueOf<Name extends ListQueryName> = Name extends keyof ListQuery ? NonNullable<ListQuery[Name]> : never;

/** A filter value the emulator cannot read: answered with its code. */
class FilterRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Test = (record: VolumeRecord) => boolean;
type QueryBehaviour<Value> = 'paging' | 'order' | { ignored: string } | { filter: (value: Value) => Test };

/** The most IDs `ids` takes (the reference). */
const maxIds = 60;

/**
 * A metadata filter: a JSON object, whose values are compared as strings (`{"hw:passthrough":true}`
 * matches `"true"`). Its encoding is an inference (the reference does not say); anything else is
 * refused with EVS.1058, the code for a bad metadata filter.
 */
function metadataPairs(name: string, text: string): [string, string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new FilterRefusal(
      'EVS.1058',
      `invalid metadata filter! query.${name} must be a JSON object such as {"full_clone":"0"}.`,
    );
  return Object.entries(parsed).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
}

const hasAll = (pairs: readonly [string, string][]): Test => {
  return (record) =>
    pairs.every(([key, value]) => Object.hasOwn(record.metadata, key) && record.metadata[key] === value);
};

/** `['id1','id2']` (the reference's form), or a plain comma-separated list; IDs that are not UUIDs are ignored. */
function idList(text: string): Set<string> {
  const parts = text
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(',')
    .map((part) => part.trim().replace(/^['"]|['"]$/g, ''))
    .filter((part) => part !== '');
  if (parts.length > maxIds)
    throw new FilterRefusal('EVS.5400', `${malformedUrl} query.ids takes at most ${maxIds} IDs, got ${parts.length}.`);
  return new Set(parts.filter(isUuid).map((id) => id.toLowerCase()));
}

/**
 * Every query parameter of the list, keyed by the operations table's names: a parameter added to
 * the spec without an entry here fails to compile and names itself when the emulator is created.
 */
export const volumeQueryBehaviour: { [Name in ListQueryName]: QueryBehaviour<ValueOf<Name>> } = {
  limit: 'paging',
  marker: 'paging',
  offset: 'paging',
  sort_key: 'order',
  sort_dir: 'order',
  name: { filter: (name) => (record) => record.name === name },
  status: { filter: (status) => (record) => record.status === status },
  availability_zone: { filter: (zone) => (record) => record.availabilityZone === zone },
  multiattach: { filter: (shared) => (record) => record.multiattach === shared },
  service_type: { filter: (type) => () => type === 'EVS' },
  // Emulated disk types have no IDs of their own: the type's name stands for its ID.
  volume_type_id: { filter: (type) => (record) => record.volumeType === type },
  // No emulated disk is attached to a server.
  server_id: { filter: () => () => false },
  metadata: { filter: (text) => hasAll(metadataPairs('metadata', text)) },
  id: { filter: (id) => (record) => record.id === id.toLowerCase() },
  not_metadata: {
    filter: (text) => {
      const matches = hasAll(metadataPairs('not_metadata', text));
      return (record) => !matches(record);
    },
  },
  ids: {
    filter: (text) => {
      const ids = idList(text);
      return (record) => ids.has(record.id);
    },
  },
  // No emulated disk is on a dedicated storage pool.
  dedicated_storage_id: { filter: () => () => false },
  dedicated_storage_name: { filter: () => () => false },
  enterprise_project_id: {
    filter: (project) => (record) => project === 'all_granted_eps' || project === record.enterpriseProjectId,
  },
};

const filters = Object.entries(volumeQueryBehaviour).flatMap(([name, behaviour]) =>
  typeof behaviour === 'object' && 'filter' in behaviour
    ? [{ name: name as keyof ListQuery, filter: behaviour.filter as (value: unknown) => Test }]
    : [],
);

/** The sort keys of the spec's enum, each with what it sorts by: a key added to the enum fails to compile here. */
type SortKey = ValueOf<'sort_key'>;
const sorters: Record<SortKey, (record: VolumeRecord) => string | number> = {
  id: (record) => record.id,
  status: (record) => record.status,
  size: (record) => record.size,
  created_at: (record) => record.seq,
};

const schemaOf = (name: ListQueryName): { default?: unknown } | undefined =>
  (queryParameters as readonly { name: string; schema: { default?: unknown } }[]).find(
    (parameter) => parameter.name === name,
  )?.schema;
const defaultLimit = schemaOf('limit')?.default;
const defaultSortKey = schemaOf('sort_key')?.default;
const defaultSortDir = schemaOf('sort_dir')?.default;

const here = 'src/emulator/operations/list-volumes.ts';

/** The list's query parameters without a behaviour, and defaults the emulator reads from the spec: for its start. */
export function volumeQueryGaps(): string[] {
  const gaps = queryParameters
    .filter(({ name }) => !Object.hasOwn(volumeQueryBehaviour, name))
    .map(
      ({ name }) =>
        `the query parameter ${name} of listVolumes has no behaviour: add it to volumeQueryBehaviour in ${here} ` +
        "(a filter, or 'paging', 'order' or { ignored: why } on purpose)",
    );
  if (typeof defaultLimit !== 'number' || typeof defaultSortKey !== 'string' || typeof defaultSortDir !== 'string')
    gaps.push(
      "listVolumes' limit, sort_key or sort_dir has no default in the spec: the emulator's defaults come from it",
    );
  return gaps;
}

export function listVolumes(context: OperationContext<'listVolumes'>): EmulatorAnswer {
  const { query } = context;
  let tests: Test[];
  try {
    // `id` is ignored when `ids` is given (the reference).
    tests = filters.flatMap(({ name, filter }) =>
      query[name] === undefined || (name === 'id' && query.ids !== undefined) ? [] : [filter(query[name])],
    );
  } catch (error) {
    if (error instanceof FilterRefusal) return badRequest(error.code, error.message);
    throw error;
  }
  const key = sorters[(query.sort_key ?? defaultSortKey) as SortKey];
  const direction = (query.sort_dir ?? defaultSortDir) === 'asc' ? 1 : -1;
  const matches = context.store.volumesOf(context.projectId).filter((record) => tests.every((test) => test(record)));
  matches.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : a.seq - b.seq) * direction;
  });
  let start = 0;
  if (query.marker !== undefined) {
    const marker = query.marker.toLowerCase();
    const position = matches.findIndex((record) => record.id === marker);
    if (position < 0) return unknownMarker(query.marker, 'disk');
    start = position + 1;
  }
  start += query.offset ?? 0;
  const limit = query.limit ?? (defaultLimit as number);
  const page = matches.slice(start, start + limit);
  const body: Record<string, unknown> = {
    count: matches.length,
    volumes: page.map((record) => volumeJson(record, context.projectId, context.request.origin)),
  };
  if (query.limit !== undefined && start + page.length < matches.length && page.length > 0)
    body.volumes_links = [nextLink(context.request, page.at(-1)!.id)];
  return jsonAnswer(200, body);
}
