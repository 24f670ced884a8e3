// Runs the fenced samples of the user docs (README.md and docs/*.md) as written: each block
// after a `<!-- example: name -->` marker, its imports of the package turned into src/ paths,
// imported as a module (a `js` block as the .mjs file it is meant for, a `ts` block as a .ts
// file), with what it printed captured.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';

/** A document of the user docs, relative to the repository root. */
export type Doc = 'README.md' | 'docs/client.md' | 'docs/emulator.md' | 'docs/contract-testing.md' | 'docs/description.md';

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

/** Runs a `ts` or `js` sample as a module in a scratch folder (a `js` one as an .mjs file) and returns what it printed with console.log. */
export async function runDocSample(doc: Doc, name: string, language: 'ts' | 'js' = 'ts'): Promise<string[]> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-doc-sample-'));
  const file = path.join(scratch, `${name}.${language === 'js' ? 'mjs' : 'ts'}`);
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
