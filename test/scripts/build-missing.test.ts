// What npm start builds before it serves: the files of generated/ it needs that are missing,
// from spec/, and nothing else; a failing build says what it was building and why.
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMissing, missingFiles, neededFiles } from '../../scripts/lib/build-missing.js';
import { fromRoot, generatedDir, specRoot } from '../../scripts/lib/paths.js';

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-build-missing-'));
  await cp(generatedDir, path.join(scratch, 'generated'), { recursive: true });
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

describe('buildMissing', () => {
  it('finds nothing missing in the committed generated/ (a fresh clone builds nothing)', async () => {
    expect(await missingFiles(generatedDir)).toEqual([]);
    expect(neededFiles).toEqual(expect.arrayContaining(['openapi.json', 'spec-constants.ts', 'docs/index.html', 'docs/zh-CN.html']));
  });

  it('builds a missing generated module from spec/ as the build does, and leaves the files that exist alone', async () => {
    const dir = path.join(scratch, 'generated');
    await rm(path.join(dir, 'spec-constants.ts'));
    await writeFile(path.join(dir, 'request-schemas.ts'), '// edited by hand\n');
    const lines: string[] = [];
    expect(await buildMissing({ specRoot, dir, log: (line) => lines.push(line) })).toEqual(['spec-constants.ts']);
    expect(await readFile(path.join(dir, 'spec-constants.ts'), 'utf8')).toBe(await readFile(path.join(generatedDir, 'spec-constants.ts'), 'utf8'));
    expect(await readFile(path.join(dir, 'request-schemas.ts'), 'utf8')).toBe('// edited by hand\n');
    expect(lines[0]).toBe('generated/spec-constants.ts is missing; building from spec/openapi.yaml');
    expect(lines[1]).toMatch(/^built generated\/spec-constants\.ts in \d+ ms$/);
    expect(await missingFiles(dir)).toEqual([]);
  });

  it('builds nothing and says nothing when nothing is missing', async () => {
    const dir = path.join(scratch, 'generated');
    const before = (await stat(path.join(dir, 'openapi.json'))).mtimeMs;
    const lines: string[] = [];
    expect(await buildMissing({ specRoot, dir, log: (line) => lines.push(line) })).toEqual([]);
    expect(lines).toEqual([]);
    expect((await stat(path.join(dir, 'openapi.json'))).mtimeMs).toBe(before);
  });

  it("fails naming the missing files and Redocly's reason when spec/ does not build, and writes nothing", async () => {
    await cp(fromRoot('spec'), path.join(scratch, 'spec'), { recursive: true });
    const root = path.join(scratch, 'spec', 'openapi.yaml');
    await writeFile(root, `${await readFile(root, 'utf8')}\n  broken: [\n`);
    const dir = path.join(scratch, 'generated');
    await rm(path.join(dir, 'openapi.yaml'));
    await expect(buildMissing({ specRoot: root, dir, log: () => undefined })).rejects.toThrow(
      new RegExp(`^cannot build generated/openapi\\.yaml from ${root.replaceAll('.', '\\.')}: redocly bundle .* failed \\(exit \\d+\\)`),
    );
    expect(await missingFiles(dir)).toEqual(['openapi.yaml']);
  });
});
