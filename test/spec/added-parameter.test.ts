// A list parameter added to spec/ is never silently ignored: a copy of spec/ gains an optional
// query parameter `tag` (a string) on listSnapshots, is built beside a copy of src/, and each
// product of the copy must either honour it or refuse to run, naming it and where to add it.
// The copy is built once for the whole file; each product's check is one describe block on it.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as todayEmulator from '../../src/emulator/index.js';
import { buildSpecCopy, type SpecCopy } from '../support/spec-copy.js';

let copy: SpecCopy;

async function addTagParameter(specDir: string): Promise<void> {
  await writeFile(
    path.join(specDir, 'components', 'parameters', 'ListTag.yaml'),
    'name: tag\nin: query\nrequired: false\ndescription: Only snapshots with this tag (a parameter added by a test).\nschema:\n  type: string\n',
  );
  const listFile = path.join(specDir, 'paths', 'cloudsnapshots_detail.yaml');
  const list = await readFile(listFile, 'utf8');
  const last = '    - $ref: ../components/parameters/ListEnterpriseProjectId.yaml\n';
  expect(list).toContain(last);
  await writeFile(listFile, list.replace(last, `${last}    - $ref: ../components/parameters/ListTag.yaml\n`));
}

beforeAll(async () => {
  copy = await buildSpecCopy('added-parameter', addTagParameter);
}, 60_000);
afterAll(() => copy?.remove());

describe('an optional list parameter tag added to spec/', () => {
  it('is in the generated operations table of the copy', async () => {
    const { operations } = await copy.load<typeof import('../../generated/spec-constants.js')>('generated/spec-constants.ts');
    expect(operations.listSnapshots.parameters.query.map((parameter) => parameter.name)).toContain('tag');
  });
});

describe('the emulator of a spec/ with an added list parameter tag', () => {
  it('today, without tag, starts', () => {
    expect(() => todayEmulator.createEvsEmulator({ seed: 1 })).not.toThrow();
  });

  it('refuses to start: createEvsEmulator throws naming tag, listSnapshots and the table in list-snapshots.ts to extend', async () => {
    const changed = await copy.load<typeof todayEmulator>('src/emulator/index.ts');
    let error: unknown;
    try {
      changed.createEvsEmulator({ seed: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const { message } = error as Error;
    expect(message).toContain('query parameter tag of listSnapshots');
    expect(message).toContain('listQueryBehaviour in src/emulator/operations/list-snapshots.ts');
  });
});
