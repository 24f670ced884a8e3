// The one check of an integer option or parameter against its bounds. Each product keeps the words
// its users already read (pinned by tests), so the wording is a parameter, not a second copy: the
// client says `an integer`, the emulator `a whole number`, and the contract tool refuses a value
// that is not whole under its own rule (`type`) before it checks the bounds (`range`).
import type { Checker } from './input-problem.js';

/** How a product words an integer refusal. */
export interface IntegerWording {
  /** The noun phrase after `must be`: `an integer`, `a whole number`. */
  readonly noun: string;
  /**
   * A value that is not a whole number breaks rule `type` (`must be <noun>`), and then `range` says only the bounds.
   */
  readonly typeApart: boolean;
}

/** `must be an integer from 1 to 1000` (rule range): the client's wording. */
export const anInteger: IntegerWording = { noun: 'an integer', typeApart: false };
/** `must be a whole number from 0 to 3600` (rule range): the emulator's wording. */
export const aWholeNumber: IntegerWording = { noun: 'a whole number', typeApart: false };
/** `must be a whole number` (rule type), else `must be from 0 to 1000` (rule range): the contract tool's wording. */
export const aWholeNumberThenRange: IntegerWording = { noun: 'a whole number', typeApart: true };

/**
 * `value` when it is an integer from `min` to `max`; anything else (not a number, not whole, NaN,
 * out of range) is an InputProblem that names the field and both bounds.
 */
export function integerIn(
  check: Checker,
  field: string,
  value: unknown,
  min: number,
  max: number,
  wording: IntegerWording = anInteger,
): number {
  const whole = typeof value === 'number' && Number.isInteger(value);
  if (!whole && wording.typeApart) check.fail(field, 'type', value, `must be ${wording.noun}`);
  if (!whole || value < min || value > max)
    check.fail(
      field,
      'range',
      value,
      wording.typeApart ? `must be from ${min} to ${max}` : `must be ${wording.noun} from ${min} to ${max}`,
    );
  return value;
}

/** Like integerIn, with `fallback` for a value left out (undefined). */
export function integerOr(
  check: Checker,
  field: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  wording: IntegerWording = anInteger,
): number {
  return value === undefined ? fallback : integerIn(check, field, value, min, max, wording);
}
