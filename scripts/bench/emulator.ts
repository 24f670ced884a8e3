// The emulator against Prism under the same mixed load, each server its own process on loopback,
// with a bare node:http server answering a fixed body as the ceiling of this machine; then the
// cost of a list page at the start and at the end of 100,000 snapshots.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createEvsClient } from '../../src/client/index.js';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { buildLib } from '../build/lib.js';
import { fromRoot } from '../lib/paths.js';
import { mockArgs, prismArgv } from '../lib/prism.js';
import { mixedRequests } from './mixed-load.js';
import { reapAtExit } from './process-group.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const token = 'bench-token';
const connections = 32;
const durationS = 5;

interface Server {
  name: string;
  url: string;
  /** The processes whose peak RSS counts (a server and its children). */
  pids: () => number[];
  stop: () => Promise<void>;
}

/** Starts `node args…` and resolves once it prints a URL (or, given `known`, once that URL answers); its output is drained so logging never blocks it. */
function start(name: string, args: string[], env: NodeJS.ProcessEnv = {}, known?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, detached: true });
    reapAtExit(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 60_000);
    let started = false;
    const ready = (url: string) => {
      if (started) return;
      started = true;
      clearTimeout(timer);
      resolve({
        name,
        url,
        pids: () => [child.pid ?? 0, ...childrenOf(child.pid ?? 0)],
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            process.kill(-(child.pid ?? 0), 'SIGTERM');
          }),
      });
    };
    const onData = (chunk: Buffer) => {
      if (output.length < 100_000) output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url && !known && /listening|ready/.test(output)) ready(url);
    };
    if (known) {
      const poll = (): void =>
        void fetch(known).then(
          () => ready(known),
          () => !started && setTimeout(poll, 100),
        );
      poll();
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
}

/** A port that was free a moment ago (the mock's script and Prism's CLI take no port 0). */
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

function childrenOf(pid: number): number[] {
  try {
    const direct = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return direct.flatMap((child) => [child, ...childrenOf(child)]);
  } catch {
    return [];
  }
}

/** Peak resident set (VmHWM) of the processes, summed, in MB. */
function peakRssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process is gone
    }
  }
  return kb / 1024;
}

interface Load {
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  rss: number;
}

/** The mix of the issue: show 60 %, list 20 %, update 20 %, keep-alive, each connection cycling through it. */
async function load(server: Server, snapshotId: string): Promise<Load> {
  const result = await autocannon({
    url: server.url,
    connections,
    duration: durationS,
    requests: mixedRequests(projectId, snapshotId, token),
  });
  return {
    requests: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    rss: peakRssMb(server.pids()),
  };
}

async function seedSnapshot(url: string): Promise<string> {
  const evs = createEvsClient({ endpoint: url, projectId, auth: { token } });
  await evs.createSnapshot({ volume_id: volumeId, name: 'older' });
  const { id } = await evs.createSnapshot({ volume_id: volumeId, name: 'bench' });
  return id;
}

const bareServer = `
  const { createServer } = require('node:http');
  const body = JSON.stringify({ snapshot: { id: 'f9faf7df-fdc1-4093-9ef3-5cba06eef995', status: 'available', name: 'bench' } });
  createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }); res.end(body); }); })
    .listen(0, '127.0.0.1', function () { console.log('ready http://127.0.0.1:' + this.address().port); });
`;

async function throughput(): Promise<void> {
  // The emulator as users run the installed command: compiled, no TypeScript loader in the process.
  await buildLib();
  const emulatorCli = fromRoot('dist', 'src', 'emulator', 'cli.js');
  const candidates: [string, () => Promise<Server>, boolean][] = [
    ['bare node:http, fixed body (ceiling)', () => start('bare', ['-e', bareServer]), false],
    [
      'Prism: npm run mock (guard + Prism, --verboseLevel info)',
      async () => start('mock', [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), fromRoot('scripts', 'mock.ts')], { PORT: String(await freePort()) }),
      false,
    ],
    [
      'Prism alone, --verboseLevel silent',
      async () => {
        // Silent Prism prints nothing once it listens: it is ready when its URL answers.
        const port = String(await freePort());
        return start('prism', prismArgv([...mockArgs(), '--host', '127.0.0.1', '--port', port, '--verboseLevel', 'silent']), {}, `http://127.0.0.1:${port}`);
      },
      false,
    ],
    ['emulator (evs-emulator, a line per request)', () => start('emulator', [emulatorCli, '--port', '0', '--create-ms', '0']), true],
    ['emulator (evs-emulator --quiet)', () => start('emulator', [emulatorCli, '--port', '0', '--create-ms', '0', '--quiet']), true],
  ];
  const results = new Map<string, Load>();
  for (const [name, launch, seeded] of candidates) {
    const server = await launch();
    try {
      const id = seeded ? await seedSnapshot(server.url) : 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';
      results.set(name, await load(server, id));
    } finally {
      await server.stop();
    }
  }
  console.log(`mixed load: show 60 %, list 20 %, update 20 %; ${connections} connections, keep-alive, ${durationS} s each, autocannon, one server process at a time`);
  for (const [name, r] of results)
    console.log(
      `  ${name.padEnd(58)} ${r.requests.toFixed(0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  peak RSS ${r.rss.toFixed(0)} MB${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`,
    );
  const prism = results.get(candidates[1]![0])!;
  const silent = results.get(candidates[2]![0])!;
  const emulator = results.get(candidates[3]![0])!;
  const quiet = results.get(candidates[4]![0])!;
  const ceiling = results.get(candidates[0]![0])!;
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log(
    `  emulator / npm run mock, throughput        ${(emulator.requests / prism.requests).toFixed(1)}x   (target >= 10x: ${verdict(emulator.requests >= 10 * prism.requests)})`,
  );
  console.log(`  emulator / npm run mock, peak RSS          ${(emulator.rss / prism.rss).toFixed(2)}    (target <= 0.33: ${verdict(emulator.rss <= prism.rss / 3)})`);
  console.log(`  emulator / Prism silent, throughput        ${(emulator.requests / silent.requests).toFixed(1)}x`);
  console.log(`  emulator --quiet / Prism silent            ${(quiet.requests / silent.requests).toFixed(1)}x`);
  console.log(`  emulator --quiet / bare node:http          ${(quiet.requests / ceiling.requests).toFixed(2)}`);
}

/** Per-page cost of listAllSnapshots at the start and the end of 100,000 snapshots, in the emulator's process. */
async function deepPaging(): Promise<void> {
  const total = 100_000;
  const pageSize = 1000;
  const emulator = createEvsEmulator({ delays: { create: 0 }, maxSnapshots: total, logLimit: 0, seed: 1 });
  const headers = { 'X-Auth-Token': token, 'Content-Type': 'application/json' };
  const body = JSON.stringify({ snapshot: { volume_id: volumeId } });
  for (let i = 0; i < total; i++) await emulator.fetch(`http://evs.emulator/v2/${projectId}/cloudsnapshots`, { method: 'POST', headers, body });
  const evs = createEvsClient({ endpoint: 'http://evs.emulator', projectId, auth: { token }, fetch: emulator.fetch });
  const pageTimes: number[] = [];
  let seen = 0;
  let last = performance.now();
  for await (const _snapshot of evs.listAllSnapshots({}, { pageSize })) {
    seen++;
    if (seen % pageSize === 0) {
      const now = performance.now();
      pageTimes.push(now - last);
      last = now;
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
  const first = median(pageTimes.slice(0, 10));
  const end = median(pageTimes.slice(-10));
  console.log(`paging ${seen} snapshots with listAllSnapshots, ${pageSize} a page (${pageTimes.length} pages), through emulator.fetch`);
  console.log(`  median page: first 10 pages ${first.toFixed(2)} ms, last 10 pages ${end.toFixed(2)} ms`);
  console.log(`  last / first                             ${(end / first).toFixed(2)}   (target: independent of the offset, ~1)`);
}

export async function benchEmulator(): Promise<void> {
  await throughput();
  await deepPaging();
}
