// The layout's rules, read from the imports of src/: each product imports only shared code and
// the generated modules (never another product), shared code imports no product, and no import
// circle exists anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../scripts/lib/paths.js';

const src = fromRoot('src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => path.join(src, file));

/** Relative imports (static and dynamic) of a file, resolved to absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((match) => match[1] ?? match[2] ?? '');
  return specifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
}

const room = (file: string): string => {
  const relative = path.relative(fromRoot(), file);
  return relative.startsWith('src/') ? (relative.split('/')[1] ?? '') : (relative.split('/')[0] ?? '');
};
const allowed: Record<string, string[]> = {
  client: ['client', 'shared', 'generated'],
  emulator: ['emulator', 'shared', 'generated'],
  contract: ['contract', 'shared', 'generated'],
  shared: ['shared', 'generated'],
};

describe('the layout of src/', () => {
  it('finds the files (the check is not vacuous)', () => {
    expect(files.filter((file) => room(file) === 'client').length).toBeGreaterThan(10);
    expect(files.filter((file) => room(file) === 'shared').length).toBeGreaterThan(5);
    expect(files.filter((file) => room(file) === 'contract').length).toBeGreaterThan(3);
    expect(files.filter((file) => room(file) === 'emulator').length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [path.relative(fromRoot(), file), file] as const))('%s imports only what its folder may', (_name, file) => {
    const from = room(file);
    const wrong = importsOf(file).filter((target) => !(allowed[from] ?? []).includes(room(target)));
    expect(wrong.map((target) => path.relative(fromRoot(), target))).toEqual([]);
  });

  it('has no import circles', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => target.startsWith(src))]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void circles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(src, f)).join(' -> '));
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });
});
