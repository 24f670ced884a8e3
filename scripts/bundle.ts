// Writes the single-file bundles of spec/ (YAML and JSON) that consumers fetch directly.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { apiName, generatedDir } from './lib/paths.js';
import { redocly } from './lib/redocly.js';

export const bundleFiles = ['openapi.yaml', 'openapi.json'] as const;

export async function bundle(outDir: string = generatedDir): Promise<void> {
  await Promise.all([
    redocly(['bundle', apiName, '--ext', 'yaml', '-o', path.join(outDir, 'openapi.yaml')]),
    redocly(['bundle', apiName, '--ext', 'json', '-o', path.join(outDir, 'openapi.json')]),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await bundle();
  console.log(`bundled ${bundleFiles.join(', ')} into ${path.relative(process.cwd(), generatedDir) || '.'}`);
}
