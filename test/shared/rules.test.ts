// The spec's request rules on their own: the byte rules JSON Schema cannot state, to the byte,
// and how each Ajv error is restated as field, rule, value and detail.
import { describe, expect, it } from 'vitest';
import { uuidPattern } from '../../generated/spec-constants.js';
import { Checker, InputProblem } from '../../src/shared/input-problem.js';
import { checkAgainstSpec, raise, type SchemaError } from '../../src/shared/rules.js';

const volumeId = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';
const problem = (act: (check: Checker) => void) => {
  try {
    act(new Checker());
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InputProblem);
    const { field, rule, value, detail } = error as InputProblem;
    return { field, rule, value, detail };
  }
};
const create = (snapshot: Record<string, unknown>, allowReservedNamePrefix = false) =>
  problem((check) => checkAgainstSpec(check, 'createSnapshotRequest', { snapshot: { volume_id: volumeId, ...snapshot } }, '', { allowReservedNamePrefix }));

describe('checkAgainstSpec: the byte rules', () => {
  const bytes255 = `${'ü'.repeat(127)}a`;
  it('takes a name and a description of 255 UTF-8 bytes, and metadata of 1,048,575 bytes as JSON', () => {
    const metadata = { k: 'v'.repeat(1_048_575 - '{"k":""}'.length) };
    expect(JSON.stringify(metadata).length).toBe(1_048_575);
    expect(create({ name: bytes255, description: bytes255, metadata })).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, { field: string; rule: string; detail: string }]>([
    ['a name of 256 bytes', { name: `${bytes255}b` }, { field: 'snapshot.name', rule: 'maxBytes', detail: 'must be at most 255 UTF-8 bytes, but is 256' }],
    ['a description of 256 bytes', { description: `${bytes255}b` }, { field: 'snapshot.description', rule: 'maxBytes', detail: 'must be at most 255 UTF-8 bytes, but is 256' }],
    [
      'metadata of 1,048,576 bytes as JSON',
      { metadata: { k: 'v'.repeat(1_048_576 - '{"k":""}'.length) } },
      { field: 'snapshot.metadata', rule: 'maxBytes', detail: 'must be at most 1048575 bytes as JSON (EVS.1005), but is 1048576' },
    ],
    [
      'a name with the reserved prefix',
      { name: 'autobk_snapshot_1' },
      {
        field: 'snapshot.name',
        rule: 'reservedPrefix',
        detail: 'must not start with "autobk_snapshot_", which the service reserves for backup snapshots (pass allowReservedNamePrefix: true to send it anyway)',
      },
    ],
    ['metadata that is a long string, by its type', { metadata: 'v'.repeat(1_048_576) }, { field: 'snapshot.metadata', rule: 'type', detail: 'must be object' }],
  ])('refuses %s', (_case, snapshot, expected) => {
    expect(create(snapshot)).toMatchObject(expected);
  });

  it('takes a description that starts like no prefix at all ("undefined")', () => {
    expect(create({ description: 'undefined so far' })).toBeUndefined();
  });

  it('refuses a snapshot that is null by its type, not by a crash', () => {
    expect(problem((check) => checkAgainstSpec(check, 'createSnapshotRequest', { snapshot: null }, ''))).toMatchObject({ field: 'snapshot', rule: 'type' });
  });

  it('takes the reserved prefix when the caller insists', () => {
    expect(create({ name: 'autobk_snapshot_1' }, true)).toBeUndefined();
  });

  it('checks by default as if the caller did not insist', () => {
    expect(problem((check) => checkAgainstSpec(check, 'createSnapshotRequest', { snapshot: { volume_id: volumeId, name: 'autobk_snapshot_1' } }, ''))?.rule).toBe('reservedPrefix');
  });

  it('names a value at the top by its root, and a body as the body', () => {
    expect(problem((check) => checkAgainstSpec(check, 'snapshotId', 'x', 'snapshot_id'))).toEqual({
      field: 'snapshot_id',
      rule: 'format',
      value: '"x" (string, 1 UTF-8 bytes)',
      detail: 'must be a UUID such as f9faf7df-fdc1-4093-9ef3-5cba06eef995',
    });
    expect(problem((check) => checkAgainstSpec(check, 'createSnapshotRequest', [], ''))).toMatchObject({ field: '', rule: 'type' });
  });
});

describe('raise: each Ajv error as field, rule, value and detail', () => {
  const value = { snapshot: { 'a/b': { '~c': 5 }, ids: ['x', 'y', 'z', 'w', 'v', 'u', 't', 's', 'r', 'q', 'p', 'o', 'n'], '1a': 'k' } };
  const restated = (error: SchemaError, root = 'query', target: Parameters<typeof raise>[1] = 'createSnapshotRequest') =>
    problem((check) => raise(check, target, error, value, root));
  const at = (instancePath: string, keyword: string, params: Record<string, unknown> = {}) => ({ instancePath, keyword, params });

  it.each<[string, SchemaError, { field: string; rule: string; value: string; detail: string }]>([
    [
      'escaped keys (~1 and ~0)',
      at('/snapshot/a~1b/~0c', 'type', { type: 'string' }),
      { field: 'query.snapshot.a/b.~c', rule: 'type', value: '5 (number)', detail: 'must be string' },
    ],
    [
      'array indices as [n], of two digits too',
      at('/snapshot/ids/12', 'type', { type: 'integer' }),
      { field: 'query.snapshot.ids[12]', rule: 'type', value: '"n" (string, 1 UTF-8 bytes)', detail: 'must be integer' },
    ],
    [
      'a key that starts with a digit as a key',
      at('/snapshot/1a', 'type', { type: 'integer' }),
      { field: 'query.snapshot.1a', rule: 'type', value: '"k" (string, 1 UTF-8 bytes)', detail: 'must be integer' },
    ],
    [
      'two types, as Ajv joins them',
      at('/snapshot/1a', 'type', { type: 'string,null' }),
      { field: 'query.snapshot.1a', rule: 'type', value: '"k" (string, 1 UTF-8 bytes)', detail: 'must be string or null' },
    ],
    [
      'a missing field',
      at('/snapshot', 'required', { missingProperty: 'volume_id' }),
      { field: 'query.snapshot.volume_id', rule: 'required', value: 'nothing', detail: 'is required' },
    ],
    [
      'an unknown field, with the fields there are',
      at('/snapshot', 'additionalProperties', { additionalProperty: '1a' }),
      {
        field: 'query.snapshot.1a',
        rule: 'additionalProperties',
        value: '"k" (string, 1 UTF-8 bytes)',
        detail: 'is not a field of query.snapshot; expected one of volume_id, force, metadata, description, name',
      },
    ],
    [
      'an enum',
      at('/snapshot/1a', 'enum', { allowedValues: ['a', 'b'] }),
      { field: 'query.snapshot.1a', rule: 'enum', value: '"k" (string, 1 UTF-8 bytes)', detail: 'must be one of a, b' },
    ],
    [
      'a UUID pattern',
      at('/snapshot/1a', 'pattern', { pattern: uuidPattern }),
      { field: 'query.snapshot.1a', rule: 'format', value: '"k" (string, 1 UTF-8 bytes)', detail: 'must be a UUID such as f9faf7df-fdc1-4093-9ef3-5cba06eef995' },
    ],
    [
      'another pattern',
      at('/snapshot/1a', 'pattern', { pattern: '^[a-z]+$' }),
      { field: 'query.snapshot.1a', rule: 'format', value: '"k" (string, 1 UTF-8 bytes)', detail: 'must match ^[a-z]+$' },
    ],
    [
      'a minimum',
      at('/snapshot/a~1b/~0c', 'minimum', { comparison: '>=', limit: 10 }),
      { field: 'query.snapshot.a/b.~c', rule: 'range', value: '5 (number)', detail: 'must be >= 10' },
    ],
    [
      'an exclusive minimum',
      at('/snapshot/a~1b/~0c', 'exclusiveMinimum', { comparison: '>', limit: 5 }),
      { field: 'query.snapshot.a/b.~c', rule: 'range', value: '5 (number)', detail: 'must be > 5' },
    ],
    [
      'a maximum',
      at('/snapshot/a~1b/~0c', 'maximum', { comparison: '<=', limit: 1 }),
      { field: 'query.snapshot.a/b.~c', rule: 'range', value: '5 (number)', detail: 'must be <= 1' },
    ],
    [
      'an exclusive maximum',
      at('/snapshot/a~1b/~0c', 'exclusiveMaximum', { comparison: '<', limit: 5 }),
      { field: 'query.snapshot.a/b.~c', rule: 'range', value: '5 (number)', detail: 'must be < 5' },
    ],
    [
      'a maximum length',
      at('/snapshot/1a', 'maxLength', { limit: 0 }),
      { field: 'query.snapshot.1a', rule: 'maxLength', value: '"k" (string, 1 UTF-8 bytes)', detail: 'must be at most 0 characters long' },
    ],
    [
      'a minimum length',
      at('/snapshot/1a', 'minLength', { limit: 2 }),
      { field: 'query.snapshot.1a', rule: 'minLength', value: '"k" (string, 1 UTF-8 bytes)', detail: 'must be at least 2 characters long' },
    ],
    [
      'any other keyword',
      at('/snapshot/1a', 'const', {}),
      { field: 'query.snapshot.1a', rule: 'const', value: '"k" (string, 1 UTF-8 bytes)', detail: "breaks the spec's const rule" },
    ],
  ])('restates %s', (_case, error, expected) => {
    expect(restated(error)).toEqual(expected);
  });

  it('names an unknown field of a body at the top as a field of the body', () => {
    expect(restated(at('', 'additionalProperties', { additionalProperty: 'extra' }), '')).toEqual({
      field: 'extra',
      rule: 'additionalProperties',
      value: 'nothing',
      detail: 'is not a field of the body; expected one of snapshot',
    });
  });

  it('gives no list of fields where the spec names none', () => {
    expect(restated(at('/snapshot/ids', 'additionalProperties', { additionalProperty: 'x' }))?.detail).toBe('is not a field of query.snapshot.ids; expected one of ');
  });
});
