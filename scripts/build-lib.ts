// Compiles src/ to dist/ (ESM + .d.ts). tsc does not copy hand-made .d.ts files, so the
// generated schema types are copied next to the compiled constants.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { fromRoot } from './lib/paths.js';

const run = promisify(execFile);

export async function buildLib(): Promise<void> {
  await rm(fromRoot('dist'), { recursive: true, force: true });
  try {
    await run(process.execPath, [fromRoot('node_modules', 'typescript', 'bin', 'tsc'), '-p', fromRoot('tsconfig.build.json')]);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc failed:\n${stdout}${stderr}`);
  }
  await mkdir(fromRoot('dist', 'generated'), { recursive: true });
  await copyFile(fromRoot('generated', 'schema.d.ts'), fromRoot('dist', 'generated', 'schema.d.ts'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildLib();
  console.log('compiled src/ to dist/');
}
