// One test per fact of the reference that the description of the OpenStack-compatible snapshot API
// (B1–B6: /v2/{project_id}/snapshots) and of the snapshot metadata calls (C1–C6) encodes, and of their
// /v3 forms, so that an edit which drops or bends one fails by name. Sources: Open Telekom Cloud's pages
// evs_04_3056 (create), evs_04_2096 / 2097 (summary / detailed list), evs_04_3061 (show), evs_04_2095
// (update), evs_04_3057 (delete), evs_04_2099–2104 (metadata), their /v3 twins among the unrecommended
// APIs (evs_04_2093, 3059, 3060, 2098, 3058, 2094, 3062–3067), the error-code appendix, and upstream
// Cinder's API reference and snapshot metadata controller for the PUT-replace decision.
import { describe, expect, it } from 'vitest';
import { at, deref, isObject, type Json, type JsonObject, obj, operationById, responseExample } from '../support/openapi-document.js';
import { SchemaValidator } from '../support/schema-validator.js';

const validator = new SchemaValidator();
const violations = (name: string, value: unknown) => validator.violations(SchemaValidator.component(name), value);
const valid = (name: string, value: unknown): boolean => violations(name, value).length === 0;
const schema = (name: string): JsonObject => obj(`#/components/schemas/${name}`);
const description = (operationId: string): string => String(operationById(operationId).operation.description);

/** The v2 operations of the family, each with its method and path (B1–B6, C1–C6). */
const v2 = {
  createCinderSnapshot: ['post', '/v2/{project_id}/snapshots'],
  listCinderSnapshots: ['get', '/v2/{project_id}/snapshots'],
  listCinderSnapshotsDetail: ['get', '/v2/{project_id}/snapshots/detail'],
  showCinderSnapshot: ['get', '/v2/{project_id}/snapshots/{snapshot_id}'],
  updateCinderSnapshot: ['put', '/v2/{project_id}/snapshots/{snapshot_id}'],
  deleteCinderSnapshot: ['delete', '/v2/{project_id}/snapshots/{snapshot_id}'],
  createSnapshotMetadata: ['post', '/v2/{project_id}/snapshots/{snapshot_id}/metadata'],
  showSnapshotMetadata: ['get', '/v2/{project_id}/snapshots/{snapshot_id}/metadata'],
  updateSnapshotMetadata: ['put', '/v2/{project_id}/snapshots/{snapshot_id}/metadata'],
  showSnapshotMetadataItem: ['get', '/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}'],
  updateSnapshotMetadataItem: ['put', '/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}'],
  deleteSnapshotMetadataItem: ['delete', '/v2/{project_id}/snapshots/{snapshot_id}/metadata/{key}'],
} as const;
type V2Id = keyof typeof v2;
const v2Ids = Object.keys(v2) as V2Id[];

/** The success status of each operation by the reference: create and delete 202, the rest 200 (metadata DELETE too). */
const success: Record<V2Id, string> = {
  createCinderSnapshot: '202',
  listCinderSnapshots: '200',
  listCinderSnapshotsDetail: '200',
  showCinderSnapshot: '200',
  updateCinderSnapshot: '200',
  deleteCinderSnapshot: '202',
  createSnapshotMetadata: '200',
  showSnapshotMetadata: '200',
  updateSnapshotMetadata: '200',
  showSnapshotMetadataItem: '200',
  updateSnapshotMetadataItem: '200',
  deleteSnapshotMetadataItem: '200',
};

const successResponses = (operationId: string): [string, JsonObject][] =>
  Object.entries(obj(`${operationById(operationId).pointer}/responses`))
    .filter(([status]) => status.startsWith('2'))
    .map(([status, response]) => [status, deref(response)]);
const schemaRef = (node: Json | undefined): string => {
  const content = isObject(node) ? node.content : undefined;
  const media = isObject(content) ? content['application/json'] : undefined;
  return isObject(media) && isObject(media.schema) ? String(media.schema.$ref) : '(no JSON body)';
};
const successSchema = (operationId: string): string => schemaRef(successResponses(operationId)[0]?.[1]);
const requestSchema = (operationId: string): string => schemaRef(deref(operationById(operationId).operation.requestBody ?? null));
/** The query parameters (and, apart, the headers other than X-Project-Id) of an operation, in order. */
const parameters = (operationId: string, where: 'query' | 'header'): string[] =>
  (Array.isArray(operationById(operationId).operation.parameters) ? (operationById(operationId).operation.parameters as Json[]) : [])
    .map(deref)
    .filter((parameter) => parameter.in === where && parameter.name !== 'X-Project-Id')
    .map((parameter) => String(parameter.name));
const parameter = (operationId: string, name: string): JsonObject => {
  const found = (operationById(operationId).operation.parameters as Json[]).map(deref).find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${operationId} has no parameter ${name}`);
  return found;
};

const item = {
  id: '2bb856e1-b3d8-4432-a858-09e4ce939389',
  status: 'available',
  name: 'snap-001',
  description: null,
  created_at: '2013-02-25T04:13:17.000000',
  updated_at: null,
  metadata: {},
  volume_id: '5aa119a8-d25b-45a7-8d1b-88e127885635',
  size: 1,
};

describe('operations (B1–B6, C1–C6)', () => {
  it.each(v2Ids)('%s is at its documented method and path', (id) => {
    const { method, path } = operationById(id);
    expect([method, path]).toEqual([...v2[id]]);
  });

  it.each(v2Ids)('%s succeeds with its documented status only (create and delete 202, metadata DELETE 200)', (id) => {
    expect(successResponses(id).map(([status]) => status)).toEqual([success[id]]);
  });

  it.each(['deleteCinderSnapshot', 'deleteSnapshotMetadataItem'])('%s answers with no body', (id) => {
    expect(successResponses(id).map(([, response]) => response.content)).toEqual([undefined]);
  });

  it('the metadata DELETE says why it is 200 and not 202 or 204', () => {
    expect(description('deleteSnapshotMetadataItem')).toMatch(/\*\*`200`\*\*.*not `202` or `204`/s);
  });

  it('create, show and update answer with the snapshot envelope that cloudsnapshots uses (shared, not copied)', () => {
    for (const id of ['createCinderSnapshot', 'showCinderSnapshot', 'updateCinderSnapshot']) expect(successSchema(id), id).toBe('#/components/schemas/SnapshotResponse');
    expect(successSchema('createSnapshot')).toBe('#/components/schemas/SnapshotResponse');
  });

  it('create and update take the request bodies of createSnapshot and updateSnapshot (B1: the same fields as A1)', () => {
    expect(requestSchema('createCinderSnapshot')).toBe(requestSchema('createSnapshot'));
    expect(requestSchema('updateCinderSnapshot')).toBe(requestSchema('updateSnapshot'));
  });

  it('the metadata calls take and answer their own envelopes: {metadata} for the whole, {meta} for one key', () => {
    expect([requestSchema('createSnapshotMetadata'), requestSchema('updateSnapshotMetadata')]).toEqual([
      '#/components/schemas/SnapshotMetadataRequest',
      '#/components/schemas/SnapshotMetadataRequest',
    ]);
    expect(requestSchema('updateSnapshotMetadataItem')).toBe('#/components/schemas/SnapshotMetadataItemRequest');
    for (const id of ['createSnapshotMetadata', 'showSnapshotMetadata', 'updateSnapshotMetadata'])
      expect(successSchema(id), id).toBe('#/components/schemas/SnapshotMetadataResponse');
    for (const id of ['showSnapshotMetadataItem', 'updateSnapshotMetadataItem']) expect(successSchema(id), id).toBe('#/components/schemas/SnapshotMetadataItemResponse');
  });

  it('the metadata key is a required path parameter of the per-key calls', () => {
    const pathItem = obj('#/paths/~1v2~1{project_id}~1snapshots~1{snapshot_id}~1metadata~1{key}');
    const key = (pathItem.parameters as Json[]).map(deref).find((candidate) => candidate.name === 'key');
    expect(key).toMatchObject({ in: 'path', required: true, schema: { type: 'string', minLength: 1 } });
  });

  it('the v2 operations are tagged by family and not deprecated (Open Telekom Cloud recommends them)', () => {
    for (const id of v2Ids) {
      const { operation } = operationById(id);
      expect(operation.tags, id).toEqual([id.includes('Metadata') ? 'SnapshotMetadata' : 'CinderSnapshots']);
      expect(operation.deprecated, id).toBeUndefined();
    }
  });
});

describe('lists (B4, B5)', () => {
  it('the summary list takes marker, offset, limit, name, status and volume_id', () => {
    expect(parameters('listCinderSnapshots', 'query')).toEqual(['marker', 'offset', 'limit', 'name', 'status', 'volume_id']);
  });

  it('the detailed list takes the same and availability_zone', () => {
    expect(parameters('listCinderSnapshotsDetail', 'query')).toEqual(['marker', 'offset', 'limit', 'name', 'status', 'volume_id', 'availability_zone']);
  });

  it('limit is an integer from 1 to 1000, default 1000', () => {
    expect(parameter('listCinderSnapshots', 'limit').schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000, default: 1000 });
  });

  it('marker is a snapshot ID (EVS.1024 refuses one that is not a UUID)', () => {
    expect(parameter('listCinderSnapshots', 'marker').schema).toEqual({ $ref: '#/components/schemas/SnapshotId' });
  });

  it('name is an exact match: its description says there is no fuzzy match', () => {
    expect(String(parameter('listCinderSnapshots', 'name').description)).toMatch(/exactly this name \(no fuzzy match\)/);
  });

  it('the summary list answers CinderSnapshotSummaryList, the detailed list CinderSnapshotList of whole snapshots', () => {
    expect(successSchema('listCinderSnapshots')).toBe('#/components/schemas/CinderSnapshotSummaryList');
    expect(successSchema('listCinderSnapshotsDetail')).toBe('#/components/schemas/CinderSnapshotList');
    expect(at('/properties/snapshots/items/$ref', schema('CinderSnapshotSummaryList'))).toBe('#/components/schemas/CinderSnapshotSummary');
    expect(at('/properties/snapshots/items/$ref', schema('CinderSnapshotList'))).toBe('#/components/schemas/Snapshot');
  });

  it('no count is documented on /v2: only snapshots is required in either list', () => {
    expect(schema('CinderSnapshotSummaryList').required).toEqual(['snapshots']);
    expect(schema('CinderSnapshotList').required).toEqual(['snapshots']);
    expect(valid('CinderSnapshotSummaryList', { snapshots: [item] })).toBe(true);
    expect(description('listCinderSnapshots')).toMatch(/no documented `count`/);
  });

  it('a summary item is valid with the nine fields of the page (no os-extended-snapshot-attributes:*)', () => {
    expect(valid('CinderSnapshotSummary', item)).toBe(true);
    expect(Object.keys(responseExample('listCinderSnapshots', '200', 'reference').snapshots as JsonObject[])).not.toHaveLength(0);
    for (const summary of responseExample('listCinderSnapshots', '200', 'reference').snapshots as JsonObject[])
      expect(Object.keys(summary).filter((key) => key.startsWith('os-extended-snapshot-attributes:'))).toEqual([]);
  });

  it('a detailed item carries both os-extended-snapshot-attributes fields in the reference example', () => {
    for (const detailed of responseExample('listCinderSnapshotsDetail', '200', 'reference').snapshots as JsonObject[])
      expect(Object.keys(detailed)).toEqual(expect.arrayContaining(['os-extended-snapshot-attributes:progress', 'os-extended-snapshot-attributes:project_id']));
  });

  it.each(['CinderSnapshotSummaryList', 'CinderSnapshotList'])('%s: snapshots_links may be null (the summary example sends null), a list of links, or left out', (name) => {
    expect(valid(name, { snapshots: [], snapshots_links: null })).toBe(true);
    expect(valid(name, { snapshots: [], snapshots_links: [{ href: 'https://evs.eu-de.otc.t-systems.com/v2/p/snapshots?limit=1&marker=m', rel: 'next' }] })).toBe(true);
    expect(valid(name, { snapshots: [] })).toBe(true);
    // A link without its href cannot be followed.
    expect(valid(name, { snapshots: [], snapshots_links: [{ rel: 'next' }] })).toBe(false);
  });
});

describe('the /v3 forms (unrecommended)', () => {
  it.each(v2Ids)('%sV3 is the same operation under /v3, deprecated, tagged CinderV3, with the same bodies and statuses', (id) => {
    const twin = operationById(`${id}V3`);
    const [method, path] = v2[id];
    expect([twin.method, twin.path]).toEqual([method, path.replace('/v2/', '/v3/')]);
    expect(twin.operation.deprecated).toBe(true);
    expect(twin.operation.tags).toEqual(['CinderV3']);
    expect(successResponses(`${id}V3`).map(([status]) => status)).toEqual([success[id]]);
    // The same components, referenced, not copied.
    expect(Object.entries(obj(`${twin.pointer}/responses`)).filter(([status]) => status.startsWith('2'))).toEqual(
      Object.entries(obj(`${operationById(id).pointer}/responses`)).filter(([status]) => status.startsWith('2')),
    );
    expect(twin.operation.requestBody).toEqual(operationById(id).operation.requestBody);
  });

  it('the v3 summary list adds sort_dir, sort_key, the ~ filters and with_count, and the OpenStack-API-Version header', () => {
    expect(parameters('listCinderSnapshotsV3', 'query')).toEqual([
      'marker',
      'offset',
      'limit',
      'name',
      'status',
      'volume_id',
      'sort_dir',
      'sort_key',
      'name~',
      'status~',
      'volume_id~',
      'with_count',
    ]);
    expect(parameters('listCinderSnapshotsV3', 'header')).toEqual(['OpenStack-API-Version']);
  });

  it('the v3 detailed list adds sort_dir and the header, and has no availability_zone', () => {
    expect(parameters('listCinderSnapshotsDetailV3', 'query')).toEqual(['marker', 'offset', 'limit', 'name', 'status', 'volume_id', 'sort_dir']);
    expect(parameters('listCinderSnapshotsDetailV3', 'header')).toEqual(['OpenStack-API-Version']);
    expect(description('listCinderSnapshotsDetailV3')).toMatch(/does not list\s+`availability_zone`/);
  });

  it('no other v3 operation declares the microversion header', () => {
    for (const id of v2Ids.filter((candidate) => !candidate.startsWith('list'))) expect(parameters(`${id}V3`, 'header'), id).toEqual([]);
  });

  it('sort_dir is desc (the default) or asc', () => {
    expect(parameter('listCinderSnapshotsV3', 'sort_dir').schema).toEqual({ type: 'string', enum: ['desc', 'asc'], default: 'desc' });
  });

  it.each([
    ['sort_key', '3.30'],
    ['name~', '3.31'],
    ['status~', '3.31'],
    ['volume_id~', '3.31'],
    ['with_count', '3.45'],
  ])('%s names the microversion it needs, %s', (name, version) => {
    expect(String(parameter('listCinderSnapshotsV3', name).description)).toContain(`microversion ${version}`);
  });

  it('with_count is a boolean', () => {
    expect(parameter('listCinderSnapshotsV3', 'with_count').schema).toEqual({ type: 'boolean' });
  });

  it('the microversion header is volume 3.<n>, 3.0 when left out, at most 3.50', () => {
    const header = parameter('listCinderSnapshotsV3', 'OpenStack-API-Version');
    expect(header).toMatchObject({ in: 'header', required: false });
    expect(String(header.description)).toMatch(/`volume 3\.<n>`: `3\.0` when the header is left out,\s+at most `3\.50`/);
  });

  it('count is an optional non-negative integer of both lists (documented on /v3 only)', () => {
    for (const name of ['CinderSnapshotSummaryList', 'CinderSnapshotList']) {
      expect(at('/properties/count', schema(name)), name).toMatchObject({ type: 'integer', minimum: 0 });
      expect(valid(name, { snapshots: [], count: 4 }), name).toBe(true);
      expect(valid(name, { snapshots: [], count: -1 }), name).toBe(false);
    }
  });

  it('user_id is an optional string of a snapshot (a reserved field of the /v3 show and detailed list)', () => {
    expect(at('/properties/user_id', schema('Snapshot'))).toMatchObject({ type: 'string' });
    expect(schema('Snapshot').required).not.toContain('user_id');
    expect(valid('Snapshot', { ...item, user_id: '48d70679b8644035846b2cb53633c256' })).toBe(true);
  });
});

describe('metadata (C1–C6)', () => {
  it('an add or replace body requires metadata, a map of string values', () => {
    expect(valid('SnapshotMetadataRequest', { metadata: { key1: 'value1', key2: 'value2' } })).toBe(true);
    expect(violations('SnapshotMetadataRequest', {}).map((violation) => [violation.pointer, violation.rule])).toEqual([['/metadata', 'required']]);
    expect(violations('SnapshotMetadataRequest', { metadata: { key1: 1 } }).map((violation) => violation.rule)).toContain('type');
  });

  it('a per-key body requires meta with exactly one string item', () => {
    expect(valid('SnapshotMetadataItemRequest', { meta: { key1: 'value1' } })).toBe(true);
    expect(valid('SnapshotMetadataItemRequest', {})).toBe(false);
    expect(valid('SnapshotMetadataItemRequest', { meta: {} })).toBe(false);
    expect(valid('SnapshotMetadataItemRequest', { meta: { key1: 'value1', key2: 'value2' } })).toBe(false);
    expect(valid('SnapshotMetadataItemRequest', { meta: { key1: 1 } })).toBe(false);
  });

  it('no written key may begin with __system__ (this description reading EVS.2047), but answers may carry them (C2)', () => {
    expect(valid('SnapshotMetadataRequest', { metadata: { __system__enableActive: 'true' } })).toBe(false);
    expect(valid('SnapshotMetadataItemRequest', { meta: { __system__enableActive: 'true' } })).toBe(false);
    expect(valid('SnapshotMetadataResponse', { metadata: { __system__enableActive: 'true', key1: 'value1' } })).toBe(true);
    expect(valid('SnapshotMetadataItemResponse', { meta: { __system__enableActive: 'true' } })).toBe(true);
    expect(String(schema('SnapshotMetadataInput').description)).toMatch(/this description's reading/);
  });

  it('metadata stays under 1,048,576 bytes of JSON (EVS.1005)', () => {
    expect(schema('SnapshotMetadata')['x-maxJsonBytes']).toBe(1_048_575);
    expect(at('/x-refusal/x-maxJsonBytes/code', schema('SnapshotMetadata'))).toBe('EVS.1005');
  });

  it.each(['createSnapshotMetadata', 'updateSnapshotMetadata', 'updateSnapshotMetadataItem', 'deleteSnapshotMetadataItem'])(
    '%s names the two metadata refusals, EVS.2047 (400) and EVS.5403 (403)',
    (id) => {
      expect(description(id)).toMatch(/`EVS\.2047` \(400, "the metadata Param is\s+not allowed to be updated!"\) and `EVS\.5403` \(403, "metadata can not be operated\."\)/);
    },
  );

  it('the Errors table lists EVS.2047 and EVS.5403 with their messages', () => {
    const errors = String((obj('#').tags as JsonObject[]).find((tag) => tag.name === 'Errors')?.description);
    expect(errors).toMatch(/\| 400 \| `EVS\.2047` \| the metadata Param is not allowed to be updated! \|/);
    expect(errors).toMatch(/\| 403 \| `EVS\.5403` \| Policy check failed\. \(also: metadata can not be operated\.\) \|/);
  });

  it('POST merges: keys not in the request keep their values', () => {
    expect(description('createSnapshotMetadata')).toMatch(/keys that are not in the request keep their values/);
  });

  it('PUT on the metadata replaces all of it, and the description gives the decision with its three sources', () => {
    const text = description('updateSnapshotMetadata');
    expect(text).toMatch(/\*\*keys that are not in the request\s+are deleted\*\*/);
    // Open Telekom Cloud's pages (silent), Cinder's API reference since commit 4339f17, Cinder's update_all with delete=True.
    expect(text).toMatch(/evs_04_2102/);
    expect(text).toMatch(/evs_04_3065/);
    expect(text).toMatch(/commit 4339f17/);
    expect(text).toMatch(/`SnapshotMetadataController\.update_all`\) passes `delete=True`/);
    expect(text).toMatch(/So this description states the replace\./);
  });

  it('the per-key PUT says the body key must be the path key (EVS.5400 Request body and URI mismatch)', () => {
    expect(description('updateSnapshotMetadataItem')).toMatch(/`400` `EVS\.5400` \("Request body and URI mismatch\."\)/);
    expect(String(schema('SnapshotMetadataItemRequest').description)).toMatch(/JSON Schema\s+cannot state/);
  });
});
