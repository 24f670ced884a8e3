// What the emulator's request lines cost when its output goes to a file, as a CI job's
// `evs-emulator > emulator.log &` sends it: the same emulator with and without lines (--quiet),
// both writing to a file, in alternating rounds so that a slow moment of a shared machine falls on
// both; medians, because one round each is within the noise. Prism without logging and a bare
// node:http server answering a fixed body run in the same rounds, as the scale; each server's
// startup is timed from the spawn to its first answer. Every request line must reach the file:
// after the SIGTERM stop the file holds at least one line per answer the load counted.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createEvsClient } from '../../src/client/index.js';
import { buildLib } from '../build/lib.js';
import { fromRoot } from '../lib/paths.js';
import { mockArgs, prismArgv } from '../lib/prism.js';
import { mixedRequests } from './mixed-load.js';
import { reapAtExit } from './process-group.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const fixedId = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';
const token = 'bench-token';
const connections = 32;
const durationS = 2;
/** Rounds of the emulator's pair (lines, then --quiet, or the other way round); Prism and the bare server run in every third. */
const rounds = 9;

interface Server {
  name: string;
  url: string;
  snapshotId: string;
  /** Spawn to first answer, in ms. */
  startupMs: number;
  /** CPU time (user + system) the process has used so far, in ms. */
  cpuMs: () => number;
  stop: () => Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** utime + stime of a process from /proc, in ms (the kernel counts in ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // After the command's closing parenthesis, utime and stime are the 12th and 13th fields.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Where the emulators' output goes: a file (the default and the figure of record), or with BENCH_LOGGING_TO a pipe (`| cat`) or a terminal (`script`'s pty). */
type Sink = 'file' | 'pipe' | 'tty';
const sink = (process.env.BENCH_LOGGING_TO ?? 'file') as Sink;

const shellQuoted = (words: string[]): string => words.map((word) => `'${word.replaceAll("'", `'\\''`)}'`).join(' ');

/** The node process among a process and its descendants (the server itself when a shell or `script` runs it). */
function nodeOf(pid: number): number {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // gone
  }
  for (const child of children) {
    const found = readFileSync(`/proc/${child}/cmdline`, 'utf8').startsWith(process.execPath) ? child : nodeOf(child);
    if (found) return found;
  }
  return 0;
}

/** Spawns `node args…` with stdout to `stdout` (a file descriptor, or 'ignore', or through a pipe or a pty) and resolves once `url` answers. */
async function start(name: string, args: string[], url: string, stdout: number | 'ignore' | 'pipe' | 'tty'): Promise<Omit<Server, 'snapshotId'>> {
  const began = performance.now();
  const command = shellQuoted([process.execPath, ...args]);
  const child =
    stdout === 'pipe'
      ? spawn('sh', ['-c', `${command} | cat > /dev/null`], { stdio: ['ignore', 'ignore', 'pipe'], detached: true })
      : stdout === 'tty'
        ? spawn('script', ['-qfc', command, '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true })
        : spawn(process.execPath, args, { stdio: ['ignore', stdout, 'pipe'], detached: true });
  reapAtExit(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 100_000) stderr += chunk.toString();
  });
  let exited: number | null | undefined;
  const gone = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  for (let i = 0; ; i++) {
    if (exited !== undefined) throw new Error(`${name} exited with ${exited} before answering:\n${stderr}`);
    if (i > 6000) throw new Error(`${name} did not answer ${url} within 60 s:\n${stderr}`);
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  const startupMs = performance.now() - began;
  return {
    name,
    url,
    startupMs,
    cpuMs: () => cpuMsOf(typeof stdout === 'number' || stdout === 'ignore' ? (child.pid ?? 0) : nodeOf(child.pid ?? 0)),
    stop: async () => {
      if (exited === undefined) process.kill(-(child.pid ?? 0), 'SIGTERM');
      await gone;
    },
  };
}

async function seedSnapshot(url: string): Promise<string> {
  const evs = createEvsClient({ endpoint: url, projectId, auth: { token } });
  const { id } = await evs.createSnapshot({ volume_id: volumeId, name: 'bench' });
  return id;
}

/** The mix of emulator.ts: show 60 %, list 20 %, update 20 %, keep-alive. Answers per second and the answers counted. */
async function load(server: Server): Promise<{ rate: number; answers: number; cpuUs: number }> {
  const cpuBefore = server.cpuMs();
  const result = await autocannon({
    url: server.url,
    connections,
    duration: durationS,
    requests: mixedRequests(projectId, server.snapshotId, token),
  });
  if (result.non2xx || result.errors || result.timeouts) console.log(`  (${server.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`);
  const answers = result.requests.total;
  return { rate: answers / durationS, answers, cpuUs: ((server.cpuMs() - cpuBefore) * 1000) / Math.max(1, answers) };
}

const bareServer = `
  const { createServer } = require('node:http');
  const body = JSON.stringify({ snapshot: { id: '${fixedId}', status: 'available', name: 'bench' } });
  createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }); res.end(body); }); })
    .listen(Number(process.argv[1]), '127.0.0.1');
`;

export async function benchLogging(): Promise<void> {
  // The emulator as users run the installed command: compiled, no TypeScript loader in the process.
  await buildLib();
  const cli = fromRoot('dist', 'src', 'emulator', 'cli.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evs-bench-logging-'));
  const linesFile = path.join(dir, 'lines.log');
  const quietFile = path.join(dir, 'quiet.log');
  const fds = [openSync(linesFile, 'w'), openSync(quietFile, 'w')];
  const servers: Server[] = [];
  try {
    const emulator = async (name: string, fd: number, quiet: boolean): Promise<Server> => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const server = await start(name, [cli, '--port', String(port), '--create-ms', '0', ...(quiet ? ['--quiet'] : [])], url, sink === 'file' ? fd : sink);
      return { ...server, snapshotId: await seedSnapshot(url) };
    };
    const barePort = await freePort();
    const bare = { ...(await start('bare', ['-e', bareServer, String(barePort)], `http://127.0.0.1:${barePort}`, 'ignore')), snapshotId: fixedId };
    const prismPort = await freePort();
    const prismUrl = `http://127.0.0.1:${prismPort}`;
    const prismCommand = prismArgv([...mockArgs(), '--host', '127.0.0.1', '--port', String(prismPort), '--verboseLevel', 'silent']);
    const prism = { ...(await start('prism', prismCommand, prismUrl, 'ignore')), snapshotId: fixedId };
    const lines = await emulator(`emulator, lines to a ${sink}`, fds[0]!, false);
    const quiet = await emulator(`emulator --quiet, output to a ${sink}`, fds[1]!, true);
    servers.push(bare, prism, lines, quiet);

    // One load at a time. The emulator's two runs go back to back, in turns first, so that a busy
    // moment of the machine falls on both: the figure is the median of the rounds' ratios.
    const rates = new Map<Server, number[]>(servers.map((server) => [server, []]));
    const cpu = new Map<Server, number[]>(servers.map((server) => [server, []]));
    let linesAnswers = 1; // the seeding create
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? [quiet, lines] : [lines, quiet];
      if (round % 3 === 0) order.push(...(round % 2 ? [prism, bare] : [bare, prism]));
      for (const server of order) {
        const { rate, answers, cpuUs } = await load(server);
        rates.get(server)!.push(rate);
        cpu.get(server)!.push(cpuUs);
        if (server === lines) linesAnswers += answers;
      }
    }
    // The stop flushes what is left; the file must then hold every request line.
    await lines.stop();
    const written =
      sink === 'file'
        ? readFileSync(linesFile, 'utf8')
            .split('\n')
            .filter((line) => / \d+ ms /.test(line)).length
        : undefined;

    const m = (server: Server) => median(rates.get(server)!);
    const c = (server: Server) => median(cpu.get(server)!);
    const roundRatios = rates.get(lines)!.map((rate, i) => rate / rates.get(quiet)![i]!);
    const ratio = median(roundRatios);
    console.log(`mixed load (show 60 %, list 20 %, update 20 %), ${connections} connections, ${durationS} s a load; medians of ${rounds} rounds`);
    for (const server of servers)
      console.log(
        `  ${server.name.padEnd(38)} ${m(server).toFixed(0).padStart(7)} req/s  ${c(server).toFixed(0).padStart(5)} µs CPU a request` +
          `   (rounds: ${rates
            .get(server)!
            .map((r) => r.toFixed(0))
            .join(' ')})`,
      );
    console.log(
      `  lines / --quiet, both to a ${sink.padEnd(16)} ${ratio.toFixed(2)}   (target >= 0.90: ${ratio >= 0.9 ? 'met' : 'MISSED'}; rounds ${roundRatios.map((r) => r.toFixed(2)).join(' ')})`,
    );
    console.log(`  CPU a request, lines / --quiet             ${(c(lines) / c(quiet)).toFixed(2)}`);
    if (written !== undefined)
      console.log(`  lines in the file after SIGTERM             ${written} for ${linesAnswers} answers counted (${written >= linesAnswers ? 'none lost' : 'LOST LINES'})`);
    console.log(`  emulator with lines / Prism silent          ${(m(lines) / m(prism)).toFixed(1)}x`);
    console.log(`  emulator with lines / bare node:http        ${(m(lines) / m(bare)).toFixed(2)}`);
    console.log(`  emulator --quiet / bare node:http           ${(m(quiet) / m(bare)).toFixed(2)}`);
    const emulatorStartup = median([lines.startupMs, quiet.startupMs]);
    console.log(
      `  startup to first answer: emulator ${emulatorStartup.toFixed(0)} ms, bare node:http ${bare.startupMs.toFixed(0)} ms, ` +
        `Prism ${prism.startupMs.toFixed(0)} ms; emulator / bare ${(emulatorStartup / bare.startupMs).toFixed(1)}x, ` +
        `emulator / Prism ${(emulatorStartup / prism.startupMs).toFixed(2)}`,
    );
  } finally {
    for (const server of servers) await server.stop();
    for (const fd of fds) closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}
