// The generated cases' source, checked against the spec's own rules (src/shared/rules.ts, from
// the bundle): every value drawn as valid passes them, and every breakage breaks exactly the rule
// it names, at the field it names, and no rule before it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../generated/request-schemas.js';
import type { RequestTarget } from '../../generated/spec-constants.js';
import { applyBreakage, breakages, type Schema, validValues } from '../../src/contract/schema-arbitrary.js';
import { Checker, InputProblem } from '../../src/shared/input-problem.js';
import { checkAgainstSpec } from '../../src/shared/rules.js';

const bodies = ['createSnapshotRequest', 'updateSnapshotRequest', 'rollbackRequest'] as const;
const problemOf = (target: RequestTarget, value: unknown): InputProblem | undefined => {
  try {
    checkAgainstSpec(new Checker(), target, value, '');
    return undefined;
  } catch (error) {
    if (error instanceof InputProblem) return error;
    throw error;
  }
};
/** The rule the spec's checks name for each kind of breakage. */
const reportedAs: Record<string, string> = {
  type: 'type',
  required: 'required',
  'unknown key': 'additionalProperties',
  maxBytes: 'maxBytes',
  maxLength: 'maxLength',
  minLength: 'minLength',
  enum: 'enum',
  pattern: 'format',
  minimum: 'range',
  maximum: 'range',
};

describe.each(bodies)('%s', (target) => {
  const schema = requestSchemas[target] as Schema;

  it('draws only values the spec accepts', () => {
    fc.assert(
      fc.property(validValues(schema), (value) => {
        expect(problemOf(target, value)).toBeUndefined();
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });

  it('breaks each rule alone, at its field', () => {
    const all = breakages(schema, { inQuery: false });
    expect(all.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(validValues(schema), fc.constantFrom(...all), (value, breakage) => {
        // As it travels: a key whose value JSON drops would break nothing.
        const problem = problemOf(target, JSON.parse(JSON.stringify(applyBreakage(value, breakage))));
        expect(problem, `${breakage.rule} at ${breakage.path.join('/')}`).toBeDefined();
        expect([problem?.rule, problem?.field]).toEqual([reportedAs[breakage.rule], breakage.path.join('.')]);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});

describe('breakages', () => {
  it('of the create body: every rule of every field, and an unknown key at each closed level', () => {
    expect(breakages(requestSchemas.createSnapshotRequest as Schema, { inQuery: false }).map((b) => `${b.rule} ${b.path.join('/')}`)).toEqual([
      'unknown key x_contract_unknown',
      'required snapshot',
      'type snapshot',
      'unknown key snapshot/x_contract_unknown',
      'required snapshot/volume_id',
      'type snapshot/volume_id',
      'pattern snapshot/volume_id',
      'type snapshot/force',
      'type snapshot/metadata',
      'type snapshot/metadata/contract',
      'type snapshot/description',
      'maxBytes snapshot/description',
      'type snapshot/name',
      'maxBytes snapshot/name',
    ]);
  });

  it('of the list query: only what text can break, one past each bound', () => {
    expect(breakages(requestSchemas.listSnapshotsQuery as Schema, { inQuery: true }).map((b) => `${b.rule} ${b.path.join('/')} ${JSON.stringify(b.value).slice(0, 20)}`)).toEqual([
      'type offset "not a number"',
      'minimum offset -1',
      'type limit "not a number"',
      'minimum limit 0',
      'maximum limit 1001',
      'pattern marker "not-a-uuid"',
      'minLength sort_key ""',
      'enum sort_dir "not-in-the-enum"',
      `maxBytes name "${'快'.repeat(19)}`,
      'enum status "not-in-the-enum"',
    ]);
  });

  it('of a schema of every kind: one past each limit, no length break where bytes break first, no type break a branch allows', () => {
    const schema = {
      type: 'object',
      properties: {
        short: { type: 'string', maxLength: 3 },
        long: { type: 'string', maxLength: 9, 'x-maxBytes': 4 },
        either: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
        count: { type: 'integer', minimum: 2, maximum: 5 },
        flag: { type: 'boolean' },
        list: { type: 'array', items: { type: 'string' } },
      },
    };
    expect(breakages(schema, { inQuery: false })).toEqual([
      { path: ['short'], rule: 'type', value: 12345 },
      { path: ['short'], rule: 'maxLength', value: 'nnnn' },
      { path: ['long'], rule: 'type', value: 12345 },
      { path: ['long'], rule: 'maxBytes', value: '快aa' },
      { path: ['count'], rule: 'type', value: 'not a number' },
      { path: ['count'], rule: 'minimum', value: 1 },
      { path: ['count'], rule: 'maximum', value: 6 },
      { path: ['flag'], rule: 'type', value: 'yes' },
      { path: ['list'], rule: 'type', value: 'not a list' },
    ]);
  });
});

describe('validValues', () => {
  it('keeps text within its bytes and characters, and off a reserved prefix', () => {
    const schema = { type: 'string', maxLength: 6, 'x-maxBytes': 4, 'x-reservedPrefix': 'a' };
    const drawn = fc.sample(validValues(schema), { numRuns: 400, seed: 7 }) as string[];
    for (const value of drawn) {
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(4);
      expect([...value].length).toBeLessThanOrEqual(6);
      expect(value.startsWith('a')).toBe(false);
    }
    // The byte limit exactly, in two-byte characters, is among them.
    expect(drawn).toContain('éé');
  });

  it('one byte over the limit, within the character limit, in three-byte characters', () => {
    const name = breakages(requestSchemas.createSnapshotRequest as Schema, { inQuery: false }).find((b) => b.rule === 'maxBytes' && b.path.join('/') === 'snapshot/name');
    expect(name?.value).toBe(`${'快'.repeat(85)}a`);
    expect(Buffer.byteLength(String(name?.value))).toBe(256);
  });
});

describe('applyBreakage', () => {
  it('changes a copy, making the parents it needs, and removes what a required breakage removes', () => {
    const value = { snapshot: { volume_id: 'v' } };
    expect(applyBreakage(value, { path: ['snapshot', 'metadata', 'k'], rule: 'type', value: 5 })).toEqual({ snapshot: { volume_id: 'v', metadata: { k: 5 } } });
    expect(applyBreakage(value, { path: ['snapshot', 'volume_id'], rule: 'required', value: undefined, remove: true })).toEqual({ snapshot: {} });
    expect(applyBreakage(undefined, { path: ['a', 'b'], rule: 'type', value: 1 })).toEqual({ a: { b: 1 } });
    expect(applyBreakage({ a: 'text' }, { path: ['a', 'b'], rule: 'type', value: 1 })).toEqual({ a: { b: 1 } });
    expect(value).toEqual({ snapshot: { volume_id: 'v' } });
  });
});
