// An IAM PKI token grows with the user's roles and projects: 21 KB, 32 KB and 40 KB tokens are
// real, and some Huawei API pages allow 100,000 characters. The guard accepts those (its header
// limits are in docs/description.md); the Prism behind it must too, or `npm run mock` and
// `npm run proxy` answer a bare 431 to an ordinary request.
import { afterAll, describe, expect, it } from 'vitest';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import { checkResponse } from '../../src/contract/checker.js';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { screenLimits } from '../../src/shared/request-screen.js';
import { type PrismServer, startScript } from '../support/prism.js';
import { useMock } from '../support/shared-mock.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
// The sizes seen and allowed, and the largest field the guard takes (`name: value`, in bytes).
const sizes = [21_000, 32_768, 40_000, 100_000, screenLimits.maxHeaderFieldBytes - 'X-Auth-Token: '.length];

async function listWith(baseUrl: string, token: string) {
  const response = await fetch(`${baseUrl}/v2/${projectId}/cloudsnapshots/detail`, { headers: { 'X-Auth-Token': token, Accept: 'application/json' } });
  return { status: response.status, contentType: response.headers.get('Content-Type'), body: await response.text() };
}

describe('npm run mock with a large PKI token', () => {
  const mock = useMock();
  it.each(sizes)('lists snapshots for an X-Auth-Token of %i characters, not 431', async (size) => {
    const answer = await listWith(mock.url(), pkiToken(size, `mock-${size}`));
    expect(answer.status, answer.body).toBe(200);
    expect(checkResponse('listSnapshots', answer)).toEqual([]);
  });
});

describe('npm run proxy (in front of the emulator) with a large PKI token', () => {
  const emulator = createEvsEmulator({ seed: 1 });
  let proxy: PrismServer | undefined;
  afterAll(async () => {
    await proxy?.stop();
    await emulator.close();
  });

  it.each(sizes)('forwards a list with an X-Auth-Token of %i characters and passes the answer, not 431', async (size) => {
    proxy ??= await startScript('proxy.ts', [await emulator.listen()]);
    const answer = await listWith(proxy.url, pkiToken(size, `proxy-${size}`));
    expect(answer.status, answer.body).toBe(200);
    expect(checkResponse('listSnapshots', answer)).toEqual([]);
    expect(emulator.log().at(-1)?.status).toBe(200);
  });
});
