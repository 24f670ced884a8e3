// A list parameter added to spec/ cannot be silently ignored by the contract tool: a copy of spec/
// with an optional `tag` filter on listSnapshots is built (bundle, generate) beside a copy of src/;
// the copy's contract tool refuses to load, naming `tag`, and its list expectations do not compile,
// naming `tag`, until someone says how a list answer honours it or why it cannot be checked.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/build/bundle.js';
import { generate } from '../../scripts/build/generate.js';
import { fromRoot } from '../../scripts/lib/paths.js';

let scratch: string;

// Inside the repository, so that the copy of src/ resolves its dependencies from node_modules.
beforeAll(async () => {
  await mkdir(fromRoot('.scratch'), { recursive: true });
  scratch = await mkdtemp(path.join(fromRoot('.scratch'), 'added-parameter-'));
  await cp(fromRoot('spec'), path.join(scratch, 'spec'), { recursive: true });
  await cp(fromRoot('src'), path.join(scratch, 'src'), { recursive: true });
  await writeFile(
    path.join(scratch, 'spec', 'components', 'parameters', 'ListTag.yaml'),
    'name: tag\nin: query\nrequired: false\ndescription: Only snapshots with this tag (added by a test).\nschema:\n  type: string\n',
  );
  const listFile = path.join(scratch, 'spec', 'paths', 'cloudsnapshots_detail.yaml');
  const list = await readFile(listFile, 'utf8');
  const anchor = '    - $ref: ../components/parameters/ListEnterpriseProjectId.yaml\n';
  expect(list).toContain(anchor);
  await writeFile(listFile, list.replace(anchor, `${anchor}    - $ref: ../components/parameters/ListTag.yaml\n`));
  await mkdir(path.join(scratch, 'generated'));
  await generate(await bundle(path.join(scratch, 'spec', 'openapi.yaml'), path.join(scratch, 'generated')), path.join(scratch, 'generated'));
}, 60_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('an optional list parameter added to spec/ without a contract expectation', () => {
  it('is in the copy’s generated operations table', async () => {
    const constants = await readFile(path.join(scratch, 'generated', 'spec-constants.ts'), 'utf8');
    expect(constants).toContain('"name": "tag"');
  });

  it('stops the copy’s contract tool from loading, naming tag and where to say how it is checked', async () => {
    const loading = import(pathToFileURL(path.join(scratch, 'src', 'contract', 'index.ts')).href);
    await expect(loading).rejects.toThrow(
      'src/contract/list-expectations.ts: listSnapshots has the query parameter tag with no expectation: say how a list answer honours it (paging or a filter of the items), or why the contract tool cannot check it',
    );
  });

  it('is a compile error in the copy’s list expectations, naming tag', () => {
    const file = path.join(scratch, 'src', 'contract', 'list-expectations.ts');
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
