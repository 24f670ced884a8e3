// The client's overhead per call against a raw fetch of the same request, and the size of the
// client bundle (with openapi-fetch), both measured in this run.

import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createEvsClient } from '../../src/client/index.js';
import { createRedactor } from '../../src/shared/redact.js';
import { fromRoot } from '../lib/paths.js';
import { pkiToken } from '../lib/pki-token.js';

const calls = 5000;
const warmup = 500;
const token = 'b3nc';
/** An IAM PKI token at the 32,768 characters Huawei's API pages allow: base64 with + and /. */
const bigToken = pkiToken(32_768, 'bench');
const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const snapshotId = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';

// The server runs on its own thread so that its work does not share the measured event loop.
const serverSource = `
  const { createServer } = require('node:http');
  const { parentPort } = require('node:worker_threads');
  const body = JSON.stringify({ snapshot: { id: '${snapshotId}', status: 'available', name: 'snap-001', description: 'Daily backup',
    created_at: '2013-02-25T03:56:53.081642', updated_at: '2013-02-25T03:56:53.081642', metadata: {},
    volume_id: '5aa119a8-d25b-45a7-8d1b-88e127885635', size: 1 } });
  const server = createServer({ maxHeaderSize: 128 * 1024 }, (req, res) => {
    req.resume();
    req.on('end', () => { res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }); res.end(body); });
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
  parentPort.on('message', () => server.close(() => process.exit(0)));
`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timeCalls(call: () => Promise<unknown>, count: number, into: number[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call();
    into.push(performance.now() - start);
  }
}

interface Medians {
  client: number;
  /** The same client call with a 32 KB token, and the raw fetch with it. */
  clientBigToken: number;
  rawBigToken: number;
  raw: number;
  rawWithTimeout: number;
}

async function callOverhead(): Promise<Medians> {
  const worker = new Worker(serverSource, { eval: true });
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const evs = createEvsClient({ endpoint: baseUrl, projectId, auth: { token } });
    const evsBig = createEvsClient({ endpoint: baseUrl, projectId, auth: { token: bigToken } });
    const url = `${baseUrl}/v2/${projectId}/cloudsnapshots/${snapshotId}`;
    const changes = { name: 'snap-001', description: 'Daily backup' };
    const viaClient = () => evs.updateSnapshot(snapshotId, changes);
    const viaClientBigToken = () => evsBig.updateSnapshot(snapshotId, changes);
    const rawFetch = async (signal?: AbortSignal, sent = token) => {
      const response = await fetch(url, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': sent },
        body: JSON.stringify({ snapshot: changes }),
        ...(signal ? { signal } : {}),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return ((await response.json()) as { snapshot: unknown }).snapshot;
    };
    const viaFetch = () => rawFetch();
    // The same raw fetch guarded by a timeout signal, as the client guards every attempt.
    const viaFetchWithTimeout = () => rawFetch(AbortSignal.timeout(60_000));
    const viaFetchBigToken = () => rawFetch(undefined, bigToken);
    const sides = [viaClient, viaFetch, viaFetchWithTimeout, viaClientBigToken, viaFetchBigToken];
    for (const side of sides) await timeCalls(side, warmup, []);
    const samples: number[][] = sides.map(() => []);
    // Interleave call by call so that drift of the machine and GC affect every side alike.
    for (let call = 0; call < calls; call++) for (const [index, side] of sides.entries()) await timeCalls(side, 1, samples[index]!);
    const [client, raw, rawWithTimeout, clientBigToken, rawBigToken] = samples.map(median) as [number, number, number, number, number];
    return { client, raw, rawWithTimeout, clientBigToken, rawBigToken };
  } finally {
    worker.postMessage('stop');
  }
}

interface BundleSizes {
  /** What every user loads: the entry chunk and every chunk it imports statically. */
  core: number;
  /** Chunks loaded only on demand (the AK/SK signing code). */
  lazy: number;
}

/** Bundles `entry` as an application would (esbuild, minified, code splitting) and gzips each chunk. */
async function gzippedSizes(entry: string): Promise<BundleSizes> {
  // platform node: the package targets Node, whose built-ins (node:crypto for AK/SK signing) are not bundled.
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'bench-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const gz = new Map(result.outputFiles.map((file) => [path.relative(process.cwd(), file.path), gzipSync(file.contents, { level: 9 }).length]));
  const outputs = result.metafile.outputs;
  const core = new Set<string>();
  const visit = (file: string): void => {
    if (core.has(file)) return;
    core.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(Object.keys(outputs).find((file) => outputs[file]?.entryPoint) ?? '');
  const sum = (files: Iterable<string>): number => [...files].reduce((total, file) => total + (gz.get(file) ?? 0), 0);
  return { core: sum(core), lazy: sum(Object.keys(outputs).filter((file) => file.endsWith('.js') && !core.has(file))) };
}

/** Redacting a 1 MB error text that echoes a 32 KB token (escapes in it, so every view is built), against scanning it for the token once. */
function redactionCost(): { redactMs: number; scanMs: number } {
  const filler = 'x'.repeat(1000);
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < 1_000_000 - 2 * bigToken.length; i++) parts.push(i % 50 === 0 ? `%41 \\u0042 + ${filler}` : filler);
  const text = `${parts.join('')}${bigToken}${encodeURIComponent(bigToken)}`;
  const redactor = createRedactor([bigToken]);
  const time = (work: () => unknown): number => {
    const runs: number[] = [];
    for (let i = 0; i < 25; i++) {
      const start = performance.now();
      work();
      runs.push(performance.now() - start);
    }
    return median(runs);
  };
  if (redactor.text(text).includes(bigToken.slice(0, 40))) throw new Error('bench: the redactor left the token in');
  return { redactMs: time(() => redactor.text(text)), scanMs: time(() => text.toLowerCase().indexOf(bigToken.toLowerCase())) };
}

export async function benchClient(): Promise<void> {
  const { client, raw, rawWithTimeout, clientBigToken, rawBigToken } = await callOverhead();
  const { redactMs, scanMs } = redactionCost();
  const clientSizes = await gzippedSizes(fromRoot('src', 'client', 'index.ts'));
  const clientBytes = clientSizes.core;
  const fetchLibBytes = (await gzippedSizes(fromRoot('node_modules', 'openapi-fetch', 'dist', 'index.mjs'))).core;
  // What the spec-derived rules cost on their own: the generated validators plus the code that applies them.
  const rulesBytes = (await gzippedSizes(fromRoot('src', 'shared', 'rules.ts'))).core;
  const ratio = client / raw;
  const kb = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

  console.log(`calls: ${calls} per side, interleaved, PUT updateSnapshot against a loopback server`);
  const us = (ms: number): string => `${(ms * 1000).toFixed(0)} µs`;
  console.log(`  median per call: client ${us(client)}, raw fetch ${us(raw)}, raw fetch with a timeout signal ${us(rawWithTimeout)}`);
  console.log(`  client / raw fetch                      ${ratio.toFixed(3)}   (target <= 1.10: ${ratio <= 1.1 ? 'met' : 'MISSED'})`);
  console.log(`  client / raw fetch with timeout signal  ${(client / rawWithTimeout).toFixed(3)}`);
  // Sending 32 KB more costs fetch and the server as much as the client: what the client adds is compared.
  const bigRatio = clientBigToken / rawBigToken / (client / raw);
  console.log(`  with a 32 KB token: client ${us(clientBigToken)}, raw fetch ${us(rawBigToken)} (raw fetch with it / with a 4-character token ${(rawBigToken / raw).toFixed(3)})`);
  console.log(`  client / raw fetch, 32 KB token against 4-character token  ${bigRatio.toFixed(3)}   (target <= 1.05: ${bigRatio <= 1.05 ? 'met' : 'MISSED'})`);
  console.log(`redaction of a 1 MB error text echoing a 32 KB token twice (as sent and percent-encoded), median of 25`);
  console.log(
    `  ${redactMs.toFixed(2)} ms (target < 10 ms: ${redactMs < 10 ? 'met' : 'MISSED'}); ${(redactMs / scanMs).toFixed(2)}x one case-folded indexOf scan of the same text (${scanMs.toFixed(2)} ms)`,
  );
  console.log(`bundle (esbuild, minified, code splitting, gzip -9 per chunk)`);
  console.log(`  client incl. openapi-fetch  ${kb(clientBytes)}   (target <= 10 kB: ${clientBytes <= 10_000 ? 'met' : 'MISSED'})`);
  console.log(`  AK/SK signing, loaded on first signed request  ${kb(clientSizes.lazy)}`);
  console.log(`  openapi-fetch alone         ${kb(fetchLibBytes)}   (client adds ${kb(clientBytes - fetchLibBytes)})`);
  console.log(`  spec rules alone (generated validators and rules.ts, bundled on their own)  ${kb(rulesBytes)}`);
}
