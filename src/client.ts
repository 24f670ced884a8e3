// createEvsClient: the typed openapi-fetch client plus one method per operation of the spec.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { authSetup } from './auth/index.js';
import { resolveOptions, type EvsClientOptions } from './config.js';
import { apiErrorFrom, EvsError, EvsNetworkError, EvsResponseError, EvsTimeoutError, excerpt } from './errors.js';
import { EvsRequest } from './request.js';
import { createTransport, type OperationFetch } from './transport.js';
import type { CreateSnapshotFields, Snapshot, UpdateSnapshotChanges } from './types.js';
import { validateCreateSnapshot, validateUpdateSnapshot, type FieldRulesOptions } from './validation.js';

export interface CallOptions extends FieldRulesOptions {
  /** Aborts the call, including any wait between retries. */
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
  /** The underlying openapi-fetch client, typed for every path (pass `project_id` yourself); same auth, timeout and retries. */
  readonly raw: Client<paths>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function createEvsClient(options: EvsClientOptions): EvsClient {
  const config = resolveOptions(options);
  const auth = authSetup(config.auth);
  const scrub = (text: string): string => auth.secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  const transport = createTransport(config);
  const raw = createClient<paths>({
    baseUrl: config.baseUrl,
    headers: config.headers,
    Request: EvsRequest as unknown as typeof Request,
    fetch: transport() as unknown as typeof fetch,
  });
  raw.use(auth.middleware);
  const project = { project_id: config.projectId };

  /** Turns openapi-fetch's answer into the snapshot, or the error that explains why there is none. */
  function snapshotFrom(operation: string, result: { data?: string; error?: unknown; response: Response }): Snapshot {
    const { response } = result;
    if (!response.ok) throw apiErrorFrom(operation, response, result.error, scrub);
    const text = result.data ?? '';
    const requestId = response.headers.get('X-Request-Id') ?? undefined;
    const problem = (what: string): EvsResponseError =>
      new EvsResponseError({ operation, status: response.status, problem: what, requestId, bodyExcerpt: excerpt(scrub(text)) });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw problem('the body is not valid JSON');
    }
    if (!isRecord(body) || !isRecord(body.snapshot) || typeof body.snapshot.id !== 'string')
      throw problem('the body has no snapshot object with an id');
    return body.snapshot as Snapshot;
  }

  /** Runs one openapi-fetch call; failures while reading the body (after the transport returned) get the client's error types too. */
  async function send<T>(operation: string, signal: AbortSignal | undefined, exchange: () => Promise<T>): Promise<T> {
    try {
      return await exchange();
    } catch (error) {
      if (error instanceof EvsError || signal?.aborted) throw error;
      if (error instanceof DOMException && error.name === 'TimeoutError') throw new EvsTimeoutError(operation, config.timeoutMs);
      throw new EvsNetworkError(operation, `${operation} lost the connection while reading the response: ${(error as Error).message}`, { cause: error });
    }
  }

  const call = (operation: string, options: CallOptions): { parseAs: 'text'; fetch: typeof fetch; signal?: AbortSignal } => ({
    parseAs: 'text',
    fetch: transport(operation) as OperationFetch as unknown as typeof fetch,
    ...(options.signal ? { signal: options.signal } : {}),
  });

  return {
    baseUrl: config.baseUrl,
    projectId: config.projectId,
    raw,

    async createSnapshot(fields, callOptions = {}) {
      validateCreateSnapshot(fields, callOptions);
      const result = await send('createSnapshot', callOptions.signal, () =>
        raw.POST('/v2/{project_id}/cloudsnapshots', {
          params: { path: project },
          body: { snapshot: fields },
          ...call('createSnapshot', callOptions),
        }),
      );
      return snapshotFrom('createSnapshot', result);
    },

    async updateSnapshot(snapshotId, changes, callOptions = {}) {
      validateUpdateSnapshot(snapshotId, changes, callOptions);
      const result = await send('updateSnapshot', callOptions.signal, () =>
        raw.PUT('/v2/{project_id}/cloudsnapshots/{snapshot_id}', {
          params: { path: { ...project, snapshot_id: snapshotId } },
          body: { snapshot: changes },
          ...call('updateSnapshot', callOptions),
        }),
      );
      return snapshotFrom('updateSnapshot', result);
    },
  };
}
