// Step 1 of the build: the single-file bundles of a spec root. Redocly bundles once, to JSON;
// the YAML is written from that JSON, so both files always say the same.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { redocly } from '../lib/redocly.js';

export const bundleFiles = ['openapi.json', 'openapi.yaml'] as const;

/** Bundles `specRoot` (e.g. spec/openapi.yaml) into `outDir`; returns the path of the JSON bundle. `signal` stops Redocly. */
export async function bundle(specRoot: string, outDir: string, signal?: AbortSignal): Promise<string> {
  const json = path.join(outDir, 'openapi.json');
  await redocly(['bundle', specRoot, '--ext', 'json', '-o', json], signal);
  const document = JSON.parse(await readFile(json, 'utf8')) as unknown;
  await writeFile(path.join(outDir, 'openapi.yaml'), stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }));
  return json;
}
