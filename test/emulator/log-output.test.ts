// The bin's request lines in a real process: its answers do not wait for its output (a pipe whose
// reader does not read), and no line is lost when it stops on SIGTERM or SIGINT, with its stdout
// a pipe or a file. One test, two processes side by side, to keep the suite fast.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { projectId } from './fixtures.js';

const tsx = pathToFileURL(fromRoot('node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
const cli = ['--import', tsx, fromRoot('src', 'emulator', 'cli.ts')];
// Long lines (a query of 190 characters) so that 2,000 of them, about 600 KB, overflow what a
// pipe or socket holds (200-400 KB here): a server writing synchronously stalls on them.
const target = `/v2/${projectId}/cloudsnapshots/detail?name=${'n'.repeat(185)}`;
const requests = 2000;

const started: ChildProcess[] = [];
let scratch: string | undefined;
afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

async function until<T>(value: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 2000; i++) {
    const found = await value();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`still waiting for ${what} after 20 s`);
}

function startEmulator(stdout: 'pipe' | number, urlFile: string): { child: ChildProcess; url: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [...cli, '--port', '0', '--host', '127.0.0.1', '--url-file', urlFile], { stdio: ['ignore', stdout, 'pipe'] });
  started.push(child);
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = until(
    () =>
      readFile(urlFile, 'utf8').then(
        (text) => text.trim() || undefined,
        () => undefined,
      ),
    `the URL in ${urlFile}`,
  );
  return { child, url, exit };
}

/** Sends the requests, 16 at a time; fails naming how many were answered when one waits 8 s. */
async function load(url: string): Promise<void> {
  let sent = 0;
  let answered = 0;
  const worker = async (): Promise<void> => {
    while (sent < requests) {
      sent++;
      try {
        const answer = await fetch(url + target, { headers: { 'X-Auth-Token': 'log-output-token' }, signal: AbortSignal.timeout(8000) });
        await answer.arrayBuffer();
      } catch (error) {
        throw new Error(`${answered} of ${requests} requests answered, then none for 8 s: ${(error as Error).name}`);
      }
      answered++;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

const requestLines = (output: string): string[] => output.split('\n').filter((line) => line.startsWith('GET /v2/'));

it('answers on while nobody reads the pipe of its stdout, and every request line arrives after SIGTERM (pipe) and SIGINT (file)', async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-log-output-'));
  const logFile = path.join(scratch, 'emulator.log');
  const fd = openSync(logFile, 'w');
  const piped = startEmulator('pipe', path.join(scratch, 'piped.url'));
  const filed = startEmulator(fd, path.join(scratch, 'filed.url'));
  closeSync(fd);
  let stderr = '';
  for (const { child } of [piped, filed]) child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  // Nothing reads the pipe until every answer has come.
  await Promise.all([load(await piped.url), load(await filed.url)]);
  let output = '';
  piped.child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  piped.child.kill('SIGTERM');
  filed.child.kill('SIGINT');
  expect(await piped.exit).toBe(143);
  expect(await filed.exit).toBe(130);
  await new Promise((resolve) => (piped.child.stdout?.readableEnded ? resolve(undefined) : piped.child.stdout?.once('end', resolve)));

  expect(stderr).toBe('');
  const fromPipe = requestLines(output);
  const fromFile = requestLines(await readFile(logFile, 'utf8'));
  expect([fromPipe.length, fromFile.length]).toEqual([requests, requests]);
  // The format is unchanged: method, path and query (cut at 200), status, time, operation.
  for (const line of [fromPipe.at(-1), fromFile.at(-1)]) expect(line).toMatch(new RegExp(`^GET ${target.slice(0, target.indexOf('?'))}\\?name=n{185} 200 \\d+ ms listSnapshots$`));
  // The URL line still comes first, for `head -n 1`.
  expect(output.split('\n')[0]).toBe(await piped.url);
}, 60_000);
