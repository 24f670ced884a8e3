// Hostile values in the list query: an Object.prototype name as sort_key, numbers JavaScript reads
// as ±Infinity, and a property over every list parameter of the spec: never a 5xx, always an
// answer the spec documents.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { knownFields } from '../../generated/spec-constants.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { projectId, send, violations, volumeId } from './fixtures.js';

const list = `/v2/${projectId}/cloudsnapshots/detail`;
/** Every own name of Object.prototype: __proto__, constructor, valueOf, hasOwnProperty, toString, ... */
const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
/** The list's query parameters, as the generated spec data names them. */
const listParameters = knownFields.listSnapshotsQuery[''] ?? [];

let emulator: EvsEmulator;
let snapshotId: string;
beforeAll(async () => {
  emulator = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0 }, seed: 24 });
  // Three snapshots, so that sorting and paging really run.
  for (let i = 0; i < 3; i++) {
    const created = await send(emulator, 'POST', `/v2/${projectId}/cloudsnapshots`, { snapshot: { volume_id: volumeId, name: `q${i}` } });
    snapshotId = (created.json as { snapshot: { id: string } }).snapshot.id;
  }
});

const codeOf = (json: unknown): string | undefined => (json as { badRequest?: { code?: string } } | undefined)?.badRequest?.code;

describe('the list query with hostile values', () => {
  it('derives the parameters from the spec (a guard that the property below covers them all)', () => {
    expect(listParameters).toEqual(expect.arrayContaining(['limit', 'offset', 'marker', 'sort_key', 'sort_dir', 'id']));
  });

  it.each(prototypeNames)('answers sort_key=%s with the documented 400 EVS.1039', async (name) => {
    const answer = await send(emulator, 'GET', `${list}?sort_key=${encodeURIComponent(name)}`);
    expect([answer.status, codeOf(answer.json)], answer.text).toEqual([400, 'EVS.1039']);
    expect(violations('listSnapshots', answer)).toEqual([]);
  });

  it.each(['limit', 'offset'].flatMap((name) => ['1e400', 'Infinity', '-1e400', '-Infinity'].map((value) => [name, value] as const)))(
    'answers %s=%s (a number JavaScript reads as ±Infinity) with the documented 400 "must be an integer"',
    async (name, value) => {
      const answer = await send(emulator, 'GET', `${list}?${name}=${value}`);
      expect([answer.status, codeOf(answer.json)], answer.text).toEqual([400, 'EVS.5400']);
      expect(answer.text).toContain(`${name} param must be an integer.`);
      expect(violations('listSnapshots', answer)).toEqual([]);
    },
  );

  it('never answers a 5xx, whatever values every list parameter of the spec gets, repeated or not (400 cases, seed fixed)', async () => {
    const oddValues = [
      '1e400',
      '-1e400',
      'Infinity',
      '-Infinity',
      'NaN',
      '-0',
      '0',
      '0x10',
      '1e3',
      ' 1',
      '1 ',
      '1.5',
      '-1',
      '1001',
      '9007199254740993',
      '',
      '%',
      ...prototypeNames,
    ];
    const value = fc.oneof(fc.constantFrom(...oddValues), fc.constant(snapshotId), fc.constant(volumeId), fc.string({ maxLength: 20 }));
    const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...listParameters) }, { weight: 1, arbitrary: fc.constantFrom(...prototypeNames) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, value), { minLength: 1, maxLength: 4 }), async (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const answer = await send(emulator, 'GET', `${list}?${search}`);
        expect(answer.status, `${search} -> ${answer.text}`).toBeLessThan(500);
        expect(violations('listSnapshots', answer)).toEqual([]);
      }),
      { numRuns: 400, seed: 20261224 },
    );
  });
});
