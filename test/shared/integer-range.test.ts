// The one integer-range check: an integer within both bounds is returned; anything else is an
// InputProblem with rule `range` that names the field and the bounds.
import { describe, expect, it } from 'vitest';
import { Checker, InputProblem } from '../../src/shared/input-problem.js';
import { aWholeNumber, aWholeNumberThenRange, type IntegerWording, integerIn, integerOr } from '../../src/shared/integer-range.js';

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

const wordedProblem = (value: unknown, wording: IntegerWording): Pick<InputProblem, 'rule' | 'detail'> | undefined => {
  try {
    integerIn(new Checker(), 'seed', value, 0, 3600, wording);
    return undefined;
  } catch (error) {
    const { rule, detail } = error as InputProblem;
    return { rule, detail };
  }
};

describe('integerIn with a product wording', () => {
  it.each<[string, unknown]>([
    ['out of range', 3601],
    ['not whole', 2.5],
    ['not a number', '7'],
  ])('aWholeNumber (the emulator) refuses a value %s under rule range, saying a whole number and both bounds', (_, value) => {
    expect(wordedProblem(value, aWholeNumber)).toEqual({ rule: 'range', detail: 'must be a whole number from 0 to 3600' });
  });

  it.each<[unknown]>([[2.5], ['7'], [Number.NaN]])('aWholeNumberThenRange (the contract tool) refuses %s, not a whole number, under rule type', (value) => {
    expect(wordedProblem(value, aWholeNumberThenRange)).toEqual({ rule: 'type', detail: 'must be a whole number' });
  });

  it('aWholeNumberThenRange refuses a whole number out of range under rule range, naming only the bounds', () => {
    expect(wordedProblem(-1, aWholeNumberThenRange)).toEqual({ rule: 'range', detail: 'must be from 0 to 3600' });
  });

  it('integerOr gives the fallback for a value left out and checks any other', () => {
    expect(integerOr(new Checker(), 'seed', undefined, 42, 0, 3600, aWholeNumber)).toBe(42);
    expect(integerOr(new Checker(), 'seed', 7, 42, 0, 3600, aWholeNumber)).toBe(7);
    expect(() => integerOr(new Checker(), 'seed', null, 42, 0, 3600, aWholeNumber)).toThrow(InputProblem);
  });
});
