// Reads an options object the way the client reads bodies: a plain object only, its own keys
// only (nothing inherited from a polluted Object.prototype), each read once into a copy, with a
// throwing getter or Proxy reported as a validation error rather than passed on.
import type { Checker } from './input-problem.js';
import { isRecord } from './is-record.js';

const shownKind = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'an object with a prototype';
};

/**
 * The own options of `value` as a copy without a prototype; `field`
 * is '' for the top level; `known` undefined takes any key (headers).
 */
export function ownOptions(
  check: Checker,
  field: string,
  value: unknown,
  known: readonly string[] | undefined,
): Record<string, unknown> {
  const name = (key: string): string => (field === '' ? key : `${field}.${key}`);
  const must = 'must be a plain object whose properties can be read';
  return check.reading(field || 'options', 'an object that cannot be read', must, () => {
    const prototype = isRecord(value) ? (Object.getPrototypeOf(value) as unknown) : undefined;
    // A primitive goes through fail, so that the checker's redactor and length cut apply (a string may be a secret).
    if (typeof value !== 'object' && typeof value !== 'function')
      check.fail(field || 'options', 'type', value, 'must be a plain object');
    if (prototype !== Object.prototype && prototype !== null)
      check.failShowing(field || 'options', 'type', shownKind(value), 'must be a plain object');
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value as object)) {
      if (known !== undefined && !known.includes(key))
        check.failShowing(
          name(key),
          'additionalProperties',
          'an unknown option',
          `is not an option${field === '' ? '' : ` of ${field}`}; expected one of ${known.join(', ')}`,
        );
      copy[key] = (value as Record<string, unknown>)[key];
    }
    return copy;
  });
}
