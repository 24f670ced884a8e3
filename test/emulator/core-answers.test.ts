// The emulator's own answers, word for word: a path with no operation, a method a path does not
// take, an Accept header it cannot serve, its control paths, the bodies of its faults, the query
// its screen reads, and the log entry of each request.
import { describe, expect, it } from 'vitest';
import { createEvsEmulator, type EvsEmulatorOptions } from '../../src/emulator/index.js';
import { base, manualClock, projectId, token, volumeId } from './fixtures.js';

const headers = { 'X-Auth-Token': token };
const answerOf = async (response: Response) => ({ status: response.status, body: await response.json() });
const origin = 'http://evs.emulator';

describe('answers of the emulator itself', () => {
  it('names the path that has no operation, cut at 200 characters', async () => {
    const path = `/v2/${projectId}/${'x'.repeat(300)}`;
    expect(await answerOf(await createEvsEmulator().fetch(`${origin}${path}`, { headers }))).toEqual({
      status: 404,
      body: {
        itemNotFound: {
          code: 404,
          message: `No operation of the EVS API is at ${path.slice(0, 200)}; the emulator serves /v2/{project_id}/cloudsnapshots, snapshots, cloudvolumes, os-vendor-volumes, os-quota-sets, /v3/{project_id}/snapshots and /v1/{project_id}/jobs.`,
        },
      },
    });
  });

  it('names the method a path does not take, cut at 200 characters, and the ones it does', async () => {
    const path = `/v2/${'p'.repeat(300)}/cloudsnapshots/f9faf7df-fdc1-4093-9ef3-5cba06eef995`;
    const response = await createEvsEmulator().fetch(`${origin}${path}`, { method: 'PATCH', headers });
    expect(response.headers.get('Allow')).toBe('DELETE, GET, PUT');
    expect(await answerOf(response)).toEqual({
      status: 405,
      body: { badMethod: { code: 405, message: `PATCH is not an operation of ${path.slice(0, 200)}; use DELETE or GET or PUT.` } },
    });
  });

  // An Accept that is no list of media ranges never gets here: the screen refuses it with 400.
  it.each([
    ['no Accept', undefined, 200],
    ['an empty Accept', '', 200],
    ['an Accept of blanks', '  ', 200],
    ['application/json', 'application/json', 200],
    ['application/json with parameters', 'application/json; charset=utf-8; q=0.5', 200],
    ['*/*', '*/*', 200],
    ['application/*', 'application/*', 200],
    ['JSON after another type', 'text/html, application/json', 200],
    ['text/html only', 'text/html', 406],
    ['text/* only', 'text/*', 406],
  ])('serves %s (%s) with its status', async (_case, accept, status) => {
    const response = await createEvsEmulator().fetch(`${base}/detail`, { headers: { ...headers, ...(accept === undefined ? {} : { Accept: accept }) } });
    expect(response.status).toBe(status);
    if (status === 406)
      expect(await response.json()).toEqual({
        error: { code: 406, message: `The emulator answers application/json only; the Accept header asks for ${JSON.stringify(accept)}.` },
      });
  });

  it('names its control paths when asked for another', async () => {
    expect(await answerOf(await createEvsEmulator().fetch(`${origin}/__emulator/nothing`, { method: 'POST' }))).toEqual({
      status: 404,
      body: { itemNotFound: { code: 404, message: "The emulator's control paths are POST /__emulator/reset, GET /__emulator/state and PUT /__emulator/state." } },
    });
  });

  it.each<[string, 'throttle' | 'unavailable' | 'error', number, unknown, string | null]>([
    ['throttle', 'throttle', 429, { overLimit: { code: 429, message: 'Too many requests; retry later. (an emulator fault)' } }, '1'],
    ['unavailable', 'unavailable', 503, { serviceUnavailable: { code: 'EVS.5503', message: 'Service unavailable. (an emulator fault)' } }, '1'],
    ['error', 'error', 500, { computeFault: { code: 'EVS.5500', message: 'Internal server error. (an emulator fault)' } }, null],
  ])('answers the %s fault with its documented body', async (_case, kind, status, body, retryAfter) => {
    const response = await createEvsEmulator({ faults: [{ kind, retryAfter: 1 } as never] }).fetch(`${base}/detail`, { headers });
    expect(response.headers.get('Retry-After')).toBe(retryAfter);
    expect(await answerOf(response)).toEqual({ status, body });
  });

  it('screens the query of a fetch: an escape that does not decode is refused', async () => {
    const response = await createEvsEmulator().fetch(`${base}/detail?name=%ZZ`, { headers });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('%ZZ');
  });
});

describe('the log entry of a request', () => {
  it('gives the time taken by the clock, no fault key without a fault, and the same entry to onRequest', async () => {
    const clock = manualClock();
    const seen: unknown[] = [];
    const emulator = createEvsEmulator({ now: clock.now, onRequest: (entry) => seen.push(entry) } as EvsEmulatorOptions);
    await emulator.fetch(`${base}/detail?limit=1`, { headers });
    const [entry] = emulator.log();
    expect(entry).toMatchObject({
      time: clock.now(),
      method: 'GET',
      path: `/v2/${projectId}/cloudsnapshots/detail`,
      query: 'limit=1',
      operation: 'listSnapshots',
      status: 200,
      ms: 0,
    });
    expect(Object.hasOwn(entry ?? {}, 'fault')).toBe(false);
    expect(seen).toEqual([entry]);
  });

  it.each<[string, EvsEmulatorOptions['faults'], string]>([
    ['stall', [{ kind: 'stall', ms: 1 }], 'stall'],
    ['create-error', [{ kind: 'create-error' }], 'create-error'],
  ])('names the %s fault of a create', async (_case, faults, fault) => {
    const emulator = createEvsEmulator({ faults, delays: { create: 0 } });
    const response = await emulator.fetch(base, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ snapshot: { volume_id: volumeId } }),
    });
    await response.body?.cancel();
    expect(emulator.log()[0]?.fault).toBe(fault);
  });

  it('names the delete-error fault of a delete', async () => {
    const emulator = createEvsEmulator({ faults: [{ kind: 'delete-error', operations: ['deleteSnapshot'] }], delays: { create: 0, delete: 0 } });
    const created = await emulator.fetch(base, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ snapshot: { volume_id: volumeId } }),
    });
    const { snapshot } = (await created.json()) as { snapshot: { id: string } };
    await emulator.fetch(`${base}/${snapshot.id}`, { method: 'DELETE', headers });
    expect(emulator.log().map((entry) => entry.fault)).toEqual([undefined, 'delete-error']);
  });
});
