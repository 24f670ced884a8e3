// generated/schema.d.ts: the TypeScript types of the bundle (openapi-typescript).
import openapiTS, { astToString } from 'openapi-typescript';
import { isNode, type Node } from './document.js';

/** Redoc reads `x-enumDescriptions`; openapi-typescript only prints `description`, so fold the per-value texts into it. */
function foldEnumDescriptions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) foldEnumDescriptions(item);
    return;
  }
  if (!isNode(node)) return;
  const texts = node['x-enumDescriptions'];
  if (isNode(texts) && Array.isArray(node.enum)) {
    const list = node.enum.map((value) => `- \`${String(value)}\`: ${String(texts[String(value)] ?? '').replace(/\s*\n\s*/g, ' ')}`);
    node.description = `${typeof node.description === 'string' ? `${node.description.trimEnd()}\n\n` : ''}${list.join('\n')}`;
  }
  for (const value of Object.values(node)) foldEnumDescriptions(value);
}

export async function typesModule(document: Node): Promise<string> {
  const copy = structuredClone(document);
  foldEnumDescriptions(copy);
  // defaultNonNullable: false keeps request fields with a default (force) optional.
  const ast = await openapiTS(copy as never, { defaultNonNullable: false, silent: true });
  return `/**\n * Types of the EVS snapshot API (openapi-typescript).\n * Generated from spec/ by \`npm run build\`; do not edit by hand.\n */\n\n${astToString(ast)}`;
}
