// The client-proxy sample of docs/client.md: the client it makes sends its requests through the proxy
// HTTPS_PROXY names (a local forward proxy that refuses anything but loopback, so nothing leaves
// the machine).
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { EvsClient } from '../../src/client/index.js';
import { docSample, sampleFileName, typelessProject } from '../support/doc-samples.js';
import { startForwardProxy } from '../support/forward-proxy.js';

const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];

/** Runs `work` with these variables set and every other proxy variable unset, then puts the environment back. */
async function withEnvironment(values: Record<string, string>, work: () => Promise<void>): Promise<void> {
  const names = [...proxyVariables, ...Object.keys(values)];
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of names) delete process.env[name];
  Object.assign(process.env, values);
  try {
    await work();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('the client-proxy sample of docs/client.md', () => {
  it('sends the client’s requests to the cloud through HTTPS_PROXY', async () => {
    const proxy = await startForwardProxy();
    const scratch = await typelessProject('evs-docs-proxy-');
    // undici says once per process that the agent is experimental: not this test's business.
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      await withEnvironment({ HTTPS_PROXY: proxy.url, EVS_PROJECT_ID: 'bab7d5c60cd041a0a36f7c4b6e1dd978', EVS_AUTH_TOKEN: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC+/==' }, async () => {
        const file = path.join(scratch, sampleFileName('client-proxy', 'ts'));
        await writeFile(file, await docSample('docs/client.md', 'client-proxy'));
        const { evs } = (await import(file)) as { evs: EvsClient };
        const stop = new AbortController();
        const call = evs.listSnapshots({ limit: 1 }, { signal: stop.signal }).catch((error: unknown) => error);
        for (let i = 0; i < 500 && proxy.seen.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        stop.abort();
        await call;
      });
      expect(proxy.seen[0]).toBe('CONNECT evs.eu-de.otc.t-systems.com:443');
    } finally {
      warnings.mockRestore();
      await proxy.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
