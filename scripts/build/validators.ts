// Ajv standalone validators of the bundle's schemas, written as code so that nothing of Ajv runs
// in the package: request targets (first error, as the client and the emulator report one),
// the list query as it arrives in a URL (strings coerced), and the response bodies (every error
// with its message, as the contract suite reports them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { componentName, isNode, type Node, operationsOf, responseSchemas } from './document.js';
import { queryTargets, requestTargetNames, requestTargets } from './targets.js';

type StandaloneCode = (ajv: Ajv2020, refs: Record<string, string>) => string;
const standaloneCode: StandaloneCode = ((standaloneCodeModule as unknown as { default?: StandaloneCode }).default ?? standaloneCodeModule) as StandaloneCode;
const registry = 'urn:evs:schemas';

/** Keywords that only describe; validators need none of them (extensions are checked by the text rules). */
const annotations = new Set(['title', 'description', 'examples', 'example', 'default', 'format', 'deprecated', 'readOnly', 'writeOnly', '$comment']);

/** A copy without annotations and extensions, its component references pointed at the registry. */
function prepare(node: unknown, inProperties = false): unknown {
  if (Array.isArray(node)) return node.map((item) => prepare(item));
  if (!isNode(node)) return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inProperties && (annotations.has(key) || key.startsWith('x-'))) continue;
    if (!inProperties && key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', `${registry}#/$defs/`);
    else out[key] = prepare(value, !inProperties && (key === 'properties' || key === '$defs'));
  }
  return out;
}

const capitalised = (name: string): string => name[0]!.toUpperCase() + name.slice(1);

/** Ajv's runtime helpers referenced by generated code are inlined, so the output imports nothing. */
function inlineRuntime(code: string): string {
  const source = readFileSync(createRequire(import.meta.url).resolve('ajv/dist/runtime/ucs2length.js'), 'utf8');
  const fn = /function ucs2length\(str\) \{[\s\S]*?\n\}/.exec(source)?.[0];
  if (!fn) throw new Error('cannot find ucs2length in ajv/dist/runtime/ucs2length.js');
  const inlined = code.replaceAll('require("ajv/dist/runtime/ucs2length").default', `(${fn})`);
  const left = /require\([^)]*\)/.exec(inlined);
  if (left) throw new Error(`generated validators still ${left[0]}: inline that runtime helper too`);
  return inlined;
}

// strictRequired off: an `anyOf` branch may require a field its parent object defines (size, or backup_id).
function moduleOf(document: Node, options: Options, exports: Record<string, unknown>, what: string): string {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, lines: true, optimize: true },
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    validateFormats: false,
    ...options,
  });
  ajv.addSchema({ $id: registry, $defs: prepare(isNode(document.components) ? document.components.schemas : {}, true) as Node });
  const refs: Record<string, string> = {};
  for (const [name, schema] of Object.entries(exports)) {
    const id = `urn:evs:${name}`;
    ajv.addSchema({ ...(prepare(schema) as Node), $id: id });
    refs[name] = id;
  }
  return `// @ts-nocheck\n/**\n * ${what}\n * Generated from spec/ by \`npm run build\` (Ajv standalone code); do not edit by hand.\n */\n${inlineRuntime(standaloneCode(ajv, refs))}\n`;
}

/** `validate<Target>` for each request target; stops at the first error, without messages (callers word their own). */
export function requestValidatorsModule(document: Node): string {
  const targets = requestTargets(document);
  const exports = Object.fromEntries(requestTargetNames.map((target) => [`validate${capitalised(target)}`, targets[target]]));
  const byTarget = requestTargetNames.map((target) => `  ${target}: validate${capitalised(target)},`).join('\n');
  return `${moduleOf(document, { allErrors: false, messages: false }, exports, 'Validators of what a client sends: request bodies, the list query and a snapshot ID.')}\n/** The validator of each request target, by its name. */\nexport const requestValidators = {\n${byTarget}\n};\n`;
}

/** Each query target as a server reads it from a URL: strings become numbers and booleans, a single value of an array an array. */
export function urlQueryValidatorModule(document: Node): string {
  const targets = requestTargets(document);
  const names = Object.values(queryTargets);
  const exports = Object.fromEntries(names.map((target) => [`validate${capitalised(target)}FromUrl`, targets[target]]));
  const byTarget = names.map((target) => `  ${target}: validate${capitalised(target)}FromUrl,`).join('\n');
  return `${moduleOf(document, { allErrors: false, messages: false, coerceTypes: 'array' }, exports, 'The queries as they arrive in a URL, strings coerced to the types of the spec.')}\n/** The URL validator of each query target, by its name. */\nexport const urlQueryValidators = {\n${byTarget}\n};\n`;
}

/** `validate<Schema>` for each component schema a response uses; every error, with Ajv's message. */
export function responseValidatorsModule(document: Node): string {
  const names = new Set<string>();
  for (const operation of operationsOf(document))
    for (const schema of Object.values(responseSchemas(document, operation))) {
      const name = componentName(schema);
      if (name) names.add(name);
    }
  const sorted = [...names].sort();
  const exports = Object.fromEntries(sorted.map((name) => [`validate${name}`, { $ref: `#/components/schemas/${name}` }]));
  const byName = sorted.map((name) => `  ${name}: validate${name},`).join('\n');
  return `${moduleOf(document, { allErrors: true, messages: true }, exports, 'Validators of response bodies, one per component schema a response uses.')}\n/** The validator of each response schema, by its component name (as the operations table names it). */\nexport const responseValidators = {\n${byName}\n};\n`;
}
