// createEvsClient: the typed openapi-fetch client plus one thin method per operation of the spec,
// named after its operationId, over one generic core: `call(operationId, input)` checks the input
// as the operations table describes the operation (operation-input.ts), then sends it and reads
// the body its success status documents (operation-call.ts), through the transport's per-attempt
// stages (sign, send, classify, retry). The helpers that add behaviour (paging through every
// snapshot, waiting for a status, a retried delete) are written by hand over the same core.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { OperationId } from '../../generated/spec-constants.js';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { isRecord } from '../shared/is-record.js';
import { createRedactor } from '../shared/redact.js';
import { isUuid } from '../shared/uuid.js';
import { createAuthorizer } from './auth/index.js';
import { EvsApiError, EvsResponseError, EvsValidationError } from './errors.js';
import { checkListAllOptions, checkListFilters, checkWaitOptions } from './input.js';
import { createSender, type SuccessBody } from './operation-call.js';
import { checkOperationInput, checkPathParameter, type OperationInput } from './operation-input.js';
import { type EvsClientOptions, resolveOptions } from './options.js';
import { paginate } from './paginate.js';
import { EvsRequest } from './request.js';
import { createTransport } from './transport.js';
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
  listAllSnapshots(
    filters?: ListSnapshotsFilters,
    options?: ListAllOptions,
  ): AsyncGenerator<SnapshotListItem, void, undefined>;
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

/**
 * The marker of the page's `next` link. Only the marker is taken, never the link's host or path:
 * requests stay on the configured endpoint and the cloudsnapshots path (the Open Telekom Cloud
 * example links to the OpenStack-compatible path instead). A marker that is not a UUID is not one
 * the service gave for this list: paging goes on by offset.
 */
function nextMarkerOf(page: SnapshotList): string | undefined {
  const links: unknown = page.snapshots_links;
  const link = Array.isArray(links)
    ? links.find((candidate: unknown) => isRecord(candidate) && candidate.rel === 'next')
    : undefined;
  if (!isRecord(link) || typeof link.href !== 'string') return undefined;
  try {
    const marker = new URL(link.href, 'http://link.invalid').searchParams.get('marker');
    return isUuid(marker) ? marker : undefined;
  } catch {
    return undefined;
  }
}

const validationError = (operation: string, problem: InputProblem): EvsValidationError =>
  new EvsValidationError({
    operation,
    field: problem.field,
    rule: problem.rule,
    value: problem.value,
    detail: problem.detail,
  });

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
  const send = createSender({ raw, transport, redact, projectId: config.projectId });

  /**
   * The boundary of every method: input problems become
   * EvsValidationError, and every rejection passes through the redactor.
   */
  const reported = (operation: string, error: unknown): unknown =>
    redactor.error(error instanceof InputProblem ? validationError(operation, error) : error);
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

  /** The core of every operation: check the input as the table describes the operation, send it, read the answer. */
  const call = <Op extends OperationId>(operationId: Op, input: OperationInput<Op>): Promise<SuccessBody<Op>> =>
    guarded(operationId, async () => send(operationId, checkOperationInput(check, operationId, input)));

  /** A snapshot read on behalf of a helper, reported as that helper; undefined once the service answers 404. */
  async function showOrGone(
    snapshotId: string,
    signal: AbortSignal | undefined,
    operation: string,
  ): Promise<Snapshot | undefined> {
    try {
      return (
        await send(
          'showSnapshot',
          { path: { snapshot_id: snapshotId }, query: undefined, body: undefined, signal },
          operation,
        )
      ).snapshot;
    } catch (error) {
      if (error instanceof EvsApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  return {
    baseUrl: config.baseUrl,
    projectId: config.projectId,
    raw,

    createSnapshot: async (fields, options) =>
      (await call('createSnapshot', { body: { snapshot: fields }, options })).snapshot,
    updateSnapshot: async (snapshotId, changes, options) =>
      (await call('updateSnapshot', { path: { snapshot_id: snapshotId }, body: { snapshot: changes }, options }))
        .snapshot,
    showSnapshot: async (snapshotId, options) =>
      (await call('showSnapshot', { path: { snapshot_id: snapshotId }, options })).snapshot,
    listSnapshots: (query = {}, options) => call('listSnapshots', { query, options }),
    rollbackSnapshot: async (snapshotId, target, options) =>
      (await call('rollbackSnapshot', { path: { snapshot_id: snapshotId }, body: { rollback: target }, options }))
        .rollback,

    deleteSnapshot: (snapshotId, options) =>
      guarded('deleteSnapshot', async () => {
        const request = checkOperationInput(check, 'deleteSnapshot', { path: { snapshot_id: snapshotId }, options });
        try {
          await send('deleteSnapshot', request);
        } catch (error) {
          // A retried delete whose first attempt went through finds the snapshot gone or deleting.
          if (!(error instanceof EvsApiError && error.attempts > 1)) throw error;
          if (error.status === 404) return;
          if (error.code === 'EVS.1047') {
            const snapshot = await showOrGone(request.path.snapshot_id as string, request.signal, 'deleteSnapshot');
            if (snapshot === undefined || snapshot.status === 'deleting') return;
          }
          throw error;
        }
      }),

    listAllSnapshots(filters = {}, listOptions) {
      const { query, pageSize, signal } = guard('listAllSnapshots', () => ({
        query: checkListFilters(check, filters),
        ...checkListAllOptions(check, listOptions),
      }));
      const size = pageSize ?? defaultPageSize;
      const pages = paginate(
        async (position, limit) => {
          const pageQuery = Object.assign(Object.create(null) as ListSnapshotsQuery, query, position, { limit });
          const page = await send(
            'listSnapshots',
            { path: {}, query: pageQuery, body: undefined, signal },
            'listAllSnapshots',
          );
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

    waitForSnapshot(snapshotId: string, waitOptions: WaitOptions): Promise<never> {
      return guarded('waitForSnapshot', async () => {
        const id = checkPathParameter(check, 'snapshot_id', snapshotId);
        const checked = checkWaitOptions(check, waitOptions);
        return waitForStatus(id, (signal) => showOrGone(id, signal, 'waitForSnapshot'), checked);
      }) as Promise<never>;
    },
  };
}
