// The typecheck and both linters, as tests: they run beside the rest of the suite instead of
// before it (npm run typecheck and npm run lint run the same commands on their own).
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fromRoot, repoRoot } from '../scripts/lib/paths.js';

const run = (file: string, args: string[]) =>
  promisify(execFile)(process.execPath, [file, ...args], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: `${error.stdout}${error.stderr}` }),
  );

describe.concurrent('project checks', () => {
  it('typechecks: tsc --noEmit over src, scripts and tests, strict, reports nothing', async () => {
    const { code, output } = await run(fromRoot('node_modules', 'typescript', 'bin', 'tsc'), ['--noEmit', '-p', fromRoot('tsconfig.json')]);
    expect(output).toBe('');
    expect(code).toBe(0);
    // About 10 s alone; beside the whole suite on 2 cores it has taken over 60 s.
  }, 180_000);

  it('lints the code: biome check (lint and format) reports nothing', async () => {
    const { code, output } = await run(fromRoot('node_modules', '@biomejs', 'biome', 'bin', 'biome'), ['check', '.']);
    expect(code, output).toBe(0);
  });

  it('lints the description: redocly lint, recommended-strict and the house rules, reports nothing', async () => {
    const { code, output } = await run(fromRoot('node_modules', '@redocly', 'cli', 'bin', 'cli.js'), ['lint']);
    expect(code, output).toBe(0);
    expect(output).toMatch(/Woohoo! Your API description is valid/);
  });
});

/** The longest line src/ may hold, in characters: biome.jsonc formats src/ at this width, and a string or comment it cannot break is wrapped by hand. */
const maxLineLength = 120;

describe('line length', () => {
  it(`no line of src/**/*.ts is longer than ${maxLineLength} characters (each one too long named as file:line)`, () => {
    const files = readdirSync(fromRoot('src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(50);
    const tooLong = files.flatMap((file) =>
      readFileSync(fromRoot('src', file), 'utf8')
        .split('\n')
        .flatMap((line, index) => ([...line].length > maxLineLength ? [`src/${file.split(path.sep).join('/')}:${index + 1} (${[...line].length})`] : [])),
    );
    expect(tooLong).toEqual([]);
  });
});
