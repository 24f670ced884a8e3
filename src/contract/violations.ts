// A schema error restated for a report: where (a JSON pointer into the body), which rule, what
// was expected and what was found.

import type { SchemaError } from '../shared/validators.js';
import { renderValue } from './render.js';

export type { SchemaError };

export interface Violation {
  /** JSON pointer of the offending value in the validated document (`''` is the root). */
  pointer: string;
  /** The JSON Schema keyword that failed (`type`, `enum`, `required`, ...). */
  rule: string;
  message: string;
  expected: string;
  actual: string;
}

const show = renderValue;
const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** The value a JSON pointer names inside `root`. */
function atPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function violationOf(error: SchemaError, root: unknown): Violation {
  const { params } = error;
  const data = atPointer(root, error.instancePath);
  const base = { pointer: error.instancePath, rule: error.keyword, message: error.message ?? error.keyword };
  switch (error.keyword) {
    case 'required':
      return {
        ...base,
        pointer: `${error.instancePath}/${String(params.missingProperty)}`,
        expected: 'a value (required property)',
        actual: 'nothing',
      };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return {
        ...base,
        pointer: `${error.instancePath}/${name}`,
        expected: 'no such property',
        actual: show((data as Record<string, unknown>)[name]),
      };
    }
    case 'type':
      return { ...base, expected: `type ${show(params.type)}`, actual: `${show(data)} (${typeOf(data)})` };
    case 'enum':
      return { ...base, expected: `one of ${show(params.allowedValues)}`, actual: show(data) };
    case 'const':
      return { ...base, expected: show(params.allowedValue), actual: show(data) };
    case 'pattern':
      return { ...base, expected: `a string matching ${String(params.pattern)}`, actual: show(data) };
    case 'oneOf':
      return {
        ...base,
        expected: 'a value matching exactly one of the alternatives (see the violations above for each)',
        actual: show(data),
      };
    case 'format':
      return { ...base, expected: `format ${String(params.format)}`, actual: show(data) };
    default:
      return { ...base, expected: error.message ?? error.keyword, actual: show(data) };
  }
}
