// Hostile state and fixtures files: each is refused naming the entry and the field, never read in
// part with a field silently dropped, and no part of a secret in it reaches an error or a warning.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runEmulatorCommand } from '../../src/emulator/command.js';
import { createEvsEmulator, EvsEmulatorStateError } from '../../src/emulator/index.js';
import { projectId, volumeId } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'evs-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const snapshotId = '3d7f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b';
// A PKI token as Keystone gives it: base64 with + / =, 32 KB.
const pkiToken = `MIIT${'xY+/ab9Q'.repeat(4000)}==`;

async function command(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runEmulatorCommand(argv, {}, { stdout: () => undefined, stderr: (text) => (stderr += text), onStop: (stop) => setImmediate(() => stop(0)) });
  return { code, stderr };
}

describe('hostile --fixtures and --state files', () => {
  it('refuses a YAML fixture with a tag it does not know, naming line and column, and shows no part of the value (a token)', async () => {
    const file = join(dir, 'tagged.yaml');
    writeFileSync(file, `version: 1\nvolumes:\n  - id: ${volumeId}\n    metadata: { token: !!js/function "${pkiToken}" }\n`);
    const warning = vi.fn();
    process.on('warning', warning);
    try {
      const { code, stderr } = await command(['--port', '0', '--token', pkiToken, '--fixtures', file]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(code).toBe(2);
      expect(stderr).toMatch(/--fixtures must hold YAML .*tag.*js\/function.*line 4, column 24/);
      const printed = stderr + warning.mock.calls.map(([w]) => String((w as Error).message)).join('\n');
      expect(printed).not.toContain(pkiToken.slice(0, 40));
    } finally {
      process.off('warning', warning);
    }
  });

  it.each([
    ['a disk', { volumes: [{ id: volumeId, sise: 40 }] }, /volumes\[0\]\.sise is not an option of volumes\[0\]/],
    [
      'a snapshot',
      { volumes: [{ id: volumeId }], projects: { [projectId]: { snapshots: [{ id: snapshotId, volume_id: volumeId, stauts: 'error' }] } } },
      /projects\["bab7d5c60cd041a0a36f7c4b6e1dd978"\]\.snapshots\[0\]\.stauts is not an option/,
    ],
  ])('refuses a mistyped field of %s in the fixtures rather than ignoring it', (_, state, problem) => {
    expect(() => createEvsEmulator({ fixtures: { version: 1, ...state } })).toThrow(problem);
  });

  it('loads back every field GET /__emulator/state writes (the known fields are the format own)', () => {
    const first = createEvsEmulator({
      fixtures: { version: 1, volumes: [{ id: volumeId, projectId, seeded: false }], projects: { [projectId]: { snapshots: [{ id: snapshotId, volume_id: volumeId }] } } },
    });
    const state = first.state();
    expect(createEvsEmulator({ fixtures: state }).state()).toEqual(state);
  });

  it('refuses a state file holding a JSON array as the state, not as "options"', () => {
    const file = join(dir, 'array.json');
    writeFileSync(file, '[]');
    let error: unknown;
    try {
      createEvsEmulator({ state: file });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EvsEmulatorStateError);
    expect((error as Error).message).toBe(
      `state file ${file}: is refused and left as it is: the value must be an object: the state, { version, projects, volumes, jobs, changes, random } (rule: type; got an array of 0)`,
    );
    expect(readFileSync(file, 'utf8')).toBe('[]');
  });

  it.each([
    ['a project id', { projects: { [pkiToken]: { snapshots: [{ id: snapshotId, volume_id: volumeId }] } } }],
    ['a field name of a disk', { volumes: [{ id: volumeId, [pkiToken]: 1 }] }],
    ['a metadata key', { volumes: [{ id: volumeId, metadata: { [pkiToken]: 5 } }] }],
  ])('shows no part of a token used as %s in a refused state, in the options error or the 400 of PUT', async (_, state) => {
    let message = '';
    try {
      createEvsEmulator({ tokens: [pkiToken], fixtures: { version: 1, ...state } });
    } catch (error) {
      message = (error as Error).message;
    }
    const emulator = createEvsEmulator({ tokens: [pkiToken] });
    const answer = await emulator.fetch('http://emulator/__emulator/state', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, ...state }),
    });
    const body = await answer.text();
    expect(answer.status).toBe(400);
    for (const text of [message, body]) {
      expect(text).toMatch(/fixtures|refused/);
      expect(text.length).toBeLessThan(2000);
      expect(text).not.toContain(pkiToken.slice(0, 40));
      expect(text).not.toContain(pkiToken.slice(0, 40).replaceAll('/', '~1'));
    }
  });

  it('refuses a second emulator on a --state file another one holds (exit 2, naming it), and lets it once the first is closed', async () => {
    const file = join(dir, 'shared.json');
    const first = createEvsEmulator({ state: file });
    const saved = readFileSync(file, 'utf8');
    const { code, stderr } = await command(['--port', '0', '--state', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`evs-emulator: --state ${file}: is in use by another evs-emulator (process ${process.pid}, this one, says ${file}.lock)`);
    expect(readFileSync(file, 'utf8')).toBe(saved);
    await first.close();
    const second = createEvsEmulator({ state: file });
    await second.close();
  });

  it('takes over the lock of an emulator killed with SIGKILL (its process gone)', async () => {
    const file = join(dir, 'stale.json');
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${file}.lock`, String(gone));
    const emulator = createEvsEmulator({ state: file });
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(String(process.pid));
    await emulator.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
