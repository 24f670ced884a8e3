// The disk list: every filter of the spec, paging by offset and by marker with a next link that
// keeps the filters, the spec's sort keys; and the disk operations against generated requests
// (fast-check): never a 5xx, always an answer the spec documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/spec-constants.js';
import { checkResponse } from '../../src/contract/checker.js';
import type { OperationId } from '../../src/contract/scenarios.js';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { volumeQueryBehaviour } from '../../src/emulator/operations/list-volumes.js';
import { SchemaValidator } from '../support/schema-validator.js';
import { projectId, send, violations } from './exchange.js';

const volumes = `/v2/${projectId}/cloudvolumes`;
const zeroDelays = { create: 0, delete: 0, rollback: 0, restore: 0, volumeDelete: 0 };
const ids = ['10000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000003', '40000000-0000-4000-8000-000000000004'];

/** Four seeded disks (oldest first): SSD 10 available, SAS 30 in-use in eu-de-02, SSD 20 error, ESSD 5 available; and one made by a create. */
async function listWorld() {
  const emulator = createEvsEmulator({
    seed: 41,
    delays: zeroDelays,
    volumes: [
      { id: ids[0]!, size: 10 },
      { id: ids[1]!, volumeType: 'SAS', size: 30, status: 'in-use', availabilityZone: 'eu-de-02' },
      { id: ids[2]!, size: 20, status: 'error' },
      { id: ids[3]!, volumeType: 'ESSD', size: 5 },
    ],
  });
  const { job_id: jobId } = (
    await send(emulator, 'POST', volumes, {
      volume: { availability_zone: 'eu-de-01', volume_type: 'GPSSD', size: 15, name: 'made', multiattach: true, metadata: { purpose: 'ci' }, enterprise_project_id: 'ep-1' },
    })
  ).json as { job_id: string };
  const made = ((await send(emulator, 'GET', `/v1/${projectId}/jobs/${jobId}`)).json as { entities: { volume_id: string } }).entities.volume_id;
  return { emulator, made };
}

async function listed(emulator: Awaited<ReturnType<typeof listWorld>>['emulator'], query: string) {
  const answer = await send(emulator, 'GET', `${volumes}/detail${query}`);
  expect(violations('listVolumes', answer), answer.text).toEqual([]);
  const body = answer.json as { count: number; volumes: { id: string }[]; volumes_links?: { href: string; rel: string }[] };
  return { count: body.count, ids: body.volumes.map((volume) => volume.id), links: body.volumes_links };
}

describe('listVolumes', () => {
  it('has a behaviour for exactly the query parameters of the spec, in its order', () => {
    expect(Object.keys(volumeQueryBehaviour)).toEqual(operations.listVolumes.parameters.query.map((parameter) => parameter.name));
  });

  it.each([
    ['nothing: newest first', '', (made: string) => [made, ids[3], ids[2], ids[1], ids[0]]],
    ['status', '?status=available', (made: string) => [made, ids[3], ids[0]]],
    ['availability_zone', '?availability_zone=eu-de-02', () => [ids[1]]],
    ['name', '?name=made', (made: string) => [made]],
    ['multiattach', '?multiattach=true', (made: string) => [made]],
    ['volume_type_id (the type name)', '?volume_type_id=ESSD', () => [ids[3]]],
    ['service_type EVS', '?service_type=EVS&limit=1', (made: string) => [made]],
    ['service_type DSS', '?service_type=DSS', () => []],
    ['server_id (no disk is attached)', `?server_id=${ids[0]}`, () => []],
    ['metadata', `?metadata=${encodeURIComponent('{"purpose":"ci"}')}`, (made: string) => [made]],
    ['not_metadata', `?not_metadata=${encodeURIComponent('{"purpose":"ci"}')}&sort_dir=asc`, () => [ids[0], ids[1], ids[2], ids[3]]],
    ['id', `?id=${ids[2]!.toUpperCase()}`, () => [ids[2]]],
    ['ids, ignoring id and the IDs that are not UUIDs', `?id=${ids[0]}&ids=${encodeURIComponent(`['${ids[1]}','nope','${ids[3]}']`)}`, () => [ids[3], ids[1]]],
    ['dedicated_storage_id', '?dedicated_storage_id=dss-1', () => []],
    ['dedicated_storage_name', '?dedicated_storage_name=dss', () => []],
    ['enterprise_project_id', '?enterprise_project_id=ep-1', (made: string) => [made]],
    ['enterprise_project_id all_granted_eps', '?enterprise_project_id=all_granted_eps&limit=1000', (made: string) => [made, ids[3], ids[2], ids[1], ids[0]]],
    ['sort_key size asc', '?sort_key=size&sort_dir=asc', (made: string) => [ids[3], ids[0], made, ids[2], ids[1]]],
    ['sort_key status, ties newest first', '?sort_key=status', (made: string) => [ids[1], ids[2], made, ids[3], ids[0]]],
  ])('filters or orders by %s', async (_case, query, expected) => {
    const { emulator, made } = await listWorld();
    const page = await listed(emulator, query);
    const want = expected(made);
    expect(page.ids).toEqual(want);
    // count is every match, whatever limit cuts off (service_type EVS is asked with limit=1).
    expect(page.count).toBe(query.endsWith('limit=1') ? 5 : want.length);
  });

  it('pages by limit and marker with a next link that keeps the filters, and by offset', async () => {
    const { emulator, made } = await listWorld();
    const first = await listed(emulator, '?limit=2&status=available');
    expect(first).toEqual({
      count: 3,
      ids: [made, ids[3]],
      links: [{ href: `http://evs.emulator${volumes}/detail?limit=2&status=available&marker=${ids[3]}`, rel: 'next' }],
    });
    const next = new URL(first.links![0]!.href);
    const second = await listed(emulator, next.search);
    expect(second).toEqual({ count: 3, ids: [ids[0]], links: undefined });
    expect((await listed(emulator, '?offset=3')).ids).toEqual([ids[1], ids[0]]);
    expect((await listed(emulator, '?offset=99999999')).ids).toEqual([]);
  });
});

const validator = new SchemaValidator();

describe('the disk operations through fetch, on generated requests', () => {
  it('answers every one with a documented status and body, never a 5xx (1000 cases, seed fixed)', async () => {
    const { emulator, made } = await listWorld();
    const emulatorHuawei = createEvsEmulator({ seed: 42, delays: zeroDelays, cloud: 'huawei' });
    const paths = (id: string): [string, Record<string, OperationId>][] => [
      [`/v2/${projectId}/cloudvolumes`, { POST: 'createVolume' }],
      [`/v2.1/${projectId}/cloudvolumes`, { POST: 'createVolumeV21' }],
      [`/v2/${projectId}/cloudvolumes/detail`, { GET: 'listVolumes' }],
      [`/v2/${projectId}/cloudvolumes/${id}`, { GET: 'showVolume', DELETE: 'deleteVolume' }],
      [`/v2/${projectId}/os-vendor-volumes/${id}`, { GET: 'showVendorVolume' }],
      [`/v1/${projectId}/jobs/${id}`, { GET: 'showJob' }],
      [`/v2/${projectId}/os-quota-sets/${id}`, { GET: 'showQuotas' }],
    ];
    const value = fc.jsonValue({ maxDepth: 3 });
    const volume = fc.dictionary(
      fc.constantFrom(
        'availability_zone',
        'size',
        'volume_type',
        'snapshot_id',
        'imageRef',
        'backup_id',
        'count',
        'name',
        'metadata',
        'tags',
        'multiattach',
        '__proto__',
        'constructor',
      ),
      fc.oneof(value, fc.constantFrom('eu-de-01', 'SSD', 10, 1, 101, 32769, -1, made, { full_clone: '0' }, { 'hw:passthrough': 'x' }, { 'a b': 'c' })),
    );
    const bodies = fc.oneof(
      volume.map((v) => JSON.stringify({ volume: v })),
      fc.record({ volume: volume, bssParam: value, server_id: value }, { requiredKeys: ['volume'] }).map((v) => JSON.stringify(v)),
      value.map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 100 }),
    );
    // Per parameter, mostly values the emulator reads (valid or just off), sometimes any text.
    const plausible: Record<string, readonly string[]> = {
      limit: ['1', '2', '1000', '0', '1001', '1e400', '-0', '99999999999999999999'],
      offset: ['0', '1', '3', '99999999', '-1'],
      marker: [made, '10000000-0000-4000-8000-000000000001', 'x'],
      sort_key: ['id', 'status', 'size', 'created_at', 'name'],
      sort_dir: ['asc', 'desc', 'up'],
      status: ['available', 'error', 'in-use', 'gone'],
      metadata: ['{"purpose":"ci"}', '{"a":1}', '[1]', 'x', '{"__proto__":{"a":"b"}}'],
      not_metadata: ['{"purpose":"ci"}', 'null', '{}'],
      ids: ["['a','b']", `['${made}']`, `${made},${made}`],
      id: [made, 'x'],
      multiattach: ['true', 'false', 'maybe'],
      usage: ['True', 'true', 'yes'],
      name: ['made', 'data-0001'],
      enterprise_project_id: ['0', 'ep-1', 'all_granted_eps'],
      x: ['1'],
    };
    const queries = fc.array(
      fc
        .constantFrom(...Object.keys(plausible))
        .chain((name) => fc.tuple(fc.constant(name), fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...plausible[name]!) }, fc.string({ maxLength: 30 })))),
      { maxLength: 4 },
    );
    const ids = fc.oneof(
      fc.constant(made),
      fc.uuid(),
      fc.stringMatching(/^[0-9a-f]{32}$/),
      fc.string({ maxLength: 40 }).map(encodeURIComponent),
      fc.constantFrom('..', '%2e%2e', '%252F', 'a%2Fb', '%00'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        // Mostly a method of the path, sometimes any.
        fc.oneof({ weight: 4, arbitrary: fc.constant('own') }, fc.constantFrom('GET', 'POST', 'DELETE', 'PUT')),
        fc.nat({ max: 6 }),
        ids,
        queries,
        bodies,
        fc.constantFrom(undefined, '3f2b8c1e-9a4d-4e6f-b7c5-2d1a0e9f8b7c', 'short'),
        async (huawei, drawn, which, id, query, body, clientToken) => {
          const [path, byMethod] = paths(id)[which]!;
          const own = Object.keys(byMethod);
          const method = drawn === 'own' ? own[id.length % own.length]! : drawn;
          const search = new URLSearchParams(query).toString();
          const headers: Record<string, string> = { 'X-Auth-Token': 't', 'Content-Type': 'application/json' };
          if (clientToken) headers['X-Client-Token'] = clientToken;
          const withBody = method === 'POST' || method === 'PUT';
          const response = await (huawei ? emulatorHuawei : emulator).fetch(`http://e${path}${search ? `?${search}` : ''}`, { method, headers, ...(withBody ? { body } : {}) });
          const text = await response.text();
          expect(response.status, text).toBeLessThan(500);
          const operation = byMethod[method];
          const observed = { status: response.status, contentType: response.headers.get('content-type'), body: text };
          if (operation && response.status !== 405) expect(checkResponse(operation, observed)).toEqual([]);
          else if (text !== '') expect(validator.violations(SchemaValidator.component('ErrorResponse'), JSON.parse(text))).toEqual([]);
        },
      ),
      { numRuns: 1000, seed: 20261226 },
    );
  });
});
