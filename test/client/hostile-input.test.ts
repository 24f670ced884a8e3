// Input built to slip past the rules: ids that would move the request to another path, objects
// whose serialised form differs from what a check reads, options of the wrong kind. Every case
// must end in EvsValidationError naming the argument, with nothing on the wire.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClient, type EvsClientOptions, EvsValidationError } from '../../src/client/index.js';
import { type LocalServer, sendJson, startServer } from '../support/local-server.js';
import { expectNoSecret } from '../support/renderings.js';
import { localOptions, projectId, snapshotBody, snapshotId, token, volumeId } from './fixtures.js';

let server: LocalServer;
let evs: EvsClient;
beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.url.includes('/detail')) return sendJson(response, 200, { count: 0, snapshots: [] });
    if (request.url.endsWith('/rollback')) return sendJson(response, 202, { rollback: { volume_id: volumeId } });
    if (request.method === 'DELETE') {
      response.writeHead(202);
      response.end();
      return;
    }
    sendJson(response, request.method === 'POST' ? 202 : 200, snapshotBody);
  });
  evs = createEvsClient(localOptions(server.url, { retry: false }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

async function refusal(run: () => unknown): Promise<EvsValidationError> {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(EvsValidationError);
  expect(server.requests).toEqual([]);
  return error as EvsValidationError;
}

const hostileIds: [string, unknown][] = [
  ['.', '.'],
  ['..', '..'],
  ['detail', 'detail'],
  ['an encoded slash', '%2F'],
  ['a path', '../volumes/x'],
  ['a lone surrogate', '\ud800'],
  ['an empty string', ''],
  ['a UUID with a urn prefix', `urn:uuid:${snapshotId}`],
  ['a UUID with a trailing newline', `${snapshotId}\n`],
  ['a number', 42],
];

const idTakers: [string, (id: never) => unknown][] = [
  ['showSnapshot', (id) => evs.showSnapshot(id)],
  ['updateSnapshot', (id) => evs.updateSnapshot(id, { name: 'n' })],
  ['deleteSnapshot', (id) => evs.deleteSnapshot(id)],
  ['rollbackSnapshot', (id) => evs.rollbackSnapshot(id, { volume_id: volumeId })],
  ['waitForSnapshot', (id) => evs.waitForSnapshot(id, { until: 'deleted' })],
];

describe('snapshot and volume ids must be UUIDs', () => {
  it.each(idTakers.flatMap(([operation, call]) => hostileIds.map(([name, id]) => [operation, name, call, id] as const)))(
    '%s refuses %s as snapshot_id',
    async (operation, _name, call, id) => {
      const error = await refusal(() => call(id as never));
      expect([error.operation, error.field]).toEqual([operation, 'snapshot_id']);
      expect(['format', 'type']).toContain(error.rule);
    },
  );

  it.each(hostileIds)('createSnapshot and rollbackSnapshot refuse %s as volume_id', async (_name, id) => {
    expect((await refusal(() => evs.createSnapshot({ volume_id: id as string }))).field).toBe('snapshot.volume_id');
    expect((await refusal(() => evs.rollbackSnapshot(snapshotId, { volume_id: id as string }))).field).toBe('rollback.volume_id');
  });

  it('accepts a UUID in upper case', async () => {
    await evs.showSnapshot(snapshotId.toUpperCase());
    expect(server.requests.map((r) => r.url)).toEqual([`/v2/${projectId}/cloudsnapshots/${snapshotId.toUpperCase()}`]);
  });
});

describe('what is checked is what is sent', () => {
  it('reads a getter once and sends the value it checked', async () => {
    let reads = 0;
    const fields = {
      volume_id: volumeId,
      get name() {
        reads++;
        return reads === 1 ? 'checked-name' : 'autobk_snapshot_swapped';
      },
    };
    await evs.createSnapshot(fields);
    expect(reads).toBe(1);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ snapshot: { volume_id: volumeId, name: 'checked-name' } });
  });

  it.each<[string, () => unknown, string, string]>([
    ['a toJSON on the prototype of the fields', () => Object.assign(Object.create({ toJSON: () => ({ volume_id: 'x' }) }), { volume_id: volumeId }), 'snapshot', 'type'],
    ['an inherited volume_id', () => Object.create({ volume_id: volumeId }), 'snapshot', 'type'],
    [
      'a toJSON on the prototype of the metadata',
      () => ({ volume_id: volumeId, metadata: Object.assign(Object.create({ toJSON: () => ({ n: 1 }) }), { owner: 'qa' }) }),
      'snapshot.metadata',
      'type',
    ],
    ['a Date as a metadata value', () => ({ volume_id: volumeId, metadata: { when: new Date() } }), 'snapshot.metadata.when', 'type'],
    ['a NaN force', () => ({ volume_id: volumeId, force: Number.NaN }), 'snapshot.force', 'type'],
    ['a name with a lone surrogate', () => ({ volume_id: volumeId, name: 'a\udc00b' }), 'snapshot.name', 'format'],
    ['a function as a field', () => ({ volume_id: volumeId, name: () => 'n' }), 'snapshot.name', 'type'],
    [
      'a getter that throws',
      () => ({
        volume_id: volumeId,
        get name(): string {
          throw new Error('boom');
        },
      }),
      'snapshot.name',
      'type',
    ],
    [
      'a revoked proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({ volume_id: volumeId }, {});
        revoke();
        return proxy;
      },
      'snapshot',
      'type',
    ],
  ])('createSnapshot refuses %s', async (_name, fields, field, rule) => {
    const error = await refusal(() => evs.createSnapshot(fields() as never));
    expect([error.field, error.rule]).toEqual([field, rule]);
  });

  it('ignores a polluted Object.prototype.toJSON: the body is the checked copy', async () => {
    const prototype = Object.prototype as { toJSON?: () => unknown };
    let pending: Promise<unknown>;
    // The client serialises before its first await; the pollution lasts exactly that long, so
    // that nothing else in the test process (vitest's own messages) runs while it is there.
    prototype.toJSON = () => ({ snapshot: { volume_id: 'evil', name: 'autobk_snapshot_x' } });
    try {
      pending = evs.createSnapshot({ volume_id: volumeId, name: 'kept', metadata: { owner: 'qa' } });
    } finally {
      delete prototype.toJSON;
    }
    await pending;
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ snapshot: { volume_id: volumeId, name: 'kept', metadata: { owner: 'qa' } } });
  });

  it.each<[string, () => unknown, string]>([
    ['an inherited filter', () => Object.create({ status: 'in-use' }), 'query'],
    ['a Date as the query', () => new Date(), 'query'],
    ['null as the query', () => null, 'query'],
    [
      'an id list with a hole',
      () => {
        const id = [snapshotId];
        id[2] = snapshotId;
        return { id };
      },
      'query.id[1]',
    ],
    ['a filter with a lone surrogate', () => ({ name: '\ud83d' }), 'query.name'],
  ])('listSnapshots refuses %s', async (_name, query, field) => {
    expect((await refusal(() => evs.listSnapshots(query() as never))).field).toBe(field);
  });

  it('listAllSnapshots refuses an inherited filter before the first page', async () => {
    expect((await refusal(() => evs.listAllSnapshots(Object.create({ volume_id: volumeId })).next())).field).toBe('query');
  });

  it.each<[string, (c: EvsClient) => unknown, string, string]>([
    [
      'allowReservedNamePrefix as a string',
      (c) => c.createSnapshot({ volume_id: volumeId, name: 'autobk_snapshot_x' }, { allowReservedNamePrefix: 'no' as never }),
      'options.allowReservedNamePrefix',
      'type',
    ],
    ['a signal that is a string', (c) => c.showSnapshot(snapshotId, { signal: 'nope' as never }), 'options.signal', 'type'],
    ['null call options', (c) => c.deleteSnapshot(snapshotId, null as never), 'options', 'type'],
    ['a misspelt call option', (c) => c.updateSnapshot(snapshotId, { name: 'n' }, { sigal: AbortSignal.timeout(10) } as never), 'options.sigal', 'additionalProperties'],
    [
      'allowReservedNamePrefix on a method without names',
      (c) => c.showSnapshot(snapshotId, { allowReservedNamePrefix: true } as never),
      'options.allowReservedNamePrefix',
      'additionalProperties',
    ],
    ['null list options', (c) => c.listAllSnapshots({}, null as never).next(), 'options', 'type'],
    ['a list signal that is not one', (c) => c.listAllSnapshots({}, { signal: {} as never }).next(), 'options.signal', 'type'],
    ['null wait options', (c) => c.waitForSnapshot(snapshotId, null as never), 'options', 'type'],
  ])('refuses %s', async (_name, run, field, rule) => {
    const error = await refusal(() => run(evs));
    expect([error.field, error.rule]).toEqual([field, rule]);
  });
});

describe('options are read as own data, once', () => {
  const throwing = {
    get signal(): AbortSignal {
      throw new Error('getter exploded');
    },
  };
  const trap = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('trap exploded');
      },
    },
  );

  it.each<[string, (c: EvsClient) => unknown, string]>([
    ['a throwing getter in call options', (c) => c.showSnapshot(snapshotId, throwing as never), 'options'],
    ['a Proxy whose trap throws as call options', (c) => c.deleteSnapshot(snapshotId, trap as never), 'options'],
    [
      'a throwing getter in wait options',
      (c) =>
        c.waitForSnapshot(snapshotId, {
          until: 'deleted',
          ...{},
          get intervalMs(): number {
            throw new Error('boom');
          },
        } as never),
      'options',
    ],
    ['a Proxy as list options', (c) => c.listAllSnapshots({}, trap as never).next(), 'options'],
    ['call options with a prototype', (c) => c.showSnapshot(snapshotId, Object.create({ signal: AbortSignal.timeout(5) }) as never), 'options'],
  ])('refuses %s with EvsValidationError', async (_name, run, field) => {
    const error = await refusal(() => run(evs));
    expect(error.field).toBe(field);
  });

  it('ignores an allowReservedNamePrefix or until inherited from a polluted Object.prototype', async () => {
    const prototype = Object.prototype as Record<string, unknown>;
    let create: Promise<unknown>;
    let wait: Promise<unknown>;
    prototype.allowReservedNamePrefix = true;
    prototype.until = 'deleted';
    try {
      create = evs.createSnapshot({ volume_id: volumeId, name: 'autobk_snapshot_x' }, {});
      wait = evs.waitForSnapshot(snapshotId, {} as never);
    } finally {
      delete prototype.allowReservedNamePrefix;
      delete prototype.until;
    }
    await expect(create).rejects.toMatchObject({ field: 'snapshot.name', rule: 'reservedPrefix' });
    await expect(wait).rejects.toMatchObject({ field: 'options.until', rule: 'enum' });
    expect(server.requests).toEqual([]);
  });

  it('shows no part of a secret passed by mistake as a value', async () => {
    const error = await refusal(() => evs.listSnapshots({ status: token as never }));
    expect(error.field).toBe('query.status');
    expectNoSecret(error, [token]);
  });
});

describe('createEvsClient checks every option at once', () => {
  it('refuses options whose getter throws', () => {
    const options = { ...localOptions(server.url) };
    Object.defineProperty(options, 'timeoutMs', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(() => createEvsClient(options)).toThrow(EvsValidationError);
  });

  function optionError(extra: Record<string, unknown>): EvsValidationError {
    try {
      createEvsClient({ ...localOptions(server.url), ...extra } as EvsClientOptions);
    } catch (error) {
      expect(error).toBeInstanceOf(EvsValidationError);
      expectNoSecret(error, [token]);
      return error as EvsValidationError;
    }
    throw new Error('createEvsClient accepted the options');
  }

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a header name with CR/LF', { headers: { 'X-Trace\r\nX-Evil': 'a' } }, 'headers["X-Trace\\r\\nX-Evil"]', 'format'],
    ['a header name with a space', { headers: { 'X Trace': 'a' } }, 'headers["X Trace"]', 'format'],
    ['an empty header name', { headers: { '': 'a' } }, 'headers[""]', 'format'],
    ['a header value with CR/LF', { headers: { 'X-Trace': 'a\r\nX-Evil: b' } }, 'headers.X-Trace', 'format'],
    ['a header value beyond Latin-1', { headers: { 'X-Trace': 'trace-日本' } }, 'headers.X-Trace', 'format'],
    ['a header value in Latin-1 but not ASCII', { headers: { 'X-Trace': 'café' } }, 'headers.X-Trace', 'format'],
    ['a header value with a trailing space', { headers: { 'X-Trace': 'a ' } }, 'headers.X-Trace', 'format'],
    ['a credential header with a trailing space', { headers: { 'X-Auth-Token ': token } }, 'headers["X-Auth-Token "]', 'credentials'],
    ['a credential header in another case', { headers: { 'x-SECURITY-token': token } }, 'headers.x-SECURITY-token', 'credentials'],
    ['Authorization', { headers: { Authorization: `Bearer ${token}` } }, 'headers.Authorization', 'credentials'],
    ['a header the client manages', { headers: { 'Content-Type': 'text/plain' } }, 'headers.Content-Type', 'reserved'],
    ['the same header twice', { headers: { 'X-Trace': 'a', 'x-trace': 'b' } }, 'headers.x-trace', 'unique'],
    ['headers with a prototype', { headers: new Headers({ 'X-Trace': 'a' }) }, 'headers', 'type'],
    ['a misspelt option', { timeOutMs: 5 }, 'timeOutMs', 'additionalProperties'],
    ['a misspelt retry option', { retry: { retires: 5 } }, 'retry.retires', 'additionalProperties'],
    ['a misspelt auth option', { auth: { token, tokn: 'x' } }, 'auth.tokn', 'additionalProperties'],
    ['a zero response limit', { maxResponseBytes: 0 }, 'maxResponseBytes', 'range'],
    ['retry as an array', { retry: [] }, 'retry', 'type'],
    ['retry as a Date', { retry: new Date() }, 'retry', 'type'],
    [
      'auth as a class instance',
      {
        auth: new (class Credentials {
          token = token;
        })(),
      },
      'auth',
      'type',
    ],
    [
      'a headers getter that throws',
      {
        headers: {
          get 'X-Trace'(): string {
            throw new Error('boom');
          },
        },
      },
      'headers',
      'type',
    ],
    ['an endpoint with an empty query', { endpoint: 'http://127.0.0.1:9/?' }, 'endpoint', 'format'],
    ['an endpoint with an empty fragment', { endpoint: 'http://127.0.0.1:9/#' }, 'endpoint', 'format'],
  ])('refuses %s', (_name, extra, field, rule) => {
    const error = optionError(extra);
    expect([error.operation, error.field, error.rule]).toEqual(['createEvsClient', field, rule]);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  it('sends a checked extra header as given', async () => {
    const traced = createEvsClient(localOptions(server.url, { headers: { 'X-Trace-Id': 'trace 1' } }));
    await traced.showSnapshot(snapshotId);
    expect(server.requests[0]?.headers['x-trace-id']).toBe('trace 1');
  });
});

describe('the raw client stays on the configured endpoint', () => {
  it('refuses a per-request baseUrl on another origin before sending', async () => {
    const error = await refusal(() =>
      evs.raw.GET('/v2/{project_id}/cloudsnapshots/{snapshot_id}', { baseUrl: 'http://127.0.0.1:9', params: { path: { project_id: projectId, snapshot_id: snapshotId } } }),
    );
    expect([error.field, error.rule]).toEqual(['url', 'origin']);
  });
});
