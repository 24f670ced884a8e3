// Runs the README's fenced examples as written: each `<!-- example: name -->` block, its imports
// of the package turned into src/ paths, imported as a module, with what it printed captured.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';

const entryPoints: [string, string][] = [
  ["'evs-snapshot-openapi/emulator'", fromRoot('src', 'emulator', 'index.ts')],
  ["'evs-snapshot-openapi/contract'", fromRoot('src', 'contract', 'index.ts')],
  ["'evs-snapshot-openapi'", fromRoot('src', 'client', 'index.ts')],
  // A dependency the examples use beside the package (resolved here: the scratch folder has no node_modules).
  ["'undici'", fromRoot('node_modules', 'undici', 'index.js')],
];

/** The fenced block after `<!-- example: <name>`, its imports of the package (and of undici) turned into paths. */
export async function readmeExample(name: string, language = 'ts'): Promise<string> {
  const readme = await readFile(fromRoot('README.md'), 'utf8');
  const block = new RegExp(`<!-- example: ${name}[^>]*-->\\s*\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  if (!block) throw new Error(`README.md has no ${name} example`);
  return entryPoints.reduce((text, [specifier, file]) => text.replaceAll(specifier, `'${file}'`), block);
}

/** Runs an example as a module in a scratch folder and returns what it printed with console.log. */
export async function runReadmeExample(name: string): Promise<string[]> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-readme-'));
  const file = path.join(scratch, `${name}.ts`);
  await writeFile(file, await readmeExample(name));
  const printed: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  try {
    await import(file);
  } finally {
    spy.mockRestore();
    await rm(scratch, { recursive: true, force: true });
  }
  return printed;
}
