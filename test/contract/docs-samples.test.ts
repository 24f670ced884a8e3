// The runContract sample of docs/contract-testing.md, run as written against the emulator it starts.
import { describe, expect, it } from 'vitest';
import { runDocSample } from '../support/doc-samples.js';

describe('the runContract sample of docs/contract-testing.md', () => {
  it('contract-run passes against the emulator: ok, exit code 0, nothing failed', async () => {
    expect(await runDocSample('docs/contract-testing.md', 'contract-run', 'js')).toEqual(['true 0 0']);
  });
});
