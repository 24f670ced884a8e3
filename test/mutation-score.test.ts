// The score npm run test:mutation prints: per part and product from Stryker's reports, and for
// src/ as a whole from the sums (not the mean of the products' scores); the list of survivors it
// writes; and the parts themselves.

import { existsSync } from 'node:fs';
import type { MutantStatus, MutationTestResult } from 'mutation-testing-report-schema';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../scripts/lib/paths.js';
import { mutationProducts, partNamed, partsOf, productParts } from '../scripts/mutation/parts.mjs';
import { filesInSeveralParts, reportFromProgress, scoreOf, scoreTable, totalOf } from '../scripts/mutation/score.js';
import { survivorLines, survivorsReport } from '../scripts/mutation/survivors.js';

const reportWith = (statuses: MutantStatus[]): MutationTestResult => ({
  schemaVersion: '1',
  thresholds: { high: 90, low: 85 },
  files: {
    'src/x.ts': {
      language: 'typescript',
      source: 'const a = 1;\n',
      mutants: statuses.map((status, i) => ({
        id: String(i),
        mutatorName: 'BooleanLiteral',
        location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
        status,
      })),
    },
  },
});

describe('mutation score', () => {
  it('counts killed and timed-out mutants as detected, over all but ignored and errors', () => {
    const score = scoreOf('src/x', reportWith(['Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'RuntimeError']));
    expect(score).toEqual({ product: 'src/x', mutants: 7, killed: 2, timeout: 1, survived: 1, noCoverage: 1, ignored: 1, errors: 1, score: 60 });
  });

  it('scores src/ from the sums of the products, not from the mean of their scores', () => {
    const small = scoreOf('src/a', reportWith(['Timeout', 'Survived']));
    const large = scoreOf('src/b', reportWith(['Killed', 'Killed', 'Killed', 'Killed', 'Killed', 'Killed', 'Killed', 'Survived']));
    expect(totalOf([small, large])).toEqual({ product: 'src/ (all)', mutants: 10, killed: 7, timeout: 1, survived: 2, noCoverage: 0, ignored: 0, errors: 0, score: 80 });
  });

  it('prints one aligned row per product, the score with two decimals', () => {
    const table = scoreTable([scoreOf('src/x', reportWith(['Killed', 'Killed', 'Survived']))]).split('\n');
    expect(table[0]).toMatch(/^product\s+score\s+mutants\s+killed\s+timeout\s+survived\s+no coverage\s+ignored\s+errors$/);
    expect(table[1]).toMatch(/^src\/x\s+66\.67 %\s+3\s+2\s+0\s+1\s+0\s+0\s+0$/);
    expect(new Set(table.map((row) => row.length)).size).toBe(1);
  });

  it('gives no score when no mutant is valid', () => {
    expect(totalOf([scoreOf('src/x', reportWith(['Ignored']))]).score).toBeNaN();
    expect(scoreTable([totalOf([])])).toMatch(/n\/a/);
  });
});

describe('the progress log of a run that has not ended', () => {
  it('scores the mutants logged so far, per file, ignoring blank lines', () => {
    const line = (fileName: string, id: string, status: MutantStatus) =>
      JSON.stringify({ id, fileName, mutatorName: 'BooleanLiteral', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, status });
    const log = [line('src/a.ts', '1', 'Killed'), '', line('src/b.ts', '2', 'Survived'), line('src/a.ts', '3', 'Timeout'), ''].join('\n');
    const report = reportFromProgress(log);
    expect(Object.keys(report.files)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(scoreOf('src/x (partial)', report)).toMatchObject({ mutants: 3, killed: 1, timeout: 1, survived: 1 });
  });
});

describe('the list of survivors', () => {
  const source = ['export function f(a: number, b: number) {', '  if (a > 0 && b > 0) return `x`;', '  return String(b);', '}', ''].join('\n');
  const mutant = (id: string, status: MutantStatus, start: [number, number], end: [number, number], mutatorName: string, replacement: string) => ({
    id,
    mutatorName,
    replacement,
    status,
    location: { start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } },
  });
  const report: MutationTestResult = {
    schemaVersion: '1',
    thresholds: { high: 90, low: 85 },
    files: {
      'src/z.ts': { language: 'typescript', source: 'const z = 1;\n', mutants: [mutant('9', 'Survived', [1, 11], [1, 12], 'NumberLiteral', '0')] },
      'src/a.ts': {
        language: 'typescript',
        source,
        mutants: [
          mutant('1', 'Killed', [2, 7], [2, 21], 'ConditionalExpression', 'true'),
          mutant('2', 'Survived', [2, 16], [2, 21], 'EqualityOperator', 'b >= 0'),
          mutant('3', 'NoCoverage', [3, 10], [3, 19], 'StringLiteral', '""'),
          mutant('4', 'Survived', [2, 7], [2, 21], 'LogicalOperator', 'a > 0 || b > 0'),
          mutant('5', 'Timeout', [2, 7], [2, 12], 'EqualityOperator', 'a >= 0'),
          mutant('6', 'Survived', [2, 30], [2, 33], 'StringLiteral', '``'),
          mutant('7', 'Survived', [1, 41], [4, 2], 'BlockStatement', '{}'),
        ],
      },
    },
  };

  it('lists each surviving or uncovered mutant by file, line and column, with the code before and after, and no other', () => {
    expect(survivorLines(report)).toEqual([
      '- `src/a.ts:1:41` BlockStatement: ``{ if (a > 0 && b > 0) return `x`; return String(b); }`` -> `{}`',
      '- `src/a.ts:2:7` LogicalOperator: `a > 0 && b > 0` -> `a > 0 || b > 0`',
      '- `src/a.ts:2:16` EqualityOperator: `b > 0` -> `b >= 0`',
      '- `src/a.ts:2:30` StringLiteral: `` `x` `` -> ``` `` ```',
      '- `src/a.ts:3:10` StringLiteral: `String(b)` -> `""` (no test reaches it)',
      '- `src/z.ts:1:11` NumberLiteral: `1` -> `0`',
    ]);
  });

  it('writes a section per part, in the order given, saying "none" for a part with no survivor', () => {
    const text = survivorsReport(
      [
        { label: 'src/emulator:1', report },
        { label: 'src/emulator:2', report: reportWith(['Killed', 'Timeout', 'Ignored']) },
      ],
      new Date('2026-12-03T10:00:00Z'),
    );
    expect(text).toContain('Written by npm run test:mutation on 2026-12-03T10:00:00.000Z');
    expect(text).toMatch(/## src\/emulator:1: 6 left alive\n\n- `src\/a\.ts:1:41`[\s\S]*## src\/emulator:2: 0 left alive\n\nnone\n/);
  });

  it('shows only the replacement for a partial run, whose log holds no source', () => {
    const partial = reportFromProgress(JSON.stringify({ fileName: 'src/b.ts', ...mutant('1', 'Survived', [4, 3], [4, 9], 'BooleanLiteral', 'false') }));
    expect(survivorLines(partial)).toEqual(['- `src/b.ts:4:3` BooleanLiteral: -> `false`']);
  });
});

describe('parts', () => {
  it('counts a file held by the reports of two parts, so that its stale results are named', () => {
    const reports = new Map([
      ['emulator:1', reportWith(['Killed'])],
      ['emulator:2', reportWith(['Survived'])],
      ['emulator:3', { ...reportWith([]), files: {} }],
    ]);
    expect([...filesInSeveralParts(reports)]).toEqual([['src/x.ts', ['emulator:1', 'emulator:2']]]);
    expect(filesInSeveralParts(new Map([['shared', reportWith(['Killed'])]])).size).toBe(0);
  });

  it('sums the parts of a product under the label it is given', () => {
    expect(totalOf([scoreOf('src/e:1', reportWith(['Killed'])), scoreOf('src/e:2', reportWith(['Survived']))], 'src/e')).toMatchObject({ product: 'src/e', mutants: 2, score: 50 });
  });

  it.each(mutationProducts)('gives every file of src/%s to exactly one part, the last part taking what the others do not list', (product) => {
    const parts = partsOf(product);
    const listed = productParts[product].flat();
    expect(new Set(listed).size).toBe(listed.length);
    for (const entry of listed) {
      const dir = entry.endsWith('/**/*.ts') ? entry.slice(0, -'/**/*.ts'.length) : undefined;
      expect(existsSync(fromRoot('src', product, dir ?? entry)), `${entry} names nothing in src/${product}`).toBe(true);
    }
    const base = `src/${product}/`;
    expect(parts.at(-1)?.mutate).toEqual([`${base}**/*.ts`, ...listed.map((entry) => `!${base}${entry}`), `!${base}**/index.ts`]);
    expect(parts.map((part) => part.name)).toEqual(parts.length === 1 ? [product] : parts.map((_, i) => `${product}:${i + 1}`));
    expect(parts.map((part) => part.dir)).toEqual(parts.length === 1 ? [product] : parts.map((_, i) => `${product}-${i + 1}`));
    for (const part of parts) expect(partNamed(part.name)).toEqual(part);
  });

  it('names no part for an unknown name or an index past the last part', () => {
    expect([partNamed('emulator:0'), partNamed(`emulator:${partsOf('emulator').length + 1}`), partNamed('emulator'), partNamed('nothing'), partNamed('shared:1')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
