// Every change between two bundled descriptions that a client can notice, classed by what it does
// to existing clients: operations, their parameters, request bodies and responses; within them the
// schemas, compared per side (schema-changes.ts).
import { deref, isNode, type Node, operationsOf } from '../build/document.js';
import { type Change, type Resolver, schemaChanges } from './schema-changes.js';

/** The bundle's resolver: a `$ref` followed to its target, through chains of references. */
function resolverOf(document: Node): Resolver {
  return {
    deref: (node) => {
      let target = node;
      for (let hops = 0; hops < 16 && isNode(target) && typeof target.$ref === 'string'; hops++) target = deref(document, target);
      return target;
    },
  };
}

/** `POST /v2/{project_id}/cloudsnapshots` -> the operation, with its parameters by `in name`. */
function operationsByKey(document: Node): Map<string, { node: Node; parameters: Map<string, Node> }> {
  return new Map(
    operationsOf(document).map((operation) => [
      `${operation.method.toUpperCase()} ${operation.path}`,
      { node: operation.operation, parameters: new Map(operation.parameters.map((parameter) => [`${String(parameter.in)} ${String(parameter.name)}`, parameter])) },
    ]),
  );
}

const jsonSchemaOf = (resolver: Resolver, holder: unknown): unknown => {
  const node = resolver.deref(holder);
  const content = isNode(node) && isNode(node.content) ? node.content : {};
  const json = content['application/json'];
  return isNode(json) ? json.schema : undefined;
};

export function documentChanges(before: Node, after: Node): Change[] {
  const oldResolver = resolverOf(before);
  const newResolver = resolverOf(after);
  // Each side's $refs are resolved in its own document.
  const compare = (a: unknown, b: unknown, direction: 'request' | 'response', where: string) =>
    schemaChanges({ before: oldResolver, after: newResolver }, a, b, direction, '').map((change) => ({ ...change, where }));
  const changes: Change[] = [];
  const oldOperations = operationsByKey(before);
  const newOperations = operationsByKey(after);
  for (const [key, old] of oldOperations) {
    const now = newOperations.get(key);
    if (!now) {
      changes.push({ severity: 'breaking', pointer: '', rule: 'operation removed', where: key, detail: `${String(old.node.operationId ?? key)} is gone` });
      continue;
    }
    const oldParameters = old.parameters;
    const newParameters = now.parameters;
    for (const [id, parameter] of oldParameters) {
      const next = newParameters.get(id);
      if (!next)
        changes.push({ severity: 'potentially breaking', pointer: '', rule: 'parameter removed', where: `${key} ${id}`, detail: 'clients that send it may be refused or ignored' });
      else {
        if (next.required === true && parameter.required !== true)
          changes.push({ severity: 'breaking', pointer: '', rule: 'parameter became required', where: `${key} ${id}`, detail: 'clients that leave it out are refused' });
        changes.push(...compare(parameter.schema, next.schema, 'request', `${key} ${id}`));
      }
    }
    for (const [id, parameter] of newParameters)
      if (!oldParameters.has(id))
        changes.push(
          parameter.required === true
            ? { severity: 'breaking', pointer: '', rule: 'required parameter added', where: `${key} ${id}`, detail: 'existing clients do not send it' }
            : { severity: 'compatible', pointer: '', rule: 'optional parameter added', where: `${key} ${id}`, detail: 'new and optional' },
        );
    const oldBody = oldResolver.deref(old.node.requestBody);
    const newBody = newResolver.deref(now.node.requestBody);
    if (isNode(newBody) && newBody.required === true && !(isNode(oldBody) && oldBody.required === true))
      changes.push({ severity: 'breaking', pointer: '', rule: 'request body became required', where: `${key} request`, detail: 'clients that send none are refused' });
    changes.push(...compare(jsonSchemaOf(oldResolver, oldBody), jsonSchemaOf(newResolver, newBody), 'request', `${key} request`));
    const oldResponses = isNode(old.node.responses) ? old.node.responses : {};
    const newResponses = isNode(now.node.responses) ? now.node.responses : {};
    for (const status of Object.keys(newResponses))
      if (!(status in oldResponses))
        changes.push({ severity: 'potentially breaking', pointer: '', rule: 'response status added', where: `${key} ${status}`, detail: `clients may not handle HTTP ${status}` });
    for (const status of Object.keys(oldResponses)) {
      if (!(status in newResponses)) {
        changes.push({ severity: 'compatible', pointer: '', rule: 'response status removed', where: `${key} ${status}`, detail: `HTTP ${status} is no longer documented` });
        continue;
      }
      changes.push(...compare(jsonSchemaOf(oldResolver, oldResponses[status]), jsonSchemaOf(newResolver, newResponses[status]), 'response', `${key} ${status}`));
    }
  }
  for (const key of newOperations.keys())
    if (!oldOperations.has(key))
      changes.push({ severity: 'compatible', pointer: '', rule: 'operation added', where: key, detail: `${String(newOperations.get(key)?.node.operationId ?? key)} is new` });
  return changes;
}

/** Whether a version step may carry breaking changes: a major bump, or a minor one while 0.x (as semver allows). */
export function versionAllowsBreaking(before: string, after: string): boolean {
  const parse = (version: string) => /^(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number) as [number, number, number] | undefined;
  const a = parse(before);
  const b = parse(after);
  if (!a || !b) return false;
  if (b[0] > a[0]) return true;
  return a[0] === 0 && b[0] === 0 && b[1] > a[1];
}
