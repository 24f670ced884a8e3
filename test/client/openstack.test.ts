// The `cinder` and `metadata` namespaces against a fetch that records each request as sent (its raw
// URL, headers and body) and answers as the test says: which operation each method sends on /v2 and
// on /v3, what is refused before anything is sent, how metadata keys travel in the path, the walk
// by marker, and retries.
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/spec-constants.js';
import { createEvsClient, type EvsClient, type EvsClientOptions } from '../../src/client/index.js';
import { localOptions, projectId, snapshotBody, snapshotId, token, volumeId } from './fixtures.js';

const endpoint = 'http://evs.openstack.test';

interface Seen {
  method: string;
  /** The URL exactly as it reached fetch. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: string | undefined;
}

const json = (status: number, body?: unknown, headers: Record<string, string> = {}): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** The body an operation's success status documents, for the routing tests. */
function successOf(path: string, method: string): Response {
  if (/\/metadata\/[^/]+$/.test(path)) return method === 'DELETE' ? json(200) : json(200, { meta: { [decodeURIComponent(path.split('/').pop() as string)]: 'v' } });
  if (path.endsWith('/metadata')) return json(200, { metadata: { key1: 'value1' } });
  if (/\/snapshots(\/detail)?$/.test(path)) return method === 'POST' ? json(202, snapshotBody) : json(200, { snapshots: [snapshotBody.snapshot] });
  return method === 'DELETE' ? json(202) : json(200, snapshotBody);
}

function recording(answer: (seen: Seen, index: number) => Response = (seen) => successOf(seen.path, seen.method), extra: Partial<EvsClientOptions> = {}) {
  const seen: Seen[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const parsed = new URL(url);
    const request: Seen = {
      method: init.method ?? 'GET',
      url,
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    seen.push(request);
    return answer(request, seen.length - 1);
  };
  const client = createEvsClient(localOptions(endpoint, { fetch: fetch as typeof globalThis.fetch, ...extra }));
  return { client, seen };
}

/** Every namespace method once, named by the operation it must send on /v2. */
const calls: [string, (evs: EvsClient) => Promise<unknown>][] = [
  ['createCinderSnapshot', (evs) => evs.cinder.createSnapshot({ volume_id: volumeId, name: 'nightly' })],
  ['listCinderSnapshots', (evs) => evs.cinder.listSnapshots({ limit: 1 })],
  ['listCinderSnapshotsDetail', (evs) => evs.cinder.listSnapshotsDetail({ limit: 1 })],
  ['showCinderSnapshot', (evs) => evs.cinder.showSnapshot(snapshotId)],
  ['updateCinderSnapshot', (evs) => evs.cinder.updateSnapshot(snapshotId, { name: 'renamed' })],
  ['deleteCinderSnapshot', (evs) => evs.cinder.deleteSnapshot(snapshotId)],
  ['createSnapshotMetadata', (evs) => evs.metadata.add(snapshotId, { key1: 'value1' })],
  ['showSnapshotMetadata', (evs) => evs.metadata.list(snapshotId)],
  ['updateSnapshotMetadata', (evs) => evs.metadata.replace(snapshotId, { key1: 'value1' })],
  ['showSnapshotMetadataItem', (evs) => evs.metadata.get(snapshotId, 'key1')],
  ['updateSnapshotMetadataItem', (evs) => evs.metadata.set(snapshotId, 'key1', 'v')],
  ['deleteSnapshotMetadataItem', (evs) => evs.metadata.delete(snapshotId, 'key1')],
];

/** The request line an operation of the table makes for snapshot_id and key `key1`. */
function expectedLine(operationId: keyof typeof operations): string {
  const { method, path } = operations[operationId];
  return `${method} ${path.replace('{project_id}', projectId).replace('{snapshot_id}', snapshotId).replace('{key}', 'key1')}`;
}

describe('which operation each namespace method sends', () => {
  it.each(calls)('%s on /v2 by default, and its V3 twin with openStackApi v3', async (operationId, send) => {
    const v2 = recording();
    await send(v2.client);
    const v3 = recording(undefined, { openStackApi: 'v3' });
    await send(v3.client);
    expect([...v2.seen, ...v3.seen].map((r) => `${r.method} ${r.path}`)).toEqual([
      expectedLine(operationId as keyof typeof operations),
      expectedLine(`${operationId}V3` as keyof typeof operations),
    ]);
  });

  it('hands back the unwrapped answers: the snapshot, the page, the metadata map and the one value', async () => {
    const { client } = recording();
    await expect(client.cinder.showSnapshot(snapshotId)).resolves.toEqual(snapshotBody.snapshot);
    await expect(client.cinder.listSnapshots()).resolves.toEqual({ snapshots: [snapshotBody.snapshot] });
    await expect(client.metadata.list(snapshotId)).resolves.toEqual({ key1: 'value1' });
    await expect(client.metadata.get(snapshotId, 'key1')).resolves.toBe('v');
    await expect(client.metadata.delete(snapshotId, 'key1')).resolves.toBeUndefined();
  });

  it('set sends {meta: {[key]: value}} for the key of the path', async () => {
    const { client, seen } = recording();
    await client.metadata.set(snapshotId, 'key1', 'value1');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ meta: { key1: 'value1' } });
  });

  it('a get whose answer holds no item for the key asked is an EvsResponseError naming the key asked and the key held', async () => {
    const { client } = recording(() => json(200, { meta: { other: 'x' } }));
    await expect(client.metadata.get(snapshotId, 'key1')).rejects.toMatchObject({
      name: 'EvsResponseError',
      operation: 'showSnapshotMetadataItem',
      message: expect.stringContaining(`the body's meta has no item for the key asked for, "key1"; it holds "other"`),
    });
  });

  it('a set whose answer names the token as its key reports it redacted', async () => {
    const { client } = recording(() => json(200, { meta: { [token]: 'x' } }));
    const error = (await client.metadata.set(snapshotId, 'key1', 'value1').then(
      () => new Error('resolved'),
      (caught: unknown) => caught,
    )) as Error;
    expect(error).toMatchObject({ name: 'EvsResponseError', message: expect.stringContaining('no item for the key asked for, "key1"') });
    expect(`${String(error)} ${error.stack} ${JSON.stringify(error)}`).not.toContain(token.slice(0, 64));
  });

  it('a metadata answer with a value that is not a string is an EvsResponseError naming the key', async () => {
    const { client } = recording(() => json(200, { metadata: { n: 1 } }));
    await expect(client.metadata.list(snapshotId)).rejects.toMatchObject({ name: 'EvsResponseError', message: expect.stringContaining("the body's metadata.n is not a string") });
  });
});

describe('openStackMicroversion', () => {
  it('is sent as OpenStack-API-Version: volume 3.<n> on the /v3 lists, which document the header, and on nothing else', async () => {
    const { client, seen } = recording(undefined, { openStackApi: 'v3', openStackMicroversion: '3.50' });
    await client.cinder.listSnapshots({ sort_key: 'name' });
    await client.cinder.listSnapshotsDetail();
    await client.cinder.showSnapshot(snapshotId);
    await client.metadata.list(snapshotId);
    expect(seen.map((r) => r.headers.get('OpenStack-API-Version'))).toEqual(['volume 3.50', 'volume 3.50', null, null]);
  });

  it.each([
    ['v2', false],
    ['v3', true],
  ] as const)("cinder.listAllSnapshots on %s (detail: %s) refuses a pageSize outside the list's limit range, sending nothing", (api, detail) => {
    const { client, seen } = recording(undefined, { openStackApi: api });
    for (const pageSize of [0, 1001])
      expect(() => client.cinder.listAllSnapshots({}, { detail, pageSize })).toThrow(
        expect.objectContaining({ name: 'EvsValidationError', field: 'options.pageSize', message: expect.stringContaining('from 1 to 1000') }),
      );
    expect(seen).toEqual([]);
  });

  it('goes with every page of listAllSnapshots, and is not sent at all when not configured', async () => {
    const ids = ['0e000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000002'];
    const pages = [
      json(200, { snapshots: [{ ...snapshotBody.snapshot, id: ids[0] }] }),
      json(200, { snapshots: [{ ...snapshotBody.snapshot, id: ids[1] }] }),
      json(200, { snapshots: [] }),
    ];
    const { client, seen } = recording((_request, index) => pages[Math.min(index, 2)]!.clone(), { openStackApi: 'v3', openStackMicroversion: '3.0' });
    for await (const _item of client.cinder.listAllSnapshots({}, { pageSize: 1 })) void _item;
    const plain = recording(undefined, { openStackApi: 'v3' });
    await plain.client.cinder.listSnapshots();
    expect([...seen, ...plain.seen].map((r) => r.headers.get('OpenStack-API-Version'))).toEqual(['volume 3.0', 'volume 3.0', 'volume 3.0', null]);
  });

  it.each([['3'], ['3.05'], ['v3.50'], ['volume 3.50'], ['2.1'], [3.5], ['3.50 ']])('refuses %j, which is not 3.<n>', (microversion) => {
    expect(() => createEvsClient(localOptions(endpoint, { openStackApi: 'v3', openStackMicroversion: microversion as string }))).toThrow(
      expect.objectContaining({ name: 'EvsValidationError', field: 'openStackMicroversion', rule: 'format' }),
    );
  });

  it('is refused on v2, where no call would send it', () => {
    expect(() => createEvsClient(localOptions(endpoint, { openStackMicroversion: '3.50' }))).toThrow(
      expect.objectContaining({ field: 'openStackMicroversion', rule: 'dependency', message: expect.stringContaining("openStackApi: 'v3'") }),
    );
    expect(() => createEvsClient(localOptions(endpoint, { openStackApi: 'v4' as 'v3' }))).toThrow(expect.objectContaining({ field: 'openStackApi', rule: 'enum' }));
  });
});

describe('input refused before anything is sent', () => {
  async function refusal(call: (evs: EvsClient) => Promise<unknown>, options: Partial<EvsClientOptions> = {}) {
    const { client, seen } = recording(undefined, options);
    const error = await call(client).catch((e: unknown) => e);
    expect(seen).toEqual([]);
    return error;
  }

  it('a metadata value that is not a string', async () => {
    expect(await refusal((evs) => evs.metadata.add(snapshotId, { n: 1 as unknown as string }))).toMatchObject({
      name: 'EvsValidationError',
      operation: 'createSnapshotMetadata',
      field: 'metadata.n',
      rule: 'type',
    });
    expect(await refusal((evs) => evs.metadata.set(snapshotId, 'k', null as unknown as string))).toMatchObject({ field: 'meta.k', rule: 'type' });
  });

  it('set without a value names the missing value of the key (meta.k, type), not a minProperties rule of an empty meta', async () => {
    const error = await refusal((evs) => (evs.metadata.set as (id: string, key: string) => Promise<string>)(snapshotId, 'k'));
    expect(error).toMatchObject({ name: 'EvsValidationError', operation: 'updateSnapshotMetadataItem', field: 'meta.k', rule: 'type' });
    expect((error as Error).message).toContain('set(snapshotId, key, value) needs the value');
    expect((error as Error).message).not.toContain('minProperties');
  });

  it.each([
    ['add', (evs: EvsClient) => evs.metadata.add(snapshotId, { __system__enableActive: 'true' }), 'metadata.__system__enableActive'],
    ['replace', (evs: EvsClient) => evs.metadata.replace(snapshotId, { ok: 'x', __system__x: 'y' }), 'metadata.__system__x'],
    ['set', (evs: EvsClient) => evs.metadata.set(snapshotId, '__system__enableActive', 'false'), 'meta.__system__enableActive'],
  ])('a __system__ key on a write (%s): the spec keeps them for the service', async (_name, call, field) => {
    expect(await refusal(call)).toMatchObject({
      name: 'EvsValidationError',
      field,
      rule: 'format',
      message: expect.stringContaining('^(?!__system__): the service keeps such keys for itself (they can be read, not written)'),
    });
  });

  it.each([
    ['get', (evs: EvsClient, key: string) => evs.metadata.get(snapshotId, key)],
    ['set', (evs: EvsClient, key: string) => evs.metadata.set(snapshotId, key, 'v')],
    ['delete', (evs: EvsClient, key: string) => evs.metadata.delete(snapshotId, key)],
  ])('the keys "." and ".." (%s): URL parsing would turn them into navigation (DELETE …/metadata/.. deletes the snapshot)', async (_name, call) => {
    for (const key of ['.', '..'])
      expect(await refusal((evs) => call(evs, key))).toMatchObject({
        name: 'EvsValidationError',
        field: 'key',
        rule: 'dotSegment',
        message: expect.stringContaining('dot segments'),
      });
  });

  it.each([
    ['get', (evs: EvsClient, key: string) => evs.metadata.get(snapshotId, key)],
    ['set', (evs: EvsClient, key: string) => evs.metadata.set(snapshotId, key, 'v')],
    ['delete', (evs: EvsClient, key: string) => evs.metadata.delete(snapshotId, key)],
  ])('a key with a lone surrogate (%s) is an EvsValidationError naming the key, not a network error: it cannot be percent-encoded', async (_name, call) => {
    for (const key of ['\ud800', 'tier\udfff', '\udc00\ud83d'])
      expect(await refusal((evs) => call(evs, key))).toMatchObject({
        name: 'EvsValidationError',
        field: 'key',
        message: expect.stringContaining('lone surrogate'),
      });
  });

  it('metadata of 1 MiB or more as JSON (x-maxJsonBytes, EVS.1005)', async () => {
    const error = await refusal((evs) => evs.metadata.replace(snapshotId, { big: 'x'.repeat(1_048_576) }));
    expect(error).toMatchObject({ name: 'EvsValidationError', field: 'metadata', rule: 'maxBytes', message: expect.stringContaining('EVS.1005') });
  });

  it.each([
    ['sort_dir', 'asc'],
    ['sort_key', 'name'],
    ['name~', 'nightly'],
    ['with_count', true],
  ])('the /v3-only list parameter %s on v2, naming openStackApi', async (key, value) => {
    const error = await refusal((evs) => evs.cinder.listSnapshots({ [key]: value }));
    expect(error).toMatchObject({ name: 'EvsValidationError', field: `query.${key}`, rule: 'additionalProperties', message: expect.stringContaining("openStackApi: 'v3'") });
  });

  it('a query whose Proxy trap throws is an EvsValidationError, as for the cloudsnapshots list (not the raw error)', async () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(await refusal((evs) => evs.cinder.listSnapshots(hostile))).toMatchObject({ name: 'EvsValidationError', field: 'query' });
    expect(await refusal((evs) => evs.listSnapshots(hostile))).toMatchObject({ name: 'EvsValidationError', field: 'query' });
  });

  it('availability_zone on the /v3 detailed list, which does not take it', async () => {
    const error = await refusal((evs) => evs.cinder.listSnapshotsDetail({ availability_zone: 'eu-de-01' }), { openStackApi: 'v3' });
    expect(error).toMatchObject({ field: 'query.availability_zone', operation: 'listCinderSnapshotsDetailV3', message: expect.stringContaining('/v2 list') });
  });

  it('a snapshot ID that is not a UUID, and a name with the reserved prefix, as for the cloudsnapshots methods', async () => {
    expect(await refusal((evs) => evs.cinder.showSnapshot('../detail'))).toMatchObject({ field: 'snapshot_id', rule: 'format' });
    expect(await refusal((evs) => evs.cinder.createSnapshot({ volume_id: volumeId, name: 'autobk_snapshot_1' }))).toMatchObject({ field: 'snapshot.name', rule: 'reservedPrefix' });
  });

  it('listAllSnapshots: marker, offset and limit among the filters, an unknown option, a detail that is not a boolean', () => {
    const { client, seen } = recording();
    for (const key of ['marker', 'offset', 'limit'])
      expect(() => client.cinder.listAllSnapshots({ [key]: 1 } as never)).toThrow(expect.objectContaining({ name: 'EvsValidationError', field: `query.${key}` }));
    expect(() => client.cinder.listAllSnapshots({}, { detail: 'yes' as unknown as boolean })).toThrow(expect.objectContaining({ field: 'options.detail' }));
    expect(() => client.cinder.listAllSnapshots({ sort_dir: 'asc' })).toThrow(expect.objectContaining({ field: 'query.sort_dir' }));
    expect(seen).toEqual([]);
  });
});

describe('metadata keys in the path', () => {
  const keys = ['with space', 'a:b', 'a/b', 'ключ-鍵', '100%', '%2e%2e', '?x=1#y', '__proto__'];

  it.each(keys)('%j is percent-encoded as one segment and comes back as itself', async (key) => {
    // The fake reads the key from the raw path as a server would: the last segment, percent-decoded.
    const { client, seen } = recording((request) => {
      const raw = request.url.slice(request.url.indexOf('/metadata/') + '/metadata/'.length);
      return json(200, { meta: { [decodeURIComponent(raw)]: `value of ${decodeURIComponent(raw)}` } });
    });
    await expect(client.metadata.get(snapshotId, key)).resolves.toBe(`value of ${key}`);
    await expect(client.metadata.set(snapshotId, key, 'v2')).resolves.toBe(`value of ${key}`);
    for (const request of seen) expect(request.url).toBe(`${endpoint}/v2/${projectId}/snapshots/${snapshotId}/metadata/${encodeURIComponent(key)}`);
    expect(JSON.parse(seen[1]?.body ?? '')).toEqual({ meta: { [key]: 'v2' } });
  });
});

describe('cinder.listAllSnapshots, by marker', () => {
  const ids = Array.from({ length: 5 }, (_, i) => `0c000000-0000-4000-8000-00000000000${i + 1}`);
  const item = (id: string) => ({ ...snapshotBody.snapshot, id });
  const page = (items: string[], nextMarker?: string) =>
    json(200, {
      snapshots: items.map(item),
      ...(nextMarker === undefined ? {} : { snapshots_links: [{ rel: 'next', href: `${endpoint}/v2/${projectId}/snapshots?limit=2&marker=${nextMarker}` }] }),
    });

  async function walk(answers: Response[], filters = {}, options: Parameters<EvsClient['cinder']['listAllSnapshots']>[1] = { pageSize: 2 }, extra: Partial<EvsClientOptions> = {}) {
    const { client, seen } = recording((_request, index) => answers[Math.min(index, answers.length - 1)]!.clone(), extra);
    const got: string[] = [];
    let error: unknown;
    try {
      for await (const snapshot of client.cinder.listAllSnapshots(filters, options)) got.push(snapshot.id);
    } catch (caught) {
      error = caught;
    }
    return { got, error, queries: seen.map((r) => `${r.path.slice(r.path.indexOf('/snapshots'))}?${r.query}`) };
  }

  it("follows the next link's marker, and stops on the page without one that is short", async () => {
    const { got, queries, error } = await walk([page(ids.slice(0, 2), ids[1]), page(ids.slice(2, 4), ids[3]), page(ids.slice(4))], { status: 'available' });
    expect(error).toBeUndefined();
    expect(got).toEqual(ids);
    expect(queries).toEqual([
      '/snapshots?status=available&limit=2',
      `/snapshots?status=available&marker=${ids[1]}&limit=2`,
      `/snapshots?status=available&marker=${ids[3]}&limit=2`,
    ]);
  });

  it("falls back to the last snapshot's ID while pages are full and carry no link; an empty page ends the walk", async () => {
    const { got, queries } = await walk([page(ids.slice(0, 2)), page(ids.slice(2, 4)), page([])]);
    expect(got).toEqual(ids.slice(0, 4));
    expect(queries).toEqual(['/snapshots?limit=2', `/snapshots?marker=${ids[1]}&limit=2`, `/snapshots?marker=${ids[3]}&limit=2`]);
  });

  it('walks the detailed list with detail: true, on /v3 with openStackApi v3', async () => {
    const { queries } = await walk([page(ids.slice(0, 1))], {}, { detail: true, pageSize: 2 }, { openStackApi: 'v3' });
    expect(queries).toEqual(['/snapshots/detail?limit=2']);
  });

  it('a server that repeats a page (ignores the marker) fails the walk with EvsResponseError after two requests', async () => {
    const { got, error, queries } = await walk([page(ids.slice(0, 2))]);
    expect(error).toMatchObject({ name: 'EvsResponseError', operation: 'cinder.listAllSnapshots', message: expect.stringContaining(`repeats snapshot ${ids[0]}`) });
    expect(got).toEqual(ids.slice(0, 2));
    expect(queries).toHaveLength(2);
  });

  it('a server that gives the same marker for ever fails the walk with EvsResponseError, bounded', async () => {
    const fresh = (i: number) => page([`0d000000-0000-4000-8000-${String(2 * i).padStart(12, '0')}`, `0d000000-0000-4000-8000-${String(2 * i + 1).padStart(12, '0')}`], ids[0]);
    const { error, queries } = await walk([fresh(0), fresh(1), fresh(2), fresh(3)]);
    expect(error).toMatchObject({ name: 'EvsResponseError', message: expect.stringContaining(`gave marker=${ids[0]} again`) });
    expect(queries).toHaveLength(2);
  });
});

describe('retries', () => {
  const busy = () => json(503, { error: { code: 'EVS.5503', message: 'busy' } });
  const flaky = (attempts: Response[]) => (request: Seen, index: number) => attempts[index]?.clone() ?? successOf(request.path, request.method);

  it.each([
    ['showCinderSnapshot', (evs: EvsClient) => evs.cinder.showSnapshot(snapshotId)],
    ['updateCinderSnapshot (PUT)', (evs: EvsClient) => evs.cinder.updateSnapshot(snapshotId, { name: 'x' })],
    ['deleteCinderSnapshot (DELETE)', (evs: EvsClient) => evs.cinder.deleteSnapshot(snapshotId)],
    ['updateSnapshotMetadata (PUT)', (evs: EvsClient) => evs.metadata.replace(snapshotId, { a: 'b' })],
    ['createSnapshotMetadata (a POST that adds the same keys again)', (evs: EvsClient) => evs.metadata.add(snapshotId, { a: 'b' })],
    ['deleteSnapshotMetadataItem (DELETE)', (evs: EvsClient) => evs.metadata.delete(snapshotId, 'a')],
  ])('%s is sent again after a 503', async (_name, call) => {
    const { client, seen } = recording(flaky([busy()]));
    await call(client);
    expect(seen).toHaveLength(2);
  });

  it('createSnapshot on the Cinder path is never sent twice', async () => {
    const { client, seen } = recording(() => busy());
    await expect(client.cinder.createSnapshot({ volume_id: volumeId })).rejects.toMatchObject({ name: 'EvsApiError', status: 503, attempts: 1 });
    expect(seen).toHaveLength(1);
  });

  it('a retried delete whose first attempt went through (404 on the retry) is done: the key or the snapshot is gone', async () => {
    const gone = json(404, { itemNotFound: { code: 404, message: 'not found' } });
    for (const call of [(evs: EvsClient) => evs.metadata.delete(snapshotId, 'a'), (evs: EvsClient) => evs.cinder.deleteSnapshot(snapshotId)]) {
      const { client, seen } = recording(flaky([busy(), gone]));
      await expect(call(client)).resolves.toBeUndefined();
      expect(seen).toHaveLength(2);
    }
  });

  it('a 404 on the first attempt of a metadata delete is an EvsApiError', async () => {
    const { client } = recording(() => json(404, { itemNotFound: { code: 404, message: 'not found' } }));
    await expect(client.metadata.delete(snapshotId, 'a')).rejects.toMatchObject({ name: 'EvsApiError', status: 404 });
  });
});

describe('secrets', () => {
  it('the token a server echoes is not in the errors of the namespaces', async () => {
    const { client } = recording((request) => json(400, { error: { code: 'EVS.2047', message: `refused ${request.headers.get('X-Auth-Token')}` } }));
    expect(token.length).toBeGreaterThanOrEqual(8192);
    for (const call of [() => client.metadata.add(snapshotId, { a: 'b' }), () => client.cinder.showSnapshot(snapshotId)]) {
      const error = (await call().catch((e: unknown) => e)) as Error;
      expect(error).toMatchObject({ name: 'EvsApiError' });
      expect(`${String(error)} ${error.stack} ${JSON.stringify(error)}`).not.toContain(token);
    }
  });
});
