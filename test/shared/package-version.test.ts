// The version --version prints: read from the package's own package.json, both in a clone
// (src/shared/, two folders down) and in the installed package (dist/src/shared/, three down).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { packageVersion } from '../../src/shared/package-version.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-version-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const moduleIn = (...folders: string[]): URL => pathToFileURL(path.join(scratch, ...folders, 'package-version.js'));

describe('packageVersion', () => {
  it("is the clone's package.json version, read from src/shared/", async () => {
    const { version } = JSON.parse(await readFile(fromRoot('package.json'), 'utf8')) as { version: string };
    expect(packageVersion()).toBe(version);
  });

  it('is found three folders up from dist/src/shared/, past a package.json of another name', async () => {
    await mkdir(path.join(scratch, 'installed', 'dist', 'src', 'shared'), { recursive: true });
    await writeFile(path.join(scratch, 'installed', 'package.json'), JSON.stringify({ name: 'evs-snapshot-openapi', version: '9.8.7' }));
    await writeFile(path.join(scratch, 'installed', 'dist', 'package.json'), JSON.stringify({ type: 'module' }));
    expect(packageVersion(moduleIn('installed', 'dist', 'src', 'shared'))).toBe('9.8.7');
  });

  it('says where it looked when no package.json of the package is near', async () => {
    await mkdir(path.join(scratch, 'lost', 'a', 'b', 'c', 'd', 'e'), { recursive: true });
    await writeFile(path.join(scratch, 'package.json'), JSON.stringify({ name: 'evs-snapshot-openapi', version: '1.0.0' }));
    expect(() => packageVersion(moduleIn('lost', 'a', 'b', 'c', 'd', 'e'))).toThrow(
      /^evs-snapshot-openapi: no package.json of evs-snapshot-openapi within 4 folders above \/.*\/lost\/a\/b\/c\/d\/e\/$/,
    );
  });
});
