// A copy of spec/ with a change, built (bundle, generate) beside a copy of src/, so that a test
// can import a product of the copy and see what the change does to it. Built once per test file
// however many products' checks use it; inside the repository, so that the copy of src/ resolves
// its dependencies from node_modules.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from '../../scripts/build/bundle.js';
import { generate } from '../../scripts/build/generate.js';
import { fromRoot } from '../../scripts/lib/paths.js';

export interface SpecCopy {
  /** The root of the copy: spec/, src/ and generated/ under it. */
  root: string;
  /** Imports a module of the copy by its path from the root, e.g. `src/emulator/index.ts`. */
  load<T>(file: string): Promise<T>;
  /** Removes the copy. */
  remove(): Promise<void>;
}

/** Copies spec/ and src/, lets `change` edit the copy of spec/ (given its path), and builds generated/ from it. */
export async function buildSpecCopy(name: string, change: (specDir: string) => Promise<void>): Promise<SpecCopy> {
  await mkdir(fromRoot('.scratch'), { recursive: true });
  const root = await mkdtemp(path.join(fromRoot('.scratch'), `${name}-`));
  try {
    await cp(fromRoot('spec'), path.join(root, 'spec'), { recursive: true });
    await cp(fromRoot('src'), path.join(root, 'src'), { recursive: true });
    await change(path.join(root, 'spec'));
    await mkdir(path.join(root, 'generated'));
    await generate(await bundle(path.join(root, 'spec', 'openapi.yaml'), path.join(root, 'generated')), path.join(root, 'generated'));
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    root,
    load: async <T>(file: string) => (await import(pathToFileURL(path.join(root, file)).href)) as T,
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
