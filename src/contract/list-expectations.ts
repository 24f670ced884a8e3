// What a list answer must do for each query parameter of listSnapshots, keyed by the names the
// generated operations table gives them: a paging parameter, a filter every item must match, or a
// parameter the contract tool cannot check, with the reason. The generated cases read here too which
// parameters they leave out of valid requests. A parameter added to spec/ without an entry is a
// compile error (the `satisfies` below) and, where nothing type-checks (tsx, vitest), an error when
// this module loads, naming it.
import { operations } from '../../generated/spec-constants.js';
import type { WireRequest } from './http.js';

const listParameters = operations.listSnapshots.parameters.query;
export type ListQueryName = (typeof listParameters)[number]['name'];

/** How a list answer honours one query parameter. */
export type ListExpectation = (
  | { paging: 'limit' | 'offset' | 'marker' }
  /**
   * Every item's `item` field equals the value (one of the values, for a repeated parameter); ids compare in any case.
   */
  | { filter: { item: string; same: 'exactly' | 'as an id'; problem?: string } }
  | { unchecked: string }
) & {
  /**
   * Left out of the generated valid requests: a valid value depends on the account (its rule breaks are still drawn).
   */
  drawn?: 'omitted';
};

export const listExpectations = {
  offset: { paging: 'offset' },
  limit: { paging: 'limit' },
  // A marker must name a listed snapshot.
  marker: { paging: 'marker', drawn: 'omitted' },
  sort_key: {
    unchecked: 'the order of a page is not checked (the keys a server sorts by are its own)',
    drawn: 'omitted',
  },
  sort_dir: { unchecked: 'the order of a page is not checked (the keys a server sorts by are its own)' },
  name: { filter: { item: 'name', same: 'exactly' } },
  status: { filter: { item: 'status', same: 'exactly' } },
  volume_id: { filter: { item: 'volume_id', same: 'as an id' } },
  availability_zone: { unchecked: 'a listed snapshot does not carry its disk’s availability zone', drawn: 'omitted' },
  id: { filter: { item: 'id', same: 'as an id', problem: 'the item is none of the ids asked for' } },
  service_type: { unchecked: 'a listed snapshot does not carry its service type', drawn: 'omitted' },
  dedicated_storage_id: { unchecked: 'a listed snapshot does not carry its dedicated storage', drawn: 'omitted' },
  dedicated_storage_name: { unchecked: 'a listed snapshot does not carry its dedicated storage', drawn: 'omitted' },
  enterprise_project_id: { unchecked: 'a listed snapshot does not carry its enterprise project', drawn: 'omitted' },
} as const satisfies Record<ListQueryName, ListExpectation>;

// A copy of spec/ with a parameter this table lacks compiles with tsx and vitest, which strip types:
// it fails here instead, naming the parameter.
const unhandled = listParameters
  .map((parameter) => parameter.name as string)
  .filter((name) => !Object.hasOwn(listExpectations, name));
if (unhandled.length)
  throw new Error(
    `src/contract/list-expectations.ts: listSnapshots has the query parameter${unhandled.length === 1 ? '' : 's'} ` +
      `${unhandled.join(', ')} with no expectation: ` +
      'say how a list answer honours it (paging or a filter of the items), or why the contract tool cannot check it',
  );

export type FilterName = {
  [K in ListQueryName]: (typeof listExpectations)[K] extends { filter: unknown } ? K : never;
}[ListQueryName];

export interface ListQuery {
  limit: number;
  offset: number;
  marker: string | undefined;
  /** The value of each filter the request sets (every value, for a repeated parameter). */
  filters: Partial<Record<FilterName, string | string[]>>;
}

/** The filters, in the order of the spec, with how an item must match each. */
export const listFilters = listParameters.flatMap((parameter) => {
  const expectation: ListExpectation = listExpectations[parameter.name];
  return 'filter' in expectation
    ? [{ name: parameter.name as FilterName, repeated: parameter.schema.type === 'array', ...expectation.filter }]
    : [];
});

/** The parameters the generated valid requests leave out. */
export const omittedFromGenerated: readonly ListQueryName[] = listParameters
  .map((parameter) => parameter.name)
  .filter((name) => (listExpectations[name] as ListExpectation).drawn === 'omitted');

const limitParameter = listParameters.find((parameter) => parameter.name === 'limit');
/** The page length a server applies without `limit`: the spec's default. */
const defaultLimit: number =
  limitParameter && 'default' in limitParameter.schema ? limitParameter.schema.default : Number.NaN;
if (!Number.isInteger(defaultLimit))
  throw new Error('src/contract/list-expectations.ts: the limit parameter of listSnapshots has no default in the spec');

/**
 * The paging and filters of a list request, as the server should
 * apply them (a value that is not a whole number: the default).
 */
export function listQueryOf(request: WireRequest): ListQuery {
  const params = new URLSearchParams(request.path.split('?')[1] ?? '');
  const filters: ListQuery['filters'] = {};
  for (const filter of listFilters)
    if (params.has(filter.name))
      filters[filter.name] = filter.repeated ? params.getAll(filter.name) : (params.get(filter.name) as string);
  const number = (name: ListQueryName, fallback: number): number =>
    /^\d+$/.test(params.get(name) ?? '') ? Number(params.get(name)) : fallback;
  return {
    limit: number('limit', defaultLimit),
    offset: number('offset', 0),
    marker: params.get('marker') ?? undefined,
    filters,
  };
}
