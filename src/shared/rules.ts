// The spec's rules for what a client sends, all generated from the bundle: first the ones JSON
// Schema cannot state (x-maxBytes, x-maxJsonBytes, x-reservedPrefix), then the schema itself
// through the generated validators. The first broken rule is raised as an InputProblem that
// names the field, the rule and the value.
import { knownFields, type RequestTarget, textRules, uuidPattern } from '../../generated/spec-constants.js';
import type { Checker, RuleFacts } from './input-problem.js';
import { isRecord } from './is-record.js';
import { type SchemaError, requestValidators as validators } from './validators.js';

export type { SchemaError } from './validators.js';

export interface RuleOptions {
  /** Accept names with the reserved prefix (the caller insists). */
  allowReservedNamePrefix: boolean;
}

const encoder = new TextEncoder();
const bytesOf = (text: string): number => encoder.encode(text).length;

function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** `snapshot.metadata.n`, `query.id[1]`, `snapshot_id`: how a path is named in errors. */
function fieldName(root: string, path: readonly string[]): string {
  let name = root;
  for (const key of path) name += /^\d+$/.test(key) ? `[${key}]` : name === '' ? key : `.${key}`;
  return name;
}

export function checkTextRules(
  check: Checker,
  target: RequestTarget,
  value: unknown,
  root: string,
  options: RuleOptions,
): void {
  for (const rule of textRules[target]) {
    const found = valueAt(value, rule.path);
    const field = fieldName(root, rule.path);
    if (typeof found === 'string') {
      const bytes = bytesOf(found);
      if (rule.maxBytes !== undefined && bytes > rule.maxBytes)
        check.fail(field, 'maxBytes', found, `must be at most ${rule.maxBytes} UTF-8 bytes, but is ${bytes}`, {
          keyword: 'x-maxBytes',
          limit: rule.maxBytes,
          comparison: '<=',
        });
      if (
        rule.reservedPrefix !== undefined &&
        !options.allowReservedNamePrefix &&
        found.startsWith(rule.reservedPrefix)
      )
        check.fail(
          field,
          'reservedPrefix',
          found,
          `must not start with "${rule.reservedPrefix}", which the service reserves for backup snapshots (pass ` +
            `allowReservedNamePrefix: true to send it anyway)`,
          { keyword: 'x-reservedPrefix' },
        );
    }
    if (rule.maxJsonBytes !== undefined && isRecord(found)) {
      const bytes = bytesOf(JSON.stringify(found));
      if (bytes > rule.maxJsonBytes)
        check.fail(
          field,
          'maxBytes',
          found,
          `must be at most ${rule.maxJsonBytes} bytes as JSON (EVS.1005), but is ${bytes}`,
          {
            keyword: 'x-maxJsonBytes',
            limit: rule.maxJsonBytes,
            comparison: '<=',
          },
        );
    }
  }
}

const described = (values: unknown): string => (Array.isArray(values) ? values.map(String).join(', ') : String(values));

/** The facts of Ajv's error as data: its keyword and, for a bound, the limit and comparison (Ajv's params). */
function factsOf(error: SchemaError): RuleFacts {
  const { limit, comparison } = error.params;
  return {
    keyword: error.keyword,
    ...(typeof limit === 'number' ? { limit } : {}),
    ...(typeof comparison === 'string' ? { comparison } : {}),
  };
}

/** Ajv's first error, restated as field, rule and what the value must be, with the rule's facts. */
export function raise(check: Checker, target: RequestTarget, error: SchemaError, value: unknown, root: string): never {
  const path =
    error.instancePath === ''
      ? []
      : error.instancePath
          .slice(1)
          .split('/')
          .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const at = fieldName(root, path);
  const found = valueAt(value, path);
  const { params } = error;
  const facts = factsOf(error);
  switch (error.keyword) {
    case 'required':
      return check.failShowing(
        fieldName(root, [...path, String(params.missingProperty)]),
        'required',
        'nothing',
        'is required',
        facts,
      );
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = knownFields[target][path.join('.')] ?? [];
      return check.fail(
        fieldName(root, [...path, key]),
        'additionalProperties',
        valueAt(value, [...path, key]),
        `is not a field of ${at || 'the body'}; expected one of ${allowed.join(', ')}`,
        facts,
      );
    }
    case 'type':
      return check.fail(at, 'type', found, `must be ${described(params.type).replace(',', ' or ')}`, facts);
    case 'enum':
      return check.fail(at, 'enum', found, `must be one of ${described(params.allowedValues)}`, facts);
    case 'pattern':
      // Under propertyNames the value that breaks the pattern is a key of the object, not the object.
      if (error.propertyName !== undefined)
        return check.fail(
          fieldName(root, [...path, error.propertyName]),
          'format',
          error.propertyName,
          `is a key that must match ${String(params.pattern)}`,
          { ...facts, keyword: 'propertyNames' },
        );
      return check.fail(
        at,
        'format',
        found,
        params.pattern === uuidPattern
          ? 'must be a UUID such as f9faf7df-fdc1-4093-9ef3-5cba06eef995'
          : `must match ${String(params.pattern)}`,
        facts,
      );
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return check.fail(at, 'range', found, `must be ${String(params.comparison)} ${String(params.limit)}`, facts);
    case 'maxLength':
    case 'minLength':
      return check.fail(
        at,
        error.keyword,
        found,
        `must be ${error.keyword === 'maxLength' ? 'at most' : 'at least'} ${String(params.limit)} characters long`,
        facts,
      );
    case 'false schema': {
      // A field a dependentSchemas entry forbids beside another (a disk from one data source only).
      const beside = /dependentSchemas\/([^/]+)\//.exec(error.schemaPath ?? '')?.[1];
      if (beside !== undefined)
        return check.fail(
          at,
          'dependentSchemas',
          found,
          `must not be sent together with ${fieldName(root, [...path.slice(0, -1), beside])}`,
          { keyword: 'dependentSchemas' },
        );
      return check.fail(at, error.keyword, found, `breaks the spec's ${error.keyword} rule`, facts);
    }
    default:
      return check.fail(at, error.keyword, found, `breaks the spec's ${error.keyword} rule`, facts);
  }
}

/**
 * Raises the first rule of the spec that `value` breaks as `target`; `root` names the value in errors ('' for a body).
 */
export function checkAgainstSpec(
  check: Checker,
  target: RequestTarget,
  value: unknown,
  root: string,
  options: RuleOptions = { allowReservedNamePrefix: false },
): void {
  checkTextRules(check, target, value, root, options);
  const validate = validators[target];
  if (validate(value)) return;
  const [first] = validate.errors ?? [];
  if (first) raise(check, target, first, value, root);
  check.failShowing(root || 'body', 'schema', 'a value', 'breaks the spec');
}
