// --state: the state survives a stop (and a SIGKILL, but for the last save window), the file is
// only ever replaced whole, and a file the emulator cannot read is refused and left as it is.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { runEmulatorCommand } from '../../src/emulator/command.js';
import { createEvsEmulator, type EmulatorState, EvsEmulatorStateError } from '../../src/emulator/index.js';
import { StateSaver } from '../../src/emulator/state-file.js';
import { manualClock, projectId, send, token, volumeId } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'evs-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const fileIn = (): string => join(dir, `state-${files++}.json`);
const snapshots = `/v2/${projectId}/cloudsnapshots`;
const createSnapshot = async (emulator: ReturnType<typeof createEvsEmulator>, name: string) =>
  ((await send(emulator, 'POST', snapshots, { snapshot: { volume_id: volumeId, name } })).json as { snapshot: { id: string } }).snapshot.id;

const refusal = (make: () => unknown): Error => {
  try {
    make();
  } catch (error) {
    return error as Error;
  }
  throw new Error('not refused');
};

describe('--state', () => {
  it('writes the file at the start, saves at close(), and a new emulator goes on from it', async () => {
    const file = fileIn();
    const first = createEvsEmulator({ state: file, delays: { create: 0 } });
    expect((JSON.parse(readFileSync(file, 'utf8')) as EmulatorState).version).toBe(1);
    const id = await createSnapshot(first, 'kept');
    await first.close();
    const again = createEvsEmulator({ state: file });
    expect(again.state().projects[projectId]?.snapshots.map((snapshot) => [snapshot.id, snapshot.name, snapshot.status])).toEqual([[id, 'kept', 'available']]);
    await again.close();
  });

  it('makes a snapshot creating at the stop available after the restart once its time has passed', async () => {
    const file = fileIn();
    const clock = manualClock();
    const first = createEvsEmulator({ state: file, now: clock.now, delays: { create: 5000 } });
    const id = await createSnapshot(first, 'slow');
    await first.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).changes).toEqual([{ kind: 'snapshot', at: '2026-12-01T09:00:05.000Z', projectId, snapshotId: id, to: 'available' }]);
    const restarted = createEvsEmulator({ state: file, now: manualClock(clock.now() + 4000).now });
    const status = async (on: typeof restarted) => ((await send(on, 'GET', `${snapshots}/${id}`)).json as { snapshot: { status: string } }).snapshot.status;
    expect(await status(restarted)).toBe('creating');
    // One emulator per file: the second is refused while the first holds it.
    await restarted.close();
    const later = createEvsEmulator({ state: file, now: manualClock(clock.now() + 6000).now });
    expect(await status(later)).toBe('available');
    await later.close();
  });

  it.each([
    ['damaged (cut short)', '{"version":1,"projects":{"bab7', /is damaged: it is not JSON \(.+\); it is left as it is: move it away to start afresh$/],
    ['of a newer version', '{"version":2,"projects":{}}', /is refused and left as it is: version is newer than this emulator reads \(1\)/],
    ['with an invalid entry', '{"version":1,"volumes":[{"id":"not-a-uuid"}]}', /is refused and left as it is: volumes\[0\]\.id must match pattern/],
  ])('refuses a file %s, naming the file and the problem, and leaves it as it was', (_, content, problem) => {
    const file = fileIn();
    writeFileSync(file, content);
    const error = refusal(() => createEvsEmulator({ state: file }));
    expect(error).toBeInstanceOf(EvsEmulatorStateError);
    expect(error.message).toContain(`state file ${file}: `);
    expect(error.message).toMatch(problem);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('evs-emulator exits 2 on a damaged --state file, before listening, naming it', async () => {
    const file = fileIn();
    writeFileSync(file, '\0\0\0');
    let stderr = '';
    const code = await runEmulatorCommand(['--port', '0', '--state', file], {}, { stdout: () => undefined, stderr: (text) => (stderr += text), onStop: () => undefined });
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^evs-emulator: --state ${file}: is damaged: it is not JSON`));
    expect(readFileSync(file, 'utf8')).toBe('\0\0\0');
  });

  it('evs-emulator saves the last changes at a stop by SIGTERM, however long --save-ms is', async () => {
    const file = fileIn();
    let stdout = '';
    let stop: (code: number) => void = () => undefined;
    const running = runEmulatorCommand(
      ['--port', '0', '--quiet', '--create-ms', '0', '--state', file, '--save-ms', '3600000'],
      {},
      {
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        onStop: (registered) => (stop = registered),
      },
    );
    for (let i = 0; i < 500 && !stdout.includes('\n'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const url = stdout.split('\n')[0];
    const created = await fetch(`${url}${snapshots}`, {
      method: 'POST',
      headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ snapshot: { volume_id: volumeId, name: 'at-the-stop' } }),
    });
    const { snapshot } = (await created.json()) as { snapshot: { id: string } };
    // The first save comes at once; a second change waits the hour, so only the stop can save it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fetch(`${url}${snapshots}/${snapshot.id}`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ snapshot: { name: 'renamed-before-the-stop' } }),
    });
    stop(143);
    expect(await running).toBe(143);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
    expect(saved.projects[projectId]?.snapshots.map((shown) => [shown.id, shown.name])).toEqual([[snapshot.id, 'renamed-before-the-stop']]);
  });

  it('saves a burst of changes once or twice, not once per change, and the last state at flush', async () => {
    const file = fileIn();
    let dumps = 0;
    let value = 0;
    const saver = new StateSaver(
      file,
      10_000,
      () => {
        dumps++;
        return JSON.stringify({ value });
      },
      (error) => {
        throw error;
      },
    );
    for (value = 1; value <= 1000; value++) saver.changed();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dumps).toBe(1);
    value = 7;
    saver.changed();
    await saver.flush();
    expect(dumps).toBe(2);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ value: 7 });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('loses nothing older than the save window when killed with SIGKILL mid-traffic, and leaves a readable file', async () => {
    const file = fileIn();
    const saveMs = 100;
    // The emulator in this one process, with tsx as a loader: tsx's cli.mjs runs it in a child of its
    // own, which a SIGKILL of the parent leaves running (holding the file, for ever).
    const cli = ['--import', pathToFileURL(fromRoot('node_modules', 'tsx', 'dist', 'loader.mjs')).href, fromRoot('src', 'emulator', 'cli.ts')];
    const child = spawn(process.execPath, [...cli, '--port', '0', '--quiet', '--create-ms', '0', '--state', file, '--save-ms', String(saveMs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`no URL within 20 s:\n${output}`)), 20_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (!output.includes('\n')) return;
          clearTimeout(timer);
          resolve(output.split('\n')[0] ?? '');
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      });
      const acknowledged: { id: string; at: number }[] = [];
      const started = Date.now();
      // Four clients creating snapshots for 1 s; each answer is a snapshot the emulator holds.
      await Promise.all(
        [0, 1, 2, 3].map(async (client) => {
          for (let i = 0; i < 10_000 && Date.now() - started < 1000; i++) {
            const answer = await fetch(`${url}${snapshots}`, {
              method: 'POST',
              headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
              body: JSON.stringify({ snapshot: { volume_id: volumeId, name: `c${client}-${i}` } }),
            });
            const body = (await answer.json()) as { snapshot: { id: string } };
            acknowledged.push({ id: body.snapshot.id, at: Date.now() });
          }
        }),
      );
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const killedAt = Date.now();
      child.kill('SIGKILL');
      await exited;
      // Readable as it is, and by a new emulator.
      expect((JSON.parse(readFileSync(file, 'utf8')) as EmulatorState).version).toBe(1);
      const restarted = createEvsEmulator({ state: file });
      const kept = new Set(restarted.state().projects[projectId]?.snapshots.map((snapshot) => snapshot.id));
      // The window: saveMs, and the time a save under way takes (generous: other suites load the machine).
      const window = saveMs + 1000;
      const lost = acknowledged.filter(({ id, at }) => !kept.has(id) && killedAt - at > window);
      expect(acknowledged.length).toBeGreaterThan(20);
      expect(lost).toEqual([]);
      await restarted.close();
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 30_000);
});
