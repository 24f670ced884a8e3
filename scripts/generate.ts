// Generates the TypeScript view of the bundle: types (openapi-typescript) and the few runtime
// constants the client needs (region endpoints, length limits, statuses), all from the spec.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { fromRoot, generatedDir } from './lib/paths.js';

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const header = (what: string): string =>
  `/**\n * ${what}\n * Generated from spec/ by \`npm run generate\`; do not edit by hand.\n */\n\n`;

/** Redoc reads `x-enumDescriptions`; openapi-typescript only prints `description`, so fold the per-value texts into it. */
function foldEnumDescriptions(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(foldEnumDescriptions);
  if (!isNode(node)) return;
  const texts = node['x-enumDescriptions'];
  if (isNode(texts) && Array.isArray(node.enum)) {
    const list = node.enum.map((value) => `- \`${String(value)}\`: ${String(texts[String(value)] ?? '').replace(/\s*\n\s*/g, ' ')}`);
    node.description = `${typeof node.description === 'string' ? node.description.trimEnd() + '\n\n' : ''}${list.join('\n')}`;
  }
  Object.values(node).forEach(foldEnumDescriptions);
}

async function schemaTypes(document: Node): Promise<string> {
  const copy = structuredClone(document);
  foldEnumDescriptions(copy);
  // defaultNonNullable: false keeps request fields with a default (force) optional.
  const ast = await openapiTS(copy as never, { defaultNonNullable: false, silent: true });
  return header('Types of the EVS snapshot API (openapi-typescript).') + astToString(ast);
}

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

function schemaAt(document: Node, name: string): Node {
  const schema = isNode(document.components) && isNode(document.components.schemas) ? document.components.schemas[name] : undefined;
  if (!isNode(schema)) throw new Error(`components.schemas.${name} is missing`);
  return schema;
}

function constants(document: Node): string {
  const limit = (name: string): number => {
    const max = schemaAt(document, name).maxLength;
    if (typeof max !== 'number') throw new Error(`${name} has no maxLength`);
    return max;
  };
  const statuses = schemaAt(document, 'SnapshotStatus').enum;
  const json = (value: unknown): string => JSON.stringify(value, null, 2);
  return (
    header('Runtime constants of the EVS snapshot API.') +
    `/** Base URL of EVS per region (Open Telekom Cloud and Huawei Cloud), from the spec's servers. */\n` +
    `export const regionEndpoints = ${json(regionEndpoints(document))} as const;\n\n` +
    `export type EvsRegion = keyof typeof regionEndpoints;\n\n` +
    `/** Upper limits of text fields; the service counts UTF-8 bytes. */\n` +
    `export const maxBytes = ${json({ name: limit('SnapshotName'), description: limit('SnapshotDescription') })} as const;\n\n` +
    `/** Every snapshot status, in the order of the spec. */\n` +
    `export const snapshotStatuses = ${json(statuses)} as const;\n`
  );
}

export const generatedFiles = ['schema.d.ts', 'spec-constants.ts'] as const;

export async function generate(outDir: string = generatedDir): Promise<void> {
  const document = JSON.parse(await readFile(fromRoot('generated', 'openapi.json'), 'utf8')) as Node;
  await Promise.all([
    schemaTypes(document).then((text) => writeFile(path.join(outDir, 'schema.d.ts'), text)),
    writeFile(path.join(outDir, 'spec-constants.ts'), constants(document)),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await generate();
  console.log(`generated ${generatedFiles.map((f) => `generated/${f}`).join(', ')}`);
}
