// One Prism mock of the spec for the whole test run (it takes about 2 s of CPU to start),
// shared by the contract suite and the client tests through vitest's provide/inject; empty when
// EVS_BASE_URL points the contract suite elsewhere.
import type { TestProject } from 'vitest/node';
import { startPrism } from './prism.js';

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
  const prism = await startPrism();
  project.provide('prismUrl', prism.url);
  return () => prism.stop();
}
