// The client's input rules come from the spec with no hand edit: a copy of spec/ whose list
// `limit` maximum is lowered from 1000 to 500 is built (bundle, generate) beside a copy of src/,
// and the client of that copy refuses 600 where today's client accepts it.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/build/bundle.js';
import { generate } from '../../scripts/build/generate.js';
import { fromRoot } from '../../scripts/lib/paths.js';
import * as today from '../../src/client/index.js';

let scratch: string;
let changed: typeof today;

// Inside the repository, so that the copy of src/ resolves openapi-fetch from node_modules.
beforeAll(async () => {
  await mkdir(fromRoot('.scratch'), { recursive: true });
  scratch = await mkdtemp(path.join(fromRoot('.scratch'), 'rules-'));
  await cp(fromRoot('spec'), path.join(scratch, 'spec'), { recursive: true });
  await cp(fromRoot('src'), path.join(scratch, 'src'), { recursive: true });
  const limitFile = path.join(scratch, 'spec', 'components', 'parameters', 'ListLimit.yaml');
  const limit = await readFile(limitFile, 'utf8');
  expect(limit).toContain('maximum: 1000');
  await writeFile(limitFile, limit.replace('maximum: 1000', 'maximum: 500'));
  await mkdir(path.join(scratch, 'generated'));
  await generate(await bundle(path.join(scratch, 'spec', 'openapi.yaml'), path.join(scratch, 'generated')), path.join(scratch, 'generated'));
  changed = (await import(pathToFileURL(path.join(scratch, 'src', 'client', 'index.ts')).href)) as typeof today;
}, 60_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

const list = { count: 0, snapshots: [] };
const answering: typeof fetch = async () => new Response(JSON.stringify(list), { status: 200, headers: { 'Content-Type': 'application/json' } });
const clientOf = (module: typeof today) =>
  module.createEvsClient({ endpoint: 'http://127.0.0.1:9', projectId: 'p1', auth: { token: 'rules-follow-the-spec-token' }, fetch: answering, retry: false });

describe('a limit changed in spec/ changes the client after the build', () => {
  it('today the spec allows limit 600 and the client sends it', async () => {
    await expect(clientOf(today).listSnapshots({ limit: 600 })).resolves.toEqual(list);
  });

  it('with maximum 500 in spec/, listSnapshots refuses 600, naming the new bound', async () => {
    const error = await clientOf(changed)
      .listSnapshots({ limit: 600 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EvsValidationError', field: 'query.limit', rule: 'range' });
    expect((error as Error).message).toContain('must be <= 500');
    await expect(clientOf(changed).listSnapshots({ limit: 500 })).resolves.toEqual(list);
  });

  it('and listAllSnapshots refuses a page size of 600', async () => {
    // listAllSnapshots checks its arguments when it is called, before it returns the iterator.
    const error = await Promise.resolve()
      .then(() => clientOf(changed).listAllSnapshots({}, { pageSize: 600 }).next())
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ field: 'options.pageSize', rule: 'range' });
    expect((error as Error).message).toContain('from 1 to 500');
  });
});
