// Mutation testing of src/, one part of one product at a time (npm run test:mutation [part...],
// which runs scripts/mutation.ts): each mutant is a small change to the code; one of its tests
// must fail for it, or it survives. EVS_MUTATION_PART names the part (scripts/mutation/parts.mjs:
// `emulator:2`, or `shared` for a product of one part); EVS_MUTATION_PRODUCT picks the suite in
// vitest.mutation.config.ts. Per part, because a report only exists once a run ends: runs that
// each finish, each incremental (a re-run after a change tests only the mutants of changed code
// and changed tests). Reports in reports/mutation/<part>/ (git-ignored).
import { mutationProducts, partNamed, partsOf } from './scripts/mutation/parts.mjs';

const product = process.env.EVS_MUTATION_PRODUCT ?? '';
const named = process.env.EVS_MUTATION_PART ?? product;
const part = partNamed(named);
if (!part || part.product !== product) {
  const known = mutationProducts.includes(product)
    ? `the parts of ${product}: ${partsOf(product)
        .map((p) => p.name)
        .join(', ')}`
    : `products: ${mutationProducts.join(', ')}`;
  throw new Error(`EVS_MUTATION_PRODUCT=${JSON.stringify(product)} and EVS_MUTATION_PART=${JSON.stringify(named)} name no part (${known}): run npm run test:mutation`);
}
const out = `reports/mutation/${part.dir}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: part.mutate,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  plugins: ['@stryker-mutator/vitest-runner', './scripts/mutation/progress-reporter.mjs'],
  reporters: ['html', 'json', 'progress', 'evs-progress'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  tempDirName: `reports/mutation/.stryker-tmp-${part.dir}`,
  cleanTempDir: 'always',
  // The tests wait on loopback servers part of the time: 3 runners keep 2 cores busy.
  concurrency: 3,
  // Above a mutant's usual time: measured with 10 s, a run beside another took 68 of 429
  // emulator mutants as timed out, string literals among them, which cannot hang a test.
  timeoutMS: 30_000,
  thresholds: { high: 90, low: 85, break: null },
  // A mutant only module loading runs (a table, a constant) would need every test per mutant.
  ignoreStatic: true,
};
