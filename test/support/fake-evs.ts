// An in-memory EVS that behaves as the reference pages describe, for tests of the client
// and of the contract suite. It checks the token, validates requests and answers in the
// documented forms.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { startServer, type LocalServer } from './local-server.js';

/** A response before it is written; tests may rewrite it to break the contract on purpose. */
export interface FakeReply {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or raw text when `raw` is set. */
  body: unknown;
  raw?: boolean;
}

export interface FakeEvsOptions {
  token: string;
  projectId: string;
  /** Rewrites every reply (the identity when absent). */
  mutate?: (reply: FakeReply, request: { method: string; path: string; body: string }) => FakeReply;
}

interface StoredSnapshot {
  id: string;
  status: string;
  name: string | null;
  description: string | null;
  created_at: string;
  updated_at: string | null;
  metadata: Record<string, string>;
  volume_id: string;
  size: number;
}

/** `2013-02-25T03:56:53.081642`: UTC, microseconds, no zone, as the service writes it. */
export const serviceTimestamp = (date: Date = new Date()): string => date.toISOString().replace('Z', '').replace(/\.(\d{3})$/, '.$1000');

const badRequest = (message: string, code = 'EVS.5400'): unknown => ({ badRequest: { code, message } });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export interface FakeEvs extends LocalServer {
  snapshots: Map<string, StoredSnapshot>;
}

export async function startFakeEvs({ token, projectId, mutate = (reply) => reply }: FakeEvsOptions): Promise<FakeEvs> {
  const snapshots = new Map<string, StoredSnapshot>();
  const collection = `/v2/${projectId}/cloudsnapshots`;

  const server = await startServer((request, response) => {
    const path = new URL(request.url, 'http://local').pathname;
    const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
      const reply = mutate({ status, headers: { 'Content-Type': 'application/json', ...headers }, body }, { method: request.method, path, body: request.body });
      const text = reply.raw ? String(reply.body) : JSON.stringify(reply.body);
      res.writeHead(reply.status, { ...reply.headers, 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (request.headers['x-auth-token'] !== token) {
      const reason = request.headers['x-auth-token'] ? 'decrypt token fail' : 'x-auth-token not found';
      return sendJson(response, 401, { error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: ${reason}`, request_id: randomUUID().replace(/-/g, '') });
    }
    let body: unknown;
    try {
      body = request.body ? JSON.parse(request.body) : undefined;
    } catch {
      return sendJson(response, 400, badRequest('Malformed request body.'));
    }
    const fields = isRecord(body) && isRecord(body.snapshot) ? body.snapshot : undefined;
    const textProblem = (value: unknown, nullable: boolean): boolean =>
      value !== undefined && !(nullable && value === null) && (typeof value !== 'string' || bytes(value) > 255);

    if (request.method === 'POST' && path === collection) {
      if (!fields || typeof fields.volume_id !== 'string') return sendJson(response, 400, badRequest('Malformed request body.'));
      if (!/^[0-9a-f-]{36}$/i.test(fields.volume_id)) return sendJson(response, 400, { error: { code: 'EVS.1002', message: 'invalid volume id!' } });
      if (textProblem(fields.name, false) || textProblem(fields.description, true) || (fields.force !== undefined && typeof fields.force !== 'boolean'))
        return sendJson(response, 400, badRequest('Malformed request body.'));
      const now = serviceTimestamp();
      const snapshot: StoredSnapshot = {
        id: randomUUID(),
        status: 'creating',
        name: typeof fields.name === 'string' ? fields.name : null,
        description: typeof fields.description === 'string' ? fields.description : null,
        created_at: now,
        updated_at: now,
        metadata: isRecord(fields.metadata) ? (fields.metadata as Record<string, string>) : {},
        volume_id: fields.volume_id,
        size: 10,
      };
      snapshots.set(snapshot.id, snapshot);
      return sendJson(response, 202, { snapshot }, { 'X-Request-Id': randomUUID() });
    }

    const match = path.startsWith(`${collection}/`) ? path.slice(collection.length + 1) : undefined;
    if (request.method === 'PUT' && match && !match.includes('/')) {
      const snapshot = snapshots.get(match);
      if (!snapshot) return sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } });
      if (!fields || textProblem(fields.name, false) || textProblem(fields.description, false)) return sendJson(response, 400, badRequest('Malformed request body.'));
      if (typeof fields.name === 'string') snapshot.name = fields.name;
      if (typeof fields.description === 'string') snapshot.description = fields.description;
      snapshot.updated_at = serviceTimestamp();
      return sendJson(response, 200, { snapshot }, { 'X-Request-Id': randomUUID() });
    }
    return sendJson(response, 404, { itemNotFound: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } });
  });
  return { ...server, snapshots };
}
