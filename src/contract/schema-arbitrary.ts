// Values from the request schemas of the bundle (generated/request-schemas.ts), as fast-check
// arbitraries: `validValues` draws values the schema and its byte rules accept, `breakages` lists
// every single rule a value can break, each a change that breaks that rule and no other, with
// the rule's `x-refusal` record (its check class, from the spec). Table-driven over the few JSON
// Schema keywords the request schemas use.
import fc from 'fast-check';
import { type Refusal, refusalKeyword } from './checks.js';

export type Schema = Readonly<Record<string, unknown>>;
/** A pointer as a list of keys from the root of the value. */
export type Path = readonly string[];
/**
 * Replaces what the schema would draw at a path, or leaves a field out of valid values (`omit`);
 * `{ always }` replaces it and puts it in every value, optional or not (a restore's snapshot_id).
 */
export type Overrides = ReadonlyMap<string, fc.Arbitrary<unknown> | 'omit' | { always: fc.Arbitrary<unknown> }>;

const isAlways = (value: unknown): value is { always: fc.Arbitrary<unknown> } =>
  typeof value === 'object' && value !== null && 'always' in value;

export interface Breakage {
  path: Path;
  /**
   * The rule broken: `type`, `required`, `unknown key`, `maxBytes`,
   * `maxLength`, `enum`, `minimum`, `maximum`, `pattern`, `minLength`.
   */
  rule: string;
  /** The value put at `path`, or `remove` to delete what is there. */
  value: unknown;
  remove?: boolean;
  /**
   * Other changes the rule needs to break alone: keys removed with it (every alternative of an
   * `anyOf` of required keys), or a key set when absent (the key whose `dependentSchemas` excludes `path`).
   */
  with?: readonly { path: Path; value?: unknown; remove?: boolean }[];
  /** The rule's record: whether the reference documents the refusal (undefined when the schema has none). */
  refusal?: Refusal;
}

const key = (path: Path): string => path.join('/');

const flattened = new WeakMap<Schema, Schema>();
/**
 * The schema with every `allOf` merged into its holder (keywords side by side, `x-refusal` records
 * and properties joined, `required` lists added up): the request schemas use `allOf` only to put
 * rules of one value side by side (the metadata's values and its key names), which the drawing and
 * the breakages then read as one schema.
 */
export function withoutAllOf(schema: Schema): Schema {
  const done = flattened.get(schema);
  if (done) return done;
  const walk = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(walk) : isSchema(value) ? withoutAllOf(value) : value;
  const { allOf, ...rest } = schema;
  let out: Record<string, unknown> = Object.fromEntries(
    Object.entries(rest).map(([name, value]) => [name, walk(value)]),
  );
  for (const branch of Array.isArray(allOf) ? allOf.filter(isSchema).map(withoutAllOf) : []) {
    const records = {
      ...(isSchema(out['x-refusal']) ? out['x-refusal'] : {}),
      ...(isSchema(branch['x-refusal']) ? branch['x-refusal'] : {}),
    };
    const properties = {
      ...(isSchema(out.properties) ? out.properties : {}),
      ...(isSchema(branch.properties) ? branch.properties : {}),
    };
    const required = [
      ...(Array.isArray(out.required) ? out.required : []),
      ...(Array.isArray(branch.required) ? branch.required : []),
    ];
    // `additionalProperties: true` adds no rule to a conjunction: it must not replace another member's.
    const { additionalProperties, ...others } = branch;
    out = { ...out, ...others, ...(additionalProperties === true ? {} : { additionalProperties }) };
    if (out.additionalProperties === undefined) delete out.additionalProperties;
    if (Object.keys(records).length) out['x-refusal'] = records;
    if (Object.keys(properties).length) out.properties = properties;
    if (required.length) out.required = [...new Set(required)];
  }
  flattened.set(schema, out);
  return out;
}
const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const uuidLike = (schema: Schema): boolean => schema.format === 'uuid';

/**
 * Text at most `maxBytes` UTF-8 bytes and `maxLength` characters,
 * ASCII and not, and exactly at the byte limit now and then.
 */
function text(schema: Schema): fc.Arbitrary<string> {
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 64;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxBytes = typeof schema['x-maxBytes'] === 'number' ? schema['x-maxBytes'] : Number.POSITIVE_INFINITY;
  const prefix = typeof schema['x-reservedPrefix'] === 'string' ? schema['x-reservedPrefix'] : undefined;
  const short = Math.min(maxLength, 40);
  const pieces: fc.Arbitrary<string>[] = [
    fc.string({ unit: 'grapheme-ascii', minLength, maxLength: short }),
    fc.string({ unit: 'grapheme', minLength, maxLength: short }),
  ];
  if (Number.isFinite(maxBytes)) {
    // At the limit exactly: in one-byte, two-byte and three-byte characters.
    const three = Math.floor(maxBytes / 3);
    pieces.push(
      fc.constantFrom(
        'a'.repeat(Math.min(maxBytes, maxLength)),
        `${'快'.repeat(three)}${'a'.repeat(maxBytes - 3 * three)}`,
        `${'é'.repeat(Math.floor(maxBytes / 2))}${maxBytes % 2 ? 'a' : ''}`,
      ),
    );
  }
  return fc
    .oneof(...pieces)
    .filter(
      (value) =>
        [...value].length <= maxLength &&
        [...value].length >= minLength &&
        utf8Bytes(value) <= maxBytes &&
        (prefix === undefined || !value.startsWith(prefix)),
    );
}

/** Values the schema accepts. */
/** An `anyOf` branch that only names required keys (size, or backup_id): a rule of the object that holds it. */
const requiredOnly = (branch: unknown): branch is Schema & { required: string[] } =>
  isSchema(branch) &&
  Array.isArray(branch.required) &&
  Object.keys(branch).every((name) => ['required', 'x-refusal', 'description'].includes(name));

/** The `anyOf` alternatives of required keys on an object, or none. */
const requiredAlternatives = (schema: Schema): string[][] =>
  Array.isArray(schema.anyOf) && schema.anyOf.every(requiredOnly)
    ? schema.anyOf.map((branch) => (branch as { required: string[] }).required)
    : [];

/** Each key with `dependentSchemas` and the keys its presence excludes (a `false` property schema). */
function exclusions(schema: Schema): [string, string[]][] {
  const dependents = isSchema(schema.dependentSchemas) ? schema.dependentSchemas : {};
  return Object.entries(dependents).map(([trigger, dependent]) => {
    const properties = isSchema(dependent) && isSchema(dependent.properties) ? dependent.properties : {};
    return [trigger, Object.keys(properties).filter((name) => properties[name] === false)];
  });
}

/**
 * A drawn object made to keep its `dependentSchemas`: of a key and one it excludes, the excluded one
 * goes, unless it is one the value must hold (`keep`), then the key that excludes it goes.
 */
function keepDependents(value: unknown, schema: Schema, keep: readonly string[]): unknown {
  if (!isSchema(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const [trigger, excluded] of exclusions(schema))
    for (const name of excluded)
      if (trigger in out && name in out) {
        if (keep.includes(name)) delete out[trigger];
        else delete out[name];
      }
  return out;
}

/** Strings a `pattern` matches (fast-check draws them from the expression), within the length rules. */
function patterned(schema: Schema): fc.Arbitrary<string> {
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 64;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const expression = new RegExp(String(schema.pattern));
  let matching: fc.Arbitrary<string>;
  try {
    matching = fc.stringMatching(expression);
  } catch {
    // An expression fast-check cannot draw from (a lookahead: `^(?!__system__)`): strings it takes.
    matching = fc
      .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 16 })
      .filter((value) => expression.test(value));
  }
  return matching.filter((value) => [...value].length <= maxLength && [...value].length >= minLength);
}

export function validValues(given: Schema, overrides: Overrides = new Map(), path: Path = []): fc.Arbitrary<unknown> {
  const schema = withoutAllOf(given);
  const override = overrides.get(key(path));
  if (isAlways(override)) return override.always;
  if (override !== undefined && override !== 'omit') return override;
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && !(keyword === 'anyOf' && requiredAlternatives(schema).length))
      return fc.oneof(...branches.filter(isSchema).map((branch) => validValues(branch, overrides, path)));
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  switch (schema.type) {
    case 'object': {
      const properties = isSchema(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties))
        if (isSchema(property) && overrides.get(key([...path, name])) !== 'omit')
          model[name] = validValues(property, overrides, [...path, name]);
      if (Object.keys(properties).length === 0 && isSchema(schema.additionalProperties)) {
        const names = isSchema(schema.propertyNames) ? schema.propertyNames : {};
        return fc.dictionary(
          typeof names.pattern === 'string'
            ? patterned(names)
            : fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 16 }),
          validValues(schema.additionalProperties, overrides, [...path, '*']),
          { maxKeys: Math.min(4, typeof schema.maxProperties === 'number' ? schema.maxProperties : 4) },
        );
      }
      // One alternative of an `anyOf` of required keys at a time, among those the overrides leave drawable.
      const alternatives = requiredAlternatives(schema).filter((keys) => keys.every((name) => name in model));
      if (requiredAlternatives(schema).length && alternatives.length === 0)
        throw new Error(
          `the contract tool cannot draw values of /${key(path)}: the overrides leave out every alternative`,
        );
      const always = Object.keys(model).filter((name) => isAlways(overrides.get(key([...path, name]))));
      const variants = (alternatives.length ? alternatives.map((keys) => [...required, ...keys]) : [required]).map(
        (keys) => [...new Set([...keys, ...always])],
      );
      return fc.oneof(
        ...variants.map((keys) =>
          fc
            .record(model, { requiredKeys: keys.filter((name) => name in model) })
            .map((value) => keepDependents(value, schema, keys)),
        ),
      );
    }
    case 'string':
      if (uuidLike(schema)) return fc.uuid();
      return typeof schema.pattern === 'string' ? patterned(schema) : text(schema);
    case 'integer':
      return fc.integer({
        min: typeof schema.minimum === 'number' ? schema.minimum : 0,
        max: typeof schema.maximum === 'number' ? schema.maximum : 10_000,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(isSchema(schema.items) ? validValues(schema.items, overrides, [...path, '*']) : fc.string(), {
        maxLength: 3,
      });
    default:
      throw new Error(
        `the contract tool cannot draw values of schema ${JSON.stringify(schema).slice(0, 120)} at /${key(path)}`,
      );
  }
}

/** A value of another JSON type than every type the schema allows. */
function wrongType(schema: Schema): unknown | undefined {
  const branches = [
    schema,
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
    ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
  ].filter(isSchema);
  const types = new Set(branches.map((branch) => branch.type).filter((type) => typeof type === 'string'));
  if (types.size === 0) return undefined;
  const candidates: [string, unknown][] = [
    ['integer', 'not a number'],
    ['boolean', 'yes'],
    ['string', 12345],
    ['object', 'not an object'],
    ['array', 'not a list'],
  ];
  const allowed = (value: unknown): boolean =>
    (typeof value === 'string' && types.has('string')) ||
    (typeof value === 'number' && (types.has('integer') || types.has('number')));
  for (const [type, value] of candidates) if (types.has(type) && !allowed(value)) return value;
  return undefined;
}

/**
 * Text one byte over `maxBytes` within `maxLength` characters, so that only the byte rule breaks:
 * in three-byte characters (Chinese, as real names are) when they fit, else in four-byte ones;
 * undefined when no text can break the bytes alone.
 */
function overTheByteLimit(maxBytes: number, maxLength: number): string | undefined {
  const chinese = `${'快'.repeat(Math.floor(maxBytes / 3))}${'a'.repeat((maxBytes % 3) + 1)}`;
  if ([...chinese].length <= maxLength) return chinese;
  const tail = ['', 'a', 'é', '快'][(maxBytes + 1) % 4];
  const widest = `${'😀'.repeat(Math.floor((maxBytes + 1) / 4))}${tail}`;
  return [...widest].length <= maxLength ? widest : undefined;
}

/** The `x-refusal` record of a rule: on the schema that states it, else on the one holding it as an alternative. */
function recordOf(keyword: string, ...schemas: (Schema | undefined)[]): Refusal | undefined {
  for (const schema of schemas) {
    const records = schema?.['x-refusal'];
    const record = isSchema(records) ? records[keyword] : undefined;
    if (isSchema(record)) return record as unknown as Refusal;
  }
  return undefined;
}

/** The record of the rule a breakage at `path` of the root schema breaks (`required` is the parent's). */
export function refusalAt(given: Schema, path: Path, rule: string): Refusal | undefined {
  const keyword = refusalKeyword(rule);
  let node: Schema | undefined = withoutAllOf(given);
  // These rules are the holder's: a missing or unknown key, a key that excludes another, a bad key name.
  const steps = ['required', 'unknown key', 'dependentSchemas', 'propertyNames'].includes(rule)
    ? path.slice(0, -1)
    : path;
  for (const step of steps) {
    const properties: unknown = node?.properties;
    node =
      isSchema(properties) && isSchema(properties[step])
        ? properties[step]
        : isSchema(node?.additionalProperties)
          ? node.additionalProperties
          : undefined;
  }
  const branches = [
    ...(Array.isArray(node?.anyOf) ? node.anyOf : []),
    ...(Array.isArray(node?.oneOf) ? node.oneOf : []),
  ].filter(isSchema);
  // A key required by an alternative of `anyOf` (size, unless backup_id) has that alternative's record.
  if (rule === 'required') {
    const name = path.at(-1);
    const alternative = branches.find(
      (branch) => requiredOnly(branch) && name !== undefined && branch.required.includes(name),
    );
    if (alternative) return recordOf(keyword, alternative, node);
    return recordOf(keyword, node);
  }
  // Inside `anyOf` the rule (a byte limit) is the branch's; the type rule is the holder's.
  return recordOf(
    keyword,
    branches.find((branch) => recordOf(keyword, branch)),
    node,
  );
}

/**
 * Every single-rule breakage of values of `schema`, each with its rule's
 * record. `inQuery`: values travel as text, so only rules text can break apply.
 */
export function breakages(given: Schema, options: { inQuery: boolean }): Breakage[] {
  const schema = withoutAllOf(given);
  return rawBreakages(schema, options).map((breakage) => {
    const refusal = refusalAt(schema, breakage.path, breakage.rule);
    return refusal ? { ...breakage, refusal } : breakage;
  });
}

function rawBreakages(schema: Schema, options: { inQuery: boolean }, path: Path = []): Breakage[] {
  const out: Breakage[] = [];
  const properties = isSchema(schema.properties) ? schema.properties : {};
  if (schema.type === 'object') {
    if (path.length > 0 && !options.inQuery) out.push({ path, rule: 'type', value: 'not an object' });
    if (schema.additionalProperties === false && !options.inQuery)
      out.push({ path: [...path, 'x_contract_unknown'], rule: 'unknown key', value: 'x' });
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : [])
      out.push({ path: [...path, name], rule: 'required', value: undefined, remove: true });
    // None of the alternatives of required keys: each of their keys removed.
    const alternatives = requiredAlternatives(schema);
    const [first, ...others] = [...new Set(alternatives.flat())];
    if (first !== undefined && !options.inQuery)
      out.push({
        path: [...path, first],
        rule: 'required',
        value: undefined,
        remove: true,
        with: others.map((name) => ({ path: [...path, name], remove: true })),
      });
    // A key and one its `dependentSchemas` excludes, together, and no other key of those rules (so
    // that the first conflict a server finds is this one).
    const pairs = options.inQuery ? [] : exclusions(schema);
    const involved = new Set(pairs.flatMap(([trigger, excluded]) => [trigger, ...excluded]));
    for (const [trigger, excluded] of pairs)
      for (const name of excluded) {
        const value = (name: string) => sampleOf(isSchema(properties[name]) ? properties[name] : {});
        const others = [...involved].filter((other) => other !== trigger && other !== name);
        out.push({
          path: [...path, name],
          rule: 'dependentSchemas',
          value: value(name),
          with: [
            ...others.map((other) => ({ path: [...path, other], remove: true })),
            { path: [...path, trigger], value: value(trigger) },
          ],
        });
      }
    for (const [name, property] of Object.entries(properties))
      if (isSchema(property)) out.push(...rawBreakages(property, options, [...path, name]));
    if (isSchema(schema.additionalProperties) && !options.inQuery) {
      const entry = schema.additionalProperties;
      const value = wrongType(entry);
      if (value !== undefined) out.push({ path: [...path, 'contract'], rule: 'type', value });
      // One entry more than allowed, each entry valid.
      if (typeof schema.maxProperties === 'number')
        out.push({
          path,
          rule: 'maxProperties',
          value: Object.fromEntries(
            Array.from({ length: schema.maxProperties + 1 }, (_, index) => [`contract${index}`, sampleOf(entry)]),
          ),
        });
      // A key its `propertyNames` pattern refuses (a space and a `!`, or a reserved prefix), with a valid value.
      const names = isSchema(schema.propertyNames) ? schema.propertyNames : undefined;
      const pattern = typeof names?.pattern === 'string' ? new RegExp(names.pattern) : undefined;
      const badKey = ['bad key!', '__system__contract'].find((candidate) => pattern && !pattern.test(candidate));
      if (badKey !== undefined) out.push({ path: [...path, badKey], rule: 'propertyNames', value: sampleOf(entry) });
      // An entry's own rules (a tag value's pattern), at one key.
      for (const breakage of rawBreakages(entry, options, [...path, 'contract']))
        if (breakage.rule !== 'type') out.push(breakage);
    }
    return out;
  }
  if (path.length === 0) return out;
  const typeBreak = wrongType(schema);
  if (typeBreak !== undefined && (!options.inQuery || schema.type === 'integer'))
    out.push({ path, rule: 'type', value: typeBreak });
  if (Array.isArray(schema.enum)) out.push({ path, rule: 'enum', value: 'not-in-the-enum' });
  const stringSchema = [schema, ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])]
    .filter(isSchema)
    .find((branch) => branch.type === 'string');
  if (stringSchema) {
    const maxBytes = stringSchema['x-maxBytes'];
    const maxLength = stringSchema.maxLength;
    if (typeof maxBytes === 'number') {
      const value = overTheByteLimit(maxBytes, typeof maxLength === 'number' ? maxLength : Number.POSITIVE_INFINITY);
      if (value !== undefined) out.push({ path, rule: 'maxBytes', value });
    }
    if (typeof maxLength === 'number' && (typeof maxBytes !== 'number' || maxBytes > maxLength))
      out.push({ path, rule: 'maxLength', value: 'n'.repeat(maxLength + 1) });
    if (typeof stringSchema.minLength === 'number' && stringSchema.minLength > 0)
      out.push({ path, rule: 'minLength', value: '' });
    if (uuidLike(stringSchema)) out.push({ path, rule: 'pattern', value: 'not-a-uuid' });
    else if (typeof stringSchema.pattern === 'string') {
      const expression = new RegExp(stringSchema.pattern);
      const value = ['not valid!', '!', ' '].find((candidate) => !expression.test(candidate));
      if (value !== undefined) out.push({ path, rule: 'pattern', value });
    }
  }
  if (typeof schema.minimum === 'number') out.push({ path, rule: 'minimum', value: schema.minimum - 1 });
  if (typeof schema.maximum === 'number') out.push({ path, rule: 'maximum', value: schema.maximum + 1 });
  return out;
}

/**
 * One fixed value a schema accepts, for the keys a breakage adds beside the one it breaks: a UUID,
 * a string its pattern takes, the least number, the first of an enum.
 */
function sampleOf(schema: Schema): unknown {
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.type === 'integer' || schema.type === 'number')
    return typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (schema.type === 'boolean') return false;
  if (uuidLike(schema)) return '00000000-0000-4000-8000-000000000000';
  if (typeof schema.pattern === 'string') {
    const expression = new RegExp(schema.pattern);
    return ['contract', 'contract-suite', '0', ''].find((candidate) => expression.test(candidate)) ?? 'contract';
  }
  return 'contract-suite';
}

/** Sets (or removes) what is at `path` of `root`, making parents as needed. */
function setAt(
  root: Record<string, unknown>,
  path: Path,
  change: { value?: unknown; remove?: boolean },
  ifAbsent = false,
): void {
  let node = root;
  for (const step of path.slice(0, -1)) {
    if (typeof node[step] !== 'object' || node[step] === null) node[step] = {};
    node = node[step] as Record<string, unknown>;
  }
  const last = path.at(-1) as string;
  if (change.remove) delete node[last];
  else if (!(ifAbsent && last in node)) node[last] = change.value;
}

/** A copy of `value` with the breakage applied (parents made as needed). */
export function applyBreakage(value: unknown, breakage: Breakage): unknown {
  const root = structuredClone(value ?? {}) as Record<string, unknown>;
  // What goes with the break: removals always, a key that excludes the broken one only when absent.
  for (const change of breakage.with ?? []) setAt(root, change.path, change, true);
  setAt(root, breakage.path, breakage);
  return root;
}
