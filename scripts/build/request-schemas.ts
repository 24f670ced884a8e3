// generated/request-schemas.ts: the schemas of what a client sends (the request targets), with
// every $ref inlined and annotations dropped, for the contract tool to generate requests from.
// Each `x-refusal` record becomes the check class of its rule (refusals.ts); a query or path
// parameter's records, written on the parameter, are put on its schema here.
import { deref, isNode, type Node, operationById, operationsOf } from './document.js';
import { checkRefusals, refusalClasses } from './refusals.js';
import { pathTargets, queryTargets, type RequestTargetName, requestTargets } from './targets.js';

/** Keywords that say nothing about which values are valid. */
const annotations = new Set(['description', 'title', 'example', 'examples', 'x-enumDescriptions', 'deprecated']);

function inline(document: Node, node: unknown, depth: number, where: string): unknown {
  if (depth > 32) throw new Error('request schema nesting deeper than 32');
  const schema = deref(document, node);
  if (Array.isArray(schema)) return schema.map((item, index) => inline(document, item, depth + 1, `${where}/${index}`));
  if (!isNode(schema)) return schema;
  const out: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotations.has(key)) continue;
    // Under `properties` the keys are field names (one is `description`), each a schema.
    out[key] =
      key === 'x-refusal'
        ? refusalClasses(value, where)
        : key === 'properties' && isNode(value)
          ? Object.fromEntries(Object.entries(value).map(([name, v]) => [name, inline(document, v, depth + 1, `${where}/${name}`)]))
          : inline(document, value, depth + 1, `${where}/${key}`);
  }
  return out;
}

/** The parameters of an operation that carry their own `x-refusal`, by name. */
function parameterRefusals(document: Node, operationId: string, location: 'query' | 'path'): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const parameter of operationById(document, operationId).parameters)
    if (parameter.in === location && typeof parameter.name === 'string' && parameter['x-refusal'] !== undefined) found.set(parameter.name, parameter['x-refusal']);
  return found;
}

export function requestSchemasModule(document: Node): string {
  const targets = requestTargets(document);
  const inlined = Object.fromEntries(Object.entries(targets).map(([name, schema]) => [name, inline(document, schema, 0, name)])) as Record<RequestTargetName, Node>;
  // A parameter's records go on its schema; `required` is the query's, so it goes on the query object.
  for (const [operationId, target] of Object.entries(queryTargets)) {
    const schema = inlined[target];
    const properties = schema.properties as Record<string, Node>;
    for (const [name, records] of parameterRefusals(document, operationId, 'query')) {
      const { required, ...own } = refusalClasses(records, `${operationId} query ${name}`);
      if (Object.keys(own).length) Object.assign(properties[name] as Node, { 'x-refusal': { ...(properties[name]?.['x-refusal'] as Node | undefined), ...own } });
      if (required) Object.assign(schema, { 'x-refusal': { ...(schema['x-refusal'] as Node | undefined), required } });
    }
  }
  for (const operation of operationsOf(document))
    for (const [name, records] of parameterRefusals(document, operation.operationId, 'path')) {
      const target = (pathTargets as Record<string, RequestTargetName>)[name];
      if (target) Object.assign(inlined[target], { 'x-refusal': { ...(inlined[target]['x-refusal'] as Node | undefined), ...refusalClasses(records, name) } });
    }
  const textual = new Set<string>([...Object.values(queryTargets), ...Object.values(pathTargets)]);
  for (const [name, schema] of Object.entries(inlined)) checkRefusals(schema, name, textual.has(name));
  return (
    `/**\n * The request targets' schemas, $refs inlined, annotations dropped; each \`x-refusal\` record\n * as the check class of its rule (documented-refusal or strictness).\n * Generated from spec/ by \`npm run build\`; do not edit by hand.\n */\n\n` +
    `export const requestSchemas = ${JSON.stringify(inlined, null, 2)} as const;\n`
  );
}
