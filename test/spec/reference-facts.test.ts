// One test per fact of the reference pages that the description encodes, so that an edit
// which drops or bends one fails by name. Sources: shared reference pages evs_04_2016 (create),
// evs_04_2018 (update), evs_04_0041 (statuses), the status-code and error-code appendices.
import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { at, deref, document, isObject, type Json, type JsonObject, obj, operationById, operations } from '../support/openapi-document.js';
import { SchemaValidator } from '../support/schema-validator.js';

const validator = new SchemaValidator();
const schema = (name: string): JsonObject => obj(`#/components/schemas/${name}`);
const valid = (name: string, value: unknown): boolean => validator.violations(SchemaValidator.component(name), value).length === 0;
const property = (schemaName: string, name: string): JsonObject => {
  const properties = schema(schemaName).properties;
  if (!isObject(properties) || !isObject(properties[name])) throw new Error(`${schemaName} has no property ${name}`);
  return properties[name];
};
const text = (node: Json | undefined): string => (isObject(node) && typeof node.description === 'string' ? node.description : '');

const create = operationById('createSnapshot');
const update = operationById('updateSnapshot');
const requestSchemaName = (op: JsonObject): string => {
  const content = deref(op.requestBody ?? null).content;
  const ref = isObject(content) && isObject(content['application/json']) && isObject(content['application/json'].schema) ? content['application/json'].schema.$ref : undefined;
  return String(ref).replace('#/components/schemas/', '');
};

const documentedErrorStatuses = ['400', '401', '403', '404', '405', '406', '407', '408', '409', '413', '415', '429', '500', '501', '502', '503', '504'];
/** Not in the reference: what front servers (and this project's mock and emulator) answer for oversized requests. */
const frontServerStatuses = ['414', '431'];
const statuses = ['creating', 'available', 'error', 'deleting', 'error_deleting', 'rollbacking', 'backing-up'];
const snapshot = {
  status: 'creating',
  description: 'Daily backup',
  created_at: '2013-02-25T03:56:53.081642',
  metadata: {},
  volume_id: '5aa119a8-d25b-45a7-8d1b-88e127885635',
  size: 1,
  id: 'ffa9bc5e-1172-4021-acaf-cdcd78a9584d',
  name: 'snap-001',
  updated_at: '2013-02-25T03:56:53.081642',
};

describe('operations', () => {
  it('create is POST /v2/{project_id}/cloudsnapshots', () => {
    expect([create.method, create.path]).toEqual(['post', '/v2/{project_id}/cloudsnapshots']);
  });
  it('update is PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}', () => {
    expect([update.method, update.path]).toEqual(['put', '/v2/{project_id}/cloudsnapshots/{snapshot_id}']);
  });
  it('create succeeds with 202 only', () => {
    expect(Object.keys(obj(`${create.pointer}/responses`)).filter((s) => s.startsWith('2'))).toEqual(['202']);
  });
  it('update succeeds with 200 only', () => {
    expect(Object.keys(obj(`${update.pointer}/responses`)).filter((s) => s.startsWith('2'))).toEqual(['200']);
  });
  it.each([create, update].map((op) => [op.operation.operationId, op] as const))('%s answers with the snapshot envelope', (_id, op) => {
    const ok = Object.entries(obj(`${op.pointer}/responses`)).find(([s]) => s.startsWith('2'))?.[1];
    expect(at('/content/application~1json/schema/$ref', deref(ok ?? null))).toBe('#/components/schemas/SnapshotResponse');
  });
  it.each(operations().map((op) => [String(op.operation.operationId), op] as const))(
    '%s declares every error status of the status-code table (and 429 from Huawei Cloud, 414 and 431 from front servers)',
    (_id, op) => {
      expect(
        Object.keys(obj(`${op.pointer}/responses`))
          .filter((s) => !s.startsWith('2'))
          .sort(),
      ).toEqual([...documentedErrorStatuses, ...frontServerStatuses].sort());
    },
  );
  it.each(frontServerStatuses)('the %s response says the reference does not document it', (status) => {
    expect(String(deref(at(`${create.pointer}/responses/${status}`)).description)).toMatch(/Not in the reference's status-code table/);
  });
  it.each([...documentedErrorStatuses, ...frontServerStatuses])('the %s response has an example whose code fits the status', (status) => {
    const examples = at('/content/application~1json/examples', deref(at(`${create.pointer}/responses/${status}`))) as JsonObject;
    const values = Object.values(examples).map((example) => (example as JsonObject).value as JsonObject);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const detail = Object.values(value)[0] as JsonObject;
      const code = 'error_code' in value ? value.error_code : detail.code;
      // Integer codes are HTTP statuses (the Cinder form); EVS codes end in the status or are listed for it.
      if (typeof code === 'number') expect(String(code)).toBe(status);
      else expect(String(deref(at(`${create.pointer}/responses/${status}`)).description)).toContain(`\`${String(code)}\``);
    }
  });
  it('a snapshot ID in the path is a UUID, so it cannot leave its path segment', () => {
    const params = (at('/parameters', obj(`#/paths/~1v2~1{project_id}~1cloudsnapshots~1{snapshot_id}`)) as Json[]).map(deref);
    const schemaOf = deref(params.find((p) => p.name === 'snapshot_id')?.schema ?? null);
    for (const id of ['..', '.', 'detail', '%2F', 'urn:uuid:f9faf7df-fdc1-4093-9ef3-5cba06eef995', 'f9faf7df-fdc1-4093-9ef3-5cba06eef99'])
      expect(validator.violations(schemaOf, id), id).not.toEqual([]);
    expect(validator.violations(schemaOf, 'f9faf7df-fdc1-4093-9ef3-5cba06eef995')).toEqual([]);
    expect(validator.violations(schemaOf, 'F9FAF7DF-FDC1-4093-9EF3-5CBA06EEF995')).toEqual([]);
  });
  it.each(operations().map((op) => [String(op.operation.operationId), op] as const))('%s has the project_id path parameter and the optional X-Project-Id header', (_id, op) => {
    const pathItem = obj(`#/paths/${op.path.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    const params = [...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []), ...(Array.isArray(op.operation.parameters) ? op.operation.parameters : [])].map(deref);
    expect(params.find((p) => p.name === 'project_id')).toMatchObject({ in: 'path', required: true });
    expect(params.find((p) => p.name === 'X-Project-Id')).toMatchObject({ in: 'header', required: false });
  });
  it('update takes snapshot_id in the path', () => {
    const params = (at('/parameters', obj(`#/paths/~1v2~1{project_id}~1cloudsnapshots~1{snapshot_id}`)) as Json[]).map(deref);
    expect(params.find((p) => p.name === 'snapshot_id')).toMatchObject({ in: 'path', required: true });
  });
});

describe('create request (evs_04_2016)', () => {
  it('the body and its snapshot object are required', () => {
    expect(deref(create.operation.requestBody ?? null).required).toBe(true);
    expect(schema(requestSchemaName(create.operation)).required).toEqual(['snapshot']);
  });
  it('has exactly the fields volume_id, force, metadata, description, name', () => {
    expect(Object.keys(schema('CreateSnapshotOption').properties as JsonObject).sort()).toEqual(['description', 'force', 'metadata', 'name', 'volume_id']);
  });
  it('only volume_id is mandatory', () => {
    expect(schema('CreateSnapshotOption').required).toEqual(['volume_id']);
    expect(valid('CreateSnapshotRequest', { snapshot: {} })).toBe(false);
    expect(valid('CreateSnapshotRequest', { snapshot: { volume_id: snapshot.volume_id } })).toBe(true);
  });
  it('force is a boolean defaulting to false, explained for disks in the attaching state', () => {
    const force = property('CreateSnapshotOption', 'force');
    expect(force).toMatchObject({ type: 'boolean', default: false });
    expect(text(force)).toMatch(/attaching/);
  });
  it('metadata is a map of strings', () => {
    expect(valid('SnapshotMetadata', { key1: 'value1' })).toBe(true);
    expect(valid('SnapshotMetadata', { key1: 1 })).toBe(false);
    expect(valid('SnapshotMetadata', { key1: { nested: 'x' } })).toBe(false);
  });
  it('description may be null on create', () => {
    expect(valid('CreateSnapshotRequest', { snapshot: { volume_id: snapshot.volume_id, description: null } })).toBe(true);
  });
  it.each(['SnapshotName', 'SnapshotDescription'])('%s is limited to 255 (characters in the schema, UTF-8 bytes in the description)', (name) => {
    expect(schema(name).maxLength).toBe(255);
    expect(text(schema(name))).toMatch(/\*\*255 bytes\*\*/);
    expect(text(schema(name))).toMatch(/UTF-8/);
    expect(valid(name, 'a'.repeat(255))).toBe(true);
    expect(valid(name, 'a'.repeat(256))).toBe(false);
  });
  it('the name warns against the autobk_snapshot_ prefix', () => {
    expect(text(schema('SnapshotName'))).toMatch(/autobk_snapshot_/);
    expect(text(create.operation)).toMatch(/autobk_snapshot_/);
  });
  it('field types are enforced', () => {
    expect(valid('CreateSnapshotRequest', { snapshot: { volume_id: snapshot.volume_id, force: 'true' } })).toBe(false);
    expect(valid('CreateSnapshotRequest', { snapshot: { volume_id: 42 } })).toBe(false);
    expect(valid('CreateSnapshotRequest', { snapshot: { volume_id: snapshot.volume_id, name: 7 } })).toBe(false);
  });
  it('the reference request example is kept verbatim', () => {
    expect(at(`${create.pointer}/requestBody/content/application~1json/examples/reference/value`)).toEqual({
      snapshot: { name: 'snap-001', description: 'Daily backup', volume_id: '5aa119a8-d25b-45a7-8d1b-88e127885635', force: false, metadata: {} },
    });
  });
});

describe('update request (evs_04_2018)', () => {
  it('the snapshot object is required, its fields name and description optional', () => {
    expect(schema(requestSchemaName(update.operation)).required).toEqual(['snapshot']);
    expect(Object.keys(schema('UpdateSnapshotOption').properties as JsonObject).sort()).toEqual(['description', 'name']);
    expect(schema('UpdateSnapshotOption').required).toBeUndefined();
  });
  it('name and description reuse the 255-byte limits', () => {
    expect(at('#/components/schemas/UpdateSnapshotOption/properties/name/$ref')).toBe('#/components/schemas/SnapshotName');
    expect(at('#/components/schemas/UpdateSnapshotOption/properties/description/$ref')).toBe('#/components/schemas/SnapshotDescription');
  });
  it('the update page does not allow a null description', () => {
    expect(valid('UpdateSnapshotRequest', { snapshot: { description: null } })).toBe(false);
  });
  it('the update text says autobk_snapshot_ snapshots cannot be operated on', () => {
    expect(text(update.operation)).toMatch(/autobk_snapshot_/);
  });
  it('the reference request example is kept verbatim', () => {
    expect(at(`${update.pointer}/requestBody/content/application~1json/examples/reference/value`)).toEqual({
      snapshot: { name: 'snap-001', description: 'Daily backup' },
    });
  });
});

describe('snapshot object', () => {
  it.each([
    ['id', 'string'],
    ['status', 'string'],
    ['created_at', 'string'],
    ['volume_id', 'string'],
    ['size', 'integer'],
    ['os-extended-snapshot-attributes:progress', 'string'],
    ['os-extended-snapshot-attributes:project_id', 'string'],
  ])('%s is a %s', (name, type) => {
    const prop = property('Snapshot', name);
    expect(prop.type ?? deref(prop).type).toBe(type);
  });
  it.each(['name', 'description'])('%s is a string or null', (name) => {
    expect(property('Snapshot', name).type).toEqual(['string', 'null']);
  });
  it('metadata is the map of strings', () => {
    expect(property('Snapshot', 'metadata').$ref).toBe('#/components/schemas/SnapshotMetadata');
  });
  it('requires id, status, created_at, volume_id and size', () => {
    expect(schema('Snapshot').required).toEqual(['id', 'status', 'created_at', 'volume_id', 'size']);
  });
  it('the reference create response example validates and keeps its values, with the snapshot ID of the example story', () => {
    expect(at(`${create.pointer}/responses/202/content/application~1json/examples/reference/value`)).toEqual({
      snapshot: { ...snapshot, id: 'f9faf7df-fdc1-4093-9ef3-5cba06eef995' },
    });
    expect(valid('SnapshotResponse', { snapshot })).toBe(true);
  });
  it('the reference update response example is available with its own id', () => {
    expect(at(`${update.pointer}/responses/200/content/application~1json/examples/reference/value`)).toEqual({
      snapshot: { ...snapshot, status: 'available', id: 'f9faf7df-fdc1-4093-9ef3-5cba06eef995' },
    });
  });
  it('updated_at may be null', () => {
    expect(valid('Snapshot', { ...snapshot, updated_at: null })).toBe(true);
  });
  it('a size that is not an integer is rejected', () => {
    expect(valid('Snapshot', { ...snapshot, size: '1' })).toBe(false);
    expect(valid('Snapshot', { ...snapshot, size: 1.5 })).toBe(false);
  });
  it('unknown fields the service may add are accepted', () => {
    expect(valid('Snapshot', { ...snapshot, service_type: 'EVS' })).toBe(true);
  });
});

describe('timestamps', () => {
  it.each(['2013-02-25T03:56:53.081642', '2013-02-25t04:13:17.000000'])('accepts %s as the service writes it', (value) => {
    expect(valid('SnapshotTimestamp', value)).toBe(true);
  });
  it.each(['2013-02-25T03:56:53.081642Z', '2013-02-25 03:56:53', '25/02/2013', ''])('rejects %j', (value) => {
    expect(valid('SnapshotTimestamp', value)).toBe(false);
  });
  it('declares no RFC 3339 format, which would reject real values', () => {
    expect(schema('SnapshotTimestamp').format).toBeUndefined();
  });
});

describe('snapshot status (evs_04_0041)', () => {
  it('has exactly the seven documented values', () => {
    expect(schema('SnapshotStatus').enum).toEqual(statuses);
  });
  // What each status means on the reference page, as the facts a description must state.
  const meanings: [string, RegExp[]][] = [
    ['creating', [/\bbeing created\b/]],
    ['available', [/\bcreated successfully\b/]],
    ['error', [/^Creating the snapshot failed/]],
    ['deleting', [/\bbeing deleted\b/]],
    ['error_deleting', [/^Deleting the snapshot failed/]],
    ['rollbacking', [/\brolled back\b/, /\bsource disk\b/, /`available` or `error_rollbacking`/]],
    ['backing-up', [/\bbackup\b/, /native OpenStack API/, /\bVBS\b/]],
  ];
  it.each(meanings)('documents what %s means, as the reference page says', (status, facts) => {
    const descriptions = schema('SnapshotStatus')['x-enumDescriptions'];
    const text = isObject(descriptions) ? String(descriptions[status]) : '';
    for (const fact of facts) expect(text).toMatch(fact);
  });
  it('gives a meaning for exactly the seven statuses', () => {
    expect(Object.keys(schema('SnapshotStatus')['x-enumDescriptions'] as object)).toEqual(statuses);
    expect(meanings.map(([status]) => status)).toEqual(statuses);
  });
  it('gives both readings of backing-up, where the English and Chinese pages disagree', () => {
    const backingUp = String(at('#/components/schemas/SnapshotStatus/x-enumDescriptions/backing-up'));
    expect(backingUp).toMatch(/English:.*VBS/s);
    expect(backingUp).toMatch(/Chinese:.*CBR/s);
  });
  it('notes rollback only to the source disk, in state available or error_rollbacking', () => {
    const rollbacking = at('#/components/schemas/SnapshotStatus/x-enumDescriptions/rollbacking');
    expect(rollbacking).toMatch(/source disk/);
    expect(rollbacking).toMatch(/error_rollbacking/);
  });
  it('rejects an unknown status', () => {
    expect(valid('Snapshot', { ...snapshot, status: 'in-use' })).toBe(false);
  });
});

describe('errors', () => {
  const detail = { code: 'EVS.5404', message: 'Resource(Volume, Snapshot, Backup .etc) cound not be found.' };
  it.each(['error', 'badRequest', 'unauthorized', 'forbidden', 'itemNotFound', 'overLimit', 'computeFault', 'serviceUnavailable'])('accepts the %s wrapper', (wrapper) =>
    expect(valid('ErrorResponse', { [wrapper]: detail })).toBe(true),
  );
  it('accepts the gateway flat form', () => {
    expect(valid('ErrorResponse', { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: decrypt token fail', request_id: 'abc' })).toBe(true);
  });
  it('accepts an integer code as upstream Cinder sends it', () => {
    expect(valid('ErrorResponse', { itemNotFound: { code: 404, message: 'not found' } })).toBe(true);
  });
  it.each([
    ['a bare message', { message: 'boom' }],
    ['a wrapper without message', { error: { code: 'EVS.5400' } }],
    ['two wrapper keys', { error: detail, badRequest: detail }],
    ['a flat body without error_msg', { error_code: 'APIGW.0301' }],
    ['an empty object', {}],
  ])('rejects %s', (_name, body) => expect(valid('ErrorResponse', body)).toBe(false));

  const errorsTag = (document.tags as JsonObject[]).find((t) => t.name === 'Errors');
  const rows = [...String(errorsTag?.description).matchAll(/^\| (\d{3}) \| `([A-Za-z]+\.\d{4})` \|.*\| ([^|]+) \|$/gm)];
  const table = rows.map((m) => [m[1], m[2]] as const);
  it('parses the whole code table', () => expect(table.length).toBeGreaterThanOrEqual(40));
  it.each([
    ['400', 'EVS.5400'],
    ['400', 'EVS.1002'],
    ['400', 'EVS.2045'],
    ['400', 'EVS.1005'],
    ['400', 'Common.0018'],
    ['401', 'EVS.5401'],
    ['401', 'APIGW.0301'],
    ['403', 'EVS.5403'],
    ['404', 'EVS.5404'],
    ['413', 'EVS.5413'],
    ['500', 'EVS.5500'],
    ['500', 'EVS.2019'],
    ['503', 'EVS.5503'],
    ['400', 'EVS.1047'],
  ])('the code table lists %s %s', (status, code) => {
    expect(table).toContainEqual([status, code]);
  });
  // Upstream Cinder's fault names (cinder/api/openstack/wsgi.py), which the descriptions repeat.
  const cinderWrappers: Record<string, string> = {
    '400': 'badRequest',
    '401': 'unauthorized',
    '403': 'forbidden',
    '404': 'itemNotFound',
    '405': 'badMethod',
    '409': 'conflictingRequest',
    '413': 'overLimit',
    '415': 'badMediaType',
    '501': 'notImplemented',
    '503': 'serviceUnavailable',
  };
  it.each(documentedErrorStatuses)('every operation documents %s with its reason phrase, Cinder wrapper and every code the table gives for it', (status) => {
    const codes = table.filter(([s]) => s === status).map(([, code]) => code);
    for (const op of operations()) {
      const response = deref(at(`${op.pointer}/responses/${status}`));
      const description = String(response.description);
      expect(description.startsWith(`**${status} ${STATUS_CODES[status]}.**`), `${op.pointer} ${status}: ${description.slice(0, 60)}`).toBe(true);
      if (cinderWrappers[status]) expect(description).toMatch(new RegExp(`wraps this status as\\s+\`${cinderWrappers[status]}\``));
      for (const code of codes) expect(description, `${op.pointer} ${status}`).toContain(`\`${code}\``);
      expect(at('/content/application~1json/schema/$ref', response)).toBe('#/components/schemas/ErrorResponse');
    }
  });
});

describe('auth and servers', () => {
  it('X-Auth-Token, or else an AK/SK signature, is required by every operation', () => {
    expect(obj('#/components/securitySchemes/XAuthToken')).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Auth-Token' });
    expect(obj('#/components/securitySchemes/AkSkSignature')).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    expect(text(obj('#/components/securitySchemes/AkSkSignature'))).toMatch(/SDK-HMAC-SHA256/);
    expect(document.security).toEqual([{ XAuthToken: [] }, { AkSkSignature: [] }]);
    for (const op of operations()) expect(op.operation.security).toBeUndefined();
  });
  it('lists the Open Telekom Cloud regional endpoints', () => {
    const urls = (document.servers as JsonObject[]).map((s) => s.url);
    expect(urls).toContain('https://evs.eu-de.otc.t-systems.com');
    expect(urls).toContain('https://evs.eu-nl.otc.t-systems.com');
  });
  it('offers the Huawei Cloud template with its regions as an enum', () => {
    const huawei = (document.servers as JsonObject[]).find((s) => s.url === 'https://evs.{region}.myhuaweicloud.com');
    const region = at('/variables/region', huawei ?? null) as JsonObject;
    expect(region.enum).toHaveLength(34);
    expect(region.enum).toEqual(expect.arrayContaining(['eu-west-101', 'eu-west-0', 'cn-north-4', 'ap-southeast-1', 'my-kualalumpur-1']));
    expect(region.enum).toContain(region.default);
  });
});

describe('the rest of the lifecycle (evs_04_2017, evs_04_2019, evs_04_2020, evs_04_2021)', () => {
  const show = operationById('showSnapshot');
  const list = operationById('listSnapshots');
  const remove = operationById('deleteSnapshot');
  const rollback = operationById('rollbackSnapshot');
  const successOf = (op: typeof show) => Object.keys(obj(`${op.pointer}/responses`)).filter((s) => s.startsWith('2'));
  const queryParameter = (name: string): JsonObject => {
    const found = (list.operation.parameters as Json[]).map(deref).find((p) => p.name === name && p.in === 'query');
    if (!found) throw new Error(`list has no query parameter ${name}`);
    return found;
  };

  it.each([
    [show, 'get', '/v2/{project_id}/cloudsnapshots/{snapshot_id}', '200'],
    [list, 'get', '/v2/{project_id}/cloudsnapshots/detail', '200'],
    [remove, 'delete', '/v2/{project_id}/cloudsnapshots/{snapshot_id}', '202'],
    [rollback, 'post', '/v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback', '202'],
  ] as const)('%#: method, path and success status', (op, method, path, status) => {
    expect([op.method, op.path, successOf(op)]).toEqual([method, path, [status]]);
  });

  it('show answers with the snapshot envelope', () => {
    expect(at(`${show.pointer}/responses/200/content/application~1json/schema/$ref`)).toBe('#/components/schemas/SnapshotResponse');
  });
  it('delete answers 202 without a body, only from available or error', () => {
    expect(obj(`${remove.pointer}/responses/202`).content).toBeUndefined();
    expect(text(remove.operation)).toMatch(/`available` or\s+`error`/);
    expect(text(remove.operation)).toContain('EVS.1047');
    expect(text(remove.operation)).toContain('EVS.2019');
  });
  it('rollback takes {rollback: {volume_id, name?}} and answers {rollback: {volume_id}}', () => {
    expect(schema('RollbackRequest').required).toEqual(['rollback']);
    expect(schema('RollbackOption').required).toEqual(['volume_id']);
    expect(Object.keys(schema('RollbackOption').properties as JsonObject).sort()).toEqual(['name', 'volume_id']);
    expect(property('RollbackOption', 'name').maxLength).toBe(255);
    expect(valid('RollbackResponse', { rollback: { volume_id: snapshot.volume_id } })).toBe(true);
    expect(valid('RollbackRequest', { rollback: { name: 'x' } })).toBe(false);
  });
  it('rollback is only to the source disk, which must be available or error_rollbacking', () => {
    expect(text(rollback.operation)).toMatch(/source disk/);
    expect(text(rollback.operation)).toMatch(/`available` or\s+`error_rollbacking`/);
    expect(text(rollback.operation)).toMatch(/autobk_snapshot_/);
  });
  it('list answers count, snapshots and snapshots_links', () => {
    expect(Object.keys(schema('SnapshotList').properties as JsonObject).sort()).toEqual(['count', 'snapshots', 'snapshots_links']);
    expect(property('SnapshotList', 'count').type).toBe('integer');
    expect(at('#/components/schemas/SnapshotList/properties/snapshots/items/$ref')).toBe('#/components/schemas/SnapshotListItem');
    expect(at('#/components/schemas/SnapshotList/properties/snapshots_links/items/$ref')).toBe('#/components/schemas/Link');
    expect(schema('Link').required).toEqual(['href', 'rel']);
  });
  it('list items add service_type to the snapshot', () => {
    expect(valid('SnapshotListItem', { ...snapshot, service_type: 'EVS' })).toBe(true);
    expect(valid('SnapshotListItem', { ...snapshot, service_type: 7 })).toBe(false);
    expect(valid('SnapshotListItem', { ...snapshot, status: 'in-use' })).toBe(false);
  });
  it('limit is 1 to 1000 with default 1000; offset is at least 0', () => {
    expect(queryParameter('limit').schema).toEqual({ type: 'integer', minimum: 1, maximum: 1000, default: 1000 });
    expect(queryParameter('offset').schema).toEqual({ type: 'integer', minimum: 0 });
    expect(text(queryParameter('limit'))).toContain('EVS.2142');
  });
  it('id is repeatable (id=a&id=b)', () => {
    expect(queryParameter('id')).toMatchObject({ style: 'form', explode: true, schema: { type: 'array' } });
  });
  it('status filters by the snapshot status enum', () => {
    expect(queryParameter('status').schema).toEqual({ $ref: '#/components/schemas/SnapshotStatus' });
  });
  it.each(['name', 'volume_id', 'availability_zone', 'service_type', 'dedicated_storage_id', 'dedicated_storage_name', 'enterprise_project_id'])('offers the %s filter', (name) =>
    expect(queryParameter(name).required).toBe(false),
  );
  it.each(['offset', 'limit', 'name', 'status', 'volume_id', 'availability_zone', 'id'])('says what Open Telekom Cloud documents about %s', (name) => {
    expect(text(queryParameter(name))).toMatch(/Open Telekom Cloud/);
  });
  it('says that the Open Telekom Cloud page documents no query parameters and no status code', () => {
    expect(text(list.operation)).toMatch(/Open Telekom Cloud page documents no query parameters/);
    expect(text(list.operation)).toMatch(/no status code/);
  });
});

describe('round two of the description: paging by marker, tighter values (evs_04_2021, Cinder, GoV3)', () => {
  const list = operationById('listSnapshots');
  const parameter = (name: string): JsonObject => {
    const found = (list.operation.parameters as Json[]).map(deref).find((p) => p.name === name && p.in === 'query');
    if (!found) throw new Error(`list has no query parameter ${name}`);
    return found;
  };

  it('declares marker as a snapshot ID (EVS.1024: a marker must be a UUID), saying its path is not confirmed', () => {
    expect(parameter('marker').schema).toEqual({ $ref: '#/components/schemas/SnapshotId' });
    expect(text(parameter('marker'))).toMatch(/EVS\.1024/);
    expect(text(parameter('marker'))).toMatch(/not confirmed/);
    expect(text(parameter('marker'))).toMatch(/next/);
  });
  it('declares sort_key (EVS.1039) without values, since no source lists them', () => {
    expect(parameter('sort_key').schema).toEqual({ type: 'string', minLength: 1 });
    expect(text(parameter('sort_key'))).toMatch(/EVS\.1039/);
  });
  it('declares sort_dir as asc or desc, the values EVS.1040 names', () => {
    expect(parameter('sort_dir').schema).toEqual({ type: 'string', enum: ['asc', 'desc'] });
    expect(text(parameter('sort_dir'))).toMatch(/EVS\.1040/);
  });
  it('says in the list description where marker, sort_key, sort_dir, with_count, name~ and the metadata filter come from', () => {
    for (const word of ['marker', 'sort_key', 'sort_dir', 'with_count', 'name~', 'EVS.1058']) expect(text(list.operation)).toContain(word);
  });
  it('the example next link validates against the list parameters', () => {
    const link = new URL(String(at(`${list.pointer}/responses/200/content/application~1json/examples/firstPage/value/snapshots_links/0/href`)));
    expect(link.pathname).toBe('/v2/bab7d5c60cd041a0a36f7c4b6e1dd978/cloudsnapshots/detail');
    for (const [name, value] of link.searchParams) {
      const declared = deref(parameter(name).schema ?? null);
      expect(validator.violations(declared, name === 'limit' ? Number(value) : value), name).toEqual([]);
    }
  });
  it('size cannot be negative', () => {
    expect(valid('Snapshot', { ...snapshot, size: 0 })).toBe(true);
    expect(valid('Snapshot', { ...snapshot, size: -1 })).toBe(false);
    expect(text(property('Snapshot', 'size'))).toMatch(/cannot be negative/);
  });
  it.each(['0%', '7%', '42%', '100%'])('progress %s is a whole percentage', (progress) => {
    expect(valid('Snapshot', { ...snapshot, 'os-extended-snapshot-attributes:progress': progress })).toBe(true);
  });
  it.each(['banana', '101%', '50', '-1%', '5.5%', '007%'])('progress %s is not', (progress) => {
    expect(valid('Snapshot', { ...snapshot, 'os-extended-snapshot-attributes:progress': progress })).toBe(false);
  });
  it.each(['2026-13-45T99:99:99', '2026-00-10T10:00:00', '2026-02-10T24:00:00', '2026-02-10T10:60:00', '2026-02-32T10:00:00'])(
    'a timestamp of %s is not a real clock value',
    (value) => {
      expect(valid('SnapshotTimestamp', value)).toBe(false);
    },
  );
  it('a timestamp of the last second of a year is', () => {
    expect(valid('SnapshotTimestamp', '2026-12-31T23:59:59.999999')).toBe(true);
  });
  it('keeps href and rel of a link required, saying why the SDK models differ', () => {
    expect(schema('Link').required).toEqual(['href', 'rel']);
    expect(text(schema('Link'))).toMatch(/SDK models make `href` and `rel` optional/);
  });
  it('keeps response metadata values strings, saying the Go SDK types them as any JSON', () => {
    expect(valid('Snapshot', { ...snapshot, metadata: { n: 1 } })).toBe(false);
    expect(text(property('Snapshot', 'metadata'))).toMatch(/Go SDK types\s+this response field as any JSON/);
  });
  it("keeps the id filter an array of repeated values, which takes the SDKs' single value too", () => {
    expect(parameter('id')).toMatchObject({ style: 'form', explode: true, schema: { type: 'array' } });
    expect(text(parameter('id'))).toMatch(/single\s+`id=a`/);
  });
});
