// The emulator follows the spec it is built from: every operation of the generated table has a
// handler, every path parameter and list parameter a behaviour (test/spec/added-parameter.test.ts
// shows what happens to a spec with a parameter the emulator does not know).
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/spec-constants.js';
import { behaviourGaps } from '../../src/emulator/behaviour-gaps.js';
import { listQueryBehaviour } from '../../src/emulator/operations/list-snapshots.js';

describe('the emulator against the operations table of this spec', () => {
  it('has no gap: every operation, path parameter and list parameter has a behaviour', () => {
    expect(behaviourGaps()).toEqual([]);
  });

  it('has a behaviour for exactly the list parameters of the spec, in its order', () => {
    expect(Object.keys(listQueryBehaviour)).toEqual(operations.listSnapshots.parameters.query.map((parameter) => parameter.name));
  });
});
