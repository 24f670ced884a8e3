// How this project runs Prism: the pinned CLI from node_modules, always on the committed bundle.
import { screenLimits } from '../../src/shared/request-screen.js';
import { fromRoot } from './paths.js';

const prismCli = fromRoot('node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
export const specBundle = fromRoot('generated', 'openapi.yaml');

/**
 * Node's flags for the process that runs Prism. Prism's HTTP server keeps Node's default parser
 * limit of 16 KiB for the whole head, so an ordinary IAM token (a PKI blob of 20 to 40 KB, up to
 * the 100,000 characters some Huawei API pages allow) got a bare 431 from it although the guard in
 * front had accepted it. Prism must read every head the guard lets through: the guard's parser
 * takes the URL and header limits plus 56 KiB of request line and field syntax
 * (src/shared/http-front.ts), and forwards the head with a Content-Length it may add, so Prism
 * gets those limits plus 64 KiB. A Node flag rather than NODE_OPTIONS: it reaches Prism's cluster
 * worker (`--multiprocess`, which forks with this process's flags) and nothing else Prism starts.
 */
const prismNodeFlags: readonly string[] = [`--max-http-header-size=${screenLimits.maxUrlBytes + screenLimits.maxHeaderBytes + 64 * 1024}`];

/** What `node` runs to start Prism with `args`: its flags, then the pinned CLI. Every start goes through here. */
export const prismArgv = (args: readonly string[]): string[] => [...prismNodeFlags, prismCli, ...args];

/** Seed of the dynamic mock, so that generated data is the same on every run. */
export const dynamicSeed = '20261123';

export function mockArgs(options: { dynamic?: boolean } = {}): string[] {
  const dynamic = options.dynamic ? ['--dynamic', '--seed', dynamicSeed, '--json-schema-faker-fillProperties=false'] : [];
  return ['mock', specBundle, ...dynamic];
}

/** Prism's validation proxy with --errors: invalid requests are refused, non-conforming answers become 500s listing the violations. */
export function proxyArgs(upstream: string): string[] {
  return ['proxy', specBundle, upstream, '--errors'];
}

export function listenArgs(host: string, port: number): string[] {
  return ['--host', host, '--port', String(port)];
}
