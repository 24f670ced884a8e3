// What a client sends, as schemas taken from the bundle: the three request bodies, the list
// query (its parameters as one object) and a snapshot ID in a path. The validators, the text
// rules and the known-field lists are generated for exactly these.
import { deref, isNode, type Node, operationById, operationsOf, requestBodySchema } from './document.js';

export const requestTargetNames = [
  'createSnapshotRequest',
  'updateSnapshotRequest',
  'rollbackRequest',
  'createVolumeRequest',
  'createVolumeV21Request',
  'snapshotMetadataRequest',
  'snapshotMetadataItemRequest',
  'listSnapshotsQuery',
  'listVolumesQuery',
  'showQuotasQuery',
  'listCinderSnapshotsQuery',
  'listCinderSnapshotsDetailQuery',
  'listCinderSnapshotsV3Query',
  'listCinderSnapshotsDetailV3Query',
  'snapshotId',
  'volumeId',
  'jobId',
  'targetProjectId',
  'metadataKey',
] as const;
export type RequestTargetName = (typeof requestTargetNames)[number];

/** The query parameters of an operation as the schema of one object (its required ones required); `id=a&id=b` is an array. */
function querySchema(document: Node, operationId: string): Node {
  const properties: Node = {};
  const required: string[] = [];
  for (const parameter of operationById(document, operationId).parameters)
    if (parameter.in === 'query' && typeof parameter.name === 'string') {
      properties[parameter.name] = parameter.schema;
      if (parameter.required === true) required.push(parameter.name);
    }
  return { type: 'object', additionalProperties: false, properties, ...(required.length ? { required } : {}) };
}

/** The schema of a path parameter, from the first operation that takes it. */
function pathParameterSchema(document: Node, name: string): unknown {
  for (const operation of operationsOf(document)) for (const parameter of operation.parameters) if (parameter.in === 'path' && parameter.name === name) return parameter.schema;
  throw new Error(`no operation has a path parameter ${name}`);
}

/** The request target of each operation's JSON body, and of each operation's query. */
export const bodyTargets = {
  createSnapshot: 'createSnapshotRequest',
  updateSnapshot: 'updateSnapshotRequest',
  rollbackSnapshot: 'rollbackRequest',
  createVolume: 'createVolumeRequest',
  createVolumeV21: 'createVolumeV21Request',
  createCinderSnapshot: 'createSnapshotRequest',
  createCinderSnapshotV3: 'createSnapshotRequest',
  updateCinderSnapshot: 'updateSnapshotRequest',
  updateCinderSnapshotV3: 'updateSnapshotRequest',
  createSnapshotMetadata: 'snapshotMetadataRequest',
  createSnapshotMetadataV3: 'snapshotMetadataRequest',
  updateSnapshotMetadata: 'snapshotMetadataRequest',
  updateSnapshotMetadataV3: 'snapshotMetadataRequest',
  updateSnapshotMetadataItem: 'snapshotMetadataItemRequest',
  updateSnapshotMetadataItemV3: 'snapshotMetadataItemRequest',
} as const;
export const queryTargets = {
  listSnapshots: 'listSnapshotsQuery',
  listVolumes: 'listVolumesQuery',
  showQuotas: 'showQuotasQuery',
  listCinderSnapshots: 'listCinderSnapshotsQuery',
  listCinderSnapshotsDetail: 'listCinderSnapshotsDetailQuery',
  listCinderSnapshotsV3: 'listCinderSnapshotsV3Query',
  listCinderSnapshotsDetailV3: 'listCinderSnapshotsDetailV3Query',
} as const;
/** The request target of each path parameter a caller gives, by name (its schema is the first operation's that has it). */
export const pathTargets = {
  snapshot_id: 'snapshotId',
  volume_id: 'volumeId',
  job_id: 'jobId',
  target_project_id: 'targetProjectId',
  key: 'metadataKey',
} as const;

export function requestTargets(document: Node): Record<RequestTargetName, unknown> {
  const bodies = Object.entries(bodyTargets).map(([operationId, target]) => [target, requestBodySchema(document, operationById(document, operationId))]);
  const queries = Object.entries(queryTargets).map(([operationId, target]) => [target, querySchema(document, operationId)]);
  const paths = Object.entries(pathTargets).map(([name, target]) => [target, pathParameterSchema(document, name)]);
  return Object.fromEntries([...bodies, ...queries, ...paths]) as Record<RequestTargetName, unknown>;
}

/** A rule of the spec beyond JSON Schema, at a property path of a request target. */
export interface TextRule {
  path: string[];
  maxBytes?: number;
  maxJsonBytes?: number;
  reservedPrefix?: string;
}

/** The extensions on a schema node and on what it references (`name: { $ref: SnapshotName }` carries them on SnapshotName). */
function extensionsOf(document: Node, node: unknown): Omit<TextRule, 'path'> {
  const rule: Omit<TextRule, 'path'> = {};
  for (const candidate of [node, deref(document, node)]) {
    if (!isNode(candidate)) continue;
    if (typeof candidate['x-maxBytes'] === 'number') rule.maxBytes = candidate['x-maxBytes'];
    if (typeof candidate['x-maxJsonBytes'] === 'number') rule.maxJsonBytes = candidate['x-maxJsonBytes'];
    if (typeof candidate['x-reservedPrefix'] === 'string') rule.reservedPrefix = candidate['x-reservedPrefix'];
  }
  return rule;
}

/** Walks properties and alternatives (anyOf, oneOf, allOf), calling `visit` with each schema node and its property path. */
function walk(document: Node, node: unknown, path: string[], visit: (node: unknown, path: string[]) => void, depth = 0): void {
  if (depth > 32) throw new Error(`schema nesting deeper than 32 at ${path.join('.')}`);
  visit(node, path);
  const schema = deref(document, node);
  if (!isNode(schema)) return;
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) for (const branch of Array.isArray(schema[keyword]) ? schema[keyword] : []) walk(document, branch, path, visit, depth + 1);
  if (isNode(schema.properties)) for (const [key, property] of Object.entries(schema.properties)) walk(document, property, [...path, key], visit, depth + 1);
}

export function textRulesOf(document: Node, schema: unknown): TextRule[] {
  const rules = new Map<string, TextRule>();
  walk(document, schema, [], (node, path) => {
    const found = extensionsOf(document, node);
    if (Object.keys(found).length === 0) return;
    const key = path.join('\u0000');
    rules.set(key, { ...rules.get(key), path, ...found });
  });
  return [...rules.values()];
}

/** Property path (joined with `.`, '' for the root) -> the names an object without additionalProperties takes. */
export function knownFieldsOf(document: Node, schema: unknown): Record<string, string[]> {
  const known: Record<string, string[]> = {};
  walk(document, schema, [], (node, path) => {
    const resolved = deref(document, node);
    if (isNode(resolved) && resolved.additionalProperties === false && isNode(resolved.properties)) known[path.join('.')] = Object.keys(resolved.properties);
  });
  return known;
}
