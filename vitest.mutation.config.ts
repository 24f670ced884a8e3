// The suite Stryker runs for the mutants of one product (EVS_MUTATION_PRODUCT, set by
// npm run test:mutation): the product's own tests. For src/shared: its unit tests and the tests
// of the other products aimed at what it does for them (signing, input rules and options,
// redaction of what servers echo, the request screen and the HTTP front, the contract CLI's
// options); their lifecycle, retry and fault tests run shared code too, but only on the way to
// what they check, and would cost minutes per mutant. Left out everywhere, each for its cost and
// not its coverage of src/: the Prism-backed tests (mock, code samples, the contract run against
// Prism, the client against Prism), the browser and preview tests, the packaging test (npm pack
// and install), the typecheck and linters, and the drift check that rebuilds the bundles.
import { defineConfig } from 'vitest/config';
import { HookFailuresReporter } from './scripts/mutation/hook-failures-reporter.js';

const suites: Record<string, string[]> = {
  shared: [
    'test/shared/**/*.test.ts',
    ...['signing', 'aksk-client', 'hostile-input', 'validation', 'config', 'secrets', 'hostile-servers', 'errors'].map((name) => `test/client/${name}.test.ts`),
    ...['auth', 'refusals', 'hostile'].map((name) => `test/emulator/${name}.test.ts`),
    'test/contract/cli.test.ts',
  ],
  client: ['test/client/**/*.test.ts'],
  emulator: ['test/emulator/**/*.test.ts'],
  contract: ['test/contract/**/*.test.ts'],
};
const product = process.env.EVS_MUTATION_PRODUCT ?? '';
const include = suites[product];
if (!include) throw new Error(`EVS_MUTATION_PRODUCT must be one of ${Object.keys(suites).join(', ')}, got ${JSON.stringify(product)}`);

export default defineConfig({
  test: {
    include,
    exclude: ['test/client/prism-mock.test.ts', 'test/client/package.test.ts', 'test/contract/contract.test.ts'],
    // One module graph for all the files of a mutant's run, not one per file: half the time
    // per mutant (measured: 32 mutants of src/shared/http-url.ts in 100 s instead of 194 s).
    // Stryker activates a mutant at run time, so cached modules see it.
    isolate: false,
    reporters: ['default', new HookFailuresReporter()],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
