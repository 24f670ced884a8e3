// A fetch that answers from a script, for the client's restore tests: each route (method and path)
// has a queue of replies, taken in order, the last one repeated; every request is recorded with its
// headers and body. No socket: the answers are exactly what the test wrote.
import { projectId } from './fixtures.js';

export type ScriptedReply = { status: number; body?: unknown; headers?: Record<string, string> } | 'reset';

export interface ScriptedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: string | undefined;
}

export const endpoint = 'http://evs.scripted';
export const sourceVolumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
export const newVolumeId = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
export const jobId = '4010a32d535527910153552b492c0002';

/** `GET /v2/{project}/…` written as `GET /v2/…`: the route keys of a script leave the project out. */
const routeOf = (method: string, pathname: string): string => `${method} ${pathname.replace(`/${projectId}/`, '/')}`;

export function scriptedFetch(script: Record<string, ScriptedReply[]>) {
  const requests: ScriptedRequest[] = [];
  const queues = new Map(Object.entries(script).map(([route, replies]) => [route, [...replies]]));
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    init.signal?.throwIfAborted();
    requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
    });
    const queue = queues.get(routeOf(method, url.pathname));
    if (!queue || queue.length === 0) throw new Error(`no reply scripted for ${routeOf(method, url.pathname)}`);
    const reply = (queue.length > 1 ? queue.shift() : queue[0]) as ScriptedReply;
    if (reply === 'reset') throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests, routes: () => requests.map((r) => routeOf(r.method, r.path)) };
}

export const ok = (body: unknown): ScriptedReply => ({ status: 200, body });
export const notFound: ScriptedReply = {
  status: 404,
  body: { error: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } },
};

export const snapshotReply = (status: string, size = 10, snapshotId = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995'): ScriptedReply =>
  ok({
    snapshot: {
      id: snapshotId,
      status,
      size,
      volume_id: sourceVolumeId,
      name: 'snap-001',
      created_at: '2026-01-01T00:00:00.000000',
      metadata: {},
    },
  });

export const volumeReply = (id: string, status: string, extra: Record<string, unknown> = {}): ScriptedReply =>
  ok({
    volume: {
      id,
      status,
      size: 10,
      availability_zone: 'eu-de-02',
      volume_type: 'SAS',
      created_at: '2026-01-01T00:00:00.000000',
      ...extra,
    },
  });

export const jobReply = (status: string, extra: Record<string, unknown> = {}): ScriptedReply =>
  ok({
    status,
    job_id: jobId,
    job_type: 'createVolume',
    begin_time: '2026-01-01T00:00:00.000Z',
    end_time: status === 'SUCCESS' || status === 'FAIL' ? '2026-01-01T00:00:05.000Z' : '',
    error_code: null,
    fail_reason: null,
    entities: { volume_id: newVolumeId, volume_type: 'SAS', size: 10, name: 'restored' },
    ...extra,
  });
