// The committed bundle, loaded once, with small typed accessors for tests.
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../scripts/lib/paths.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const bundlePath = fromRoot('generated', 'openapi.json');
export const document = JSON.parse(readFileSync(bundlePath, 'utf8')) as JsonObject;

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a JSON pointer (RFC 6901) from the document root; throws on a dangling pointer. */
export function at(pointer: string, root: Json = document): Json {
  if (pointer === '' || pointer === '#') return root;
  let node: Json | undefined = root;
  for (const raw of pointer.replace(/^#/, '').split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
    if (node === undefined) throw new Error(`no node at ${pointer} (stopped at "${key}")`);
  }
  return node;
}

export const obj = (pointer: string, root: Json = document): JsonObject => {
  const node = at(pointer, root);
  if (!isObject(node)) throw new Error(`${pointer} is not an object`);
  return node;
};

/** Resolves a `{ $ref }` object inside the bundle, once. */
export function deref(node: Json): JsonObject {
  if (isObject(node) && typeof node.$ref === 'string') return obj(node.$ref);
  if (!isObject(node)) throw new Error('expected an object');
  return node;
}

export const pointerOf = (...segments: string[]): string => `#${segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;

export interface OperationEntry {
  path: string;
  method: (typeof httpMethods)[number];
  operation: JsonObject;
  pointer: string;
}

export function operations(doc: JsonObject = document): OperationEntry[] {
  const paths = doc.paths;
  if (!isObject(paths)) return [];
  return Object.entries(paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = isObject(item) ? item[method] : undefined;
      return isObject(operation) ? [{ path, method, operation, pointer: pointerOf('paths', path, method) }] : [];
    }),
  );
}

export function operationById(operationId: string): OperationEntry {
  const found = operations().find((entry) => entry.operation.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in the bundle`);
  return found;
}

/** The value of a documented response example, so tests follow the spec instead of copying it. */
export function responseExample(operationId: string, status: string, name?: string): JsonObject {
  const response = deref(obj(pointerOf('responses', status), operationById(operationId).operation));
  const examples = obj('#/content/application~1json/examples', response);
  const chosen = name ?? Object.keys(examples)[0];
  if (chosen === undefined || !isObject(examples[chosen])) throw new Error(`no example ${name ?? '(first)'} for ${operationId} ${status}`);
  const example = deref(examples[chosen]);
  if (!isObject(example.value)) throw new Error(`example ${chosen} of ${operationId} ${status} has no object value`);
  return example.value;
}
