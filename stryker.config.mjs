// Mutation testing of src/, one product at a time (npm run test:mutation [product...], which
// runs scripts/mutation.ts): each mutant is a small change to the product's code; one of its
// tests must fail for it, or it survives. EVS_MUTATION_PRODUCT names the product; its suite is
// in vitest.mutation.config.ts. Per product, because a full report only exists once a run
// ends: four runs that each finish, each incremental (a re-run after a change tests only the
// mutants of changed code and changed tests). Reports in reports/mutation/<product>/ (git-ignored).
const product = process.env.EVS_MUTATION_PRODUCT;
const products = ['shared', 'client', 'emulator', 'contract'];
if (!products.includes(product ?? '')) {
  throw new Error(`EVS_MUTATION_PRODUCT must be one of ${products.join(', ')}, got ${JSON.stringify(product)}: run npm run test:mutation`);
}
const out = `reports/mutation/${product}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [`src/${product}/**/*.ts`, `!src/${product}/**/index.ts`],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  plugins: ['@stryker-mutator/vitest-runner', './scripts/mutation/progress-reporter.mjs'],
  reporters: ['html', 'json', 'progress', 'evs-progress'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  tempDirName: `reports/mutation/.stryker-tmp-${product}`,
  cleanTempDir: 'always',
  // The tests wait on loopback servers part of the time: 3 runners keep 2 cores busy.
  concurrency: 3,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 85, break: null },
  // A mutant only module loading runs (a table, a constant) would need every test per mutant.
  ignoreStatic: true,
};
