// Runs the fenced samples of the user docs (README.md and docs/*.md) as written: each block
// after a `<!-- example: name -->` marker, its imports of the package turned into src/ paths,
// imported as a module (a `js` block as the .mjs file it is meant for, a `ts` block as the .mts
// file the guides tell users to save it as), with what it printed captured. runDocSamplesByTsx
// runs them as users of TypeScript do: .mts files run by `tsx`, in a project whose package.json
// has no "type" (CommonJS, as `npm init -y` makes), where a .ts file would fail on its top-level await.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { vi } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';

/** A document of the user docs, relative to the repository root. */
export type Doc = 'README.md' | 'docs/client.md' | 'docs/emulator.md' | 'docs/contract-testing.md' | 'docs/description.md';

/** Every document of the user docs. */
export const docs: readonly Doc[] = ['README.md', 'docs/client.md', 'docs/emulator.md', 'docs/contract-testing.md', 'docs/description.md'];

const entryPoints: [string, string][] = [
  ["'evs-snapshot-openapi/emulator'", fromRoot('src', 'emulator', 'index.ts')],
  ["'evs-snapshot-openapi/contract'", fromRoot('src', 'contract', 'index.ts')],
  ["'evs-snapshot-openapi/signing'", fromRoot('src', 'client', 'auth', 'signing.ts')],
  ["'evs-snapshot-openapi/openapi.json'", fromRoot('generated', 'openapi.json')],
  ["'evs-snapshot-openapi'", fromRoot('src', 'client', 'index.ts')],
  // A dependency the examples use beside the package (resolved here: the scratch folder has no node_modules).
  ["'undici'", fromRoot('node_modules', 'undici', 'index.js')],
];

/** A fenced code block of a markdown text: its language, the name of the example marker before it (if any), its first line. */
export interface FencedBlock {
  language: string;
  name: string | undefined;
  line: number;
  code: string;
}

/** Every fenced block of a markdown text, in order, with the `<!-- example: name -->` marker that precedes it, if one does. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    if (end < 0) throw new Error(`a fenced block opened on line ${i + 1} is never closed`);
    let before = i - 1;
    while (before >= 0 && lines[before]?.trim() === '') before--;
    const name = /^<!-- example: ([\w-]+)[^>]*-->$/.exec(lines[before]?.trim() ?? '')?.[1];
    blocks.push({ language: open[1] ?? '', name, line: i + 1, code: `${lines.slice(i + 1, end).join('\n')}\n` });
    i = end;
  }
  return blocks;
}

/** The code of the block named `name` in `doc` as written, without touching its imports. */
export async function docSampleAsWritten(doc: Doc, name: string, language = 'ts'): Promise<string> {
  const blocks = fencedBlocks(await readFile(fromRoot(doc), 'utf8')).filter((block) => block.name === name);
  if (blocks.length !== 1) throw new Error(`${doc} has ${blocks.length} examples named ${name}, not one`);
  const [block] = blocks as [FencedBlock];
  if (block.language !== language) throw new Error(`${doc}'s ${name} example is a ${block.language} block, not ${language}`);
  return block.code;
}

/** The block named `name` in `doc`, its imports of the package (and of undici) turned into paths of this repository. */
export async function docSample(doc: Doc, name: string, language = 'ts'): Promise<string> {
  const code = await docSampleAsWritten(doc, name, language);
  return entryPoints.reduce((text, [specifier, file]) => text.replaceAll(specifier, `'${file}'`), code);
}

/** A scratch folder that is a project of its own, as `npm init` makes one: a package.json with no "type". */
export async function typelessProject(prefix: string): Promise<string> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), prefix));
  await writeFile(path.join(scratch, 'package.json'), `${JSON.stringify({ name: 'doc-sample', version: '1.0.0', private: true }, null, 2)}\n`);
  return scratch;
}

/** The file name the docs tell users to save a sample under: .mjs for `js` (run by node), .mts for `ts` (run by tsx). */
export function sampleFileName(name: string, language: 'ts' | 'js'): string {
  return `${name}.${language === 'js' ? 'mjs' : 'mts'}`;
}

/** Runs a `ts` or `js` sample as a module in a scratch project (an .mjs or .mts file) and returns what it printed with console.log. */
export async function runDocSample(doc: Doc, name: string, language: 'ts' | 'js' = 'ts'): Promise<string[]> {
  const scratch = await typelessProject('evs-doc-sample-');
  const file = path.join(scratch, sampleFileName(name, language));
  await writeFile(file, await docSample(doc, name, language));
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

/**
 * Runs samples (`js` or `ts` blocks) as .mts files by `tsx`, in one process and a typeless scratch
 * project, and returns what each printed on stdout, by name. A sample that throws fails with its error.
 */
export async function runDocSamplesByTsx(doc: Doc, samples: readonly [name: string, language: 'ts' | 'js'][]): Promise<Record<string, string[]>> {
  const scratch = await typelessProject('evs-doc-tsx-');
  try {
    const files: string[] = [];
    for (const [name, language] of samples) {
      files.push(`${name}.mts`);
      await writeFile(path.join(scratch, `${name}.mts`), await docSample(doc, name, language));
    }
    const tsx = fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, fromRoot('test', 'support', 'run-samples.ts'), ...files], { cwd: scratch, timeout: 50_000 });
    const printed: Record<string, string[]> = {};
    for (const [name] of samples) {
      const output = new RegExp(`<<< ${name}\\.mts\\n([\\s\\S]*?)>>> ${name}\\.mts`).exec(stdout)?.[1];
      if (output === undefined) throw new Error(`tsx printed nothing framed for ${name}.mts:\n${stdout}`);
      if (output.includes('!!! ')) throw new Error(`${doc}'s ${name} failed as an .mts file run by tsx:\n${output}`);
      printed[name] = output.split('\n').filter((line) => line !== '');
    }
    return printed;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * `biome check` (lint, format, import order) over every `js` and `ts` sample of the user docs as
 * written, each a file of this project (a folder at the root, removed after): a sample a user
 * copies into the project passes its own check. One Biome process for all of them.
 */
export async function biomeCheckOfSamples(): Promise<{ files: string[]; code: number; output: string }> {
  const folder = await mkdtemp(fromRoot('doc-samples-check-'));
  try {
    const files: string[] = [];
    for (const doc of docs)
      for (const block of fencedBlocks(await readFile(fromRoot(doc), 'utf8'))) {
        if (block.name === undefined || (block.language !== 'js' && block.language !== 'ts')) continue;
        const file = `${path.basename(doc, '.md')}-${sampleFileName(block.name, block.language)}`;
        files.push(file);
        await writeFile(path.join(folder, file), block.code);
      }
    const biome = fromRoot('node_modules', '@biomejs', 'biome', 'bin', 'biome');
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
    const { code, output } = await promisify(execFile)(process.execPath, [biome, 'check', '--max-diagnostics=none', path.basename(folder)], { cwd: fromRoot(), env }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
    return { files, code, output };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Runs `work` with these environment variables set (undefined: unset), then puts the environment back. */
export async function withEnvironment<T>(values: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = new Map(Object.keys(values).map((name) => [name, process.env[name]]));
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  try {
    return await work();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
