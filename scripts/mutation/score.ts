// The mutation score of each part, each product and src/ as a whole, from the JSON reports of
// the Stryker runs, computed with Stryker's own metrics library.
import { calculateMutationTestMetrics } from 'mutation-testing-metrics';
import type { MutantResult, MutationTestResult } from 'mutation-testing-report-schema';

export interface ProductScore {
  product: string;
  mutants: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  errors: number;
  /** Detected over valid mutants, in percent; NaN when there is none. */
  score: number;
}

export function scoreOf(product: string, report: MutationTestResult): ProductScore {
  const { metrics } = calculateMutationTestMetrics(report).systemUnderTestMetrics;
  return {
    product,
    mutants: metrics.totalMutants,
    killed: metrics.killed,
    timeout: metrics.timeout,
    survived: metrics.survived,
    noCoverage: metrics.noCoverage,
    ignored: metrics.ignored,
    errors: metrics.runtimeErrors + metrics.compileErrors,
    score: metrics.mutationScore,
  };
}

/** The score of several products or parts together: the sums, and detected over valid of the sums. */
export function totalOf(scores: readonly ProductScore[], product = 'src/ (all)'): ProductScore {
  const sum = (key: keyof Omit<ProductScore, 'product' | 'score'>) => scores.reduce((total, score) => total + score[key], 0);
  const detected = sum('killed') + sum('timeout');
  const valid = detected + sum('survived') + sum('noCoverage');
  return {
    product,
    mutants: sum('mutants'),
    killed: sum('killed'),
    timeout: sum('timeout'),
    survived: sum('survived'),
    noCoverage: sum('noCoverage'),
    ignored: sum('ignored'),
    errors: sum('errors'),
    score: valid === 0 ? Number.NaN : (detected / valid) * 100,
  };
}

const columns: [string, (score: ProductScore) => string][] = [
  ['product', (s) => s.product],
  ['score', (s) => (Number.isNaN(s.score) ? 'n/a' : `${s.score.toFixed(2)} %`)],
  ['mutants', (s) => String(s.mutants)],
  ['killed', (s) => String(s.killed)],
  ['timeout', (s) => String(s.timeout)],
  ['survived', (s) => String(s.survived)],
  ['no coverage', (s) => String(s.noCoverage)],
  ['ignored', (s) => String(s.ignored)],
  ['errors', (s) => String(s.errors)],
];

export function scoreTable(scores: readonly ProductScore[]): string {
  const rows = [columns.map(([name]) => name), ...scores.map((score) => columns.map(([, cell]) => cell(score)))];
  const widths = columns.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The results a run logged so far (progress.jsonl, one mutant per line) as a report to score. */
export function reportFromProgress(log: string): MutationTestResult {
  const files: MutationTestResult['files'] = {};
  for (const line of log.split('\n')) {
    if (line.trim() === '') continue;
    const { fileName, ...mutant } = JSON.parse(line) as MutantResult & { fileName: string };
    const file = files[fileName] ?? { language: 'typescript', source: '', mutants: [] };
    file.mutants.push(mutant);
    files[fileName] = file;
  }
  return { schemaVersion: '1', thresholds: { high: 90, low: 85 }, files };
}

/** Each file that the reports of more than one part hold, with those parts: stale results a re-run must clear. */
export function filesInSeveralParts(reports: ReadonlyMap<string, MutationTestResult>): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const [part, report] of reports) for (const file of Object.keys(report.files)) holders.set(file, [...(holders.get(file) ?? []), part]);
  return new Map([...holders].filter(([, parts]) => parts.length > 1));
}
