// Reading an options object on its own: a plain object only, own keys only, known keys only,
// read once into a copy; each refusal names the field, the rule and what was passed.
import { describe, expect, it } from 'vitest';
import { Checker, InputProblem } from '../../src/shared/input-problem.js';
import { ownOptions } from '../../src/shared/own-options.js';

const read = (field: string, value: unknown, known: readonly string[] | undefined = ['a', 'b']) => ownOptions(new Checker(), field, value, known);
const problemOf = (field: string, value: unknown, known?: readonly string[]) => {
  try {
    read(field, value, known);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InputProblem);
    const { field: at, rule, value: shown, detail } = error as InputProblem;
    return { field: at, rule, value: shown, detail };
  }
};
class Settings {
  a = 1;
}

describe('ownOptions', () => {
  it('copies the own known keys into an object without a prototype', () => {
    const copy = read('', { a: 1 });
    expect(copy).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(copy)).toBeNull();
  });

  it('takes an object without a prototype, and any key when no list is given', () => {
    expect(ownOptions(new Checker(), 'headers', Object.assign(Object.create(null), { 'X-Any': 'v' }), undefined)).toEqual({ 'X-Any': 'v' });
  });

  it('does not see inherited keys', () => {
    expect(read('', Object.create(Object.prototype, { a: { value: 1, enumerable: true } }))).toEqual({ a: 1 });
    const inherited = Object.create({ c: 1 }) as object;
    expect(problemOf('', inherited)?.rule).toBe('type');
  });

  it.each<[string, string, unknown, { field: string; rule: string; value: string; detail: string }]>([
    ['an unknown key at the top', '', { a: 1, z: 2 }, { field: 'z', rule: 'additionalProperties', value: 'an unknown option', detail: 'is not an option; expected one of a, b' }],
    [
      'an unknown key of a field',
      'retry',
      { z: 2 },
      { field: 'retry.z', rule: 'additionalProperties', value: 'an unknown option', detail: 'is not an option of retry; expected one of a, b' },
    ],
    ['null', 'retry', null, { field: 'retry', rule: 'type', value: 'null', detail: 'must be a plain object' }],
    ['an array', '', [1], { field: 'options', rule: 'type', value: 'an array', detail: 'must be a plain object' }],
    ['a string', 'retry', 'fast', { field: 'retry', rule: 'type', value: '"fast" (string, 4 UTF-8 bytes)', detail: 'must be a plain object' }],
    ['nothing', 'retry', undefined, { field: 'retry', rule: 'type', value: 'nothing', detail: 'must be a plain object' }],
    ['a function, without its source', 'retry', () => 'source-text', { field: 'retry', rule: 'type', value: 'a function', detail: 'must be a plain object' }],
    ['a number', 'retry', 3, { field: 'retry', rule: 'type', value: '3 (number)', detail: 'must be a plain object' }],
    ['a class instance', 'retry', new Settings(), { field: 'retry', rule: 'type', value: 'a Settings', detail: 'must be a plain object' }],
    ['a Map', '', new Map(), { field: 'options', rule: 'type', value: 'a Map', detail: 'must be a plain object' }],
    [
      'an object whose prototype is a plain object',
      '',
      Object.create({}),
      { field: 'options', rule: 'type', value: 'an object with a prototype', detail: 'must be a plain object' },
    ],
    [
      'an object whose prototype has no constructor',
      '',
      Object.create(Object.create(null)),
      { field: 'options', rule: 'type', value: 'an object with a prototype', detail: 'must be a plain object' },
    ],
    [
      'a Proxy that throws',
      'retry',
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('trap');
          },
        },
      ),
      { field: 'retry', rule: 'type', value: 'an object that cannot be read', detail: 'must be a plain object whose properties can be read (reading it threw: trap)' },
    ],
    [
      'a getter that throws, at the top',
      '',
      {
        get a() {
          throw new Error('getter');
        },
      },
      { field: 'options', rule: 'type', value: 'an object that cannot be read', detail: 'must be a plain object whose properties can be read (reading it threw: getter)' },
    ],
  ])('refuses %s', (_case, field, value, expected) => {
    expect(problemOf(field, value)).toEqual(expected);
  });

  it('shows a string passed for an object through the redactor, then cut to 40 characters', () => {
    const problem = (value: string) => {
      try {
        ownOptions(new Checker((text) => text.replaceAll('sk-secret', '[redacted]')), 'accessKeys[0]', value, ['accessKey']);
      } catch (error) {
        return (error as InputProblem).value;
      }
      return 'no error';
    };
    expect(problem('AK1:sk-secret')).toBe('"AK1:[redacted]" (string, 13 UTF-8 bytes)');
    expect(problem('x'.repeat(100_000))).toBe(`"${'x'.repeat(40)}"… (string, 100000 UTF-8 bytes)`);
  });
});
