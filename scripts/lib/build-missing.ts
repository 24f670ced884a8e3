// What npm start needs in generated/ before it serves: the bundles and the generated modules (the
// emulator imports them; running from source through tsx, it needs no dist/) and the docs pages
// (served until the first build from spec/ is done). They are committed, so a fresh clone has
// them all; a file that is missing (deleted, or a checkout without it) is built from spec/ as
// `npm run build` would, in a scratch folder, and only the missing files are copied in: files
// that exist are never rewritten here.
import { access, copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bundle, bundleFiles } from '../build/bundle.js';
import { buildDocs, docsPages } from '../build/docs.js';
import { generatedFiles } from '../build/generated-files.js';

/** The files npm start needs, relative to generated/. */
export const neededFiles: readonly string[] = [...bundleFiles, ...generatedFiles, ...docsPages.map((page) => path.join('docs', page.file))];

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** The needed files that `dir` lacks, relative to it. */
export async function missingFiles(dir: string): Promise<string[]> {
  const present = await Promise.all(neededFiles.map((file) => exists(path.join(dir, file))));
  return neededFiles.filter((_, index) => !present[index]);
}

export interface BuildMissingOptions {
  /** The spec's root file. */
  specRoot: string;
  /** The generated/ folder. */
  dir: string;
  log: (line: string) => void;
  /** Stops the build (and its Redocly processes). */
  signal?: AbortSignal;
}

/** Builds the files `dir` lacks from `specRoot`, only the steps they need; resolves with what it built. */
export async function buildMissing(options: BuildMissingOptions): Promise<string[]> {
  const { dir, log, signal } = options;
  const missing = await missingFiles(dir);
  if (missing.length === 0) return [];
  const shown = missing.map((file) => path.join(path.basename(dir), file)).join(', ');
  log(`${shown} ${missing.length === 1 ? 'is' : 'are'} missing; building from ${path.relative(process.cwd(), options.specRoot) || options.specRoot}`);
  const started = Date.now();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-start-build-'));
  try {
    const bundlePath = await bundle(options.specRoot, scratch, signal);
    if (missing.some((file) => (generatedFiles as readonly string[]).includes(file))) {
      // Loaded only when needed: the generators take about 2 s of CPU to load.
      const { generate } = await import('../build/generate.js');
      await generate(bundlePath, scratch);
    }
    if (missing.some((file) => file.startsWith(`docs${path.sep}`))) {
      await mkdir(path.join(scratch, 'docs'));
      await buildDocs(bundlePath, path.join(scratch, 'docs'), signal);
    }
    for (const file of missing) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await copyFile(path.join(scratch, file), path.join(dir, file));
    }
  } catch (error) {
    throw new Error(`cannot build ${shown} from ${options.specRoot}: ${(error as Error).message}`, { cause: error });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  log(`built ${shown} in ${Date.now() - started} ms`);
  return missing;
}
