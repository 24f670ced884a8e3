// The restore sample of docs/client.md, run as written against the emulator it makes: it prints
// each poll and then the available disk.
import { describe, expect, it } from 'vitest';
import { runDocSample } from '../support/doc-samples.js';

describe('the restore sample of docs/client.md', () => {
  it('restores a snapshot on the in-process emulator and prints the job, the disk and the available disk', async () => {
    const printed = await runDocSample('docs/client.md', 'restore');
    expect(printed.slice(0, -1)).toEqual(['job SUCCESS', 'volume available']);
    expect(printed.at(-1)).toMatch(/^disk [0-9a-f-]{36} is available: 10 GB, SSD, eu-de-01$/);
  });
});
