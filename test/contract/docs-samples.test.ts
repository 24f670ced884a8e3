// The runContract sample of docs/contract-testing.md, run as written against the emulator it starts.
import { describe, expect, it } from 'vitest';
import { runDocSample, runDocSamplesByTsx } from '../support/doc-samples.js';

describe('the runContract sample of docs/contract-testing.md', () => {
  it('contract-run passes against the emulator: ok, exit code 0, nothing failed', async () => {
    expect(await runDocSample('docs/contract-testing.md', 'contract-run', 'js')).toEqual(['true 0 0']);
  });

  it('contract-run passes too as the guide says TypeScript users may run it: an .mts file run by tsx in a project with no "type"', async () => {
    expect(await runDocSamplesByTsx('docs/contract-testing.md', [['contract-run', 'js']])).toEqual({ 'contract-run': ['true 0 0'] });
  });
});
