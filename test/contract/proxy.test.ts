// evs-contract behind a company proxy: the bin (a real process, since the proxy is set up in its
// entry point) sends its requests through HTTPS_PROXY / HTTP_PROXY, and straight to the target
// when NO_PROXY names it. The target answers 401, so each run ends after its first request.
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { type ForwardProxy, startForwardProxy } from '../support/forward-proxy.js';
import { type LocalServer, startServer } from '../support/local-server.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const token = 'proxy-test-token-MIIB+/=';
// node with tsx's loader, one process per run (tsx's own cli would start a second one).
const cli = ['--import', pathToFileURL(fromRoot('node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href, fromRoot('src', 'contract', 'cli.ts')];

/** A proxy and a target of the test's own (the tests run side by side), stopped when it ends. */
async function withProxyAndTarget(test: (proxy: ForwardProxy, target: LocalServer) => Promise<void>): Promise<void> {
  const proxy = await startForwardProxy();
  const target = await startServer((_request, response) => {
    response.writeHead(401, { 'Content-Type': 'application/json' });
    response.end('{"error_msg":"Incorrect IAM authentication information: decrypt token fail","error_code":"APIGW.0301"}');
  });
  try {
    await test(proxy, target);
  } finally {
    await proxy.close();
    await target.close();
  }
}

/** The environment of this process without any proxy setting of its own, plus `proxyEnv`. */
function environment(proxyEnv: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(https?|no|all)_proxy$/i.test(name)));
  return { ...env, EVS_AUTH_TOKEN: token, ...proxyEnv };
}

async function contract(baseUrl: string, proxyEnv: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [...cli, '--base-url', baseUrl, '--project-id', projectId, '--volume-id', volumeId, '--generate', '0', '--timeout', '5000'];
  return promisify(execFile)(process.execPath, args, { env: environment(proxyEnv) }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

// Each run is a process of its own with a proxy and a target of its own: they run side by side.
describe.concurrent('evs-contract behind a proxy', () => {
  it('tunnels an http target through HTTP_PROXY, and warns of nothing', () =>
    withProxyAndTarget(async (proxy, target) => {
      const { code, stderr } = await contract(target.url, { HTTP_PROXY: proxy.url });
      expect(code).toBe(4);
      expect(stderr).toBe('');
      expect(proxy.seen).toEqual([`CONNECT ${new URL(target.url).host}`]);
      expect(target.requests).toHaveLength(1);
    }));

  it('goes to an https target through HTTPS_PROXY (lower case too), never straight to it', () =>
    withProxyAndTarget(async (proxy) => {
      const { code, stdout } = await contract('https://evs.eu-de.otc.t-systems.com', { https_proxy: proxy.url });
      expect(proxy.seen[0]).toBe('CONNECT evs.eu-de.otc.t-systems.com:443');
      expect(code).toBe(1);
      expect(stdout).toMatch(/FAIL createSnapshot \[create: minimal\]/);
    }));

  it('goes straight to a target NO_PROXY names', () =>
    withProxyAndTarget(async (proxy, target) => {
      const { code } = await contract(target.url, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' });
      expect(code).toBe(4);
      expect(proxy.seen).toEqual([]);
      expect(target.requests).toHaveLength(1);
    }));

  it('exits 2 on a proxy setting that is not a URL, sending nothing and without showing it', () =>
    withProxyAndTarget(async (proxy, target) => {
      const { code, stdout, stderr } = await contract(target.url, { HTTPS_PROXY: 'user:s3cret-pass@proxy.example.com:3128' });
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toMatch(/^evs-contract: HTTPS_PROXY must be a proxy URL such as http:\/\/proxy\.example\.com:3128/);
      expect(stderr).not.toContain('s3cret-pass');
      expect([proxy.seen, target.requests]).toEqual([[], []]);
    }));
});
