// createEvsClient: the typed openapi-fetch client plus one method per operation of the spec,
// and the helpers built on them (paging through every snapshot, waiting for a status).
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { authSetup } from './auth/index.js';
import { resolveOptions, type EvsClientOptions } from './config.js';
import { EvsApiError, EvsError, EvsNetworkError, EvsResponseError, EvsTimeoutError } from './errors.js';
import { paginate } from './paginate.js';
import { plainCopy } from './plain.js';
import { createRedactor } from './redact.js';
import { EvsRequest } from './request.js';
import { jsonBody, listProblem, noBody, rollbackProblem, snapshotProblem } from './responses.js';
import { createTransport, type AttemptLog, type OperationFetch } from './transport.js';
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
import {
  Checker,
  checkCallOptions,
  validateCreateSnapshot,
  validateListAllOptions,
  validateListQuery,
  validateRollback,
  validateSnapshotId,
  validateUpdateSnapshot,
  validateWait,
  type FieldRulesOptions,
} from './validation.js';
import { waitForStatus, type WaitOptions } from './wait.js';

export interface CallOptions extends FieldRulesOptions {
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal | undefined;
}

export interface ListAllOptions {
  /** Snapshots per request, 1 to 1000; default 100. */
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
  createSnapshot(fields: CreateSnapshotFields, options?: CallOptions): Promise<Snapshot>;
  /** Changes the name and/or description of a snapshot; resolves with the updated snapshot. */
  updateSnapshot(snapshotId: string, changes: UpdateSnapshotChanges, options?: CallOptions): Promise<Snapshot>;
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
  /** The underlying openapi-fetch client, typed for every path (pass `project_id` yourself); same auth, timeout and retries. */
  readonly raw: Client<paths>;
}

const defaultPageSize = 100;
const withSignal = ['signal'] as const;
const withNameRule = ['signal', 'allowReservedNamePrefix'] as const;

export function createEvsClient(options: EvsClientOptions): EvsClient {
  const config = resolveOptions(options);
  const auth = authSetup(config.auth, { projectId: config.projectId });
  const redactor = createRedactor(auth.secrets);
  const scrub = redactor.text;
  const transport = createTransport({ ...config, redact: scrub, beforeRetry: auth.beforeRetry });
  const raw = createClient<paths>({
    baseUrl: config.baseUrl,
    headers: config.headers,
    Request: EvsRequest as unknown as typeof Request,
    fetch: transport() as unknown as typeof fetch,
  });
  raw.use(auth.middleware);
  const project = { project_id: config.projectId };
  const snapshotPath = (snapshotId: string) => ({ path: { ...project, snapshot_id: snapshotId } });

  /** Every rejection of a method passes through the redactor, whichever stage threw it. */
  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw redactor.error(error);
    }
  }

  /** Runs one openapi-fetch call; anything unexpected after the transport still gets the client's error types. */
  async function send<T>(operation: string, signal: AbortSignal | undefined, exchange: () => Promise<T>): Promise<T> {
    try {
      return await exchange();
    } catch (error) {
      if (error instanceof EvsError || signal?.aborted) throw error;
      if (error instanceof DOMException && error.name === 'TimeoutError') throw new EvsTimeoutError(operation, config.timeoutMs);
      throw new EvsNetworkError(operation, `${operation} lost the connection while reading the response: ${(error as Error).message}`, { cause: error });
    }
  }

  const call = (operation: string, signal: AbortSignal | undefined, log?: AttemptLog): { parseAs: 'text'; fetch: typeof fetch; signal?: AbortSignal } => ({
    parseAs: 'text',
    fetch: transport(operation, log) as OperationFetch as unknown as typeof fetch,
    ...(signal ? { signal } : {}),
  });

  /** The body goes out as exactly this text: the JSON of the checked copy, never re-serialised from the caller's objects. */
  const sendText = (body: unknown): { bodySerializer: () => string } => {
    const text = JSON.stringify(body);
    return { bodySerializer: () => text };
  };
  /** The envelope around a checked copy, without a prototype for a polluted toJSON to hide in. */
  const envelope = <K extends string, V>(key: K, value: V): Record<K, V> => Object.assign(Object.create(null) as Record<K, V>, { [key]: value });

  async function listPage(operation: string, query: ListSnapshotsQuery, signal: AbortSignal | undefined): Promise<SnapshotList> {
    // `query` is a checked copy without a prototype: openapi-fetch walks it with for...in, which sees nothing inherited.
    const answer = await send(operation, signal, () => raw.GET('/v2/{project_id}/cloudsnapshots/detail', { params: { path: project, query }, ...call(operation, signal) }));
    return jsonBody<SnapshotList>(operation, answer, scrub, listProblem);
  }

  async function show(snapshotId: string, signal: AbortSignal | undefined, operation = 'showSnapshot'): Promise<Snapshot> {
    const answer = await send(operation, signal, () => raw.GET('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { params: snapshotPath(snapshotId), ...call(operation, signal) }));
    return jsonBody<{ snapshot: Snapshot }>(operation, answer, scrub, snapshotProblem).snapshot;
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

  const client: EvsClient = {
    baseUrl: config.baseUrl,
    projectId: config.projectId,
    raw,

    createSnapshot: (fields, callOptions) =>
      guarded(async () => {
        const { signal, ...rules } = checkCallOptions('createSnapshot', callOptions, withNameRule, scrub);
        const copy = plainCopy(new Checker('createSnapshot', scrub), 'snapshot', fields);
        validateCreateSnapshot(copy, rules, scrub);
        const body = envelope('snapshot', copy);
        const answer = await send('createSnapshot', signal, () =>
          raw.POST('/v2/{project_id}/cloudsnapshots', { params: { path: project }, body, ...sendText(body), ...call('createSnapshot', signal) }),
        );
        return jsonBody<{ snapshot: Snapshot }>('createSnapshot', answer, scrub, snapshotProblem).snapshot;
      }),

    updateSnapshot: (snapshotId, changes, callOptions) =>
      guarded(async () => {
        const { signal, ...rules } = checkCallOptions('updateSnapshot', callOptions, withNameRule, scrub);
        validateSnapshotId('updateSnapshot', snapshotId, scrub);
        const copy = plainCopy(new Checker('updateSnapshot', scrub), 'snapshot', changes);
        validateUpdateSnapshot(snapshotId, copy, rules, scrub);
        const body = envelope('snapshot', copy);
        const answer = await send('updateSnapshot', signal, () =>
          raw.PUT('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { params: snapshotPath(snapshotId), body, ...sendText(body), ...call('updateSnapshot', signal) }),
        );
        return jsonBody<{ snapshot: Snapshot }>('updateSnapshot', answer, scrub, snapshotProblem).snapshot;
      }),

    showSnapshot: (snapshotId, callOptions) =>
      guarded(async () => {
        const { signal } = checkCallOptions('showSnapshot', callOptions, withSignal, scrub);
        validateSnapshotId('showSnapshot', snapshotId, scrub);
        return show(snapshotId, signal);
      }),

    listSnapshots: (query = {}, callOptions) =>
      guarded(async () => {
        const { signal } = checkCallOptions('listSnapshots', callOptions, withSignal, scrub);
        const copy = plainCopy(new Checker('listSnapshots', scrub), 'query', query);
        validateListQuery('listSnapshots', copy, true, scrub);
        return listPage('listSnapshots', copy, signal);
      }),

    listAllSnapshots(filters = {}, listOptions) {
      let copy: ListSnapshotsQuery;
      let checked: ReturnType<typeof validateListAllOptions>;
      try {
        const query = plainCopy(new Checker('listAllSnapshots', scrub), 'query', filters);
        validateListQuery('listAllSnapshots', query, false, scrub);
        copy = query;
        checked = validateListAllOptions(listOptions, scrub);
      } catch (error) {
        throw redactor.error(error);
      }
      const { pageSize = defaultPageSize, signal } = checked;
      const pages = paginate(
        async (offset, limit) => {
          const page = await listPage('listAllSnapshots', Object.assign(Object.create(null) as ListSnapshotsQuery, copy, { offset, limit }), signal);
          return { items: page.snapshots, count: page.count };
        },
        pageSize,
        (detail) => {
          throw new EvsResponseError({ operation: 'listAllSnapshots', status: 200, problem: `the service does not page by offset and limit (${detail})`, requestId: undefined, bodyExcerpt: '' });
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
      guarded(async () => {
        const { signal } = checkCallOptions('deleteSnapshot', callOptions, withSignal, scrub);
        validateSnapshotId('deleteSnapshot', snapshotId, scrub);
        const log: AttemptLog = { attempts: 0 };
        const answer = await send('deleteSnapshot', signal, () =>
          raw.DELETE('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { params: snapshotPath(snapshotId), ...call('deleteSnapshot', signal, log) }),
        );
        try {
          noBody('deleteSnapshot', answer, scrub);
        } catch (error) {
          // A retried delete whose first attempt went through finds the snapshot gone or deleting.
          if (log.attempts > 1 && error instanceof EvsApiError && (error.status === 404 || (error.code === 'EVS.1047' && (await alreadyDeleting(snapshotId, signal))))) return;
          throw error;
        }
      }),

    rollbackSnapshot: (snapshotId, target, callOptions) =>
      guarded(async () => {
        const { signal } = checkCallOptions('rollbackSnapshot', callOptions, withSignal, scrub);
        validateSnapshotId('rollbackSnapshot', snapshotId, scrub);
        const copy = plainCopy(new Checker('rollbackSnapshot', scrub), 'rollback', target);
        validateRollback(snapshotId, copy, scrub);
        const body = envelope('rollback', copy);
        const answer = await send('rollbackSnapshot', signal, () =>
          raw.POST('/v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback', { params: snapshotPath(snapshotId), body, ...sendText(body), ...call('rollbackSnapshot', signal) }),
        );
        return jsonBody<{ rollback: RollbackResult }>('rollbackSnapshot', answer, scrub, rollbackProblem).rollback;
      }),

    waitForSnapshot(snapshotId: string, waitOptions: WaitOptions): Promise<never> {
      return guarded(async () => {
        const checked = validateWait(snapshotId, waitOptions, scrub);
        const read = async (signal: AbortSignal | undefined): Promise<Snapshot | undefined> => {
          try {
            return await show(snapshotId, signal, 'waitForSnapshot');
          } catch (error) {
            if (error instanceof EvsApiError && error.status === 404) return undefined;
            throw error;
          }
        };
        return waitForStatus(snapshotId, read, checked);
      }) as Promise<never>;
    },
  };
  return client;
}
