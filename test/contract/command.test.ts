// evs-contract's command around the run, against the emulator: the live progress line on a
// terminal and plain lines elsewhere, the clean-up line, what happens when a report cannot be
// written after the run (loudly, with an exit code that is never 0), and checkWritable's reasons.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWritable, type Io } from '../../src/contract/command.js';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { runContractCommand } from '../support/run-contract-command.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const token = 'command-test-token';
const emulator = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0, restore: 0, volumeDelete: 0 }, seed: 7, tokens: [token] });
let baseUrl = '';
let folder = '';
beforeAll(async () => {
  baseUrl = await emulator.listen();
  folder = await mkdtemp(path.join(tmpdir(), 'evs-command-'));
});
afterAll(async () => {
  await emulator.close();
  await rm(folder, { recursive: true, force: true });
});

const command = (args: string[], io: Partial<Io> = {}, env: NodeJS.ProcessEnv = { EVS_AUTH_TOKEN: token }) =>
  runContractCommand(['--base-url', baseUrl, '--project-id', projectId, '--volume-id', volumeId, '--generate', '0', '--poll-interval', '5', ...args], env, io);

describe('evs-contract progress', () => {
  it('on a terminal rewrites one live line, counting the cases, and clears it before the summary', async () => {
    const { code, stdout } = await command(['--only', 'create: minimal'], { isTerminal: true });
    expect(code).toBe(0);
    expect(stdout.startsWith('\r\x1b[KPASS createSnapshot [create: minimal]')).toBe(true);
    expect(stdout).toContain('\n… 1 cases done\r\x1b[KSKIP createSnapshot [create: all fields with metadata]: not selected (only: create: minimal)\n… 2 cases done\r\x1b[K');
    expect(stdout.replace(/snapshot [0-9a-f-]{36}:/, 'snapshot {id}:')).toContain(
      '\n… 74 cases done\r\x1b[Kclean-up: 1 of 1, snapshot {id}: waiting until it can be deleted, then deleting it\n\r\x1b[Kclean-up: deleted 1 snapshot the cases left\n\r\x1b[Kevs-contract: 1 passed, 0 failed, 73 skipped ',
    );
  });

  it('elsewhere prints plain lines, and counts the snapshots it cleaned up', async () => {
    const { code, stdout } = await command(['--only', 'create']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('\x1b');
    expect(stdout).not.toContain('cases done');
    expect(stdout).toContain('\nclean-up: deleted 3 snapshots the cases left\n');
  });

  it('counts a restored disk the clean-up deleted as a disk, apart from the snapshots', async () => {
    const { code, stdout } = await command(['--restore', '--only', 'restore: create a disk from the snapshot (createVolume)']);
    expect([code, stdout.match(/^clean-up: deleted .*$/m)?.[0]]).toEqual([0, 'clean-up: deleted 1 disk and 1 snapshot the cases left']);
  });

  it('prints no clean-up line when the cases deleted all they made', async () => {
    const { code, stdout } = await command(['--only', 'delete']);
    expect([code, stdout.includes('PASS deleteSnapshot [delete]'), stdout.includes('clean-up: deleted')]).toEqual([0, true, false]);
  });

  it('sends progress to stderr, plain even on a terminal, when a report takes stdout', async () => {
    const { code, stdout, stderr } = await command(['--only', 'show', '--report', 'json'], { isTerminal: true });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).totals.failed).toBe(0);
    expect(stderr).toMatch(/^PASS createSnapshot \[create: minimal\]/);
    expect(stderr).not.toContain('\x1b');
  });
});

describe('evs-contract reports that cannot be written', () => {
  const failingWrite = (error: unknown) => ({
    writeFile: async () => {
      throw error;
    },
  });

  it('after a run that conformed: says so with the error code and exits 1, not 0', async () => {
    const { code, stderr } = await command(['--only', 'show', '--report', 'out.json'], failingWrite(Object.assign(new Error('denied'), { code: 'EACCES' })));
    expect([code, stderr]).toEqual([1, 'evs-contract: cannot write the report out.json: EACCES\n']);
  });

  it('after refused credentials: keeps exit 4, and names the error by its message when it has no code', async () => {
    const { code, stdout, stderr } = await command(['--only', 'show', '--report', 'out.xml'], failingWrite(new Error('disk full')), { EVS_AUTH_TOKEN: 'some-other-token' });
    expect(code).toBe(4);
    expect(stderr).toBe('evs-contract: cannot write the report out.xml: disk full\n');
    // The summary's lines, each on its own.
    expect(stdout).toMatch(/0 snapshots made, at most 20\)\nevs-contract: the target refused the credentials \(HTTP 401 to the first authenticated request\)/);
  });

  it('before the run: a report file it cannot write stops it with exit 2 and sends nothing', async () => {
    const before = emulator.log().length;
    const { code, stdout, stderr } = await command(['--report', 'a.json', '--report', 'b.xml'], {
      checkWritable: async (file) => (file === 'b.xml' ? 'it is a folder' : undefined),
    });
    expect([code, stdout, stderr]).toEqual([2, '', 'evs-contract: cannot write the report b.xml: it is a folder\nRun evs-contract --help for the options.\n']);
    expect(emulator.log().length).toBe(before);
  });
});

describe('checkWritable', () => {
  it('says why a path cannot take a report: a folder, a missing folder; a new or existing file is fine', async () => {
    const existing = path.join(folder, 'existing.json');
    await writeFile(existing, '{}');
    expect(await checkWritable(folder)).toBe('it is a folder');
    expect(await checkWritable(path.join(folder, 'missing', 'r.xml'))).toBe(`the folder ${path.join(folder, 'missing')} does not exist`);
    expect(await checkWritable(path.join(folder, 'new.xml'))).toBeUndefined();
    expect(await checkWritable(existing)).toBeUndefined();
  });
});
