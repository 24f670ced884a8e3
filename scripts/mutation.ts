// npm run test:mutation [-- <product|part>...] [--force] [--summary]: Stryker over each part of
// each product of src/ in turn (all by default; `emulator` runs its parts, `emulator:2` one),
// each run incremental and ending with its own report, then the score of each part, product
// and of src/ as a whole, and the list of the mutants left alive, per part, written to
// reports/mutation/survivors.md. --force tests every mutant again (after adding tests, or a
// change of the tooling, which incremental mode cannot see); --summary only prints the scores
// and writes the list from the reports there are.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { fromRoot } from './lib/paths.js';
import { type MutationPart, mutationProducts, partNamed, partsOf } from './mutation/parts.mjs';
import { filesInSeveralParts, type ProductScore, reportFromProgress, scoreOf, scoreTable, totalOf } from './mutation/score.js';
import { survivorsReport } from './mutation/survivors.js';

const allParts = mutationProducts.flatMap((product) => partsOf(product));
const usage = `usage: npm run test:mutation [-- [${mutationProducts.join('|')}|<part>]... [--force] [--summary]]\nparts: ${allParts.map((part) => part.name).join(', ')}`;
const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const force = args.includes('--force');
const named = args.filter((arg) => arg !== '--summary' && arg !== '--force');
const partsNamed = (arg: string): MutationPart[] =>
  (mutationProducts as string[]).includes(arg) ? partsOf(arg as MutationPart['product']) : [partNamed(arg)].filter((part) => part !== undefined);
const unknown = named.filter((arg) => partsNamed(arg).length === 0);
if (unknown.length) {
  console.error(`test:mutation: unknown argument ${unknown.map((arg) => JSON.stringify(arg)).join(', ')}\n${usage}`);
  process.exit(2);
}
const chosen = named.length ? [...new Set(named.flatMap(partsNamed))] : allParts;
const reportOf = (part: MutationPart) => fromRoot('reports', 'mutation', part.dir, 'mutation.json');
const progressOf = (part: MutationPart) => fromRoot('reports', 'mutation', part.dir, 'progress.jsonl');
const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : -1);

function stryker(part: MutationPart): Promise<number> {
  console.log(`\n== mutation testing of src/${part.name} (${part.mutate.filter((glob) => !glob.startsWith('!')).join(', ')}) ==`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fromRoot('node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', ...(force ? ['--force'] : [])], {
      cwd: fromRoot(),
      env: { ...process.env, EVS_MUTATION_PRODUCT: part.product, EVS_MUTATION_PART: part.name },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let failed = 0;
if (!summaryOnly) for (const part of chosen) if ((await stryker(part)) !== 0) failed++;

// A part's report, or when its newest run did not end, the results it logged so far (partial).
const rows: ProductScore[] = [];
const products: ProductScore[] = [];
const reports = new Map<string, MutationTestResult>();
const survivorParts: { label: string; report: MutationTestResult }[] = [];
const notes: string[] = [];
for (const product of mutationProducts) {
  const scored: ProductScore[] = [];
  for (const part of partsOf(product)) {
    const [report, progress] = [modified(reportOf(part)), modified(progressOf(part))];
    let result: MutationTestResult | undefined;
    let label = `src/${part.name}`;
    if (report >= 0 && report >= progress) result = JSON.parse(await readFile(reportOf(part), 'utf8')) as MutationTestResult;
    else if (progress >= 0) {
      result = reportFromProgress(await readFile(progressOf(part), 'utf8'));
      label += ' (partial)';
    }
    if (!result) continue;
    reports.set(part.name, result);
    survivorParts.push({ label, report: result });
    scored.push(scoreOf(label, result));
  }
  const count = partsOf(product).length;
  if (count > 1) rows.push(...scored);
  if (scored.length === 0) continue;
  const partial = scored.some((score) => score.product.endsWith('(partial)'));
  const label = `src/${product}${scored.length < count ? ` (${scored.length} of ${count} parts)` : ''}${partial ? ' (partial)' : ''}`;
  const total = count > 1 ? totalOf(scored, label) : { ...(scored[0] as ProductScore), product: label };
  rows.push(total);
  products.push(total);
  if (scored.length < count) notes.push(`src/${product}: no report yet for ${partsOf(product).length - scored.length} of its ${count} parts`);
}
if (products.length === 0) {
  console.error(`test:mutation: no report in reports/mutation/ yet\n${usage}`);
  process.exit(failed ? 1 : 2);
}
const missing = mutationProducts.filter((product) => !products.some((score) => score.product.startsWith(`src/${product}`)));
if (missing.length) notes.push(`no report yet for ${missing.map((product) => `src/${product}`).join(', ')}`);
const incomplete = missing.length > 0 || products.some((score) => /\((partial|\d+ of \d+ parts)\)/.test(score.product));
const table = [...rows, totalOf(products, incomplete ? 'src/ (not all measured)' : 'src/ (all)')];
console.log(`\n${scoreTable(table)}`);
for (const note of notes) console.log(`(${note})`);
if (rows.some((score) => score.product.includes('(partial)'))) console.log('(partial: a run that has not ended, scored on the mutants it tested so far)');
for (const [file, parts] of filesInSeveralParts(reports))
  console.log(`(${file} is in the reports of ${parts.join(' and ')}: re-run the one that no longer holds it, or its results count twice)`);
await writeFile(fromRoot('reports', 'mutation', 'summary.json'), `${JSON.stringify(table, null, 2)}\n`);
await writeFile(fromRoot('reports', 'mutation', 'survivors.md'), survivorsReport(survivorParts));
console.log('(the mutants left alive, per part: reports/mutation/survivors.md)');
process.exitCode = failed ? 1 : 0;
