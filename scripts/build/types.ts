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

/** Keywords that make a subschema describe a shape rather than only constrain one. */
const shapeKeywords = ['type', '$ref', 'properties', 'items', 'enum', 'const', 'anyOf', 'oneOf', 'allOf'];

/**
 * An `anyOf` whose members only add constraints (`required: [size]` or `required: [backup_id]`) says
 * nothing about the shape: openapi-typescript prints each such member as `unknown`, and a union with
 * `unknown` is `unknown`, which erased CreateVolumeOption and CreateVolumeResponse. The validators
 * keep enforcing the constraint; the types drop it.
 */
function dropConstraintOnlyAnyOf(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) dropConstraintOnlyAnyOf(item);
    return;
  }
  if (!isNode(node)) return;
  const members = node.anyOf;
  if (Array.isArray(members) && members.every((member) => isNode(member) && !shapeKeywords.some((key) => key in member))) delete node.anyOf;
  for (const value of Object.values(node)) dropConstraintOnlyAnyOf(value);
}

export async function typesModule(document: Node): Promise<string> {
  const copy = structuredClone(document);
  foldEnumDescriptions(copy);
  dropConstraintOnlyAnyOf(copy);
  // defaultNonNullable: false keeps request fields with a default (force) optional.
  const ast = await openapiTS(copy as never, { defaultNonNullable: false, silent: true });
  return `/**\n * Types of the EVS snapshot API (openapi-typescript).\n * Generated from spec/ by \`npm run build\`; do not edit by hand.\n */\n\n${astToString(ast)}`;
}
