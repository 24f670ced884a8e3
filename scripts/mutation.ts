// npm run test:mutation [-- <product>...] [--force] [--summary]: Stryker over each product of src/
// in turn (all four by default), each run incremental and ending with its own report, then the
// score of each product and of src/ as a whole. --force tests every mutant again (after a change
// of the tooling, which incremental mode cannot see); --summary only prints the scores there are.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { fromRoot } from './lib/paths.js';
import { type MutationProduct, mutationProducts, type ProductScore, reportFromProgress, scoreOf, scoreTable, totalOf } from './mutation/score.js';

const usage = `usage: npm run test:mutation [-- [${mutationProducts.join('|')}]... [--force] [--summary]]`;
const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const force = args.includes('--force');
const named = args.filter((arg) => arg !== '--summary' && arg !== '--force');
const unknown = named.filter((arg) => !(mutationProducts as readonly string[]).includes(arg));
if (unknown.length) {
  console.error(`test:mutation: unknown argument ${unknown.map((arg) => JSON.stringify(arg)).join(', ')}\n${usage}`);
  process.exit(2);
}
const chosen = named.length ? (named as MutationProduct[]) : [...mutationProducts];
const reportOf = (product: string) => fromRoot('reports', 'mutation', product, 'mutation.json');
const progressOf = (product: string) => fromRoot('reports', 'mutation', product, 'progress.jsonl');
const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : -1);

function stryker(product: MutationProduct): Promise<number> {
  console.log(`\n== mutation testing of src/${product} ==`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fromRoot('node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', ...(force ? ['--force'] : [])], {
      cwd: fromRoot(),
      env: { ...process.env, EVS_MUTATION_PRODUCT: product },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let failed = 0;
if (!summaryOnly) for (const product of chosen) if ((await stryker(product)) !== 0) failed++;

// A run's report, or when the newest run did not end, the results it logged so far (partial).
const scores: ProductScore[] = [];
for (const product of mutationProducts) {
  const [report, progress] = [modified(reportOf(product)), modified(progressOf(product))];
  if (report >= 0 && report >= progress) {
    scores.push(scoreOf(`src/${product}`, JSON.parse(await readFile(reportOf(product), 'utf8')) as MutationTestResult));
  } else if (progress >= 0) {
    const partial = reportFromProgress(await readFile(progressOf(product), 'utf8'));
    scores.push(scoreOf(`src/${product} (partial)`, partial));
  }
}
if (scores.length === 0) {
  console.error(`test:mutation: no report in reports/mutation/<product>/ yet\n${usage}`);
  process.exit(failed ? 1 : 2);
}
const table = [...scores, ...(scores.length > 1 ? [totalOf(scores)] : [])];
console.log(`\n${scoreTable(table)}`);
const missing = mutationProducts.filter((p) => !scores.some((score) => score.product.startsWith(`src/${p}`)));
if (missing.length) console.log(`(no report yet for ${missing.join(', ')})`);
if (scores.some((score) => score.product.endsWith('(partial)'))) console.log('(partial: a run that has not ended, scored on the mutants it tested so far)');
await writeFile(fromRoot('reports', 'mutation', 'summary.json'), `${JSON.stringify(table, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
