// generated/request-schemas.ts: the schemas of what a client sends (the request targets), with
// every $ref inlined and annotations dropped, for the contract tool to generate requests from.
import { deref, isNode, type Node } from './document.js';
import { requestTargets } from './targets.js';

/** Keywords that say nothing about which values are valid. */
const annotations = new Set(['description', 'title', 'example', 'examples', 'x-enumDescriptions', 'deprecated']);

function inline(document: Node, node: unknown, depth: number): unknown {
  if (depth > 32) throw new Error('request schema nesting deeper than 32');
  const schema = deref(document, node);
  if (Array.isArray(schema)) return schema.map((item) => inline(document, item, depth + 1));
  if (!isNode(schema)) return schema;
  const out: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotations.has(key)) continue;
    // Under `properties` the keys are field names (one is `description`), each a schema.
    out[key] =
      key === 'properties' && isNode(value)
        ? Object.fromEntries(Object.entries(value).map(([name, v]) => [name, inline(document, v, depth + 1)]))
        : inline(document, value, depth + 1);
  }
  return out;
}

export function requestSchemasModule(document: Node): string {
  const targets = requestTargets(document);
  const inlined = Object.fromEntries(Object.entries(targets).map(([name, schema]) => [name, inline(document, schema, 0)]));
  return (
    `/**\n * The request targets' schemas, $refs inlined, annotations dropped.\n * Generated from spec/ by \`npm run build\`; do not edit by hand.\n */\n\n` +
    `export const requestSchemas = ${JSON.stringify(inlined, null, 2)} as const;\n`
  );
}
