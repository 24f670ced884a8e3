// The one check of an integer option or parameter against its bounds, worded the same wherever it
// is used: a value that is not a number, not whole, or out of range is an InputProblem with rule
// `range` that names the field and both bounds.
import type { Checker } from './input-problem.js';

export function integerIn(check: Checker, field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) check.fail(field, 'range', value, `must be an integer from ${min} to ${max}`);
  return value;
}
