// --fixtures: a JSON or YAML file in the state format to start from; a bad entry is refused
// before anything listens, naming the file, the entry and the field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCli } from '../../src/emulator/cli-args.js';
import { runEmulatorCommand } from '../../src/emulator/command.js';
import { emulatorOf } from '../../src/emulator/emulator.js';
import { docSample } from '../support/doc-samples.js';
import { projectId, send, volumeId } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'evs-fixtures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const snapshotId = '3d7f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b';

const yamlFixtures = `# Two disks and a snapshot to start each CI run from
version: 1
volumes:
  - id: ${volumeId}
    projectId: ${projectId}
    size: 40
    volume_type: SAS
projects:
  ${projectId}:
    snapshots:
      - id: ${snapshotId}
        volume_id: ${volumeId}
        name: golden-image
        metadata: { team: storage }
`;

async function commandOutput(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runEmulatorCommand(argv, {}, { stdout: () => undefined, stderr: (text) => (stderr += text), onStop: () => undefined });
  return { code, stderr };
}

describe('--fixtures', () => {
  it('starts from a YAML file: its disks and snapshots, with their metadata, answered by the API', async () => {
    const file = join(dir, 'start.yaml');
    writeFileSync(file, yamlFixtures);
    const { resolved } = readCli(['--fixtures', file], {});
    const emulator = emulatorOf(resolved!);
    const shown = await send(emulator, 'GET', `/v2/${projectId}/cloudsnapshots/${snapshotId}`);
    expect(shown.json).toMatchObject({ snapshot: { id: snapshotId, name: 'golden-image', status: 'available', size: 40, metadata: { team: 'storage' } } });
    const disk = await send(emulator, 'GET', `/v2/${projectId}/os-vendor-volumes/${volumeId}`);
    expect(disk.json).toMatchObject({ volume: { id: volumeId, size: 40, volume_type: 'SAS' } });
  });

  it('loads the fixtures example of docs/emulator.md as the guide describes it', async () => {
    const file = join(dir, 'guide.yaml');
    writeFileSync(file, await docSample('docs/emulator.md', 'emulator-fixtures', 'yaml'));
    const state = emulatorOf(readCli(['--fixtures', file], {}).resolved!).state();
    expect(state.projects[projectId]?.snapshots.map((snapshot) => [snapshot.name, snapshot.status, snapshot.size])).toEqual([
      ['golden-image', 'available', 40],
      [null, 'error', 40],
    ]);
  });

  it('reads the same fixtures as JSON', () => {
    const file = join(dir, 'start.json');
    writeFileSync(file, JSON.stringify({ version: 1, volumes: [{ id: volumeId }] }));
    expect(
      emulatorOf(readCli(['--fixtures', file], {}).resolved!)
        .state()
        .volumes.map((disk) => [disk.id, disk.projectId, disk.seeded]),
    ).toEqual([[volumeId, null, true]]);
  });

  it('refuses an invalid entry before listening, naming the file, the entry and the field', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, yamlFixtures.replace('name: golden-image', 'name: golden-image\n        size: -3'));
    expect(await commandOutput(['--port', '0', '--fixtures', file])).toEqual({
      code: 2,
      stderr:
        `evs-emulator: --fixtures ${file}: projects["${projectId}"].snapshots[0].size must be >= 0 (rule: minimum; got -3 (number))\n` +
        'Run evs-emulator --help for the options.\n',
    });
  });

  it.each([
    ['a missing file', 'missing.json', undefined, /--fixtures must be a file that can be read \(ENOENT\)/],
    ['YAML that does not parse', 'broken.yml', 'volumes: [unclosed', /--fixtures must hold YAML \(.+\) \(rule: format/],
    ['JSON that does not parse', 'broken.json', '{"version": 1,', /--fixtures must hold JSON \(.+\) \(rule: format/],
  ])('refuses %s with the reason', async (_, name, content, message) => {
    const file = join(dir, name);
    if (content !== undefined) writeFileSync(file, content);
    const { code, stderr } = await commandOutput(['--port', '0', '--fixtures', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses --volume beside --fixtures: the disks belong in the fixtures', async () => {
    const file = join(dir, 'with-volume.json');
    writeFileSync(file, JSON.stringify({ version: 1 }));
    const { code, stderr } = await commandOutput(['--fixtures', file, '--volume', volumeId]);
    expect(code).toBe(2);
    expect(stderr).toContain('must be left out with fixtures: list the disks in the fixtures');
  });
});
