// The README's emulator examples, run as written: their package imports point at src/, and what
// they print is what the README's lifecycle promises.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-readme-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** The fenced block after `<!-- example: <name>`, its imports of the package turned into src/ paths. */
async function example(name: string): Promise<string> {
  const readme = await readFile(fromRoot('README.md'), 'utf8');
  const block = new RegExp(`<!-- example: ${name}[^>]*-->\\s*\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  if (!block) throw new Error(`README.md has no ${name} example`);
  return block
    .replaceAll("'evs-snapshot-openapi/emulator'", `'${fromRoot('src', 'emulator', 'index.ts')}'`)
    .replaceAll("'evs-snapshot-openapi'", `'${fromRoot('src', 'client', 'index.ts')}'`);
}

/** Runs an example as a module and returns what it printed. */
async function run(name: string): Promise<string[]> {
  const file = path.join(scratch, `${name}.ts`);
  await writeFile(file, await example(name));
  const printed: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  try {
    await import(file);
  } finally {
    spy.mockRestore();
  }
  return printed;
}

describe('the README emulator examples', () => {
  it('emulator-fetch plays the whole lifecycle through fetch', async () => {
    expect(await run('emulator-fetch')).toEqual([expect.stringMatching(/^listed 1; \d+ requests, the last answered 404$/)]);
  });

  it('emulator-listen plays it over a socket and closes the server', async () => {
    expect(await run('emulator-listen')).toEqual(['available', 'gone; 0 left']);
  });
});
