// The one integer-range check: an integer within both bounds is returned; anything else is an
// InputProblem with rule `range` that names the field and the bounds.
import { describe, expect, it } from 'vitest';
import { Checker, InputProblem } from '../../src/shared/input-problem.js';
import { integerIn } from '../../src/shared/integer-range.js';

const problemOf = (value: unknown): Pick<InputProblem, 'field' | 'rule' | 'value' | 'detail'> | undefined => {
  try {
    integerIn(new Checker(), 'options.pageSize', value, 1, 1000);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InputProblem);
    const { field, rule, value: shown, detail } = error as InputProblem;
    return { field, rule, value: shown, detail };
  }
};

describe('integerIn', () => {
  it.each([1, 500, 1000])('returns %s, an integer within 1 to 1000', (value) => {
    expect(integerIn(new Checker(), 'options.pageSize', value, 1, 1000)).toBe(value);
  });

  it.each<[string, unknown, string]>([
    ['below the minimum', 0, '0 (number)'],
    ['above the maximum', 1001, '1001 (number)'],
    ['not whole', 1.5, '1.5 (number)'],
    ['not a number', '5', '"5" (string, 1 UTF-8 bytes)'],
    ['NaN', Number.NaN, 'NaN (number)'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity (number)'],
  ])('refuses a value %s, naming the field, the rule and both bounds', (_, value, shown) => {
    expect(problemOf(value)).toEqual({ field: 'options.pageSize', rule: 'range', value: shown, detail: 'must be an integer from 1 to 1000' });
  });
});
