// The committed bundles, generated modules and docs must be exactly what the build makes from
// spec/ now: the steps run in sequence into a scratch folder, each from the previous one's output.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, bundleFiles } from '../../scripts/build/bundle.js';
import { buildDocs, docsPages } from '../../scripts/build/docs.js';
import { generate, generatedFiles } from '../../scripts/build/generate.js';
import { docsDir, generatedDir, specRoot } from '../../scripts/lib/paths.js';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-drift-'));
  await mkdir(path.join(scratch, 'docs'));
  const bundlePath = await bundle(specRoot, scratch);
  await Promise.all([generate(bundlePath, scratch), buildDocs(bundlePath, path.join(scratch, 'docs'))]);
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const stale = 'is stale: run `npm run build` and commit the result';

describe('generated artifacts', () => {
  it.each([...bundleFiles, ...generatedFiles])('generated/%s matches spec/', async (file) => {
    const [fresh, committed] = await Promise.all([readFile(path.join(scratch, file), 'utf8'), readFile(path.join(generatedDir, file), 'utf8')]);
    expect(committed === fresh, `generated/${file} ${stale}`).toBe(true);
  });
  it.each(docsPages.map((page) => page.file))('generated/docs/%s matches spec/', async (file) => {
    const [fresh, committed] = await Promise.all([readFile(path.join(scratch, 'docs', file)), readFile(path.join(docsDir, file))]);
    expect(committed.equals(fresh), `generated/docs/${file} ${stale}`).toBe(true);
  });
});
