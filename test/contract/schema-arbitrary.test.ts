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

const bodies = ['createSnapshotRequest', 'updateSnapshotRequest', 'rollbackRequest', 'createVolumeRequest', 'createVolumeV21Request'] as const;
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
  dependentSchemas: 'dependentSchemas',
  maxProperties: 'maxProperties',
  propertyNames: 'format',
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
    expect(applyBreakage(value, { path: ['snapshot', 'volume_id'], rule: 'required', value: undefined, remove: true })).toStrictEqual({ snapshot: {} });
    expect(applyBreakage({ a: null }, { path: ['a', 'b'], rule: 'type', value: 1 })).toEqual({ a: { b: 1 } });
    expect(applyBreakage(undefined, { path: ['a', 'b'], rule: 'type', value: 1 })).toEqual({ a: { b: 1 } });
    expect(applyBreakage({ a: 'text' }, { path: ['a', 'b'], rule: 'type', value: 1 })).toEqual({ a: { b: 1 } });
    expect(value).toEqual({ snapshot: { volume_id: 'v' } });
  });
});

describe('validValues of a schema of every kind', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const every = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'count'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      count: { type: 'integer', minimum: 3, maximum: 5 },
      free: { type: 'integer' },
      flag: { type: 'boolean' },
      nothing: { type: 'null' },
      choice: { enum: ['x', 'y'] },
      either: { anyOf: [{ type: 'integer', minimum: 7, maximum: 7 }, { type: 'null' }] },
      one: { oneOf: [{ type: 'boolean' }, { enum: ['z'] }] },
      tags: { type: 'array', items: { type: 'string', format: 'uuid' } },
      loose: { type: 'array' },
      meta: { type: 'object', additionalProperties: { type: 'string', maxLength: 2 } },
      // Named properties and a schema for the others: only the named ones are drawn.
      mixed: { type: 'object', properties: { k: { type: 'boolean' } }, additionalProperties: { type: 'string' } },
    },
  };
  type Drawn = Record<string, unknown>;
  const draw = (overrides = new Map<string, fc.Arbitrary<unknown> | 'omit'>()) => fc.sample(validValues(every, overrides), { numRuns: 400, seed: 11 }) as Drawn[];
  const seen = (values: Drawn[], field: string) => new Set(values.filter((v) => field in v).map((v) => JSON.stringify(v[field])));

  it('draws each keyword’s values and only those, within their bounds', () => {
    const values = draw();
    for (const value of values) {
      expect(Object.keys(value).every((name) => name in every.properties)).toBe(true);
      expect(value.id).toMatch(uuid);
      expect([3, 4, 5]).toContain(value.count);
      if ('free' in value) expect(Number.isInteger(value.free) && (value.free as number) >= 0 && (value.free as number) <= 10_000).toBe(true);
      for (const tag of (value.tags as unknown[] | undefined) ?? []) expect(tag).toMatch(uuid);
      expect(((value.tags as unknown[] | undefined) ?? []).length).toBeLessThanOrEqual(3);
      for (const item of (value.loose as unknown[] | undefined) ?? []) expect(typeof item).toBe('string');
      const meta = (value.meta as Record<string, string> | undefined) ?? {};
      expect(Object.keys(meta).length).toBeLessThanOrEqual(4);
      for (const [name, text] of Object.entries(meta)) {
        expect(name).toMatch(/^[\x20-\x7e]{1,16}$/);
        expect([...text].length).toBeLessThanOrEqual(2);
      }
    }
    expect(seen(values, 'count')).toEqual(new Set(['3', '4', '5']));
    expect(Math.max(...values.map((v) => (v.free as number | undefined) ?? 0))).toBeGreaterThan(100);
    expect(seen(values, 'flag')).toEqual(new Set(['true', 'false']));
    expect(seen(values, 'nothing')).toEqual(new Set(['null']));
    expect(seen(values, 'choice')).toEqual(new Set(['"x"', '"y"']));
    expect(seen(values, 'either')).toEqual(new Set(['7', 'null']));
    expect(seen(values, 'one')).toEqual(new Set(['true', 'false', '"z"']));
    expect(values.some((v) => (v.tags as unknown[] | undefined)?.length === 3)).toBe(true);
    expect(values.some((v) => Object.keys((v.meta as object | undefined) ?? {}).length === 4)).toBe(true);
    expect(values.some((v) => !('free' in v))).toBe(true);
    for (const value of values) if ('mixed' in value) expect(Object.keys(value.mixed as object).every((name) => name === 'k')).toBe(true);
    expect(seen(values, 'mixed')).toContain('{"k":true}');
  });

  it('takes an override by its path, items and dictionary values as *, and leaves out what is omitted, required or not', () => {
    const values = draw(
      new Map<string, fc.Arbitrary<unknown> | 'omit'>([
        ['count', fc.constant(9)],
        ['tags/*', fc.constant('tag')],
        ['meta/*', fc.constant('ov')],
        ['flag', 'omit'],
        ['id', 'omit'],
      ]),
    );
    for (const value of values) {
      expect(value.count).toBe(9);
      expect('flag' in value || 'id' in value).toBe(false);
      for (const tag of (value.tags as unknown[] | undefined) ?? []) expect(tag).toBe('tag');
      for (const text of Object.values((value.meta as object | undefined) ?? {})) expect(text).toBe('ov');
    }
    expect(values.some((v) => ((v.tags as unknown[] | undefined) ?? []).length > 0)).toBe(true);
    expect(values.some((v) => Object.keys((v.meta as object | undefined) ?? {}).length > 0)).toBe(true);
  });

  it('text: each limit holds alone, the byte limit is met exactly in one-, two- and three-byte characters, the reserved prefix is avoided', () => {
    const sample = (schema: Schema) => fc.sample(validValues(schema), { numRuns: 500, seed: 5 }) as string[];
    const chars = (text: string) => [...text].length;
    const short = sample({ type: 'string', maxLength: 3 });
    expect(Math.max(...short.map(chars))).toBe(3);
    expect(short.some((text) => [...text].some((c) => c.charCodeAt(0) > 0x7f))).toBe(true);
    const bounded = sample({ type: 'string', minLength: 2, maxLength: 5 });
    expect([Math.min(...bounded.map(chars)), Math.max(...bounded.map(chars))]).toEqual([2, 5]);
    // Three-byte characters at a byte limit far above the character limit: the character limit still holds.
    expect(Math.max(...sample({ type: 'string', maxLength: 2, 'x-maxBytes': 12 }).map(chars))).toBeLessThanOrEqual(2);
    // The byte-limit constants in three- and two-byte characters are too short here: left out.
    expect(Math.min(...sample({ type: 'string', minLength: 5, maxLength: 10, 'x-maxBytes': 6 }).map(chars))).toBe(5);
    const bytes = sample({ type: 'string', maxLength: 100, 'x-maxBytes': 7 });
    expect(Math.max(...bytes.map((text) => Buffer.byteLength(text)))).toBe(7);
    for (const exact of ['aaaaaaa', '快快a', 'éééa']) expect(bytes).toContain(exact);
    const prefixed = sample({ type: 'string', maxLength: 4, 'x-reservedPrefix': 'ab' });
    expect(prefixed.some((text) => text.startsWith('ab'))).toBe(false);
    expect(prefixed.some((text) => text.startsWith('a'))).toBe(true);
    expect(Math.max(...sample({ type: 'string' }).map(chars))).toBeGreaterThan(5);
  });

  it('refuses a type it cannot draw, naming the schema (cut to 120 characters) and where it is', () => {
    expect(() => validValues({ type: 'object', properties: { deep: { type: 'object', properties: { x: { type: 'weird' } } } } })).toThrow(
      new Error('the contract tool cannot draw values of schema {"type":"weird"} at /deep/x'),
    );
    const long = { type: 'weird', description: 'd'.repeat(200) };
    expect(() => validValues(long)).toThrow(new Error(`the contract tool cannot draw values of schema ${JSON.stringify(long).slice(0, 120)} at /`));
  });
});

describe('breakages of each keyword', () => {
  it('a nested object, its required keys, a dictionary of any value, a character limit under a byte limit (the byte break within it, in wider characters or none), minLength 0 and 1, and nothing at a root that is not an object', () => {
    const schema = {
      type: 'object',
      required: ['inner'],
      properties: {
        inner: { type: 'object', additionalProperties: {}, required: ['a'], properties: { a: { type: 'string', minLength: 0 } } },
        both: { type: 'string', maxLength: 5, 'x-maxBytes': 9 },
        narrow: { type: 'string', maxLength: 3, 'x-maxBytes': 9 },
        none: { type: 'string', maxLength: 2, 'x-maxBytes': 9 },
        some: { type: 'string', minLength: 1 },
      },
    };
    expect(breakages(schema, { inQuery: false })).toEqual([
      { path: ['inner'], rule: 'required', value: undefined, remove: true },
      { path: ['inner'], rule: 'type', value: 'not an object' },
      { path: ['inner', 'a'], rule: 'required', value: undefined, remove: true },
      { path: ['inner', 'a'], rule: 'type', value: 12345 },
      { path: ['both'], rule: 'type', value: 12345 },
      { path: ['both'], rule: 'maxBytes', value: '快快快a' },
      { path: ['both'], rule: 'maxLength', value: 'nnnnnn' },
      // Four three-byte characters would break the character limit too: four-byte ones, then none at all.
      { path: ['narrow'], rule: 'type', value: 12345 },
      { path: ['narrow'], rule: 'maxBytes', value: '😀😀é' },
      { path: ['narrow'], rule: 'maxLength', value: 'nnnn' },
      { path: ['none'], rule: 'type', value: 12345 },
      { path: ['none'], rule: 'maxLength', value: 'nnn' },
      { path: ['some'], rule: 'type', value: 12345 },
      { path: ['some'], rule: 'minLength', value: '' },
    ]);
    expect(breakages({ type: 'string', maxLength: 2 }, { inQuery: false })).toEqual([]);
  });
});

describe('breakages of the type rule across branches', () => {
  it('breaks an object-typed dictionary value with text, no type break where a number and a string are both allowed, text where neither is', () => {
    expect(breakages({ type: 'object', additionalProperties: { type: 'object' } }, { inQuery: false })).toEqual([{ path: ['contract'], rule: 'type', value: 'not an object' }]);
    expect(breakages({ type: 'object', properties: { n: { anyOf: [{ type: 'number' }, { type: 'string' }] } } }, { inQuery: false })).toEqual([]);
    expect(breakages({ type: 'object', properties: { n: { oneOf: [{ type: 'boolean' }, { type: 'integer' }] } } }, { inQuery: false })).toEqual([
      { path: ['n'], rule: 'type', value: 'not a number' },
    ]);
  });
});

describe('the rules of a disk create', () => {
  const schema = requestSchemas.createVolumeRequest as Schema;
  const all = breakages(schema, { inQuery: false });
  const at = (rule: string) => all.filter((b) => b.rule === rule).map((b) => [b.path.join('/'), b.refusal?.class, b.refusal?.code]);

  it('breaks the anyOf of required keys once, by removing size and backup_id together, with the alternative’s record (EVS.1010)', () => {
    const broken = all.find((b) => b.rule === 'required' && b.path.join('/') === 'volume/size');
    expect(broken?.with).toEqual([{ path: ['volume', 'backup_id'], remove: true }]);
    expect(broken?.refusal?.code).toBe('EVS.1010');
    // The object's own required keys keep the object's record.
    expect(at('required')).toContainEqual(['volume/availability_zone', 'documented-refusal', 'EVS.2083']);
    expect(applyBreakage({ volume: { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10, backup_id: 'b' } }, broken as never)).toEqual({
      volume: { availability_zone: 'eu-de-01', volume_type: 'SSD' },
    });
  });

  it('breaks dependentSchemas once per pair of data sources, the third removed, as EVS.1016', () => {
    expect(at('dependentSchemas')).toEqual([
      ['volume/imageRef', 'documented-refusal', 'EVS.1016'],
      ['volume/backup_id', 'documented-refusal', 'EVS.1016'],
      ['volume/backup_id', 'documented-refusal', 'EVS.1016'],
    ]);
    const [first] = all.filter((b) => b.rule === 'dependentSchemas');
    const value = { volume: { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10, snapshot_id: '5aa119a8-d25b-45a7-8d1b-88e127885635' } };
    // The snapshot the value names is kept: the break adds the image beside it.
    expect(applyBreakage(value, first as never)).toEqual({ volume: { ...value.volume, imageRef: 'contract-suite' } });
  });

  it('breaks maxProperties with 11 valid tags, propertyNames with a key outside the pattern, and a tag value’s pattern, each strictness', () => {
    expect(at('maxProperties')).toEqual([['volume/tags', 'strictness', undefined]]);
    expect(at('propertyNames')).toEqual([['volume/tags/bad key!', 'strictness', undefined]]);
    expect(at('pattern')).toContainEqual(['volume/tags/contract', 'strictness', undefined]);
    const tags = all.find((b) => b.rule === 'maxProperties')?.value as Record<string, string>;
    expect(Object.keys(tags)).toHaveLength(11);
  });

  it('draws tags within the key pattern and at most 10 of them, and never two data sources', () => {
    fc.assert(
      fc.property(validValues(schema), (value) => {
        const volume = (value as { volume: Record<string, unknown> }).volume;
        for (const key of Object.keys((volume.tags as object | undefined) ?? {})) expect(key).toMatch(/^[A-Za-z0-9_-]{1,36}$/);
        expect(['snapshot_id', 'imageRef', 'backup_id'].filter((name) => name in volume).length).toBeLessThanOrEqual(1);
        expect('size' in volume || 'backup_id' in volume).toBe(true);
      }),
      { numRuns: 200, seed: 2026 },
    );
  });
});
