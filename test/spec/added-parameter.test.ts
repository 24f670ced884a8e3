// A list parameter added to spec/ is never silently ignored: a copy of spec/ gains an optional
// query parameter `tag` (a string) on listSnapshots, is built beside a copy of src/, and each
// product of the copy must either honour it or refuse to run, naming it and where to add it.
// The copy is built once for the whole file; each product's check is one describe block on it.
// (The client takes a list query as given and sends it; test/client/operations-follow-the-spec.test.ts
// covers what it does with an added operation.)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
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

describe('the contract tool of a spec/ with an added list parameter tag', () => {
  it('refuses to load, naming tag and where to say how a list answer honours it', async () => {
    await expect(copy.load('src/contract/index.ts')).rejects.toThrow(
      'src/contract/list-expectations.ts: listSnapshots has the query parameter tag with no expectation: say how a list answer honours it (paging or a filter of the items), or why the contract tool cannot check it',
    );
  });

  // Cheap (under a second: one file, ES2022 types only), so kept beside the load-time check.
  it('does not compile: the list expectations lack tag', () => {
    const file = path.join(copy.root, 'src', 'contract', 'list-expectations.ts');
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      // The least that reads this file: no DOM, no Node types (errors elsewhere are not looked at).
      lib: ['lib.es2022.d.ts'],
      types: [],
    };
    const program = ts.createProgram([file], options);
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === file)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(errors.join('\n')).toMatch(/Property 'tag' is missing/);
  }, 30_000);
});
