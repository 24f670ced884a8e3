// Bodies that real tools send and expect, checked against the bundle: upstream OpenStack Cinder's API
// reference samples for snapshots and snapshot metadata, and gophertelekomcloud's unit-test fixtures for its
// blockstorage (OpenStack-compatible, v2 and v3) and evs (cloudsnapshots) snapshot packages. Each body is
// validated as the request body or the success response of the operation it belongs to. Where a body breaks
// the description, the difference is named below with its reason, and the test asserts exactly that violation:
// a body EVS itself would send or accept must pass, so a failure there means the description is too strict.
// Sources, commits and licence: test/fixtures/real-world/SOURCES.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { deref, isObject, type Json, operationById } from '../support/openapi-document.js';
import { SchemaValidator } from '../support/schema-validator.js';

const root = fromRoot('test', 'fixtures', 'real-world');
const validator = new SchemaValidator();

/** Which body a file holds: the request of an operation, or its success response. */
type Body = { operationId: string; direction: 'request' } | { operationId: string; direction: 'response'; status: string };
const request = (operationId: string): Body => ({ operationId, direction: 'request' });
const response = (operationId: string, status = '200'): Body => ({ operationId, direction: 'response', status });

/** The Cinder samples of one API version (v2, or v3 with the V3 operations). */
const cinder = (suffix: '' | 'V3'): Record<string, Body> => ({
  'snapshot-create-request.json': request(`createCinderSnapshot${suffix}`),
  'snapshot-create-response.json': response(`createCinderSnapshot${suffix}`, '202'),
  'snapshot-show-response.json': response(`showCinderSnapshot${suffix}`),
  'snapshot-update-request.json': request(`updateCinderSnapshot${suffix}`),
  'snapshot-update-response.json': response(`updateCinderSnapshot${suffix}`),
  'snapshots-list-response.json': response(`listCinderSnapshots${suffix}`),
  'snapshots-list-detailed-response.json': response(`listCinderSnapshotsDetail${suffix}`),
  'snapshot-metadata-create-request.json': request(`createSnapshotMetadata${suffix}`),
  'snapshot-metadata-create-response.json': response(`createSnapshotMetadata${suffix}`),
  'snapshot-metadata-show-response.json': response(`showSnapshotMetadata${suffix}`),
  'snapshot-metadata-update-request.json': request(`updateSnapshotMetadata${suffix}`),
  'snapshot-metadata-update-response.json': response(`updateSnapshotMetadata${suffix}`),
});
/** The samples of a Cinder microversion folder: the snapshot answers with the fields that microversion adds. */
const microversion = {
  'snapshot-create-response.json': response('createCinderSnapshotV3', '202'),
  'snapshot-show-response.json': response('showCinderSnapshotV3'),
  'snapshot-update-response.json': response('updateCinderSnapshotV3'),
  'snapshots-list-detailed-response.json': response('listCinderSnapshotsDetailV3'),
};
/** gophertelekomcloud's blockstorage fixtures (its v2 package calls /v2, its v3 package /v3). */
const blockstorage = (suffix: '' | 'V3'): Record<string, Body> => ({
  'list-response.json': response(`listCinderSnapshots${suffix}`),
  'get-response.json': response(`showCinderSnapshot${suffix}`),
  'create-request.json': request(`createCinderSnapshot${suffix}`),
  'create-response.json': response(`createCinderSnapshot${suffix}`, '202'),
  'update-metadata-request.json': request(`updateSnapshotMetadata${suffix}`),
  'update-metadata-response.json': response(`updateSnapshotMetadata${suffix}`),
});

const bodies: Record<string, Body> = {
  ...prefixed('cinder/v2', cinder('')),
  ...prefixed('cinder/v3/snapshots', {
    ...cinder('V3'),
    'snapshot-metadata-show-key-response.json': response('showSnapshotMetadataItemV3'),
    'snapshot-metadata-update-key-request.json': request('updateSnapshotMetadataItemV3'),
    'snapshot-metadata-update-key-response.json': response('updateSnapshotMetadataItemV3'),
  }),
  ...prefixed('cinder/v3/snapshots/v3.14', microversion),
  ...prefixed('cinder/v3/snapshots/v3.41', microversion),
  ...prefixed('cinder/v3/snapshots/v3.65', microversion),
  ...prefixed('gophertelekomcloud/blockstorage-v2', blockstorage('')),
  ...prefixed('gophertelekomcloud/blockstorage-v3', { ...blockstorage('V3'), 'list-response-page-2.json': response('listCinderSnapshotsV3') }),
  ...prefixed('gophertelekomcloud/evs-v2', {
    'create-request.json': request('createSnapshot'),
    'create-response.json': response('createSnapshot', '202'),
    'get-response.json': response('showSnapshot'),
    'update-request.json': request('updateSnapshot'),
    'update-response.json': response('updateSnapshot'),
    'list-response.json': response('listSnapshots'),
  }),
};
function prefixed(folder: string, files: Record<string, Body>): Record<string, Body> {
  return Object.fromEntries(Object.entries(files).map(([file, body]) => [`${folder}/${file}`, body]));
}

/**
 * The differences between a real-world body and the description, each with the violations it makes
 * ([JSON pointer, rule], sorted) and why the description keeps its rule. None is a body EVS sends or accepts.
 * A timestamp breaks three rules: its pattern, and the anyOf of `SnapshotTimestamp | null` with the null branch's type.
 */
const expectedDifferences: Record<string, { violations: [string, string][]; why: string }> = {
  // Cinder's v2 API reference writes these two updated_at values with a `Z`; EVS's pages (and Cinder's own
  // serialiser, datetime.isoformat() of a naive UTC time) write `YYYY-MM-DDTHH:MM:SS.ffffff` with no zone.
  'cinder/v2/snapshot-show-response.json': {
    violations: [
      ['/snapshot/updated_at', 'anyOf'],
      ['/snapshot/updated_at', 'pattern'],
      ['/snapshot/updated_at', 'type'],
    ],
    why: 'Cinder api-ref sample writes updated_at with a Z; EVS documents UTC times without a zone designator (SnapshotTimestamp)',
  },
  'cinder/v2/snapshots-list-response.json': {
    violations: [
      ['/snapshots/0/updated_at', 'anyOf'],
      ['/snapshots/0/updated_at', 'pattern'],
      ['/snapshots/0/updated_at', 'type'],
    ],
    why: 'Cinder api-ref sample writes updated_at with a Z; EVS documents UTC times without a zone designator (SnapshotTimestamp)',
  },
  'cinder/v2/snapshots-list-detailed-response.json': {
    violations: [
      ['/snapshots/0/updated_at', 'anyOf'],
      ['/snapshots/0/updated_at', 'pattern'],
      ['/snapshots/0/updated_at', 'type'],
    ],
    why: 'Cinder api-ref sample writes updated_at with a Z; EVS documents UTC times without a zone designator (SnapshotTimestamp)',
  },
  // gophertelekomcloud's mocks use the placeholder volume ID "1234"; EVS refuses a volume_id that is not a
  // disk's UUID (EVS.1002 invalid volume id) and never answers with one.
  'gophertelekomcloud/blockstorage-v2/create-request.json': {
    violations: [
      ['/snapshot/volume_id', 'format'],
      ['/snapshot/volume_id', 'pattern'],
    ],
    why: 'unit-test placeholder volume ID "1234"; EVS refuses a volume_id that is not a UUID (EVS.1002)',
  },
  'gophertelekomcloud/blockstorage-v2/create-response.json': {
    violations: [
      ['/snapshot/volume_id', 'format'],
      ['/snapshot/volume_id', 'pattern'],
    ],
    why: 'unit-test placeholder volume ID "1234"; a snapshot EVS returns names its disk by UUID',
  },
  'gophertelekomcloud/blockstorage-v3/create-request.json': {
    violations: [
      ['/snapshot/volume_id', 'format'],
      ['/snapshot/volume_id', 'pattern'],
    ],
    why: 'unit-test placeholder volume ID "1234"; EVS refuses a volume_id that is not a UUID (EVS.1002)',
  },
  'gophertelekomcloud/blockstorage-v3/create-response.json': {
    violations: [
      ['/snapshot/volume_id', 'format'],
      ['/snapshot/volume_id', 'pattern'],
    ],
    why: 'unit-test placeholder volume ID "1234"; a snapshot EVS returns names its disk by UUID',
  },
  'gophertelekomcloud/evs-v2/create-request.json': {
    violations: [
      ['/snapshot/volume_id', 'format'],
      ['/snapshot/volume_id', 'pattern'],
    ],
    why: 'unit-test placeholder volume ID "1234"; EVS refuses a volume_id that is not a UUID (EVS.1002)',
  },
  'gophertelekomcloud/evs-v2/create-response.json': {
    violations: [
      ['/snapshot/volume_id', 'format'],
      ['/snapshot/volume_id', 'pattern'],
    ],
    why: 'unit-test placeholder volume ID "1234"; a snapshot EVS returns names its disk by UUID',
  },
};

/** The schema (as a ref) of a body: the request body's, or the success response's. */
function schemaOf(body: Body): Json {
  const { operation, pointer } = operationById(body.operationId);
  const holder =
    body.direction === 'request'
      ? deref(operation.requestBody ?? null)
      : deref(operation.responses && isObject(operation.responses) ? (operation.responses[body.status] ?? null) : null);
  const content = holder.content;
  const media = isObject(content) ? content['application/json'] : undefined;
  if (!isObject(media) || !isObject(media.schema)) throw new Error(`${pointer}: no JSON ${body.direction} body${body.direction === 'response' ? ` for ${body.status}` : ''}`);
  return media.schema;
}

/** Every .json file under the fixtures folder, relative to it. */
function fixtureFiles(dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return fixtureFiles(full);
    return name.endsWith('.json') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

describe('real-world bodies', () => {
  it('every fixture file is mapped to an operation, and every mapping has its file', () => {
    expect(fixtureFiles().sort()).toEqual(Object.keys(bodies).sort());
  });

  it('every expected difference names a mapped fixture', () => {
    for (const file of Object.keys(expectedDifferences)) expect(bodies, file).toHaveProperty([file]);
  });

  const described = (body: Body): string => (body.direction === 'request' ? `the request body of ${body.operationId}` : `the ${body.status} response of ${body.operationId}`);
  it.each(
    Object.entries(bodies)
      .filter(([file]) => !(file in expectedDifferences))
      .map(([file, body]) => [file, described(body), body] as const),
  )('%s is valid as %s', (file, _as, body) => {
    const value = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
    expect(validator.violations(schemaOf(body), value)).toEqual([]);
  });

  it.each(Object.entries(expectedDifferences))('%s breaks exactly its named difference', (file, difference) => {
    const body = bodies[file];
    if (!body) throw new Error(`${file} is not mapped`);
    const value = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
    const found = validator
      .violations(schemaOf(body), value)
      .map((violation): [string, string] => [violation.pointer, violation.rule])
      .sort(([a, b], [c, d]) => a.localeCompare(c) || b.localeCompare(d));
    expect(found, difference.why).toEqual(difference.violations);
  });
});
