// The mock a test file talks to: the run's shared one (global-setup.ts), or one of the file's own
// when EVS_BASE_URL sent the contract suite elsewhere and there is no shared one. Registers the
// file's start and stop hooks; `url()` is valid inside tests.
import { afterAll, beforeAll, inject } from 'vitest';
import { type PrismServer, startPrism } from './prism.js';

export function useMock(): { url: () => string } {
  let url = inject('prismUrl');
  let own: PrismServer | undefined;
  beforeAll(async () => {
    if (!url) {
      own = await startPrism();
      url = own.url;
    }
  });
  afterAll(() => own?.stop());
  return { url: () => url };
}
