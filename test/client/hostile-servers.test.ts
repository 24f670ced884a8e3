// Servers that try to get more out of the client than the API allows: redirects that would carry
// credentials and bodies elsewhere, secrets echoed in the reason phrase, answers too large or
// endless, compression bombs and pages that repeat. Each must end in a typed error, with nothing
// sent where it should not go and no secret in any string form of the error.
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEvsClient, EvsApiError, type EvsClient, type EvsClientOptions, EvsRedirectError, EvsResponseError } from '../../src/client/index.js';
import { type LocalServer, type RecordedRequest, startServer } from '../support/local-server.js';
import { expectNoSecret } from '../support/renderings.js';
import { localOptions, projectId, snapshotBody, snapshotId, token, volumeId } from './fixtures.js';

const accessKey = 'HPUAJ5Q7VDCVLEXAMPLE';
const secretKey = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY1';
const securityToken = 'gQpjbi1ub3J0aC00-temporary-security-token-EXAMPLE';
const secrets = [token, secretKey, securityToken];

type Reply = (request: RecordedRequest, response: ServerResponse, index: number) => void;
let reply: Reply;
let origin: LocalServer;
let elsewhere: LocalServer;

beforeAll(async () => {
  origin = await startServer((request, response, index) => reply(request, response, index));
  elsewhere = await startServer((_request, response) => {
    response.writeHead(202, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(snapshotBody));
  });
});
afterAll(() => Promise.all([origin.close(), elsewhere.close()]));
beforeEach(() => {
  origin.requests.length = 0;
  elsewhere.requests.length = 0;
});

const clients: Record<'token' | 'AK/SK', (extra?: Partial<EvsClientOptions>) => EvsClient> = {
  token: (extra = {}) => createEvsClient(localOptions(origin.url, { retry: false, ...extra })),
  'AK/SK': (extra = {}) => createEvsClient(localOptions(origin.url, { retry: false, auth: { accessKey, secretKey, securityToken }, ...extra } as Partial<EvsClientOptions>)),
};

const calls: Record<string, (evs: EvsClient) => Promise<unknown>> = {
  createSnapshot: (evs) => evs.createSnapshot({ volume_id: volumeId, name: 'carried-elsewhere' }),
  updateSnapshot: (evs) => evs.updateSnapshot(snapshotId, { name: 'carried-elsewhere' }),
  rollbackSnapshot: (evs) => evs.rollbackSnapshot(snapshotId, { volume_id: volumeId }),
  showSnapshot: (evs) => evs.showSnapshot(snapshotId),
  deleteSnapshot: (evs) => evs.deleteSnapshot(snapshotId),
  listSnapshots: (evs) => evs.listSnapshots({ limit: 1 }),
};

const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('redirects are never followed', () => {
  const cases = Object.keys(clients).flatMap((auth) => Object.keys(calls).flatMap((operation) => [301, 302, 303, 307, 308].map((status) => [auth, operation, status] as const)));

  it.each(cases)('%s %s: HTTP %i to another origin is an EvsRedirectError, and nothing reaches that origin', async (auth, operation, status) => {
    reply = (request, response) => {
      const credential = String(request.headers['x-auth-token'] ?? request.headers['x-security-token']);
      response.writeHead(status, { Location: `${elsewhere.url}/v2/${projectId}/steal?token=${encodeURIComponent(credential)}` });
      response.end();
    };
    const error = await failure(calls[operation]!(clients[auth as keyof typeof clients]()));
    expect(error).toBeInstanceOf(EvsRedirectError);
    expect(error).toBeInstanceOf(EvsApiError);
    expect(error).toMatchObject({ status, operation, location: `${elsewhere.url}/v2/${projectId}/steal?token=[redacted]` });
    expect((error as Error).message).toContain(`failed with HTTP ${status}: a redirect to ${elsewhere.url}/v2/${projectId}/steal`);
    expect((error as Error).message).toContain(`go only to ${origin.url}`);
    expect([origin.requests.length, elsewhere.requests.length]).toEqual([1, 0]);
    expectNoSecret(error, secrets);
  });

  it.each([301, 302, 303, 307, 308])('HTTP %i to the same origin is not followed either', async (status) => {
    reply = (_request, response) => {
      response.writeHead(status, { Location: `/v2/${projectId}/cloudsnapshots/${snapshotId}` });
      response.end();
    };
    const error = await failure(calls.createSnapshot!(clients.token()));
    expect(error).toMatchObject({ name: 'EvsRedirectError', status, location: `${origin.url}/v2/${projectId}/cloudsnapshots/${snapshotId}` });
    expect(origin.requests).toHaveLength(1);
  });

  it('a redirect loop costs one request', async () => {
    reply = (request, response) => {
      response.writeHead(307, { Location: request.url });
      response.end();
    };
    const error = await failure(clients.token({ retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 10 } }).showSnapshot(snapshotId));
    expect(error).toBeInstanceOf(EvsRedirectError);
    expect(origin.requests).toHaveLength(1);
  });

  it('a redirect without Location says so', async () => {
    reply = (_request, response) => {
      response.writeHead(302);
      response.end();
    };
    const error = await failure(clients.token().showSnapshot(snapshotId));
    expect(error).toMatchObject({ name: 'EvsRedirectError', status: 302, location: undefined });
    expect((error as Error).message).toContain('a redirect without a usable Location');
  });

  it('an injected fetch that follows redirects anyway is caught by the response it returns', async () => {
    reply = (_request, response) => {
      response.writeHead(302, { Location: `${elsewhere.url}/elsewhere` });
      response.end();
    };
    const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' });
    const error = await failure(clients.token({ fetch: following }).createSnapshot({ volume_id: volumeId }));
    expect(error).toMatchObject({ name: 'EvsRedirectError', location: `${elsewhere.url}/elsewhere` });
  });
});

describe('secrets echoed by the server', () => {
  it.each(Object.keys(clients))('%s: a secret in the reason phrase shows in no string form of the error', async (auth) => {
    reply = (request, response) => {
      // What the request carried, and for AK/SK the secret key, as a server that holds it could echo it.
      const echoed = [request.headers['x-auth-token'], request.headers['x-security-token'], auth === 'AK/SK' ? secretKey : undefined].filter(Boolean).join(' ');
      response.writeHead(503, `Service ${echoed} Unavailable`, { 'Content-Type': 'text/plain' });
      response.end(`<html>${'x'.repeat(190)}${echoed}</html>`);
    };
    const error = await failure(calls.updateSnapshot!(clients[auth as keyof typeof clients]()));
    expect(error).toBeInstanceOf(EvsApiError);
    expect((error as Error).message).toContain('Service [redacted]');
    expectNoSecret(error, secrets);
  });

  it('a secret in the cause chain of a network failure is scrubbed there too', async () => {
    const failing: typeof fetch = () =>
      Promise.reject(new TypeError(`fetch failed for ${token}`, { cause: Object.assign(new Error(`connect to ${token} refused`), { code: 'ECONNRESET', token }) }));
    const error = await failure(clients.token({ fetch: failing }).showSnapshot(snapshotId));
    expect(error).toMatchObject({ name: 'EvsNetworkError' });
    expect(((error as Error).cause as Error).message).toBe('fetch failed for [redacted]');
    expectNoSecret(error, [token]);
  });

  it('the raw client hands out the answer with the reason phrase already scrubbed', async () => {
    reply = (request, response) => {
      response.writeHead(503, `Service ${String(request.headers['x-auth-token'])} Unavailable`);
      response.end();
    };
    const { response } = await clients.token().raw.GET('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { params: { path: { project_id: projectId, snapshot_id: snapshotId } } });
    expect(response.statusText).toBe('Service [redacted] Unavailable');
  });

  it.each<[string, (secret: string) => string]>([
    ['every character percent-encoded, in upper case', (s) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('')],
    ['every character percent-encoded, in lower case', (s) => [...s].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')],
    ['only ~ percent-encoded (as escape() and PHP urlencode do)', (s) => s.replace(/~/g, '%7E')],
    ['every character as a JSON \\u escape', (s) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
    ['lower-cased, as a URL parser does to a host name', (s) => s.toLowerCase()],
  ])('a secret echoed with %s is redacted', async (_form, encode) => {
    const tilde = 'gAAAAABk~example~token~value_0123456789';
    reply = (_request, response) => {
      response.writeHead(302, { Location: `https://sso.example/login?token=${encode(tilde)}`, 'X-Request-Id': encode(tilde) });
      response.end();
    };
    const error = await failure(clients.token({ auth: { token: tilde } }).showSnapshot(snapshotId));
    expect(error).toBeInstanceOf(EvsRedirectError);
    expect((error as EvsRedirectError).location).toMatch(/token=\[redacted\]$/);
    expect((error as EvsRedirectError).requestId).toBe('[redacted]');
  });

  it('cuts a huge error message instead of carrying it whole', async () => {
    reply = (_request, response) => {
      response.writeHead(400, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error_code: 'APIGW.0301', error_msg: 'x'.repeat(7 * 1024 * 1024) }));
    };
    // 7 MB to read and parse: the 2 s of the other tests can run out on a busy machine.
    const error = await failure(clients.token({ timeoutMs: 30_000 }).showSnapshot(snapshotId));
    expect((error as Error).message.length).toBeLessThan(1200);
    expect((error as Error).message).toContain(`(${7 * 1024 * 1024} characters)`);
  });

  it('a secret percent-encoded in a Location, or JSON-escaped in a body, is redacted too', async () => {
    const slashy = 'MIIT/token+with=chars"and\\more-1234567890';
    reply = (_request, response, index) => {
      if (index === 0) {
        response.writeHead(301, { Location: `https://other.example/?t=${encodeURIComponent(slashy)}` });
        return response.end();
      }
      response.writeHead(400, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ note: `rejected ${slashy}` }));
    };
    const evs = clients.token({ auth: { token: slashy } });
    for (const call of [calls.showSnapshot!, calls.showSnapshot!]) {
      const error = await failure(call(evs));
      expect(error).toBeInstanceOf(EvsApiError);
      expectNoSecret(error, [slashy]);
    }
  });
});

describe('answers too large to read', () => {
  const limit = 64 * 1024;

  it('stops reading an endless body at maxResponseBytes, and the server sees the connection closed', async () => {
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    let written = 0;
    reply = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"snapshot": {"id": "');
      const pump = (): void => {
        while (!response.destroyed && response.write('x'.repeat(16 * 1024))) written += 16 * 1024;
        if (!response.destroyed) response.once('drain', pump);
      };
      response.on('close', closed);
      pump();
    };
    const error = await failure(clients.token({ maxResponseBytes: limit }).showSnapshot(snapshotId));
    expect(error).toBeInstanceOf(EvsResponseError);
    expect((error as Error).message).toMatch(
      new RegExp(`^showSnapshot got HTTP 200 but its body exceeds maxResponseBytes \\(${limit} bytes\\); reading stopped after \\d+ bytes$`),
    );
    await serverSawClose;
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a declared Content-Length above the limit without reading the body', async () => {
    reply = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024) });
      response.write('{');
    };
    const error = await failure(clients.token({ maxResponseBytes: limit }).showSnapshot(snapshotId));
    expect((error as Error).message).toBe(`showSnapshot got HTTP 200 but its Content-Length of ${50 * 1024 * 1024} bytes exceeds maxResponseBytes (${limit})`);
  });

  it('counts bytes after decompression: a gzip bomb stops at the limit (default 8 MiB)', async () => {
    // 64 concatenated gzip members of 16 MiB of zeros each: 1 GiB once inflated, about 1 MB on the wire.
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
    reply = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      for (let i = 0; i < 64 && !response.destroyed; i++) response.write(member);
      response.end();
    };
    const error = await failure(clients.token().showSnapshot(snapshotId));
    expect(error).toBeInstanceOf(EvsResponseError);
    const stoppedAfter = Number(/reading stopped after (\d+) bytes/.exec((error as Error).message)?.[1]);
    expect(stoppedAfter).toBeGreaterThan(8 * 1024 * 1024);
    expect(stoppedAfter).toBeLessThan(9 * 1024 * 1024);
  });

  it('applies the limit to error answers as well', async () => {
    reply = (_request, response) => {
      response.writeHead(500, { 'Content-Type': 'text/html' });
      response.end('x'.repeat(limit + 1));
    };
    await expect(clients.token({ maxResponseBytes: limit }).showSnapshot(snapshotId)).rejects.toMatchObject({ name: 'EvsResponseError', status: 500 });
  });

  it.each([600, 999])('refuses status %i, which HTTP does not define, as EvsResponseError', async (status) => {
    reply = (_request, response) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end('{}');
    };
    await expect(clients.token().showSnapshot(snapshotId)).rejects.toMatchObject({
      name: 'EvsResponseError',
      status,
      message: `showSnapshot got HTTP ${status} but HTTP ${status} is not a status HTTP defines (200 to 599 after the redirects)`,
    });
  });

  it('refuses a success body that is not UTF-8 instead of reading replacement characters', async () => {
    reply = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(Buffer.concat([Buffer.from('{"snapshot": {"id": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]));
    };
    await expect(clients.token().showSnapshot(snapshotId)).rejects.toThrow('showSnapshot got HTTP 200 but the body is not valid UTF-8 text');
  });
});

describe('pages that do not add up', () => {
  const item = (id: string) => ({ ...snapshotBody.snapshot, id, status: 'available', service_type: 'EVS' });
  const ids = (n: number, start = 0) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(start + i).padStart(12, '0')}`);

  async function walk(evs: EvsClient, pageSize: number): Promise<{ seen: string[]; error: unknown }> {
    const seen: string[] = [];
    const error = await (async () => {
      for await (const snapshot of evs.listAllSnapshots({}, { pageSize })) seen.push(snapshot.id);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    return { seen, error };
  }
  const page = (response: ServerResponse, body: unknown): void => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  it('pages A, B, A, B, ... without a count end at the first repeated snapshot', async () => {
    const [a, b] = [ids(2, 0), ids(2, 2)];
    reply = (_request, response, index) => page(response, { snapshots: (index % 2 === 0 ? a : b).map(item) });
    const { seen, error } = await walk(clients.token(), 2);
    expect(error).toBeInstanceOf(EvsResponseError);
    expect((error as Error).message).toMatch(/the page at offset=4 repeats snapshot 00000000-0000-4000-8000-000000000000, which an earlier page had/);
    expect(seen).toEqual([...a, ...b]);
    expect(origin.requests).toHaveLength(3);
  });

  it.each<[string, (marker: string) => unknown, string]>([
    ['a next link to another origin: only its marker is taken, the request stays on the endpoint', (m) => [{ rel: 'next', href: `${elsewhere.url}/steal?marker=${m}` }], 'marker'],
    ['a next link whose marker is not a UUID: paging goes on by offset', () => [{ rel: 'next', href: '/x?marker=..%2F..%2Fvolumes' }], 'offset'],
    ['links that are not an array: paging goes on by offset', () => 'next', 'offset'],
    ['a link without href: paging goes on by offset', () => [{ rel: 'next' }], 'offset'],
  ])('%s', async (_case, links, expected) => {
    const all = ids(4);
    reply = (request, response) => {
      const query = new URL(request.url, 'http://x').searchParams;
      const start = query.has('marker') ? all.indexOf(query.get('marker')!) + 1 : Number(query.get('offset'));
      const pageIds = all.slice(start, start + 2);
      page(response, { count: 4, snapshots: pageIds.map(item), snapshots_links: links(pageIds.at(-1)!) });
    };
    const { seen, error } = await walk(clients.token(), 2);
    expect(error).toBeUndefined();
    expect(seen).toEqual(all);
    expect(elsewhere.requests).toEqual([]);
    expect(new URL(origin.requests[1]!.url, 'http://x').searchParams.has(expected)).toBe(true);
  });

  it('a count that grows with every page cannot extend the walk: the smallest count holds', async () => {
    let next = 0;
    reply = (_request, response) => {
      page(response, { count: next + 4, snapshots: ids(2, next).map(item) });
      next += 2;
    };
    const { seen, error } = await walk(clients.token(), 2);
    expect((error as Error).message).toMatch(/the pages hold more snapshots than the count of 4 the service gave/);
    expect(seen).toHaveLength(4);
    expect(origin.requests).toHaveLength(3);
  });

  it('pages that hold more snapshots than the count end with an error', async () => {
    let next = 0;
    reply = (_request, response) => {
      page(response, { count: 3, snapshots: ids(2, next).map(item) });
      next += 2;
    };
    const { seen, error } = await walk(clients.token(), 2);
    expect((error as Error).message).toMatch(/the pages hold more snapshots than the count of 3 the service gave/);
    expect(seen).toHaveLength(2);
  });
});
