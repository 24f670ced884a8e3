// An in-memory EVS that behaves as the reference pages describe, for tests of the client and
// of the contract suite: it checks the token, validates requests, answers in the documented
// forms, and moves snapshots through their states over time (creating -> available,
// deleting -> gone, rollbacking -> available).
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { cinderRoutes } from './fake-evs-cinder.js';
import { type DiskState, diskRoutes, type RestoreFault } from './fake-evs-disks.js';
import { type LocalServer, startServer } from './local-server.js';

/** A response before it is written; tests may rewrite it to break the contract on purpose. */
export interface FakeReply {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or raw text when `raw` is set; undefined for no body. */
  body: unknown;
  raw?: boolean;
}

export interface FakeEvsOptions {
  token: string;
  projectId: string;
  /** How long a new snapshot stays `creating`, a deleted one `deleting`, a rollback `rollbacking` (ms). Default 0: the next read sees the change. */
  transitionMs?: number;
  /** How long a deleted snapshot stays `deleting` (ms); default `transitionMs`. */
  deleteMs?: number;
  /** The clock transitions follow (ms); default Date.now. A test that owns it decides when a snapshot changes state. */
  now?: () => number;
  /** The byte limit of names and descriptions; a larger one makes a lax server. Default 255. */
  maxTextBytes?: number;
  /** Whether the list starts after `marker` (default); false makes a server that ignores it, as Open Telekom Cloud may. */
  honourMarker?: boolean;
  /**
   * Refuse only what the reference documents (its x-refusal records): unknown keys are ignored,
   * a status filter outside the enum or a name filter over 255 bytes matches nothing, a negative
   * offset counts as 0 and an empty sort_key as none. Default false: every rule of the spec.
   */
  lenient?: boolean;
  /** Which cloud's creates it answers: otc 200 on v2 and 404 on v2.1, huawei 202 on both. Default otc. */
  cloud?: 'otc' | 'huawei';
  /** Serve the OpenStack-compatible snapshots and their metadata (fake-evs-cinder.ts) too. Default false: they answer 404. */
  openstack?: boolean;
  /** A restore broken on purpose (fake-evs-disks.ts). */
  restoreFault?: RestoreFault;
  /** Rewrites every reply (the identity when absent). */
  mutate?: (reply: FakeReply, request: { method: string; path: string; search: string; body: string; token: string }) => FakeReply;
}

export interface StoredSnapshot {
  id: string;
  status: string;
  name: string | null;
  description: string | null;
  created_at: string;
  updated_at: string | null;
  metadata: Record<string, string>;
  volume_id: string;
  size: number;
  'os-extended-snapshot-attributes:progress': string;
  'os-extended-snapshot-attributes:project_id': string;
}

interface Pending {
  /** The status to take at `at`, or 'gone' to disappear. */
  next: string;
  at: number;
}

/** `2013-02-25T03:56:53.081642`: UTC, microseconds, no zone, as the service writes it. */
export const serviceTimestamp = (date: Date = new Date()): string =>
  date
    .toISOString()
    .replace('Z', '')
    .replace(/\.(\d{3})$/, '.$1000');

const notFound = { itemNotFound: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } };
const badRequest = (message: string, code = 'EVS.5400'): unknown => ({ badRequest: { code, message } });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
/** Whether the object has only these keys: the spec's request objects take no others. */
const strictKeys = (value: Record<string, unknown>, known: readonly string[]): boolean => Object.keys(value).every((key) => known.includes(key));
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FakeEvs extends LocalServer {
  snapshots: Map<string, StoredSnapshot>;
  /** The disks (made on first use, restored) and the jobs. */
  disks: DiskState;
  /** The status of every snapshot read so far, in order, for lifecycle assertions. */
  history: { id: string; status: string }[];
}

export async function startFakeEvs({
  token,
  projectId,
  transitionMs = 0,
  deleteMs = transitionMs,
  now = Date.now,
  maxTextBytes = 255,
  honourMarker = true,
  lenient = false,
  cloud = 'otc',
  restoreFault,
  openstack = false,
  mutate = (reply) => reply,
}: FakeEvsOptions): Promise<FakeEvs> {
  const snapshots = new Map<string, StoredSnapshot>();
  const pending = new Map<string, Pending>();
  const history: { id: string; status: string }[] = [];
  const collection = `/v2/${projectId}/cloudsnapshots`;
  const onlyKeys = (value: Record<string, unknown>, known: readonly string[]): boolean => lenient || strictKeys(value, known);

  const schedule = (id: string, next: string): void => {
    pending.set(id, { next, at: now() + (next === 'gone' ? deleteMs : transitionMs) });
  };
  /** Applies a due transition; returns the snapshot, or undefined when it is gone. */
  const settle = (id: string): StoredSnapshot | undefined => {
    const due = pending.get(id);
    if (due && now() >= due.at) {
      pending.delete(id);
      if (due.next === 'gone') snapshots.delete(id);
      else {
        const snapshot = snapshots.get(id);
        if (snapshot) snapshot.status = due.next;
      }
    }
    const snapshot = snapshots.get(id);
    history.push({ id, status: snapshot ? snapshot.status : 'gone' });
    return snapshot;
  };

  const volumes = diskRoutes({
    projectId,
    cloud,
    now,
    transitionMs,
    deleteMs,
    fault: restoreFault,
    snapshots: () => [...snapshots.values()],
    snapshot: (id) => settle(id),
    timestamp: () => serviceTimestamp(),
  });
  const cinder = openstack
    ? cinderRoutes(projectId, () => [...snapshots.keys()].map(settle).filter((s): s is StoredSnapshot => s !== undefined), settle, lenient, honourMarker)
    : undefined;
  const server = await startServer((request, response) => {
    const url = new URL(request.url, 'http://local');
    const asked = url.pathname;
    // A Cinder create, show, update or delete is the cloudsnapshots one on the same snapshots.
    const path = cinder?.sharedPath(request.method, asked) ?? asked;
    const reply = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void => {
      const base: FakeReply = { status, headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), 'X-Request-Id': randomUUID(), ...headers }, body };
      const out = mutate(base, { method: request.method, path: asked, search: url.search, body: request.body, token: String(request.headers['x-auth-token'] ?? '') });
      const text = out.body === undefined ? '' : out.raw ? String(out.body) : JSON.stringify(out.body);
      res.writeHead(out.status, { ...out.headers, 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };

    if (request.headers['x-auth-token'] !== token) {
      const reason = request.headers['x-auth-token'] ? 'decrypt token fail' : 'x-auth-token not found';
      return reply(response, 401, { error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: ${reason}`, request_id: randomUUID().replace(/-/g, '') });
    }
    let body: unknown;
    try {
      body = request.body ? JSON.parse(request.body) : undefined;
    } catch {
      return reply(response, 400, badRequest('Malformed request body.'));
    }
    const textProblem = (value: unknown, nullable: boolean): boolean =>
      value !== undefined && !(nullable && value === null) && (typeof value !== 'string' || bytes(value) > maxTextBytes);
    const rest = path.startsWith(`${collection}/`) ? path.slice(collection.length + 1).split('/') : undefined;
    const disk = volumes.handle(request.method, path, url.search, body);
    if (disk) return reply(response, disk.status, disk.body);
    const family = cinder?.handle(request.method, path, url.searchParams, body);
    if (family) return reply(response, family.status, family.body);

    // POST /cloudsnapshots
    if (path === collection && request.method === 'POST') {
      const fields = isRecord(body) && isRecord(body.snapshot) && onlyKeys(body, ['snapshot']) ? body.snapshot : undefined;
      if (!fields || typeof fields.volume_id !== 'string' || !onlyKeys(fields, ['volume_id', 'name', 'description', 'metadata', 'force']))
        return reply(response, 400, badRequest('Malformed request body.'));
      if (!uuid.test(fields.volume_id)) return reply(response, 400, { error: { code: 'EVS.1002', message: 'invalid volume id!' } });
      if (textProblem(fields.name, false) || textProblem(fields.description, true) || (fields.force !== undefined && typeof fields.force !== 'boolean'))
        return reply(response, 400, badRequest('Malformed request body.'));
      if (fields.metadata !== undefined && (!isRecord(fields.metadata) || Object.values(fields.metadata).some((v) => typeof v !== 'string')))
        return reply(response, 400, badRequest('Malformed request body.'));
      const now = serviceTimestamp();
      const snapshot: StoredSnapshot = {
        id: randomUUID(),
        status: 'creating',
        name: typeof fields.name === 'string' ? fields.name : null,
        description: typeof fields.description === 'string' ? fields.description : null,
        created_at: now,
        updated_at: now,
        metadata: (fields.metadata as Record<string, string> | undefined) ?? {},
        volume_id: fields.volume_id,
        size: volumes.sourceDisk(fields.volume_id).size,
        'os-extended-snapshot-attributes:progress': '0%',
        'os-extended-snapshot-attributes:project_id': projectId,
      };
      snapshots.set(snapshot.id, snapshot);
      schedule(snapshot.id, 'available');
      return reply(response, 202, { snapshot });
    }

    // GET /cloudsnapshots/detail
    if (rest?.length === 1 && rest[0] === 'detail' && request.method === 'GET') {
      const q = url.searchParams;
      for (const name of ['offset', 'limit'] as const) {
        const value = q.get(name);
        if (value !== null && !/^-?\d+$/.test(value)) return reply(response, 400, badRequest(`${name} param must be an integer.`));
      }
      const limit = q.has('limit') ? Number(q.get('limit')) : 1000;
      const offset = q.has('offset') ? Number(q.get('offset')) : 0;
      if (limit > 1000) return reply(response, 400, badRequest('invalid filter limit, can not greater than 1000.', 'EVS.2142'));
      if (limit < 1) return reply(response, 400, badRequest('limit param must be positive.'));
      if (offset < 0 && !lenient) return reply(response, 400, badRequest('Malformed request url.'));
      if (q.get('sort_key') === '' && !lenient) return reply(response, 400, { error: { code: 'EVS.1039', message: 'invalid sort_key!' } });
      if (q.has('sort_dir') && !['asc', 'desc'].includes(q.get('sort_dir') ?? '')) return reply(response, 400, { error: { code: 'EVS.1040', message: 'invalid sort_dir!' } });
      if (bytes(q.get('name') ?? '') > maxTextBytes && !lenient) return reply(response, 400, badRequest('Malformed request url.'));
      const status = q.get('status');
      if (status !== null && !['creating', 'available', 'error', 'deleting', 'error_deleting', 'rollbacking', 'backing-up'].includes(status) && !lenient)
        return reply(response, 400, badRequest('Must specify a valid status.'));
      const ids = q.getAll('id');
      const matches = [...snapshots.keys()]
        .map(settle)
        .filter((s): s is StoredSnapshot => s !== undefined)
        .filter((s) => (q.has('name') ? s.name === q.get('name') : true))
        .filter((s) => (status !== null ? s.status === status : true))
        .filter((s) => (q.has('volume_id') ? s.volume_id === q.get('volume_id') : true))
        .filter((s) => (ids.length ? ids.includes(s.id) : true));
      // A marker starts the page after that snapshot, as the OpenStack-compatible list documents it.
      const marker = honourMarker ? q.get('marker') : null;
      if (marker !== null && !uuid.test(marker)) return reply(response, 400, { error: { code: 'EVS.1024', message: 'invalid filter marker!' } });
      const start = marker === null ? Math.max(0, offset) : matches.findIndex((s) => s.id === marker) + 1;
      const page = matches.slice(start, start + limit).map((s) => ({ ...s, service_type: 'EVS' }));
      const last = page.at(-1);
      const links =
        q.has('limit') && last && start + page.length < matches.length
          ? [{ href: `http://local${collection.replace('cloudsnapshots', 'snapshots')}/detail?limit=${limit}&marker=${last.id}`, rel: 'next' }]
          : undefined;
      return reply(response, 200, { count: matches.length, snapshots: page, ...(links ? { snapshots_links: links } : {}) });
    }

    if (rest?.length === 1 && rest[0]) {
      const id = rest[0];
      const snapshot = settle(id);
      if (!snapshot) return reply(response, 404, notFound);
      if (request.method === 'GET') return reply(response, 200, { snapshot });
      if (request.method === 'PUT') {
        const fields = isRecord(body) && isRecord(body.snapshot) && onlyKeys(body, ['snapshot']) ? body.snapshot : undefined;
        if (!fields || !onlyKeys(fields, ['name', 'description']) || textProblem(fields.name, false) || textProblem(fields.description, false))
          return reply(response, 400, badRequest('Malformed request body.'));
        if (typeof fields.name === 'string') snapshot.name = fields.name;
        if (typeof fields.description === 'string') snapshot.description = fields.description;
        snapshot.updated_at = serviceTimestamp();
        return reply(response, 200, { snapshot });
      }
      if (request.method === 'DELETE') {
        if (snapshot.status !== 'available' && snapshot.status !== 'error')
          return reply(response, 400, badRequest('snapshot status must be available or error when delete snapshot!', 'EVS.1047'));
        snapshot.status = 'deleting';
        schedule(id, 'gone');
        return reply(response, 202);
      }
    }

    // POST /cloudsnapshots/{id}/rollback
    if (rest?.length === 2 && rest[1] === 'rollback' && request.method === 'POST' && rest[0]) {
      const snapshot = settle(rest[0]);
      if (!snapshot) return reply(response, 404, notFound);
      const target = isRecord(body) && isRecord(body.rollback) && onlyKeys(body, ['rollback']) ? body.rollback : undefined;
      if (!target || !onlyKeys(target, ['volume_id', 'name']) || typeof target.volume_id !== 'string' || textProblem(target.name, false))
        return reply(response, 400, badRequest('Malformed request body.'));
      if (target.volume_id !== snapshot.volume_id) return reply(response, 400, badRequest('Request body and URI mismatch.'));
      if (snapshot.status !== 'available') return reply(response, 400, badRequest('The status of snapshot is not available or backing-up.', 'EVS.2043'));
      snapshot.status = 'rollbacking';
      schedule(snapshot.id, 'available');
      return reply(response, 202, { rollback: { volume_id: target.volume_id } });
    }
    return reply(response, 404, notFound);
  });
  return { ...server, snapshots, history, disks: volumes.state };
}
