// The README's runContract example, run as written against the emulator it starts.
import { describe, expect, it } from 'vitest';
import { runReadmeExample } from '../support/readme-examples.js';

describe('the README contract example', () => {
  it('contract-run passes against the emulator: ok, exit code 0, nothing failed', async () => {
    expect(await runReadmeExample('contract-run')).toEqual(['true 0 0']);
  });
});
