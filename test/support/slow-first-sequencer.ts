// Starts the longest test files first, so that none of them starts last and keeps the run
// waiting alone (without vitest's duration cache, as on a clean CI clone, the order is arbitrary).
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, as measured on the 2-core machine; a file not named here comes after them. */
const slowest = [
  'test/client/package.test.ts',
  'test/project-checks.test.ts',
  'test/docs/docs-page.test.ts',
  'test/docs/preview.test.ts',
  'test/contract/self-test.test.ts',
  'test/mock/mock-and-proxy.test.ts',
  'test/mock/mock-hostile.test.ts',
  'test/spec/generated-up-to-date.test.ts',
];

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const index = slowest.findIndex((name) => file.moduleId.replaceAll('\\', '/').endsWith(name));
      return index < 0 ? slowest.length : index;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}
