// generated/spec-constants.ts: the facts of the bundle that code needs at run time, each read
// from where the spec states it (servers, enums, parameter bounds, extensions, responses).
import { componentName, deref, isNode, type Node, type Operation, operationById, operationsOf, responseSchemas, schemaAt } from './document.js';
import { bodyTargets, knownFieldsOf, pathTargets, queryTargets, requestTargetNames, requestTargets, textRulesOf } from './targets.js';

/** Region id -> base URL, from `servers`: fixed hosts are `evs.<region>.…`; templates list regions in their `region` enum. */
export function regionEndpoints(document: Node): Record<string, string> {
  const endpoints: Record<string, string> = {};
  for (const server of Array.isArray(document.servers) ? document.servers : []) {
    if (!isNode(server) || typeof server.url !== 'string') continue;
    const region = isNode(server.variables) ? server.variables.region : undefined;
    const regions = isNode(region) && Array.isArray(region.enum) ? region.enum.map(String) : [new URL(server.url).hostname.split('.')[1] ?? ''];
    for (const id of regions) {
      if (!/^[a-z]+(-[a-z0-9]+)+$/.test(id)) throw new Error(`cannot derive a region id from server ${server.url}`);
      if (endpoints[id]) throw new Error(`region ${id} is served by two servers`);
      endpoints[id] = server.url.replace('{region}', id);
    }
  }
  return endpoints;
}

function numberAt(node: Node, key: string, where: string): number {
  const value = node[key];
  if (typeof value !== 'number') throw new Error(`${where} has no ${key}`);
  return value;
}

/** Status -> codes, from the rows `| 400 | \`EVS.5400\` | message | meaning |` of the error table in the description of the Errors tag. */
function errorCodes(document: Node): Record<string, string[]> {
  const tag = (Array.isArray(document.tags) ? document.tags : []).find((candidate) => isNode(candidate) && candidate.name === 'Errors');
  const codes: Record<string, string[]> = {};
  for (const match of String(isNode(tag) ? tag.description : '').matchAll(/^\s*\| (\d{3}) \| `([A-Za-z]+\.\d{4})` \|/gm)) {
    const [, status, code] = match as unknown as [string, string, string];
    codes[status] = [...(codes[status] ?? []), code];
  }
  if (!codes['400']?.length || !codes['404']?.length) throw new Error('the Errors tag has no error table with 400 and 404 rows');
  return codes;
}

/**
 * Code -> every message the service sends with it, from the same table: the first one, then those a
 * row lists as `(also: …)` (each ends with a full stop, so `., ` separates them); rows without a
 * message, `—`, are left out. `errorMessages` keeps the first of each.
 */
function errorMessageVariants(document: Node): Record<string, string[]> {
  const tag = (Array.isArray(document.tags) ? document.tags : []).find((candidate) => isNode(candidate) && candidate.name === 'Errors');
  const variants: Record<string, string[]> = {};
  for (const match of String(isNode(tag) ? tag.description : '').matchAll(/^\s*\| \d{3} \| `([A-Za-z]+\.\d{4})` \| ([^|]+) \|/gm)) {
    const [, code, text] = match as unknown as [string, string, string];
    const also = / \(also: (.*)\)$/.exec(text.trim());
    const first = text.replace(/ \(also: .*\)$/, '').trim();
    if (first === '—' || variants[code] !== undefined) continue;
    variants[code] = [first, ...(also ? (also[1] ?? '').split(/(?<=\.), /) : [])];
  }
  return variants;
}

/** The bounds of the list's `limit` parameter: listSnapshots checks them, listAllSnapshots its page size. */
function listLimit(document: Node): { minimum: number; maximum: number } {
  const parameter = operationById(document, 'listSnapshots').parameters.find((p) => p.name === 'limit' && p.in === 'query');
  if (!parameter || !isNode(parameter.schema)) throw new Error('listSnapshots has no limit parameter');
  return { minimum: numberAt(parameter.schema, 'minimum', 'limit'), maximum: numberAt(parameter.schema, 'maximum', 'limit') };
}

/** The facts of a parameter's schema that code acts on (its type, values, bounds and default), its `$ref`s followed. */
const schemaFactKeys = ['type', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'x-maxBytes', 'default'] as const;
function schemaFacts(document: Node, schema: unknown): Node {
  const resolved = deref(document, schema);
  if (!isNode(resolved)) throw new Error('a parameter without a schema');
  const facts: Node = {};
  for (const key of schemaFactKeys) if (resolved[key] !== undefined) facts[key] = resolved[key];
  if (resolved.items !== undefined) facts.items = schemaFacts(document, resolved.items);
  if (facts.type === undefined) throw new Error(`a parameter schema without a type: ${JSON.stringify(resolved).slice(0, 80)}`);
  return facts;
}

/** Every parameter of an operation, in the order of the spec, by where it goes. */
function parametersOf(document: Node, operation: Operation): Record<'path' | 'query' | 'header', Node[]> {
  const by: Record<'path' | 'query' | 'header', Node[]> = { path: [], query: [], header: [] };
  for (const parameter of operation.parameters) {
    const place = parameter.in;
    if (place !== 'path' && place !== 'query' && place !== 'header') throw new Error(`${operation.operationId}: parameters in ${String(place)} are not handled`);
    by[place].push({ name: parameter.name, required: parameter.required === true, schema: schemaFacts(document, parameter.schema) });
  }
  return by;
}

/** Per operation: method, path template, parameters, request target, success status and the schema of each documented response (null: no body). */
function operationTable(document: Node): Record<string, unknown> {
  const table: Record<string, unknown> = {};
  for (const operation of operationsOf(document)) {
    const responses = Object.fromEntries(
      Object.entries(responseSchemas(document, operation)).map(([status, schema]) => {
        if (schema === null) return [status, null];
        const name = componentName(schema);
        if (!name) throw new Error(`${operation.operationId} ${status}: response schemas must be components`);
        return [status, name];
      }),
    );
    const success = Object.keys(responses).filter((status) => status.startsWith('2'));
    // Where the clouds answer a call with different 2xx statuses, both are described, with one body.
    if (success.length === 0) throw new Error(`${operation.operationId} has no 2xx response`);
    if (new Set(success.map((status) => responses[status])).size !== 1)
      throw new Error(`${operation.operationId}: its 2xx responses must share one schema, got ${success.map((status) => `${status} ${responses[status]}`).join(', ')}`);
    const id = operation.operationId;
    // A body or query without its request target would be sent unchecked, or not at all, by a table-driven caller.
    if (operation.operation.requestBody !== undefined && !Object.hasOwn(bodyTargets, id))
      throw new Error(`${id} has a request body but no request target (bodyTargets in scripts/build/targets.ts)`);
    if (operation.parameters.some((parameter) => parameter.in === 'query') && !Object.hasOwn(queryTargets, id))
      throw new Error(`${id} has query parameters but no request target (queryTargets in scripts/build/targets.ts)`);
    table[id] = {
      method: operation.method.toUpperCase(),
      path: operation.path,
      parameters: parametersOf(document, operation),
      requestBody: (bodyTargets as Record<string, string>)[id] ?? null,
      query: (queryTargets as Record<string, string>)[id] ?? null,
      successStatus: Number(success[0]),
      successStatuses: success.map(Number),
      responses,
    };
  }
  return table;
}

const header = (what: string): string => `/**\n * ${what}\n * Generated from spec/ by \`npm run build\`; do not edit by hand.\n */\n\n`;
const json = (value: unknown): string => JSON.stringify(value, null, 2);

function propertiesOf(document: Node, name: string): string[] {
  const { properties } = schemaAt(document, name);
  if (!isNode(properties)) throw new Error(`components.schemas.${name} has no properties`);
  return Object.keys(properties);
}

export function constantsModule(document: Node): string {
  const targets = requestTargets(document);
  const name = schemaAt(document, 'SnapshotName');
  const description = schemaAt(document, 'SnapshotDescription');
  const uuid = schemaAt(document, 'SnapshotId').pattern;
  if (typeof uuid !== 'string') throw new Error('SnapshotId has no pattern');
  const reservedPrefix = name['x-reservedPrefix'];
  if (typeof reservedPrefix !== 'string') throw new Error('SnapshotName has no x-reservedPrefix');
  const codes = errorCodes(document);
  const textRules = Object.fromEntries(requestTargetNames.map((target) => [target, textRulesOf(document, targets[target])]));
  const knownFields = Object.fromEntries(requestTargetNames.map((target) => [target, knownFieldsOf(document, targets[target])]));
  return (
    header('Runtime constants of the EVS snapshot API.') +
    `/** Base URL of EVS per region (Open Telekom Cloud and Huawei Cloud), from the spec's servers. */\n` +
    `export const regionEndpoints = ${json(regionEndpoints(document))} as const;\n\n` +
    `export type EvsRegion = keyof typeof regionEndpoints;\n\n` +
    `/** Upper limits of the text fields in UTF-8 bytes (x-maxBytes of SnapshotName and SnapshotDescription). */\n` +
    `export const maxBytes = ${json({ name: numberAt(name, 'x-maxBytes', 'SnapshotName'), description: numberAt(description, 'x-maxBytes', 'SnapshotDescription') })} as const;\n\n` +
    `/** The prefix the service keeps for the names of snapshots it makes during disk backups (x-reservedPrefix of SnapshotName). */\n` +
    `export const reservedNamePrefix = ${JSON.stringify(reservedPrefix)};\n\n` +
    `/** Every snapshot status, in the order of the spec. */\n` +
    `export const snapshotStatuses = ${json(schemaAt(document, 'SnapshotStatus').enum)} as const;\n\n` +
    `/** The bounds of the list's limit parameter. */\n` +
    `export const listLimit = ${json(listLimit(document))} as const;\n\n` +
    `/** The pattern of SnapshotId and VolumeId. */\n` +
    `export const uuidPattern = ${JSON.stringify(uuid)};\n\n` +
    `/** The request targets that generated/request-validators.ts checks. */\n` +
    `export type RequestTarget = ${requestTargetNames.map((target) => JSON.stringify(target)).join(' | ')};\n\n` +
    `/** Rules beyond JSON Schema (x-maxBytes, x-maxJsonBytes, x-reservedPrefix), by request target and property path. */\n` +
    `export const textRules: Readonly<Record<RequestTarget, readonly { path: readonly string[]; maxBytes?: number; maxJsonBytes?: number; reservedPrefix?: string }[]>> = ${json(textRules)};\n\n` +
    `/** The fields of each object that takes no others, by request target and property path (joined with "."). */\n` +
    `export const knownFields: Readonly<Record<RequestTarget, Readonly<Record<string, readonly string[]>>>> = ${json(knownFields)};\n\n` +
    `/** The properties of the response schemas a state's disks and snapshots are read as (the emulator refuses others: a mistyped fixture field). */\n` +
    `export const schemaFields = ${json(Object.fromEntries(['Volume', 'Snapshot'].map((schema) => [schema, propertiesOf(document, schema)])))} as const;\n\n` +
    `/** The error codes of the error table of the Errors tag, by HTTP status (the codes whose status the sources do not state are left out). */\n` +
    `export const errorCodes: Readonly<Record<string, readonly string[]>> = ${json(codes)};\n\n` +
    `/** The message the service sends with each code of the error table (spelling included; the first of several). */\n` +
    `export const errorMessages: Readonly<Record<string, string>> = ${json(Object.fromEntries(Object.entries(errorMessageVariants(document)).map(([code, [first]]) => [code, first])))};\n\n` +
    `export const errorMessageVariants: Readonly<Record<string, readonly string[]>> = ${json(errorMessageVariants(document))};\n\n` +
    `/**\n * Per operation: method, path template, parameters by where they go (name, required, the facts of their schema),\n * the request target of its body and of its query (generated/request-validators.ts), the success status (the first\n * 2xx; successStatuses lists every one the clouds answer, sharing one body) and the\n * component schema of each documented response (null: no body). One row per operation drives the client, the\n * emulator and the contract tool.\n */\n` +
    `export const operations = ${json(operationTable(document))} as const;\n\n` +
    `export type OperationId = keyof typeof operations;\n\n` +
    `/** The request target that checks each path parameter a caller gives, by parameter name (project_id is configuration). */\n` +
    `export const pathParameterTargets = ${json(pathTargets)} as const;\n`
  );
}
