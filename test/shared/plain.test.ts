// The plain copy every rule checks and every body is sent from, on its own: what it keeps, what
// it drops, and each refusal with the field, rule, value and detail it names.
import { describe, expect, it } from 'vitest';
import { Checker, InputProblem } from '../../src/shared/input-problem.js';
import { plainCopy } from '../../src/shared/plain.js';

const copy = (value: unknown) => plainCopy(new Checker(), 'snapshot', value);
const problemOf = (value: unknown): Pick<InputProblem, 'name' | 'field' | 'rule' | 'value' | 'detail'> | undefined => {
  try {
    copy(value);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InputProblem);
    const { name, field, rule, value: shown, detail } = error as InputProblem;
    return { name, field, rule, value: shown, detail };
  }
};
const nest = (depth: number): unknown => (depth === 0 ? 1 : { a: nest(depth - 1) });
const nestArrays = (depth: number): unknown => (depth === 0 ? 1 : [nestArrays(depth - 1)]);
class Snapshot {
  name = 'x';
}

describe('plainCopy keeps', () => {
  it.each<[string, unknown, unknown]>([
    ['undefined as nothing', undefined, undefined],
    ['true and false', [true, false], [true, false]],
    ['strings and finite numbers', ['a', 0, -1.5], ['a', 0, -1.5]],
    ['null', null, null],
    ['nested objects and arrays', { a: [{ b: null }], c: 'd' }, { a: [{ b: null }], c: 'd' }],
    ['an object without a prototype', Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  ])('%s', (_case, value, expected) => {
    expect(copy(value)).toEqual(expected);
  });

  it('drops undefined properties and gives objects no prototype', () => {
    const result = copy({ a: undefined, b: 1 }) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['b']);
    expect(Object.getPrototypeOf(result)).toBeNull();
  });

  it('reads each property once and takes no toJSON', () => {
    let reads = 0;
    const value = {
      get name() {
        reads++;
        return 'n';
      },
      toJSON: undefined,
    };
    expect(copy(value)).toEqual({ name: 'n' });
    expect(reads).toBe(1);
  });

  it('takes nesting to 16 levels and arrays of 10,000 entries', () => {
    expect(problemOf(nest(16))).toBeUndefined();
    expect(problemOf(nestArrays(16))).toBeUndefined();
    expect(problemOf(new Array(10_000).fill(0))).toBeUndefined();
  });
});

describe('plainCopy refuses', () => {
  it.each<[string, unknown, Partial<InputProblem>]>([
    [
      'a lone surrogate',
      { a: '\ud800' },
      { field: 'snapshot.a', rule: 'format', detail: 'must be well-formed Unicode text (it has a lone surrogate, which cannot be sent as UTF-8)' },
    ],
    ['NaN', { a: Number.NaN }, { field: 'snapshot.a', rule: 'type', value: 'NaN (number)', detail: 'must be a finite number' }],
    ['Infinity', [1, Number.POSITIVE_INFINITY], { field: 'snapshot[1]', rule: 'type', value: 'Infinity (number)', detail: 'must be a finite number' }],
    ['a bigint', { a: 1n }, { field: 'snapshot.a', rule: 'type', value: '1 (bigint)', detail: 'must be JSON data (a string, number, boolean, null, array or plain object)' }],
    ['a function', { a: () => 1 }, { field: 'snapshot.a', rule: 'type', detail: 'must be JSON data (a string, number, boolean, null, array or plain object)' }],
    ['a symbol', [Symbol('s')], { field: 'snapshot[0]', rule: 'type', value: 'Symbol(s) (symbol)' }],
    ['nesting of 17 levels', nest(17), { field: `snapshot${'.a'.repeat(16)}`, rule: 'depth', value: 'an object nested deeper', detail: 'must be nested at most 16 levels deep' }],
    ['arrays nested 17 levels', nestArrays(17), { field: `snapshot${'[0]'.repeat(16)}`, rule: 'depth', detail: 'must be nested at most 16 levels deep' }],
    ['an array of 10,001 entries', new Array(10_001).fill(0), { field: 'snapshot', rule: 'maxItems', value: 'an array of 10001', detail: 'must have at most 10000 entries' }],
    ['undefined in an array', [1, undefined], { field: 'snapshot[1]', rule: 'type', value: 'nothing', detail: 'must be a value (arrays cannot hold undefined or holes)' }],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    ['a hole in an array', [1, , 3], { field: 'snapshot[1]', rule: 'type', value: 'nothing' }],
    [
      'a Date',
      { at: new Date(0) },
      { field: 'snapshot.at', rule: 'type', value: 'a Date', detail: 'must be a plain object or array (class instances such as Date, Map or Buffer are not JSON data)' },
    ],
    ['a class instance', new Snapshot(), { field: 'snapshot', rule: 'type', value: 'a Snapshot' }],
    ['an object of an anonymous class', new (class {})(), { field: 'snapshot', rule: 'type', value: 'an object with a prototype' }],
    ['an object whose prototype has no constructor', Object.create(Object.create(null)), { field: 'snapshot', rule: 'type', value: 'an object with a prototype' }],
    [
      'a property whose getter throws',
      {
        get a() {
          throw new Error('no');
        },
      },
      { field: 'snapshot.a', rule: 'type', value: 'a property whose getter threw', detail: 'must be a readable value (its getter threw)' },
    ],
    [
      'an array entry whose getter throws',
      Object.defineProperty([1], 0, {
        get() {
          throw new Error('no');
        },
      }),
      { field: 'snapshot[0]', rule: 'type', value: 'a property whose getter threw' },
    ],
    [
      'a Proxy whose traps throw',
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('trap');
          },
        },
      ),
      { field: 'snapshot', rule: 'type', value: 'an object that cannot be read', detail: 'must be plain JSON data (reading it threw: trap)' },
    ],
  ])('%s', (_case, value, expected) => {
    expect(problemOf(value)).toMatchObject({ name: 'InputProblem', ...expected });
  });
});
