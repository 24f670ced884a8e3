// evs-contract with the tokens IAM really hands out, over HTTP against the emulator: 8 KB (a user
// with a few roles and projects) and 32,768 characters (the most Huawei's API pages allow). With a
// regular expression built from the token, every case failed with a SyntaxError from 7,000
// characters on, whatever the server answered; the emulator answered 431 from 8 KB on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import { caseDetails, caseLine } from '../../src/contract/report-text.js';
import { runContract } from '../../src/contract/run.js';
import { createEvsEmulator } from '../../src/emulator/index.js';

const emulator = createEvsEmulator({ delays: { create: 5, delete: 5, rollback: 5 }, seed: 24 });
let baseUrl = '';
beforeAll(async () => {
  baseUrl = await emulator.listen();
});
afterAll(() => emulator.close());

describe('a contract run with a real-sized IAM token', () => {
  it.each([8_192, 32_768])('passes every case against the emulator with a %i-character PKI token, which no report or line shows', async (size) => {
    const token = pkiToken(size, `contract-${size}`);
    const lines: string[] = [];
    const result = await runContract({
      baseUrl,
      auth: { token },
      projectId: 'bab7d5c60cd041a0a36f7c4b6e1dd978',
      volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635',
      generate: 5,
      seed: 24,
      pollIntervalMs: 5,
      waitTimeoutMs: 5000,
      onEvent: (event) => lines.push(JSON.stringify(event)),
    });
    const failed = result.cases.filter((c) => c.outcome === 'failed');
    expect(failed.map((c) => [caseLine(c), ...caseDetails(c)].join('\n'))).toEqual([]);
    expect(result.cases.filter((c) => c.outcome === 'passed').length).toBeGreaterThan(20);
    expect(result.leftovers).toEqual([]);
    const shown = JSON.stringify(result) + lines.join('\n');
    expect(shown).not.toContain(token.slice(0, 64));
    expect(shown).not.toContain(encodeURIComponent(token).slice(0, 64));
  });
});
