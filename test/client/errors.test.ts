// Every documented error body form, and undocumented ones, become an EvsApiError with what can be read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvsClient, EvsApiError, type EvsClient, EvsNetworkError, EvsResponseError } from '../../src/client/index.js';
import { type LocalServer, startServer } from '../support/local-server.js';
import { localOptions, snapshotId, token, volumeId } from './fixtures.js';

type Reply = { status: number; body: string; headers?: Record<string, string> };
let next: Reply;
let server: LocalServer;
let evs: EvsClient;

beforeAll(async () => {
  server = await startServer((_req, res) => {
    res.writeHead(next.status, { 'Content-Type': 'application/json', ...next.headers });
    res.end(next.body);
  });
  evs = createEvsClient(localOptions(server.url, { retry: false }));
});
afterAll(() => server.close());

async function failure(reply: Reply, call: () => Promise<unknown> = () => evs.createSnapshot({ volume_id: volumeId })): Promise<unknown> {
  next = reply;
  return call().then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('documented error forms', () => {
  it.each([
    ['generic error wrapper', 400, { error: { code: 'EVS.1002', message: 'invalid volume id!' } }, 'EVS.1002', 'error'],
    ['badRequest wrapper', 400, { badRequest: { code: 'EVS.5400', message: 'Malformed request body.' } }, 'EVS.5400', 'badRequest'],
    ['itemNotFound wrapper', 404, { itemNotFound: { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' } }, 'EVS.5404', 'itemNotFound'],
    ['forbidden wrapper', 403, { forbidden: { code: 'EVS.5403', message: 'Policy check failed.' } }, 'EVS.5403', 'forbidden'],
    ['overLimit wrapper', 413, { overLimit: { code: 'EVS.5413', message: 'Insufficient volume quota.' } }, 'EVS.5413', 'overLimit'],
    ['Cinder integer code', 404, { itemNotFound: { code: 404, message: 'Snapshot could not be found.' } }, '404', 'itemNotFound'],
  ])('reads the %s', async (_case, status, body, code, wrapper) => {
    const error = (await failure({ status, body: JSON.stringify(body) })) as EvsApiError;
    expect(error).toBeInstanceOf(EvsApiError);
    expect({ status: error.status, code: error.code, wrapper: error.wrapper, operation: error.operation }).toEqual({ status, code, wrapper, operation: 'createSnapshot' });
    expect(error.message).toContain(Object.values(body)[0]?.message);
    expect(error.bodyExcerpt).toBeUndefined();
  });

  it('reads the gateway flat form with its request id', async () => {
    const error = (await failure({
      status: 401,
      body: JSON.stringify({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: decrypt token fail', request_id: 'b7e3c1' }),
    })) as EvsApiError;
    expect([error.status, error.code, error.wrapper, error.requestId]).toEqual([401, 'APIGW.0301', undefined, 'b7e3c1']);
  });

  it('prefers the X-Request-Id header over the request_id of the body', async () => {
    const body = JSON.stringify({ error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: decrypt token fail', request_id: 'body-7' });
    const error = (await failure({ status: 401, body, headers: { 'X-Request-Id': 'req-42' } }, () => evs.updateSnapshot(snapshotId, { name: 'x' }))) as EvsApiError;
    expect([error.requestId, error.operation]).toEqual(['req-42', 'updateSnapshot']);
    expect(error.message).toBe('updateSnapshot failed with HTTP 401 APIGW.0301: Incorrect IAM authentication information: decrypt token fail (request req-42)');
  });
});

describe('undocumented error bodies', () => {
  it('keeps a truncated excerpt of a non-JSON body', async () => {
    const html = `<html><body>${'Bad Gateway '.repeat(50)}</body></html>`;
    const error = (await failure({ status: 502, body: html, headers: { 'Content-Type': 'text/html' } })) as EvsApiError;
    expect(error).toBeInstanceOf(EvsApiError);
    expect([error.status, error.code]).toEqual([502, undefined]);
    expect(error.bodyExcerpt?.startsWith('<html><body>Bad Gateway')).toBe(true);
    expect(error.bodyExcerpt).toContain(`(${html.length} characters)`);
    expect(error.bodyExcerpt!.length).toBeLessThan(260);
  });

  it('keeps an excerpt of JSON in no documented form', async () => {
    const error = (await failure({ status: 500, body: JSON.stringify({ message: 'boom' }) })) as EvsApiError;
    expect(error.code).toBeUndefined();
    expect(error.bodyExcerpt).toBe('{"message":"boom"}');
  });

  it('says so when the body is empty', async () => {
    const error = (await failure({ status: 503, body: '' })) as EvsApiError;
    expect(error.message).toMatch(/empty body/);
  });
});

describe('unreadable success bodies', () => {
  it('rejects malformed JSON with EvsResponseError', async () => {
    const error = (await failure({ status: 202, body: '{"snapshot": {"id": ' })) as EvsResponseError;
    expect(error).toBeInstanceOf(EvsResponseError);
    expect(error.message).toBe('createSnapshot got HTTP 202 but the body is not valid JSON');
    expect(error.bodyExcerpt).toBe('{"snapshot": {"id": ');
  });

  it('rejects a body without a snapshot', async () => {
    const error = (await failure({ status: 200, body: '{"volume": {}}' }, () => evs.updateSnapshot(snapshotId, {}))) as EvsResponseError;
    expect(error.message).toMatch(/no snapshot object/);
  });

  it('resolves with the snapshot of a faithful answer', async () => {
    next = { status: 202, body: JSON.stringify({ snapshot: { id: snapshotId, status: 'creating' } }) };
    await expect(evs.createSnapshot({ volume_id: volumeId })).resolves.toEqual({ id: snapshotId, status: 'creating' });
  });
});

describe('what is sent', () => {
  it('fills the project into the path and sends the token and JSON body', async () => {
    next = { status: 200, body: JSON.stringify({ snapshot: { id: snapshotId } }) };
    await evs.updateSnapshot(snapshotId, { name: 'snap-002' });
    const request = server.requests.at(-1)!;
    expect([request.method, request.url]).toEqual(['PUT', `/v2/bab7d5c60cd041a0a36f7c4b6e1dd978/cloudsnapshots/${snapshotId}`]);
    expect(request.headers['x-auth-token']).toBe(token);
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(request.body)).toEqual({ snapshot: { name: 'snap-002' } });
  });

  it('sends extra headers given at construction', async () => {
    const traced = createEvsClient(localOptions(server.url, { headers: { 'X-Trace-Id': 't-1' } }));
    next = { status: 202, body: JSON.stringify({ snapshot: { id: snapshotId } }) };
    await traced.createSnapshot({ volume_id: volumeId });
    expect(server.requests.at(-1)!.headers['x-trace-id']).toBe('t-1');
  });

  it('refuses a snapshot id that is not a UUID instead of escaping it into the path', async () => {
    const before = server.requests.length;
    await expect(evs.updateSnapshot('../volumes/x', {})).rejects.toMatchObject({ name: 'EvsValidationError', field: 'snapshot_id', rule: 'format' });
    expect(server.requests.length).toBe(before);
  });
});

describe('an error a middleware throws', () => {
  it.each<[string, (client: EvsClient) => Promise<unknown>]>([
    ['createSnapshot', (client) => client.createSnapshot({ volume_id: volumeId })],
    ['updateSnapshot', (client) => client.updateSnapshot(snapshotId, { name: 'n' })],
    ['showSnapshot', (client) => client.showSnapshot(snapshotId)],
    ['listSnapshots', (client) => client.listSnapshots()],
    ['deleteSnapshot', (client) => client.deleteSnapshot(snapshotId)],
    ['rollbackSnapshot', (client) => client.rollbackSnapshot(snapshotId, { volume_id: volumeId })],
  ])('ends %s as EvsNetworkError, with the middleware error as its cause', async (operation, call) => {
    const client = createEvsClient(localOptions(server.url, { retry: false }));
    const broken = new Error('middleware broke');
    client.raw.use({
      onResponse: () => {
        throw broken;
      },
    });
    next = { status: 200, body: '{}' };
    const error = await call(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsNetworkError);
    expect((error as Error).message).toBe(`${operation} failed after the response arrived: middleware broke`);
    expect((error as Error).cause).toBe(broken);
  });

  it('gives an error a cause only when it has one', async () => {
    const client = createEvsClient(localOptions(server.url, { retry: false }));
    next = { status: 500, body: '{"computeFault":{"code":"EVS.5500","message":"Internal server error."}}' };
    const apiError = await client.showSnapshot(snapshotId).catch((e: unknown) => e);
    expect(apiError).toBeInstanceOf(EvsApiError);
    expect(Object.hasOwn(apiError as object, 'cause')).toBe(false);
    client.raw.use({
      onResponse: () => {
        throw new Error('middleware broke');
      },
    });
    expect(Object.hasOwn((await client.showSnapshot(snapshotId).catch((e: unknown) => e)) as object, 'cause')).toBe(true);
  });

  it('passes it on unwrapped once the caller has aborted', async () => {
    const client = createEvsClient(localOptions(server.url, { retry: false }));
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    client.raw.use({
      onResponse: () => {
        controller.abort(reason);
        throw new Error('middleware broke');
      },
    });
    next = { status: 200, body: '{}' };
    const error = await client.showSnapshot(snapshotId, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(EvsNetworkError);
    expect((error as Error).message).toBe('middleware broke');
  });
});
