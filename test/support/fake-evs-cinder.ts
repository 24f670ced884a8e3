// The OpenStack-compatible snapshots of the fake EVS (/v2/{project_id}/snapshots): the summary and
// detailed lists (filters, offset, marker, next links), and the snapshot metadata calls (POST
// merges, PUT replaces, per-key read, write and delete). Create, show, update and delete are the
// cloudsnapshots ones on the same snapshots (fake-evs.ts routes them there). Only what the
// contract self-tests need; the emulator is the faithful server.
import type { StoredSnapshot } from './fake-evs.js';

type Reply = { status: number; body?: unknown };
const notFound = { itemNotFound: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } };
const badRequest = (message: string, code = 'EVS.5400') => ({ badRequest: { code, message } });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): value is Record<string, string> => isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

export interface CinderRoutes {
  /** The answer to a request of the family, or undefined when the path is not one of these. */
  handle(method: string, path: string, query: URLSearchParams, body: unknown): Reply | undefined;
  /** The cloudsnapshots path that serves a Cinder create, show, update or delete, or undefined. */
  sharedPath(method: string, path: string): string | undefined;
}

const statuses = ['creating', 'available', 'error', 'deleting', 'error_deleting', 'rollbacking', 'backing-up'];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a list query is refused, as the cloudsnapshots list refuses it (`lenient`: only what the reference documents). */
function queryProblem(query: URLSearchParams, detail: boolean, lenient: boolean): Reply | undefined {
  const known = ['marker', 'offset', 'limit', 'name', 'status', 'volume_id', ...(detail ? ['availability_zone'] : [])];
  if (!lenient && [...query.keys()].some((name) => !known.includes(name))) return { status: 400, body: badRequest('Malformed request url.') };
  for (const name of ['offset', 'limit'])
    if (query.has(name) && !/^-?\d+$/.test(query.get(name) ?? '')) return { status: 400, body: badRequest(`${name} param must be an integer.`) };
  const limit = Number(query.get('limit') ?? 1000);
  if (limit > 1000) return { status: 400, body: badRequest('invalid filter limit, can not greater than 1000.', 'EVS.2142') };
  if (limit < 1) return { status: 400, body: badRequest('limit param must be positive.') };
  if (Number(query.get('offset') ?? 0) < 0 && !lenient) return { status: 400, body: badRequest('Malformed request url.') };
  if (query.has('status') && !statuses.includes(query.get('status') ?? '') && !lenient) return { status: 400, body: badRequest('Must specify a valid status.') };
  if (Buffer.byteLength(query.get('name') ?? '') > 255 && !lenient) return { status: 400, body: badRequest('Malformed request url.') };
  if (query.has('marker') && !uuid.test(query.get('marker') ?? '')) return { status: 400, body: { error: { code: 'EVS.1024', message: 'invalid filter marker!' } } };
  return undefined;
}

/** `honourMarker` false: the lists ignore `marker` (every page starts at the offset), a paging that never moves on. */
export function cinderRoutes(
  projectId: string,
  snapshots: () => StoredSnapshot[],
  snapshot: (id: string) => StoredSnapshot | undefined,
  lenient = false,
  honourMarker = true,
): CinderRoutes {
  const base = `/v2/${projectId}/snapshots`;
  const list = (detail: boolean, query: URLSearchParams): Reply => {
    const problem = queryProblem(query, detail, lenient);
    if (problem) return problem;
    const offset = Math.max(0, Number(query.get('offset') ?? 0));
    const matches = snapshots()
      .filter((s) => s.status !== 'deleting')
      .filter((s) => (query.has('name') ? s.name === query.get('name') : true))
      .filter((s) => (query.has('status') ? s.status === query.get('status') : true))
      .filter((s) => (query.has('volume_id') ? s.volume_id === query.get('volume_id') : true));
    const marker = honourMarker ? query.get('marker') : null;
    const after = marker === null ? 0 : matches.findIndex((s) => s.id === marker) + 1;
    if (marker !== null && after === 0) return { status: 400, body: { error: { code: 'EVS.1024', message: 'invalid filter marker!' } } };
    const start = after + offset;
    const limit = query.has('limit') ? Number(query.get('limit')) : 1000;
    const page = matches.slice(start, start + limit).map((s) => {
      if (detail) return s;
      const { 'os-extended-snapshot-attributes:progress': _p, 'os-extended-snapshot-attributes:project_id': _q, ...summary } = s;
      return summary;
    });
    const last = page.at(-1);
    const filters = ['name', 'status', 'volume_id'].filter((name) => query.has(name)).map((name) => `${name}=${query.get(name)}`);
    const links =
      query.has('limit') && last && start + page.length < matches.length
        ? [{ href: `http://local${base}${detail ? '/detail' : ''}?${[...filters, `limit=${limit}`, `marker=${last.id}`].join('&')}`, rel: 'next' }]
        : undefined;
    return { status: 200, body: { snapshots: page, ...(links ? { snapshots_links: links } : {}) } };
  };
  const metadata = (method: string, found: StoredSnapshot, key: string | undefined, body: unknown): Reply => {
    if (method === 'POST' || method === 'PUT') {
      const wrapper = key === undefined ? 'metadata' : 'meta';
      if (!lenient && isRecord(body) && Object.keys(body).some((name) => name !== wrapper)) return { status: 400, body: badRequest('Malformed request body.') };
      const items = isRecord(body) ? body[wrapper] : undefined;
      if (!lenient && isRecord(items) && Object.keys(items).some((name) => name.startsWith('__system__')))
        return { status: 400, body: badRequest('the metadata Param is not allowed to be updated!', 'EVS.2047') };
    }
    if (key === undefined) {
      if (method === 'GET') return { status: 200, body: { metadata: found.metadata } };
      const sent = isRecord(body) ? body.metadata : undefined;
      if (!strings(sent)) return { status: 400, body: badRequest('Malformed request body.') };
      if (method === 'POST') found.metadata = { ...found.metadata, ...sent };
      else if (method === 'PUT') found.metadata = { ...sent };
      else return { status: 404, body: notFound };
      return { status: 200, body: { metadata: found.metadata } };
    }
    if (method === 'GET' || method === 'DELETE') {
      if (!(key in found.metadata)) return { status: 404, body: notFound };
      if (method === 'GET') return { status: 200, body: { meta: { [key]: found.metadata[key] } } };
      delete found.metadata[key];
      return { status: 200 };
    }
    if (method !== 'PUT') return { status: 404, body: notFound };
    const meta = isRecord(body) ? body.meta : undefined;
    if (!strings(meta) || Object.keys(meta).length !== 1) return { status: 400, body: badRequest('Malformed request body.') };
    if (!(key in meta)) return { status: 400, body: badRequest('Request body and URI mismatch.') };
    found.metadata[key] = meta[key] as string;
    return { status: 200, body: { meta } };
  };
  return {
    sharedPath(method, path) {
      if (path === base && method === 'POST') return `/v2/${projectId}/cloudsnapshots`;
      const id = path.startsWith(`${base}/`) ? path.slice(base.length + 1) : undefined;
      return id && id !== 'detail' && !id.includes('/') ? `/v2/${projectId}/cloudsnapshots/${id}` : undefined;
    },
    handle(method, path, query, body) {
      if (method === 'GET' && path === base) return list(false, query);
      if (method === 'GET' && path === `${base}/detail`) return list(true, query);
      const parts = path.startsWith(`${base}/`) ? path.slice(base.length + 1).split('/') : [];
      if (parts[1] !== 'metadata' || !parts[0] || parts.length > 3) return undefined;
      const found = snapshot(parts[0]);
      if (!found) return { status: 404, body: notFound };
      return metadata(method, found, parts[2] === undefined ? undefined : decodeURIComponent(parts[2]), body);
    },
  };
}
