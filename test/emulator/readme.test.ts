// The README's emulator examples, run as written: what they print is what the README's lifecycle promises.
import { describe, expect, it } from 'vitest';
import { runReadmeExample } from '../support/readme-examples.js';

describe('the README emulator examples', () => {
  it('emulator-fetch plays the whole lifecycle through fetch', async () => {
    expect(await runReadmeExample('emulator-fetch')).toEqual([expect.stringMatching(/^listed 1; \d+ requests, the last answered 404$/)]);
  });

  it('emulator-listen plays it over a socket and closes the server', async () => {
    expect(await runReadmeExample('emulator-listen')).toEqual(['available', 'gone; 0 left']);
  });
});
