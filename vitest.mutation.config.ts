// The suite Stryker runs for each mutant (npm run test:mutation): the tests that exercise src/
// in-process or over loopback. Left out, each for its cost and not its coverage of src/: the
// Prism-backed tests (mock, code samples, the contract run against Prism, the client against
// Prism), the browser and preview tests, the packaging test (npm pack and install), the
// typecheck and linters, and the drift check that rebuilds the bundles.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/client/prism-mock.test.ts',
      'test/client/package.test.ts',
      'test/contract/contract.test.ts',
      'test/docs/**',
      'test/mock/**',
      'test/spec/code-samples.test.ts',
      'test/spec/generated-up-to-date.test.ts',
      'test/project-checks.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
