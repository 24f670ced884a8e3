// Reading a bundled OpenAPI document: the node type, $ref resolution inside the bundle, and the
// operations with their parameters, request bodies and responses, as the generators need them.

export type Node = Record<string, unknown>;
export const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

export const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** Follows a local `$ref` (`#/components/...`) once; any other node is returned as it is. */
export function deref(document: Node, node: unknown): unknown {
  if (!isNode(node) || typeof node.$ref !== 'string') return node;
  const ref = node.$ref;
  if (!ref.startsWith('#/')) throw new Error(`only local references are expected in a bundle, got ${ref}`);
  let target: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    target = isNode(target) ? target[key] : undefined;
    if (target === undefined) throw new Error(`dangling reference ${ref}`);
  }
  return target;
}

/** The name of a `#/components/schemas/X` reference, or undefined. */
export const componentName = (node: unknown): string | undefined =>
  isNode(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/') ? node.$ref.slice('#/components/schemas/'.length) : undefined;

export function schemaAt(document: Node, name: string): Node {
  const schema = isNode(document.components) && isNode(document.components.schemas) ? document.components.schemas[name] : undefined;
  if (!isNode(schema)) throw new Error(`components.schemas.${name} is missing`);
  return schema;
}

export interface Operation {
  operationId: string;
  method: (typeof httpMethods)[number];
  path: string;
  /** Path-item and operation parameters, resolved. */
  parameters: Node[];
  operation: Node;
}

export function operationsOf(document: Node): Operation[] {
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(isNode(document.paths) ? document.paths : {})) {
    if (!isNode(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isNode(operation) || typeof operation.operationId !== 'string') continue;
      const listed = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(operation.parameters) ? operation.parameters : [])];
      const parameters = listed.map((parameter) => deref(document, parameter)).filter(isNode);
      found.push({ operationId: operation.operationId, method, path, parameters, operation });
    }
  }
  return found;
}

export function operationById(document: Node, operationId: string): Operation {
  const operation = operationsOf(document).find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`the bundle has no operation ${operationId}`);
  return operation;
}

/** The JSON schema of an operation's request body. */
export function requestBodySchema(document: Node, operation: Operation): unknown {
  const body = deref(document, operation.operation.requestBody);
  const content = isNode(body) && isNode(body.content) ? body.content['application/json'] : undefined;
  if (!isNode(content) || content.schema === undefined) throw new Error(`${operation.operationId} has no JSON request body`);
  return content.schema;
}

/** Status -> the response's JSON schema (a `$ref` node), or null for a response without a body. */
export function responseSchemas(document: Node, operation: Operation): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, declared] of Object.entries(isNode(operation.operation.responses) ? operation.operation.responses : {})) {
    const response = deref(document, declared);
    const content = isNode(response) && isNode(response.content) ? response.content['application/json'] : undefined;
    responses[status] = isNode(content) ? (content.schema ?? null) : null;
  }
  return responses;
}
