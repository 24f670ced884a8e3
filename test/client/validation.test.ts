// Bad input is rejected before anything is sent, with the field, the rule and the value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClient, EvsValidationError } from '../../src/client/index.js';
import { type LocalServer, sendJson, startServer } from '../support/local-server.js';
import { localOptions, snapshotBody, snapshotId, volumeId } from './fixtures.js';

let server: LocalServer;
let evs: EvsClient;
beforeAll(async () => {
  server = await startServer((_req, res) => sendJson(res, 202, snapshotBody));
  evs = createEvsClient(localOptions(server.url));
});
afterAll(() => server.close());

async function rejection(promise: Promise<unknown>): Promise<EvsValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EvsValidationError);
  return error as EvsValidationError;
}

const chinese = (count: number): string => '快'.repeat(count);

describe('createSnapshot input', () => {
  it.each([
    ['missing volume_id', {}, 'snapshot.volume_id', 'required'],
    ['volume_id of the wrong type', { volume_id: 42 }, 'snapshot.volume_id', 'type'],
    ['volume_id that is not a UUID', { volume_id: 'disk-1' }, 'snapshot.volume_id', 'format'],
    ['force as a string', { volume_id: volumeId, force: 'true' }, 'snapshot.force', 'type'],
    ['a metadata value that is not a string', { volume_id: volumeId, metadata: { n: 1 } }, 'snapshot.metadata.n', 'type'],
    ['metadata as an array', { volume_id: volumeId, metadata: ['a'] }, 'snapshot.metadata', 'type'],
    ['metadata of a megabyte', { volume_id: volumeId, metadata: { big: 'x'.repeat(1_048_576) } }, 'snapshot.metadata', 'maxBytes'],
    ['a name over 255 bytes', { volume_id: volumeId, name: 'a'.repeat(256) }, 'snapshot.name', 'maxBytes'],
    ['86 Chinese characters (258 bytes)', { volume_id: volumeId, name: chinese(86) }, 'snapshot.name', 'maxBytes'],
    ['a description over 255 bytes', { volume_id: volumeId, description: chinese(86) }, 'snapshot.description', 'maxBytes'],
    ['a name with the reserved prefix', { volume_id: volumeId, name: 'autobk_snapshot_nightly' }, 'snapshot.name', 'reservedPrefix'],
    ['an unknown field', { volume_id: volumeId, nmae: 'typo' }, 'snapshot.nmae', 'additionalProperties'],
    ['a name of the wrong type', { volume_id: volumeId, name: 5 }, 'snapshot.name', 'type'],
  ])('rejects %s', async (_case, fields, field, rule) => {
    const before = server.requests.length;
    const error = await rejection(evs.createSnapshot(fields as never));
    expect([error.operation, error.field, error.rule]).toEqual(['createSnapshot', field, rule]);
    expect(error.message).toContain(field);
    expect(error.message).toContain(rule);
    expect(server.requests.length).toBe(before);
  });

  it('names the value and its size in bytes', async () => {
    const error = await rejection(evs.createSnapshot({ volume_id: volumeId, name: chinese(86) }));
    expect(error.value).toContain('258 UTF-8 bytes');
    expect(error.message).toMatch(/at most 255 UTF-8 bytes, but is 258/);
  });

  it('accepts 85 Chinese characters (255 bytes) and sends them', async () => {
    await expect(evs.createSnapshot({ volume_id: volumeId, name: chinese(85), description: chinese(85) })).resolves.toMatchObject({ id: snapshotId });
    expect(JSON.parse(server.requests.at(-1)?.body ?? '{}').snapshot.name).toBe(chinese(85));
  });

  const lastBody = (): unknown => JSON.parse(server.requests.at(-1)?.body ?? '{}');

  it('sends a reserved-prefix name when the caller opts in', async () => {
    const before = server.requests.length;
    await expect(evs.createSnapshot({ volume_id: volumeId, name: 'autobk_snapshot_x' }, { allowReservedNamePrefix: true })).resolves.toMatchObject({ id: snapshotId });
    expect(server.requests.length).toBe(before + 1);
    expect(lastBody()).toEqual({ snapshot: { volume_id: volumeId, name: 'autobk_snapshot_x' } });
  });

  it('accepts a null description, as the create page allows, and sends it as null', async () => {
    const before = server.requests.length;
    await expect(evs.createSnapshot({ volume_id: volumeId, description: null })).resolves.toMatchObject({ id: snapshotId });
    expect(server.requests.length).toBe(before + 1);
    expect(lastBody()).toEqual({ snapshot: { volume_id: volumeId, description: null } });
  });
});

describe('updateSnapshot input', () => {
  it.each([
    ['an empty snapshot id', '', {}, 'snapshot_id', 'format'],
    ['a snapshot id of the wrong type', 7, {}, 'snapshot_id', 'type'],
    ['changes that are not an object', snapshotId, 'rename', 'snapshot', 'type'],
    ['a field update does not have', snapshotId, { volume_id: volumeId }, 'snapshot.volume_id', 'additionalProperties'],
    ['a null description', snapshotId, { description: null }, 'snapshot.description', 'type'],
    ['a name over 255 bytes', snapshotId, { name: 'é'.repeat(128) }, 'snapshot.name', 'maxBytes'],
    ['a name with the reserved prefix', snapshotId, { name: 'autobk_snapshot_1' }, 'snapshot.name', 'reservedPrefix'],
  ])('rejects %s', async (_case, id, changes, field, rule) => {
    const error = await rejection(evs.updateSnapshot(id as never, changes as never));
    expect([error.operation, error.field, error.rule]).toEqual(['updateSnapshot', field, rule]);
  });
});

describe('the other operations name themselves in their input errors', () => {
  it.each<[string, (client: EvsClient) => Promise<unknown>, string, string]>([
    ['listSnapshots', (client) => client.listSnapshots({ limit: 0 }), 'query.limit', 'range'],
    ['showSnapshot', (client) => client.showSnapshot('not-a-uuid'), 'snapshot_id', 'format'],
    ['deleteSnapshot', (client) => client.deleteSnapshot('not-a-uuid'), 'snapshot_id', 'format'],
    ['rollbackSnapshot', (client) => client.rollbackSnapshot(snapshotId, { volume_id: 'not-a-uuid' }), 'rollback.volume_id', 'format'],
    ['waitForSnapshot', (client) => client.waitForSnapshot('not-a-uuid', { until: 'available' }), 'snapshot_id', 'format'],
  ])('%s', async (operation, call, field, rule) => {
    const before = server.requests.length;
    const error = await rejection(call(evs));
    expect([error.operation, error.field, error.rule]).toEqual([operation, field, rule]);
    expect(server.requests.length).toBe(before);
  });

  it('listAllSnapshots, as it is called, before it yields', () => {
    const thrown = (call: () => unknown): unknown[] => {
      try {
        call();
      } catch (error) {
        return [(error as EvsValidationError).operation, (error as EvsValidationError).field, (error as EvsValidationError).rule];
      }
      return ['nothing thrown'];
    };
    expect(thrown(() => evs.listAllSnapshots({ limit: 5 } as never))).toEqual(['listAllSnapshots', 'query.limit', 'additionalProperties']);
    expect(thrown(() => evs.listAllSnapshots({}, { pageSize: 0 }))).toEqual(['listAllSnapshots', 'options.pageSize', 'range']);
  });
});

describe('call options', () => {
  it.each<[string, (client: EvsClient) => Promise<unknown>, string]>([
    [
      'a signal that is not an AbortSignal',
      (client) => client.showSnapshot(snapshotId, { signal: 'soon' } as never),
      'showSnapshot: options.signal must be an AbortSignal (rule: type; got "soon" (string, 4 UTF-8 bytes))',
    ],
    [
      'an allowReservedNamePrefix that is not a boolean',
      (client) => client.createSnapshot({ volume_id: volumeId }, { allowReservedNamePrefix: 'yes' } as never),
      'createSnapshot: options.allowReservedNamePrefix must be true or false (rule: type; got "yes" (string, 3 UTF-8 bytes))',
    ],
    [
      'a listAllSnapshots signal that is not an AbortSignal',
      async (client) => client.listAllSnapshots({}, { signal: 5 } as never),
      'listAllSnapshots: options.signal must be an AbortSignal (rule: type; got 5 (number))',
    ],
    [
      'an option listAllSnapshots does not take',
      async (client) => client.listAllSnapshots({}, { pages: 1 } as never),
      'listAllSnapshots: options.pages is not an option of options; expected one of pageSize, signal (rule: additionalProperties; got an unknown option)',
    ],
  ])('refuses %s, saying which and why', async (_case, call, message) => {
    expect((await rejection(call(evs))).message).toBe(message);
  });
});
