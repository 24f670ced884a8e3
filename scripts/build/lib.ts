// Step 4 of the build: compiles src/ and the generated modules to dist/ (ESM + .d.ts). tsc does
// not copy hand-made .d.ts files, so the generated schema types are copied beside the output.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fromRoot } from '../lib/paths.js';

const run = promisify(execFile);

/**
 * Compiles into `outDir` (default dist/; the packaging test builds a staged copy elsewhere, leaving
 * dist/ alone). `check: false` emits without type-checking: for the packaging test, whose suite
 * type-checks the same sources in its own test.
 */
export async function buildLib(outDir: string = fromRoot('dist'), { check = true }: { check?: boolean } = {}): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  try {
    await run(process.execPath, [fromRoot('node_modules', 'typescript', 'bin', 'tsc'), '-p', fromRoot('tsconfig.build.json'), '--outDir', outDir, ...(check ? [] : ['--noCheck'])]);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc failed:\n${stdout}${stderr}`);
  }
  await mkdir(path.join(outDir, 'generated'), { recursive: true });
  await copyFile(fromRoot('generated', 'schema.d.ts'), path.join(outDir, 'generated', 'schema.d.ts'));
}
