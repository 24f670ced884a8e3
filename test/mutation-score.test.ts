// The score npm run test:mutation prints: per product from Stryker's report, and for src/ as a
// whole from the sums (not the mean of the products' scores).
import type { MutantStatus, MutationTestResult } from 'mutation-testing-report-schema';
import { describe, expect, it } from 'vitest';
import { reportFromProgress, scoreOf, scoreTable, totalOf } from '../scripts/mutation/score.js';

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
