// createEvsClient: the typed openapi-fetch client plus one method per operation of the spec, and
// the helpers built on them (paging through every snapshot, waiting for a status). A call runs
// the stages in order: check (the spec's rules on a plain copy) -> serialise (that copy's JSON,
// sent as it is) -> the transport's per-attempt stages (sign, send, classify, retry).
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { uuidPattern } from '../../generated/spec-constants.js';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { isRecord } from '../shared/is-record.js';
import { createRedactor } from '../shared/redact.js';
import { jsonBody, listProblem, noBody, rollbackProblem, snapshotProblem } from './answers.js';
import { createAuthorizer } from './auth/index.js';
import { EvsApiError, EvsError, EvsNetworkError, EvsResponseError, EvsValidationError } from './errors.js';
import { checkCallOptions, checkCreateBody, checkListAllOptions, checkListQuery, checkRollbackBody, checkSnapshotId, checkUpdateBody, checkWaitOptions } from './input.js';
import { type EvsClientOptions, resolveOptions } from './options.js';
import { paginate } from './paginate.js';
import { EvsRequest, EvsResponse } from './request.js';
import { createTransport, type OperationFetch } from './transport.js';
import type {
  CreateSnapshotFields,
  ListSnapshotsFilters,
  ListSnapshotsQuery,
  RollbackResult,
  RollbackTarget,
  Snapshot,
  SnapshotList,
  SnapshotListItem,
  UpdateSnapshotChanges,
} from './types.js';
import { type WaitOptions, waitForStatus } from './wait.js';

export interface CallOptions {
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal | undefined;
}

export interface NamingCallOptions extends CallOptions {
  /** Accept names starting with `autobk_snapshot_`, which the service restricts. */
  allowReservedNamePrefix?: boolean | undefined;
}

export interface ListAllOptions {
  /** Snapshots per request, within the spec's limit (1 to 1000); default 100. */
  pageSize?: number | undefined;
  /** Stops the iteration (and any request under way). */
  signal?: AbortSignal | undefined;
}

export interface EvsClient {
  /** The base URL requests go to. */
  readonly baseUrl: string;
  /** The project ID filled into every path. */
  readonly projectId: string;
  /** Takes a snapshot of a disk; resolves with the snapshot, usually in status `creating`. Never retried once sent. */
  createSnapshot(fields: CreateSnapshotFields, options?: NamingCallOptions): Promise<Snapshot>;
  /** Changes the name and/or description of a snapshot; resolves with the updated snapshot. */
  updateSnapshot(snapshotId: string, changes: UpdateSnapshotChanges, options?: NamingCallOptions): Promise<Snapshot>;
  /** Reads one snapshot. */
  showSnapshot(snapshotId: string, options?: CallOptions): Promise<Snapshot>;
  /** One page of the detailed list, with the filters, `offset` and `limit` given. */
  listSnapshots(query?: ListSnapshotsQuery, options?: CallOptions): Promise<SnapshotList>;
  /** Every snapshot matching the filters, page by page (offset/limit), requesting each page only when it is needed. */
  listAllSnapshots(filters?: ListSnapshotsFilters, options?: ListAllOptions): AsyncGenerator<SnapshotListItem, void, undefined>;
  /** Starts deleting a snapshot (only `available` or `error` ones); resolves once the service accepted. */
  deleteSnapshot(snapshotId: string, options?: CallOptions): Promise<void>;
  /** Rolls the snapshot's source disk back to it; resolves once the service accepted. Not retried once sent. */
  rollbackSnapshot(snapshotId: string, target: RollbackTarget, options?: CallOptions): Promise<RollbackResult>;
  /** Polls until the snapshot is `available` (resolves with it), or gone (resolves with undefined). */
  waitForSnapshot(snapshotId: string, options: WaitOptions & { until: 'available' }): Promise<Snapshot>;
  waitForSnapshot(snapshotId: string, options: WaitOptions & { until: 'deleted' }): Promise<undefined>;
  waitForSnapshot(snapshotId: string, options: WaitOptions): Promise<Snapshot | undefined>;
  /**
   * The underlying openapi-fetch client, typed for every path (pass `project_id` yourself), with the
   * same auth, timeout, retries and limits; its `response` is an EvsResponse, whose `attempts` says
   * how many times the request was sent.
   */
  readonly raw: Client<paths>;
}

const defaultPageSize = 100;
const signalOnly = ['signal'] as const;
const signalAndNaming = ['signal', 'allowReservedNamePrefix'] as const;

/**
 * The marker of the page's `next` link. Only the marker is taken, never the link's host or path:
 * requests stay on the configured endpoint and the cloudsnapshots path (the Open Telekom Cloud
 * example links to the OpenStack-compatible path instead). A marker that is not a UUID is not one
 * the service gave for this list: paging goes on by offset.
 */
function nextMarkerOf(page: SnapshotList): string | undefined {
  const links: unknown = page.snapshots_links;
  const link = Array.isArray(links) ? links.find((candidate: unknown) => isRecord(candidate) && candidate.rel === 'next') : undefined;
  if (!isRecord(link) || typeof link.href !== 'string') return undefined;
  try {
    const marker = new URL(link.href, 'http://link.invalid').searchParams.get('marker');
    return marker !== null && new RegExp(uuidPattern).test(marker) ? marker : undefined;
  } catch {
    return undefined;
  }
}

const validationError = (operation: string, problem: InputProblem): EvsValidationError =>
  new EvsValidationError({ operation, field: problem.field, rule: problem.rule, value: problem.value, detail: problem.detail });

export function createEvsClient(options: EvsClientOptions): EvsClient {
  let config: ReturnType<typeof resolveOptions>;
  try {
    config = resolveOptions(new Checker(), options);
  } catch (error) {
    throw error instanceof InputProblem ? validationError('createEvsClient', error) : error;
  }
  const authorizer = createAuthorizer(config.auth, config.projectId);
  const redactor = createRedactor(authorizer.secrets);
  const redact = redactor.text;
  const check = new Checker(redact);
  const transport = createTransport({ ...config, authorizer, redact });
  const raw = createClient<paths>({
    baseUrl: config.baseUrl,
    headers: config.headers,
    Request: EvsRequest as unknown as typeof Request,
    fetch: transport() as unknown as typeof fetch,
  });
  const project = { project_id: config.projectId };
  const snapshotPath = (snapshotId: string) => ({ path: { ...project, snapshot_id: snapshotId } });

  /** The boundary of every method: input problems become EvsValidationError, and every rejection passes through the redactor. */
  const reported = (operation: string, error: unknown): unknown => redactor.error(error instanceof InputProblem ? validationError(operation, error) : error);
  function guard<T>(operation: string, work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw reported(operation, error);
    }
  }
  async function guarded<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw reported(operation, error);
    }
  }

  /** Runs one openapi-fetch call; an error thrown around the transport (a middleware's, added with `raw.use`) still gets the client's error types. */
  async function send<T>(operation: string, signal: AbortSignal | undefined, exchange: () => Promise<T>): Promise<T> {
    try {
      return await exchange();
    } catch (error) {
      if (error instanceof EvsError || signal?.aborted) throw error;
      throw new EvsNetworkError(operation, `${operation} failed after the response arrived: ${(error as Error).message}`, { cause: error });
    }
  }

  const call = (operation: string, signal: AbortSignal | undefined): { parseAs: 'text'; fetch: typeof fetch; signal?: AbortSignal } => ({
    parseAs: 'text',
    fetch: transport(operation) as OperationFetch as unknown as typeof fetch,
    ...(signal ? { signal } : {}),
  });

  /** The body goes out as exactly this text: the JSON of the checked copy, never serialised again from the caller's objects. */
  const asSent = (body: unknown): { bodySerializer: () => string } => {
    const text = JSON.stringify(body);
    return { bodySerializer: () => text };
  };

  async function listPage(operation: string, query: ListSnapshotsQuery, signal: AbortSignal | undefined): Promise<SnapshotList> {
    const answer = await send(operation, signal, () => raw.GET('/v2/{project_id}/cloudsnapshots/detail', { params: { path: project, query }, ...call(operation, signal) }));
    return jsonBody<SnapshotList>(operation, answer, redact, listProblem);
  }

  async function show(snapshotId: string, signal: AbortSignal | undefined, operation = 'showSnapshot'): Promise<Snapshot> {
    const answer = await send(operation, signal, () => raw.GET('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { params: snapshotPath(snapshotId), ...call(operation, signal) }));
    return jsonBody<{ snapshot: Snapshot }>(operation, answer, redact, snapshotProblem).snapshot;
  }

  /** Whether a snapshot is deleting or gone, as it is after a delete that went through. */
  async function alreadyDeleting(snapshotId: string, signal: AbortSignal | undefined): Promise<boolean> {
    try {
      return (await show(snapshotId, signal, 'deleteSnapshot')).status === 'deleting';
    } catch (error) {
      if (error instanceof EvsApiError && error.status === 404) return true;
      throw error;
    }
  }

  return {
    baseUrl: config.baseUrl,
    projectId: config.projectId,
    raw,

    createSnapshot: (fields, callOptions) =>
      guarded('createSnapshot', async () => {
        const { signal, ...rules } = checkCallOptions(check, callOptions, signalAndNaming);
        const body = checkCreateBody(check, fields, rules);
        const answer = await send('createSnapshot', signal, () =>
          raw.POST('/v2/{project_id}/cloudsnapshots', { params: { path: project }, body, ...asSent(body), ...call('createSnapshot', signal) }),
        );
        return jsonBody<{ snapshot: Snapshot }>('createSnapshot', answer, redact, snapshotProblem).snapshot;
      }),

    updateSnapshot: (snapshotId, changes, callOptions) =>
      guarded('updateSnapshot', async () => {
        const { signal, ...rules } = checkCallOptions(check, callOptions, signalAndNaming);
        const id = checkSnapshotId(check, snapshotId);
        const body = checkUpdateBody(check, changes, rules);
        const answer = await send('updateSnapshot', signal, () =>
          raw.PUT('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { params: snapshotPath(id), body, ...asSent(body), ...call('updateSnapshot', signal) }),
        );
        return jsonBody<{ snapshot: Snapshot }>('updateSnapshot', answer, redact, snapshotProblem).snapshot;
      }),

    showSnapshot: (snapshotId, callOptions) =>
      guarded('showSnapshot', async () => {
        const { signal } = checkCallOptions(check, callOptions, signalOnly);
        return show(checkSnapshotId(check, snapshotId), signal);
      }),

    listSnapshots: (query = {}, callOptions) =>
      guarded('listSnapshots', async () => {
        const { signal } = checkCallOptions(check, callOptions, signalOnly);
        return listPage('listSnapshots', checkListQuery(check, query, true), signal);
      }),

    listAllSnapshots(filters = {}, listOptions) {
      const { query, pageSize, signal } = guard('listAllSnapshots', () => ({ query: checkListQuery(check, filters, false), ...checkListAllOptions(check, listOptions) }));
      const size = pageSize ?? defaultPageSize;
      const pages = paginate(
        async (position, limit) => {
          const page = await listPage('listAllSnapshots', Object.assign(Object.create(null) as ListSnapshotsQuery, query, position, { limit }), signal);
          return { items: page.snapshots, count: page.count, nextMarker: nextMarkerOf(page) };
        },
        size,
        (detail) => {
          throw new EvsResponseError({
            operation: 'listAllSnapshots',
            status: 200,
            problem: `the service does not page by offset and limit (${detail})`,
            requestId: undefined,
            bodyExcerpt: '',
          });
        },
        signal,
      );
      return (async function* redacted() {
        try {
          yield* pages;
        } catch (error) {
          throw redactor.error(error);
        }
      })();
    },

    deleteSnapshot: (snapshotId, callOptions) =>
      guarded('deleteSnapshot', async () => {
        const { signal } = checkCallOptions(check, callOptions, signalOnly);
        const id = checkSnapshotId(check, snapshotId);
        const answer = await send('deleteSnapshot', signal, () =>
          raw.DELETE('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { params: snapshotPath(id), ...call('deleteSnapshot', signal) }),
        );
        try {
          noBody('deleteSnapshot', answer, redact);
        } catch (error) {
          // A retried delete whose first attempt went through finds the snapshot gone or deleting.
          const retried = answer.response instanceof EvsResponse && answer.response.attempts > 1;
          if (retried && error instanceof EvsApiError && (error.status === 404 || (error.code === 'EVS.1047' && (await alreadyDeleting(id, signal))))) return;
          throw error;
        }
      }),

    rollbackSnapshot: (snapshotId, target, callOptions) =>
      guarded('rollbackSnapshot', async () => {
        const { signal } = checkCallOptions(check, callOptions, signalOnly);
        const id = checkSnapshotId(check, snapshotId);
        const body = checkRollbackBody(check, target);
        const answer = await send('rollbackSnapshot', signal, () =>
          raw.POST('/v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback', { params: snapshotPath(id), body, ...asSent(body), ...call('rollbackSnapshot', signal) }),
        );
        return jsonBody<{ rollback: RollbackResult }>('rollbackSnapshot', answer, redact, rollbackProblem).rollback;
      }),

    waitForSnapshot(snapshotId: string, waitOptions: WaitOptions): Promise<never> {
      return guarded('waitForSnapshot', async () => {
        const id = checkSnapshotId(check, snapshotId);
        const checked = checkWaitOptions(check, waitOptions);
        const read = async (signal: AbortSignal | undefined): Promise<Snapshot | undefined> => {
          try {
            return await show(id, signal, 'waitForSnapshot');
          } catch (error) {
            if (error instanceof EvsApiError && error.status === 404) return undefined;
            throw error;
          }
        };
        return waitForStatus(id, read, checked);
      }) as Promise<never>;
    },
  };
}
