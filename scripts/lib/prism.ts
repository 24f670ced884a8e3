// How this project runs Prism: the pinned CLI from node_modules, always on the committed bundle.
import { fromRoot } from './paths.js';

export const prismCli = fromRoot('node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
export const specBundle = fromRoot('generated', 'openapi.yaml');

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
