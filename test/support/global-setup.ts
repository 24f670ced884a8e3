// One `npm run mock` (the guard in front of Prism, as users start it; about 3 s of CPU to start)
// for the whole test run, shared by the contract suite, the client tests, the code samples and the
// mock's own tests through vitest's provide/inject; empty when EVS_BASE_URL points the contract
// suite elsewhere.
import type { TestProject } from 'vitest/node';
import { startScript } from './prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // With EVS_BASE_URL the contract suite talks to that server; tests that need the mock anyway
  // start their own (see test/client/prism-mock.test.ts).
  if (process.env.EVS_BASE_URL) {
    project.provide('prismUrl', '');
    return async () => undefined;
  }
  const prism = await startScript('mock.ts');
  project.provide('prismUrl', prism.url);
  return () => prism.stop();
}
