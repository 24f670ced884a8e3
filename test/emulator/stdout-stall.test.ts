// The bin as users run it (plain node, no loader: nothing has touched process.stdout, so a pipe or
// a terminal on its stdout is a blocking descriptor) stops on SIGTERM within its documented 2 s of
// waiting for an output whose reader stopped reading. tsx makes stdout non-blocking, which hid the hang from the
// tests that start the bin through it; so this one bundles cli.ts with esbuild (about 50 ms).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { projectId } from './fixtures.js';

// 2,000 lines of about 280 characters: more than a pipe or socket holds (200-400 KB here).
const target = `/v2/${projectId}/cloudsnapshots/detail?name=${'n'.repeat(185)}`;
const requests = 2000;

// The two tests run side by side (each mostly waits out the bin's 2 s), so what each starts is kept in lists.
const children: ChildProcess[] = [];
const scratches: string[] = [];
const emulatorPids: number[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of emulatorPids) if (running(pid)) process.kill(pid, 'SIGKILL');
  for (const folder of scratches) await rm(folder, { recursive: true, force: true });
});

/** Alive and not a zombie (a parent stuck in a write does not reap it). Linux: reads /proc. */
async function runningAsync(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function bundledBin(): Promise<{ bin: string; folder: string }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'evs-stdout-stall-'));
  scratches.push(folder);
  const bin = path.join(folder, 'cli.mjs');
  await build({ entryPoints: [fromRoot('src', 'emulator', 'cli.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bin, logLevel: 'silent' });
  return { bin, folder };
}

/** Sends the requests, 16 at a time: their lines overflow what the output holds. */
async function load(url: string): Promise<void> {
  let sent = 0;
  const worker = async (): Promise<void> => {
    while (sent++ < requests) await (await fetch(url + target, { headers: { 'X-Auth-Token': 'stall-token' } })).arrayBuffer();
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

async function urlIn(file: string): Promise<string> {
  for (let i = 0; i < 2000; i++) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text.trim()) return text.trim();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no URL in ${file} after 20 s`);
}

it.concurrent('exits within 5 s of SIGTERM, code 143, counting the lines it gave up on on stderr, while the reader of its stdout pipe has stopped reading (built bin, blocking stdout)', async () => {
  const { bin, folder } = await bundledBin();
  const urlFile = path.join(folder, 'url');
  const child = spawn(process.execPath, [bin, '--port', '0', '--host', '127.0.0.1', '--url-file', urlFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await load(await urlIn(urlFile));
  const stopped = Date.now();
  child.kill('SIGTERM');
  const code = await Promise.race([exit, new Promise<string>((resolve) => setTimeout(() => resolve('still running after 5 s'), 5000))]);
  expect(code).toBe(143);
  expect(Date.now() - stopped).toBeLessThan(5000);
  // The lines it gave up on are counted on stderr, not lost unsaid.
  expect(stderr).toMatch(/^evs-emulator: \d+ request lines dropped: the standard output did not keep up\n$/);
}, 30_000);

// util-linux's script gives the bin a terminal; script's own stdout, a pipe nobody reads, stops it
// reading the terminal: a terminal that takes nothing more, as one paused with Ctrl-S.
const hasScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

it.skipIf(!hasScript).concurrent(
  'exits within 5 s of SIGTERM, counting the lines it gave up on on stderr, while its stdout terminal takes nothing more (built bin)',
  async () => {
    const { bin, folder } = await bundledBin();
    const urlFile = path.join(folder, 'url');
    const pidFile = path.join(folder, 'pid');
    const stderrFile = path.join(folder, 'stderr');
    const command = `echo $$ > ${pidFile}; exec ${process.execPath} ${bin} --port 0 --host 127.0.0.1 --url-file ${urlFile} 2> ${stderrFile}`;
    children.push(spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, SHELL: '/bin/sh' } }));
    await load(await urlIn(urlFile));
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    emulatorPids.push(pid);
    const stopped = Date.now();
    process.kill(pid, 'SIGTERM');
    while ((await runningAsync(pid)) && Date.now() - stopped < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await runningAsync(pid), 'still running 5 s after SIGTERM').toBe(false);
    expect(await readFile(stderrFile, 'utf8')).toMatch(/^evs-emulator: \d+ request lines dropped: the standard output did not keep up\n$/);
  },
  30_000,
);
