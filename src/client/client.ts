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
import { createRedactor, excerpt } from '../shared/redact.js';
import { createAuthorizer } from './auth/index.js';
import { EvsApiError, EvsResponseError, EvsValidationError } from './errors.js';
import { type FollowOptions, followJob } from './follow.js';
import {
  checkFollowOptions,
  checkListAllOptions,
  checkListFilters,
  checkRestore,
  checkVolumeFilters,
  checkWaitOptions,
  type RestoreApi,
  type RestoreOptions,
} from './input.js';
import { createOpenStackNamespaces, type EvsCinder, type EvsSnapshotMetadata } from './openstack.js';
import { createSender, type SuccessBody } from './operation-call.js';
import {
  type CheckedRequest,
  checkOperationInput,
  checkPathParameter,
  type OperationInput,
} from './operation-input.js';
import { type EvsClientOptions, resolveOptions } from './options.js';
import { defaultPageSize, nextMarkerOf, paginate } from './paginate.js';
import { EvsRequest } from './request.js';
import { restoreSnapshot } from './restore.js';
import { createTransport } from './transport.js';
import type {
  CreateSnapshotFields,
  CreateVolumeFields,
  CreateVolumeResult,
  CreateVolumeV21Request,
  DeleteVolumeResult,
  Job,
  ListSnapshotsFilters,
  ListSnapshotsQuery,
  ListVolumesFilters,
  ListVolumesQuery,
  QuotaSet,
  RollbackResult,
  RollbackTarget,
  Snapshot,
  SnapshotList,
  SnapshotListItem,
  SnapshotStatus,
  UpdateSnapshotChanges,
  Volume,
  VolumeList,
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

export interface ClientTokenCallOptions extends CallOptions {
  /**
   * Huawei Cloud's idempotency key (X-Client-Token, 36 characters, e.g. crypto.randomUUID()): within 8 hours a
   * repeat with the same token returns the first answer instead of creating again. With it the client retries the
   * create like a read (the same token on every attempt); without it a create is never sent twice.
   */
  clientToken?: string | undefined;
}

export interface ListAllOptions {
  /** Items (snapshots or disks) per request, within the spec's limit (1 to 1000); default 100. */
  pageSize?: number | undefined;
  /** Stops the iteration (and any request under way). */
  signal?: AbortSignal | undefined;
}

export interface EvsClient {
  /** The OpenStack-compatible snapshot calls (`/v2/{project_id}/snapshots`, `/v3` with `openStackApi: 'v3'`). */
  readonly cinder: EvsCinder;
  /** The metadata of a snapshot: add, list, replace, get, set, delete (on the path `openStackApi` names). */
  readonly metadata: EvsSnapshotMetadata;
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
  /** Creates a disk by Open Telekom Cloud's call (restore: give `snapshot_id`); resolves with its job. Never resent. */
  createVolume(volume: CreateVolumeFields, options?: CallOptions): Promise<CreateVolumeResult>;
  /** Creates a disk on Huawei Cloud's call (`/v2.1`); with `clientToken` it may be retried safely. */
  createVolumeV21(request: CreateVolumeV21Request, options?: ClientTokenCallOptions): Promise<CreateVolumeResult>;
  /** Reads one disk (`cloudvolumes/{volume_id}`, Huawei Cloud's documented show). */
  showVolume(volumeId: string, options?: CallOptions): Promise<Volume>;
  /** Reads one disk (`os-vendor-volumes/{volume_id}`, Open Telekom Cloud's documented show). */
  showVendorVolume(volumeId: string, options?: CallOptions): Promise<Volume>;
  /** One page of the detailed disk list, with the filters, `marker`/`offset` and `limit` given. */
  listVolumes(query?: ListVolumesQuery, options?: CallOptions): Promise<VolumeList>;
  /** Every disk matching the filters, page by page (the next link's marker, else offset), each page when needed. */
  listAllVolumes(filters?: ListVolumesFilters, options?: ListAllOptions): AsyncGenerator<Volume, void, undefined>;
  /** Starts deleting a disk (not attached: available or an error status); resolves with the job. */
  deleteVolume(volumeId: string, options?: CallOptions): Promise<DeleteVolumeResult>;
  /** Reads one job (`/v1/{project_id}/jobs/{job_id}`). */
  showJob(jobId: string, options?: CallOptions): Promise<Job>;
  /**
   * Polls the job until `SUCCESS` (resolves with it); `FAIL` rejects with EvsJobFailedError (its error_code and
   * fail_reason), the timeout with EvsWaitTimeoutError. Other statuses, known or not, are waited on.
   */
  waitForJob(jobId: string, options?: FollowOptions): Promise<Job>;
  /** The quotas and their use of a project, the client's own by default (sends `usage=True`). */
  showQuotas(targetProjectId?: string, options?: CallOptions): Promise<QuotaSet>;
  /**
   * Restores a snapshot to a new disk in its zone and of its source disk's type, and resolves with the disk once it
   * is `available`: reads the snapshot and its source disk, checks the size, creates the disk, follows the job and
   * then the disk. See docs/client.md for each step and its errors.
   */
  restoreSnapshot(snapshotId: string, options?: RestoreOptions): Promise<Volume>;
  /**
   * The underlying openapi-fetch client, typed for every path (pass `project_id` yourself), with the
   * same auth, timeout, retries and limits; its `response` is an EvsResponse, whose `attempts` says
   * how many times the request was sent.
   */
  readonly raw: Client<paths>;
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

  /** `read`'s answer, or undefined when the service answers 404 (a disk or snapshot that is gone or not there yet). */
  async function orGone<T>(read: Promise<T>): Promise<T | undefined> {
    try {
      return await read;
    } catch (error) {
      if (error instanceof EvsApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** An operation sent on behalf of a helper (listAllVolumes, waitForJob, restoreSnapshot) and reported as it. */
  const sendAs = <Op extends OperationId>(
    operation: string,
    operationId: Op,
    input: OperationInput<Op>,
  ): Promise<SuccessBody<Op>> => send(operationId, checkOperationInput(check, operationId, input), operation);

  /** The walk of a list, with its problems reported as `operation` and every error through the redactor. */
  function redactedWalk<Item>(pages: AsyncGenerator<Item, void, undefined>): AsyncGenerator<Item, void, undefined> {
    return (async function* redacted() {
      try {
        yield* pages;
      } catch (error) {
        throw redactor.error(error);
      }
    })();
  }

  const brokenPaging = (operation: string) => (detail: string) => {
    throw new EvsResponseError({
      operation,
      status: 200,
      problem: `the service does not page by offset and limit (${detail})`,
      requestId: undefined,
      bodyExcerpt: '',
    });
  };

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

  /** A snapshot delete (either family's): a retried one whose first attempt went through finds it gone or deleting. */
  async function settledDelete(operationId: OperationId, request: CheckedRequest): Promise<void> {
    try {
      await send(operationId, request);
    } catch (error) {
      if (!(error instanceof EvsApiError && error.attempts > 1)) throw error;
      if (error.status === 404) return;
      if (error.code === 'EVS.1047') {
        const snapshot = await showOrGone(request.path.snapshot_id as string, request.signal, operationId);
        if (snapshot === undefined || snapshot.status === 'deleting') return;
      }
      throw error;
    }
  }

  const { cinder, metadata } = createOpenStackNamespaces({
    api: config.openStackApi,
    microversion: config.openStackMicroversion,
    check,
    send,
    guarded,
    guard,
    walk: redactedWalk,
    deleteSnapshot: settledDelete,
  });

  return {
    baseUrl: config.baseUrl,
    cinder,
    metadata,
    projectId: config.projectId,
    raw,

    createSnapshot: async (fields, options) =>
      (await call('createSnapshot', { body: { snapshot: fields }, options })).snapshot,
    updateSnapshot: async (snapshotId, changes, options) =>
      (await call('updateSnapshot', { path: { snapshot_id: snapshotId }, body: { snapshot: changes }, options }))
        .snapshot,
    showSnapshot: async (snapshotId, options) =>
      (await call('showSnapshot', { path: { snapshot_id: snapshotId }, options })).snapshot,
    createVolume: (volume, options) => call('createVolume', { body: { volume }, options }),
    createVolumeV21: (request, options) => call('createVolumeV21', { body: request, options }),
    showVolume: async (volumeId, options) =>
      (await call('showVolume', { path: { volume_id: volumeId }, options })).volume,
    showVendorVolume: async (volumeId, options) =>
      (await call('showVendorVolume', { path: { volume_id: volumeId }, options })).volume,
    listVolumes: (query = {}, options) => call('listVolumes', { query, options }),
    deleteVolume: (volumeId, options) => call('deleteVolume', { path: { volume_id: volumeId }, options }),
    showJob: (jobId, options) => call('showJob', { path: { job_id: jobId }, options }),
    showQuotas: async (targetProjectId = config.projectId, options) =>
      (await call('showQuotas', { path: { target_project_id: targetProjectId }, query: { usage: 'True' }, options }))
        .quota_set,
    listSnapshots: (query = {}, options) => call('listSnapshots', { query, options }),
    rollbackSnapshot: async (snapshotId, target, options) =>
      (await call('rollbackSnapshot', { path: { snapshot_id: snapshotId }, body: { rollback: target }, options }))
        .rollback,

    deleteSnapshot: (snapshotId, options) =>
      guarded('deleteSnapshot', () =>
        settledDelete(
          'deleteSnapshot',
          checkOperationInput(check, 'deleteSnapshot', { path: { snapshot_id: snapshotId }, options }),
        ),
      ),

    listAllSnapshots(filters = {}, listOptions) {
      const { query, pageSize, signal } = guard('listAllSnapshots', () => ({
        query: checkListFilters(check, filters),
        ...checkListAllOptions(check, listOptions, 'listSnapshots'),
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
          return { items: page.snapshots, count: page.count, nextMarker: nextMarkerOf(page.snapshots_links) };
        },
        size,
        brokenPaging('listAllSnapshots'),
        signal,
      );
      return redactedWalk(pages);
    },

    listAllVolumes(filters = {}, listOptions) {
      const { query, pageSize, signal } = guard('listAllVolumes', () => ({
        query: checkVolumeFilters(check, filters),
        ...checkListAllOptions(check, listOptions, 'listVolumes'),
      }));
      const size = pageSize ?? defaultPageSize;
      const pages = paginate<Volume>(
        async (position, limit) => {
          const pageQuery = Object.assign(Object.create(null) as ListVolumesQuery, query, position, { limit });
          const page = await send(
            'listVolumes',
            { path: {}, query: pageQuery, body: undefined, signal },
            'listAllVolumes',
          );
          return { items: page.volumes, count: page.count, nextMarker: nextMarkerOf(page.volumes_links) };
        },
        size,
        brokenPaging('listAllVolumes'),
        signal,
        undefined,
        'disks',
      );
      return redactedWalk(pages);
    },

    waitForJob: (jobId, followOptions) =>
      guarded('waitForJob', async () => {
        const id = checkPathParameter(check, 'job_id', jobId);
        const follow = checkFollowOptions(check, followOptions);
        const clock = { operation: 'waitForJob', snapshotId: undefined, startedAt: Date.now(), now: Date.now, redact };
        const read = (signal: AbortSignal) =>
          sendAs('waitForJob', 'showJob', { path: { job_id: id }, options: { signal } });
        return followJob(id, read, follow, clock);
      }),

    restoreSnapshot: (snapshotId, restoreOptions) =>
      guarded('restoreSnapshot', async () => {
        const operation = 'restoreSnapshot';
        const show = (api: RestoreApi, volumeId: string, signal: AbortSignal | undefined) =>
          sendAs(operation, api === 'v2' ? 'showVendorVolume' : 'showVolume', {
            path: { volume_id: volumeId },
            options: { signal },
          });
        return restoreSnapshot(checkRestore(check, snapshotId, restoreOptions), {
          showSnapshot: async (id, signal) =>
            (await sendAs(operation, 'showSnapshot', { path: { snapshot_id: id }, options: { signal } })).snapshot,
          showVolume: async (api, volumeId, signal) => (await orGone(show(api, volumeId, signal)))?.volume,
          create: (api, volume, clientToken, signal) =>
            api === 'v2'
              ? sendAs(operation, 'createVolume', { body: { volume }, options: { signal } })
              : sendAs(operation, 'createVolumeV21', { body: { volume }, options: { signal, clientToken } }),
          showJob: (jobId, signal) => sendAs(operation, 'showJob', { path: { job_id: jobId }, options: { signal } }),
          refuse: (field, rule, value, detail) => check.fail(field, rule, value, detail),
          isJobId: (value) => {
            try {
              checkPathParameter(new Checker(), 'job_id', value);
              return true;
            } catch {
              return false;
            }
          },
          newClientToken: () => crypto.randomUUID(),
          now: Date.now,
          redact,
        });
      }),

    waitForSnapshot(snapshotId: string, waitOptions: WaitOptions): Promise<never> {
      return guarded('waitForSnapshot', async () => {
        const id = checkPathParameter(check, 'snapshot_id', snapshotId);
        const checked = checkWaitOptions(check, waitOptions);
        const { onProgress } = checked;
        // The caller's callback gets the status as an error would show it: redacted, then cut.
        const shownProgress: WaitOptions['onProgress'] = onProgress
          ? (progress) => onProgress({ ...progress, status: excerpt(progress.status, redact, 100) as SnapshotStatus })
          : undefined;
        return waitForStatus(id, (signal) => showOrGone(id, signal, 'waitForSnapshot'), {
          ...checked,
          onProgress: shownProgress,
        });
      }) as Promise<never>;
    },
  };
}
