// The `cinder` and `metadata` namespaces: the OpenStack-compatible snapshot family and the snapshot
// metadata calls, each a thin wrapper over the generic core. Which operation a method sends is
// chosen by one mapping: the `/v2` operation, or with `openStackApi: 'v3'` its twin, the operation
// of the same ID plus `V3` (derived from the operations table, checked at load). Every input is
// checked as that operation's row describes it, so a `/v3`-only filter is refused on `/v2`.
import { type OperationId, operations } from '../../generated/spec-constants.js';
import { type Checker, InputProblem } from '../shared/input-problem.js';
import { isRecord } from '../shared/is-record.js';
import { plainCopy } from '../shared/plain.js';
import { EvsApiError, EvsResponseError } from './errors.js';
import { checkCinderListAllOptions } from './input.js';
import type { SuccessBody } from './operation-call.js';
import { type CheckedRequest, checkOperationInput, checkQuery, type OperationInput } from './operation-input.js';
import type { OpenStackApi } from './options.js';
import { defaultPageSize, nextMarkerOf, paginateByMarker } from './paginate.js';
import type {
  CinderListSnapshotsDetailQuery,
  CinderListSnapshotsQuery,
  CinderSnapshotFilters,
  CinderSnapshotList,
  CinderSnapshotSummary,
  CinderSnapshotSummaryList,
  CreateSnapshotFields,
  Snapshot,
  SnapshotMetadata,
  UpdateSnapshotChanges,
} from './types.js';

/** The operations that have a `/v3` twin: the same operation ID plus `V3`. */
type Twinned = { [Op in OperationId]: `${Op}V3` extends OperationId ? Op : never }[OperationId];

/** The `/v3` twin of each operation that has one, from the table. */
const twins: ReadonlyMap<string, string> = new Map(
  Object.keys(operations)
    .filter((id) => Object.hasOwn(operations, `${id}V3`))
    .map((id) => [id, `${id}V3`]),
);
// A twin is the same call on the /v3 path: anything else would make openStackApi change more than the path.
for (const [v2, v3] of twins) {
  const [one, other] = [operations[v2 as OperationId], operations[v3 as OperationId]];
  if (one.method !== other.method || one.path.replace(/^\/v2\//, '/v3/') !== other.path)
    throw new Error(`${v3} is not ${v2} on the /v3 path (src/client/openstack.ts)`);
}

/**
 * The operation a namespace method sends: `operationId` on `/v2`, its twin on `/v3`. Typed as the `/v2` operation,
 * whose input and answer types the twin shares (their query differs, and is checked by the twin's own row).
 */
const operationFor = <Op extends Twinned>(api: OpenStackApi, operationId: Op): Op =>
  (api === 'v2' ? operationId : twins.get(operationId)) as Op;

/** The header that carries a `/v3` microversion, on the operations whose row documents it. */
const microversionHeader = 'OpenStack-API-Version';

/** What the namespaces need of the client: its settings, its checker and its core. */
export interface OpenStackCore {
  api: OpenStackApi;
  microversion: string | undefined;
  check: Checker;
  send: <Op extends OperationId>(
    operationId: Op,
    request: CheckedRequest,
    operation?: string,
  ) => Promise<SuccessBody<Op>>;
  guarded: <T>(operation: string, work: () => Promise<T>) => Promise<T>;
  guard: <T>(operation: string, work: () => T) => T;
  /** A list walk, its errors through the redactor. */
  walk: <Item>(pages: AsyncGenerator<Item, void, undefined>) => AsyncGenerator<Item, void, undefined>;
  /** The delete of a snapshot, settled as the client settles a retried one (gone or deleting: done). */
  deleteSnapshot: (operationId: OperationId, request: CheckedRequest) => Promise<void>;
}

export interface CinderCallOptions {
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal | undefined;
}

export interface CinderNamingCallOptions extends CinderCallOptions {
  /** Accept names starting with `autobk_snapshot_`, which the service restricts. */
  allowReservedNamePrefix?: boolean | undefined;
}

export interface CinderListAllOptions {
  /** Walk the detailed list (every field, `listSnapshotsDetail`) instead of the summary list. Default false. */
  detail?: boolean | undefined;
  /** Snapshots per request, within the spec's limit (1 to 1000); default 100. */
  pageSize?: number | undefined;
  /** Stops the iteration (and any request under way). */
  signal?: AbortSignal | undefined;
}

/** The OpenStack-compatible snapshot calls (`/v2/{project_id}/snapshots`, or `/v3` with `openStackApi: 'v3'`). */
export interface EvsCinder {
  /** Takes a snapshot of a disk; resolves with it, usually `creating`. Never sent twice. */
  createSnapshot(fields: CreateSnapshotFields, options?: CinderNamingCallOptions): Promise<Snapshot>;
  /** One page of the summary list, with the filters, `marker`/`offset` and `limit` given. */
  listSnapshots(query?: CinderListSnapshotsQuery, options?: CinderCallOptions): Promise<CinderSnapshotSummaryList>;
  /** One page of the detailed list. */
  listSnapshotsDetail(query?: CinderListSnapshotsDetailQuery, options?: CinderCallOptions): Promise<CinderSnapshotList>;
  /**
   * Every snapshot matching the filters, page by page by `marker` (the next link's, else the last snapshot's while
   * pages are full), each page when it is needed. A service that repeats a page or a marker fails the walk with
   * EvsResponseError.
   */
  listAllSnapshots(
    filters: CinderSnapshotFilters | undefined,
    options: CinderListAllOptions & { detail: true },
  ): AsyncGenerator<Snapshot, void, undefined>;
  listAllSnapshots(
    filters?: CinderSnapshotFilters,
    options?: CinderListAllOptions,
  ): AsyncGenerator<CinderSnapshotSummary, void, undefined>;
  /** Reads one snapshot. */
  showSnapshot(snapshotId: string, options?: CinderCallOptions): Promise<Snapshot>;
  /** Changes the name and/or description; resolves with the updated snapshot. */
  updateSnapshot(
    snapshotId: string,
    changes: UpdateSnapshotChanges,
    options?: CinderNamingCallOptions,
  ): Promise<Snapshot>;
  /** Starts deleting a snapshot (`available` or `error` ones); resolves once the service accepted. */
  deleteSnapshot(snapshotId: string, options?: CinderCallOptions): Promise<void>;
}

/** The metadata of a snapshot (`…/snapshots/{snapshot_id}/metadata`), on the path `openStackApi` names. */
export interface EvsSnapshotMetadata {
  /** Adds or changes these keys, keeping the others (POST); resolves with all the metadata after the call. */
  add(snapshotId: string, items: SnapshotMetadata, options?: CinderCallOptions): Promise<SnapshotMetadata>;
  /** All the metadata, system keys (`__system__…`) included. */
  list(snapshotId: string, options?: CinderCallOptions): Promise<SnapshotMetadata>;
  /** Replaces all the (user) metadata with these items (PUT): keys not given are deleted. */
  replace(snapshotId: string, items: SnapshotMetadata, options?: CinderCallOptions): Promise<SnapshotMetadata>;
  /** The value of one key; a key the snapshot lacks is an EvsApiError 404. */
  get(snapshotId: string, key: string, options?: CinderCallOptions): Promise<string>;
  /** Sets one key (PUT `{meta: {[key]: value}}`); resolves with the value the service stored. */
  set(snapshotId: string, key: string, value: string, options?: CinderCallOptions): Promise<string>;
  /** Deletes one key. */
  delete(snapshotId: string, key: string, options?: CinderCallOptions): Promise<void>;
}

/**
 * The body type of a metadata write as the generated types give it: openapi-typescript renders the schema's
 * `propertyNames` as `Record<string, never>`, which no non-empty map satisfies. The map is checked at run time
 * by the schema itself (string values, no `__system__` key, the size limit).
 */
type MetadataInput = Record<string, never>;

/**
 * The query as a plain copy (read once: a getter or Proxy trap that throws is an EvsValidationError), with the keys
 * only the twin's list takes refused with the reason, rather than as unknown fields.
 */
function queryFor(check: Checker, api: OpenStackApi, operationId: OperationId, query: unknown): unknown {
  if (query === undefined) return undefined;
  const copy = plainCopy(check, 'query', query);
  if (!isRecord(copy)) return copy;
  const twin = (api === 'v2' ? twins.get(operationId) : operationId.replace(/V3$/, '')) as OperationId;
  const names = (id: OperationId) => new Set(operations[id].parameters.query.map(({ name }) => name as string));
  const [own, theirs] = [names(operationId), names(twin)];
  for (const key of Object.keys(copy))
    if (!own.has(key) && theirs.has(key))
      check.fail(
        `query.${key}`,
        'additionalProperties',
        copy[key],
        `is a parameter of the /${api === 'v2' ? 'v3' : 'v2'} list (${twin}) only, not of ${operationId}: ` +
          (api === 'v2' ? "create the client with openStackApi: 'v3' to send it" : 'leave it out on /v3'),
      );
  return copy;
}

export function createOpenStackNamespaces(core: OpenStackCore): { cinder: EvsCinder; metadata: EvsSnapshotMetadata } {
  const { api, check, send, guarded, guard } = core;

  /** The headers of `operationId`'s row the client fills: the microversion, where the row documents it. */
  function withHeaders(operationId: OperationId, request: CheckedRequest): CheckedRequest {
    const documented = (operations[operationId].parameters.header as readonly { name: string }[]).some(
      ({ name }) => name === microversionHeader,
    );
    if (!documented || core.microversion === undefined) return request;
    return { ...request, headers: { ...request.headers, [microversionHeader]: `volume ${core.microversion}` } };
  }

  /** Checks the input as `operationId`'s row describes it (its twin-only query keys refused first). */
  function checked<Op extends OperationId>(operationId: Op, input: OperationInput<Op>): CheckedRequest {
    const query = queryFor(check, api, operationId, input.query) as OperationInput<Op>['query'];
    try {
      return withHeaders(
        operationId,
        checkOperationInput(check, operationId, { ...input, query } as OperationInput<Op>),
      );
    } catch (error) {
      // The schema says which keys a write may not hold (a pattern); the reason is said here.
      if (
        error instanceof InputProblem &&
        error.facts?.keyword === 'propertyNames' &&
        /^meta(data)?\./.test(error.field)
      )
        throw new InputProblem(
          error.field,
          error.rule,
          error.value,
          `${error.detail}: the service keeps such keys for itself (they can be read, not written)`,
          error.facts,
        );
      throw error;
    }
  }

  /** One call of the method's operation on the configured path, reported under the operation sent. */
  function call<Op extends Twinned>(v2: Op, input: OperationInput<Op>, repeatable = false): Promise<SuccessBody<Op>> {
    const operationId = operationFor(api, v2);
    return guarded(operationId, async () => {
      const request = checked(operationId, input);
      return send(operationId, repeatable ? { ...request, repeatable } : request);
    });
  }

  /** The value of `key` in an answer's `meta`, which must hold it; the error names both keys, redacted. */
  function itemOf(operation: string, meta: Record<string, string>, key: string): string {
    if (Object.hasOwn(meta, key)) return meta[key] as string;
    const named = (name: string): string => JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name);
    const held = Object.keys(meta);
    throw guard(operation, () => {
      throw new EvsResponseError({
        operation,
        status: 200,
        problem:
          `the body's meta has no item for the key asked for, ${named(key)}; it holds ` +
          (held.length ? `${held.slice(0, 3).map(named).join(', ')}${held.length > 3 ? ', …' : ''}` : 'no key'),
        requestId: undefined,
        bodyExcerpt: '',
      });
    });
  }

  const cinder: EvsCinder = {
    createSnapshot: async (fields, options) =>
      (await call('createCinderSnapshot', { body: { snapshot: fields }, options })).snapshot,
    listSnapshots: (query = {}, options) => call('listCinderSnapshots', { query, options }),
    listSnapshotsDetail: (query = {}, options) => call('listCinderSnapshotsDetail', { query, options }),
    showSnapshot: async (snapshotId, options) =>
      (await call('showCinderSnapshot', { path: { snapshot_id: snapshotId }, options })).snapshot,
    updateSnapshot: async (snapshotId, changes, options) =>
      (await call('updateCinderSnapshot', { path: { snapshot_id: snapshotId }, body: { snapshot: changes }, options }))
        .snapshot,
    deleteSnapshot: (snapshotId, options) => {
      const operationId = operationFor(api, 'deleteCinderSnapshot');
      return guarded(operationId, () =>
        core.deleteSnapshot(operationId, checked(operationId, { path: { snapshot_id: snapshotId }, options })),
      );
    },
    listAllSnapshots(filters = {}, listOptions = {}): AsyncGenerator<never, void, undefined> {
      const operation = 'cinder.listAllSnapshots';
      const { operationId, query, pageSize, signal } = guard(operation, () => {
        const listOf = (detail: boolean) =>
          operationFor(api, detail ? 'listCinderSnapshotsDetail' : 'listCinderSnapshots');
        const options = checkCinderListAllOptions(check, listOptions, listOf);
        const id = listOf(options.detail);
        const target = operations[id].query;
        const refused = { keys: ['marker', 'offset', 'limit'], why: 'is set by listAllSnapshots itself as it pages' };
        return {
          ...options,
          operationId: id,
          query: checkQuery(check, target, queryFor(check, api, id, filters), refused),
        };
      });
      const pages = paginateByMarker(
        async (marker, limit) => {
          const pageQuery = Object.assign(
            Object.create(null) as object,
            query,
            marker === undefined ? {} : { marker },
            {
              limit,
            },
          );
          const request = withHeaders(operationId, { path: {}, query: pageQuery, body: undefined, signal });
          const page = await send(operationId, request, operation);
          return { items: page.snapshots, count: undefined, nextMarker: nextMarkerOf(page.snapshots_links) };
        },
        pageSize ?? defaultPageSize,
        (detail) => {
          throw new EvsResponseError({
            operation,
            status: 200,
            problem: `the service does not page by marker (${detail})`,
            requestId: undefined,
            bodyExcerpt: '',
          });
        },
        signal,
      );
      return core.walk(pages) as AsyncGenerator<never, void, undefined>;
    },
  };

  const metadata: EvsSnapshotMetadata = {
    // An add sets the same keys to the same values again: repeating it has the effect of one call.
    add: async (snapshotId, items, options) =>
      (
        await call(
          'createSnapshotMetadata',
          { path: { snapshot_id: snapshotId }, body: { metadata: items as MetadataInput }, options },
          true,
        )
      ).metadata,
    list: async (snapshotId, options) =>
      (await call('showSnapshotMetadata', { path: { snapshot_id: snapshotId }, options })).metadata,
    replace: async (snapshotId, items, options) =>
      (
        await call('updateSnapshotMetadata', {
          path: { snapshot_id: snapshotId },
          body: { metadata: items as MetadataInput },
          options,
        })
      ).metadata,
    get: async (snapshotId, key, options) => {
      const answer = await call('showSnapshotMetadataItem', { path: { snapshot_id: snapshotId, key }, options });
      return itemOf(operationFor(api, 'showSnapshotMetadataItem'), answer.meta, key);
    },
    set: async (snapshotId, key, value, options) => {
      // A value left out would be copied as `{}` (JSON has no undefined) and refused as an empty `meta`, a
      // rule that names no argument of this call: the missing value is named instead.
      if (value === undefined)
        guard(operationFor(api, 'updateSnapshotMetadataItem'), () =>
          check.fail(
            `meta.${String(key)}`,
            'type',
            value,
            'must be string: set(snapshotId, key, value) needs the value',
          ),
        );
      // A computed key is an own property even for `__proto__`; the body's key is the path's by construction.
      const meta = { [key]: value } as MetadataInput;
      const answer = await call('updateSnapshotMetadataItem', {
        path: { snapshot_id: snapshotId, key },
        body: { meta },
        options,
      });
      return itemOf(operationFor(api, 'updateSnapshotMetadataItem'), answer.meta, key);
    },
    delete: (snapshotId, key, options) => {
      const operationId = operationFor(api, 'deleteSnapshotMetadataItem');
      return guarded(operationId, async () => {
        const request = checked(operationId, { path: { snapshot_id: snapshotId, key }, options });
        try {
          await send(operationId, request);
        } catch (error) {
          // A retried delete whose first attempt went through finds the key gone.
          if (error instanceof EvsApiError && error.attempts > 1 && error.status === 404) return;
          throw error;
        }
      });
    },
  };
  return { cinder, metadata };
}
