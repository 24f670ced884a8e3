// Every refusal the reference documents, and each broken rule of the spec, answered with the
// documented status, error form and EVS code, a message that names the field, and a body valid
// against the spec. What the emulator adds to the reference (the disk's status) is tested too.
import { describe, expect, it } from 'vitest';
import type { OperationId } from '../../src/contract/scenarios.js';
import { createEvsEmulator, type EvsEmulator, type EvsEmulatorOptions } from '../../src/emulator/index.js';
import { type Exchange, manualClock, otherVolumeId, projectId, send, violations, volumeId } from './fixtures.js';

const collection = `/v2/${projectId}/cloudsnapshots`;
const unknownId = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';

interface World {
  emulator: EvsEmulator;
  advance: (ms: number) => void;
  /** A snapshot made by the setup, available unless the case says otherwise. */
  id: string;
}

async function world(options: EvsEmulatorOptions = {}, available = true): Promise<World> {
  const clock = manualClock();
  const emulator = createEvsEmulator({ now: clock.now, ...options });
  const created = await send(emulator, 'POST', collection, { snapshot: { volume_id: volumeId } });
  const id = (created.json as { snapshot: { id: string } }).snapshot.id;
  if (available) clock.advance(1000);
  return { emulator, advance: clock.advance, id };
}

type Case = [
  name: string,
  operation: OperationId,
  act: (w: World) => Promise<Exchange>,
  status: number,
  wrapper: string,
  code: string,
  message: string,
  options?: EvsEmulatorOptions,
];

const create = (snapshot: unknown) => (w: World) => send(w.emulator, 'POST', collection, { snapshot });
const list = (query: string) => (w: World) => send(w.emulator, 'GET', `${collection}/detail?${query}`);

const cases: Case[] = [
  // The reference's refusals of the lifecycle.
  [
    'delete of a snapshot still creating',
    'deleteSnapshot',
    async (w) => {
      const young = await send(w.emulator, 'POST', collection, { snapshot: { volume_id: volumeId } });
      return send(w.emulator, 'DELETE', `${collection}/${(young.json as { snapshot: { id: string } }).snapshot.id}`);
    },
    400,
    'badRequest',
    'EVS.1047',
    'snapshot status must be available or error when delete snapshot! The snapshot is creating.',
  ],
  [
    'delete of a snapshot already deleting',
    'deleteSnapshot',
    async (w) => {
      await send(w.emulator, 'DELETE', `${collection}/${w.id}`);
      return send(w.emulator, 'DELETE', `${collection}/${w.id}`);
    },
    400,
    'badRequest',
    'EVS.1047',
    'The snapshot is deleting.',
  ],
  [
    'delete of a snapshot in error_deleting',
    'deleteSnapshot',
    async (w) => {
      await send(w.emulator, 'DELETE', `${collection}/${w.id}`);
      w.advance(1000);
      return send(w.emulator, 'DELETE', `${collection}/${w.id}`);
    },
    500,
    'computeFault',
    'EVS.2019',
    'snapshot is error_deleting!',
    { faults: [{ kind: 'delete-error' }] },
  ],
  [
    'rollback to another disk than the source',
    'rollbackSnapshot',
    (w) => send(w.emulator, 'POST', `${collection}/${w.id}/rollback`, { rollback: { volume_id: otherVolumeId } }),
    400,
    'badRequest',
    'EVS.5400',
    "Request body and URI mismatch. rollback.volume_id must be the snapshot's own disk",
  ],
  [
    'rollback from a snapshot still creating',
    'rollbackSnapshot',
    async (w) => {
      const young = await send(w.emulator, 'POST', collection, { snapshot: { volume_id: volumeId } });
      return send(w.emulator, 'POST', `${collection}/${(young.json as { snapshot: { id: string } }).snapshot.id}/rollback`, { rollback: { volume_id: volumeId } });
    },
    400,
    'badRequest',
    'EVS.2043',
    'The status of snapshot is not available or backing-up. It is creating.',
  ],
  [
    'rollback while the disk is rolling back already',
    'rollbackSnapshot',
    async (w) => {
      const second = await send(w.emulator, 'POST', collection, { snapshot: { volume_id: volumeId } });
      w.advance(1000);
      await send(w.emulator, 'POST', `${collection}/${w.id}/rollback`, { rollback: { volume_id: volumeId } });
      return send(w.emulator, 'POST', `${collection}/${(second.json as { snapshot: { id: string } }).snapshot.id}/rollback`, { rollback: { volume_id: volumeId } });
    },
    400,
    'badRequest',
    'EVS.5400',
    'is rollbacking; a rollback needs it available or error_rollbacking',
  ],
  [
    'a snapshot of a disk that is attaching, without force',
    'createSnapshot',
    create({ volume_id: otherVolumeId }),
    400,
    'badRequest',
    'EVS.5400',
    `The disk ${otherVolumeId} is attaching; a snapshot needs it available or in-use (or force: true while attaching).`,
    { volumes: [{ id: otherVolumeId, status: 'attaching' }] },
  ],
  [
    'a snapshot of a disk in error',
    'createSnapshot',
    create({ volume_id: otherVolumeId, force: true }),
    400,
    'badRequest',
    'EVS.5400',
    'is error; a snapshot needs it available or in-use',
    { volumes: [{ id: otherVolumeId, status: 'error' }] },
  ],
  [
    'a snapshot of a disk no one created, without auto-created disks',
    'createSnapshot',
    create({ volume_id: otherVolumeId }),
    404,
    'itemNotFound',
    'EVS.5404',
    'cound not be found.',
    { autoCreateVolumes: false, volumes: [{ id: volumeId }] },
  ],
  ['a snapshot past the quota', 'createSnapshot', create({ volume_id: volumeId }), 413, 'overLimit', 'EVS.5413', 'Insufficient volume quota.', { maxSnapshots: 1 }],
  // Unknown and malformed IDs.
  ...(['GET', 'PUT', 'DELETE'] as const).map(
    (method): Case => [
      `${method} of an unknown snapshot`,
      method === 'GET' ? 'showSnapshot' : method === 'PUT' ? 'updateSnapshot' : 'deleteSnapshot',
      (w) => send(w.emulator, method, `${collection}/${unknownId}`, method === 'PUT' ? { snapshot: { name: 'x' } } : undefined),
      404,
      'itemNotFound',
      'EVS.5404',
      'cound not be found.',
    ],
  ),
  [
    'rollback of an unknown snapshot',
    'rollbackSnapshot',
    (w) => send(w.emulator, 'POST', `${collection}/${unknownId}/rollback`, { rollback: { volume_id: volumeId } }),
    404,
    'itemNotFound',
    'EVS.5404',
    'cound not be found.',
  ],
  [
    'a snapshot ID that is not a UUID',
    'showSnapshot',
    (w) => send(w.emulator, 'GET', `${collection}/not-a-uuid`),
    400,
    'badRequest',
    'EVS.2045',
    'invalid snapshot_id! snapshot_id must be a UUID',
  ],
  // The list's query.
  ['limit 0', 'listSnapshots', list('limit=0'), 400, 'badRequest', 'EVS.5400', 'limit param must be positive. query.limit must be >= 1'],
  ['limit 1001', 'listSnapshots', list('limit=1001'), 400, 'badRequest', 'EVS.2142', 'invalid filter limit, can not greater than 1000. query.limit must be <= 1000'],
  ['limit that is not an integer', 'listSnapshots', list('limit=ten'), 400, 'badRequest', 'EVS.5400', 'limit param must be an integer. query.limit must be integer'],
  [
    'limit given twice',
    'listSnapshots',
    list('limit=1&limit=2'),
    400,
    'badRequest',
    'EVS.5400',
    'limit param must be an integer. query.limit must be integer (rule: type; got an array of 2)',
  ],
  ['offset that is not an integer', 'listSnapshots', list('offset=1.5'), 400, 'badRequest', 'EVS.5400', 'offset param must be an integer. query.offset must be integer'],
  ['a negative offset', 'listSnapshots', list('offset=-1'), 400, 'badRequest', 'EVS.5400', 'Malformed request url. query.offset must be >= 0'],
  ['a marker that is not a UUID', 'listSnapshots', list('marker=12'), 400, 'badRequest', 'EVS.1024', 'invalid filter marker! query.marker must be a UUID'],
  [
    'a marker that names no snapshot of the list',
    'listSnapshots',
    list(`marker=${unknownId}`),
    400,
    'badRequest',
    'EVS.1024',
    `invalid filter marker! No snapshot in this list has the ID ${unknownId}.`,
  ],
  [
    'an unknown sort_key',
    'listSnapshots',
    list('sort_key=colour'),
    400,
    'badRequest',
    'EVS.1039',
    'invalid sort_key! query.sort_key must be one of created_at, updated_at, id, name, status, size, volume_id',
  ],
  ['a sort_dir other than asc or desc', 'listSnapshots', list('sort_dir=up'), 400, 'badRequest', 'EVS.1040', 'invalid sort_dir! query.sort_dir must be one of asc, desc'],
  ['an unknown status', 'listSnapshots', list('status=gone'), 400, 'badRequest', 'EVS.5400', 'Must specify a valid status. query.status must be one of creating, available'],
  ['an unknown filter', 'listSnapshots', list('colour=red'), 400, 'badRequest', 'EVS.5400', 'Malformed request url. query.colour is not a field of query'],
  ['a name filter over 255 bytes', 'listSnapshots', list(`name=${'名'.repeat(86)}`), 400, 'badRequest', 'EVS.5400', 'query.name must be at most 255 UTF-8 bytes, but is 258'],
  // The bodies.
  ['create without volume_id', 'createSnapshot', create({ name: 'x' }), 400, 'badRequest', 'EVS.5400', 'Malformed request body. snapshot.volume_id is required'],
  [
    'create with a volume_id that is not a UUID',
    'createSnapshot',
    create({ volume_id: 'vol-1' }),
    400,
    'badRequest',
    'EVS.1002',
    'invalid volume id! snapshot.volume_id must be a UUID',
  ],
  [
    'create with a name of 86 Chinese characters (258 bytes)',
    'createSnapshot',
    create({ volume_id: volumeId, name: '快'.repeat(86) }),
    400,
    'badRequest',
    'EVS.5400',
    'snapshot.name must be at most 255 UTF-8 bytes, but is 258',
  ],
  [
    'create with metadata of 1 MiB',
    'createSnapshot',
    create({ volume_id: volumeId, metadata: { blob: 'm'.repeat(1024 * 1024) } }),
    400,
    'badRequest',
    'EVS.1005',
    'size of metadata is too large! snapshot.metadata must be at most 1048575 bytes as JSON',
  ],
  [
    'create with a metadata value that is not a string',
    'createSnapshot',
    create({ volume_id: volumeId, metadata: { n: 1 } }),
    400,
    'badRequest',
    'EVS.5400',
    'snapshot.metadata.n must be string',
  ],
  ['create with force "yes"', 'createSnapshot', create({ volume_id: volumeId, force: 'yes' }), 400, 'badRequest', 'EVS.5400', 'snapshot.force must be boolean'],
  [
    'create with an unknown field',
    'createSnapshot',
    create({ volume_id: volumeId, size: 5 }),
    400,
    'badRequest',
    'EVS.5400',
    'snapshot.size is not a field of snapshot; expected one of volume_id, force, metadata, description, name',
  ],
  [
    'create without the snapshot wrapper',
    'createSnapshot',
    (w) => send(w.emulator, 'POST', collection, { volume_id: volumeId }),
    400,
    'badRequest',
    'EVS.5400',
    'Malformed request body.',
  ],
  ['create with malformed JSON', 'createSnapshot', (w) => send(w.emulator, 'POST', collection, '{"snapshot": '), 400, 'badRequest', 'EVS.5400', 'Malformed request body.'],
  [
    'create with no body',
    'createSnapshot',
    (w) => send(w.emulator, 'POST', collection, undefined, { 'Content-Type': 'application/json' }),
    400,
    'badRequest',
    'EVS.5400',
    'The request has no body',
  ],
  [
    'update with description null (only create allows it)',
    'updateSnapshot',
    (w) => send(w.emulator, 'PUT', `${collection}/${w.id}`, { snapshot: { description: null } }),
    400,
    'badRequest',
    'EVS.5400',
    'snapshot.description must be string',
  ],
  [
    'update with an unknown field',
    'updateSnapshot',
    (w) => send(w.emulator, 'PUT', `${collection}/${w.id}`, { snapshot: { metadata: {} } }),
    400,
    'badRequest',
    'EVS.5400',
    'snapshot.metadata is not a field of snapshot',
  ],
  [
    'rollback without volume_id',
    'rollbackSnapshot',
    (w) => send(w.emulator, 'POST', `${collection}/${w.id}/rollback`, { rollback: { name: 'x' } }),
    400,
    'badRequest',
    'EVS.5400',
    'rollback.volume_id is required',
  ],
  [
    'rollback with a name over 255 bytes',
    'rollbackSnapshot',
    (w) => send(w.emulator, 'POST', `${collection}/${w.id}/rollback`, { rollback: { volume_id: volumeId, name: 'n'.repeat(256) } }),
    400,
    'badRequest',
    'EVS.5400',
    'rollback.name must be at most 255',
  ],
];

describe('the emulator refuses as the reference documents', () => {
  it.each(cases)('%s: %s answers the documented refusal', async (_name, operation, act, status, wrapper, code, message, options) => {
    const answer = await act(await world(options));
    expect(answer.status, answer.text).toBe(status);
    expect(Object.keys(answer.json as object)).toEqual([wrapper]);
    const detail = (answer.json as Record<string, { code: string; message: string }>)[wrapper]!;
    expect(detail.code).toBe(code);
    expect(detail.message).toContain(message);
    expect(violations(operation, answer)).toEqual([]);
  });

  it('words a body that is not an object with a subject: "the value must be object", no double space', async () => {
    const w = await world();
    const answer = await send(w.emulator, 'POST', collection, '[]', { 'Content-Type': 'application/json' });
    expect(answer.status).toBe(400);
    expect((answer.json as { badRequest: { message: string } }).badRequest.message).toBe('Malformed request body. the value must be object (rule: type; got an array of 0)');
  });

  it('accepts what the reference only advises against: a name with the autobk_snapshot_ prefix', async () => {
    const w = await world();
    const answer = await send(w.emulator, 'POST', collection, { snapshot: { volume_id: volumeId, name: 'autobk_snapshot_manual' } });
    expect([answer.status, violations('createSnapshot', answer)]).toEqual([202, []]);
  });

  it('takes a snapshot of an attaching disk with force, and of an in-use one without', async () => {
    const w = await world({
      volumes: [
        { id: otherVolumeId, status: 'attaching' },
        { id: volumeId, status: 'in-use' },
      ],
    });
    expect((await send(w.emulator, 'POST', collection, { snapshot: { volume_id: otherVolumeId, force: true } })).status).toBe(202);
    expect((await send(w.emulator, 'POST', collection, { snapshot: { volume_id: volumeId } })).status).toBe(202);
  });

  it('answers an unknown path 404 and another method 405 with Allow, both in the Cinder form', async () => {
    const w = await world();
    const nowhere = await send(w.emulator, 'GET', '/v2/nowhere');
    expect([nowhere.status, Object.keys(nowhere.json as object)]).toEqual([404, ['itemNotFound']]);
    const patch = await send(w.emulator, 'PATCH', `${collection}/${w.id}`, { snapshot: {} });
    expect([patch.status, patch.headers.get('allow'), violations('showSnapshot', patch)]).toEqual([405, 'DELETE, GET, PUT', []]);
    const detail = await send(w.emulator, 'DELETE', `${collection}/detail`);
    expect([detail.status, detail.headers.get('allow')]).toEqual([405, 'GET']);
  });
});
