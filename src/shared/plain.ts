// Copies what a caller passes into plain JSON data before any rule looks at it: own enumerable
// string keys only, each property read exactly once, no toJSON, no prototype. The rules check
// the copy and the copy is what gets serialised, so what is validated is what is sent.
import type { Checker } from './input-problem.js';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Deeper nesting than any EVS body (snapshot → metadata → value) by a wide margin. */
const maxDepth = 16;
/** More entries than any EVS request takes; it bounds the copy of a huge sparse array. */
const maxItems = 10_000;

function kindOf(value: object): string {
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object with a prototype';
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function read(check: Checker, field: string, source: object, key: string | number): unknown {
  try {
    return (source as Record<string | number, unknown>)[key];
  } catch {
    return check.failShowing(
      field,
      'type',
      'a property whose getter threw',
      'must be a readable value (its getter threw)',
    );
  }
}

/**
 * The plain copy of `value`, or undefined for undefined (an omitted field). Objects get a null
 * prototype so that nothing inherited (a polluted `Object.prototype.toJSON` included) can change
 * how they are serialised.
 */
export function plainCopy(check: Checker, field: string, value: unknown): Plain | undefined {
  return check.reading(field, 'an object that cannot be read', 'must be plain JSON data', () =>
    copyOf(check, field, value, 0),
  );
}

function copyOf(check: Checker, field: string, value: unknown, depth: number): Plain | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'boolean':
      return value;
    case 'string':
      if (!value.isWellFormed())
        check.fail(
          field,
          'format',
          value,
          'must be well-formed Unicode text (it has a lone surrogate, which cannot be sent as UTF-8)',
        );
      return value;
    case 'number':
      if (!Number.isFinite(value)) check.fail(field, 'type', value, 'must be a finite number');
      return value;
    case 'object':
      break;
    default:
      return check.fail(
        field,
        'type',
        value,
        'must be JSON data (a string, number, boolean, null, array or plain object)',
      );
  }
  if (value === null) return null;
  if (depth >= maxDepth)
    check.failShowing(field, 'depth', 'an object nested deeper', `must be nested at most ${maxDepth} levels deep`);
  if (Array.isArray(value)) {
    const length = value.length;
    if (length > maxItems) check.fail(field, 'maxItems', value, `must have at most ${maxItems} entries`);
    const copy: Plain[] = [];
    for (let index = 0; index < length; index++) {
      const item = copyOf(check, `${field}[${index}]`, read(check, `${field}[${index}]`, value, index), depth + 1);
      if (item === undefined)
        check.fail(`${field}[${index}]`, 'type', undefined, 'must be a value (arrays cannot hold undefined or holes)');
      copy.push(item);
    }
    return copy;
  }
  if (!isPlainObject(value))
    check.failShowing(
      field,
      'type',
      kindOf(value),
      'must be a plain object or array (class instances such as Date, Map or Buffer are not JSON data)',
    );
  const copy = Object.create(null) as { [key: string]: Plain };
  for (const key of Object.keys(value)) {
    const item = copyOf(check, `${field}.${key}`, read(check, `${field}.${key}`, value, key), depth + 1);
    if (item !== undefined) copy[key] = item;
  }
  return copy;
}
