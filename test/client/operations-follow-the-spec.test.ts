// What an operation added to spec/ costs in the client: a copy of spec/ gains a made-up path
// /v2/{project_id}/mirrored-snapshots/{snapshot_id} (operation showMirroredSnapshot, answering the
// same SnapshotResponse as showSnapshot) and a list filter `tag`; it is built (bundle, generate) beside
// a copy of src/ whose client.ts gets the one wrapper line, and nothing else. A row whose success
// body or path parameter the client cannot handle stops the client at load, naming it.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/build/bundle.js';
import { generate } from '../../scripts/build/generate.js';
import { fromRoot } from '../../scripts/lib/paths.js';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import type * as today from '../../src/client/index.js';
import { projectId, snapshotBody, snapshotId } from './fixtures.js';

let scratch: string;
let changed: typeof today;

/** The wrapper a contributor adds to createEvsClient's returned object (and, for the types, one line in EvsClient). */
const wrapper = "showMirroredSnapshot: async (snapshotId, options) => (await call('showMirroredSnapshot', { path: { snapshot_id: snapshotId }, options })).snapshot,";

async function edit(file: string, anchor: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text, `${file} no longer holds ${anchor}`).toContain(anchor);
  await writeFile(file, change(text));
}

// Inside the repository, so that the copy of src/ resolves openapi-fetch from node_modules.
beforeAll(async () => {
  await mkdir(fromRoot('.scratch'), { recursive: true });
  scratch = await mkdtemp(path.join(fromRoot('.scratch'), 'operations-'));
  await cp(fromRoot('spec'), path.join(scratch, 'spec'), { recursive: true });
  await cp(fromRoot('src'), path.join(scratch, 'src'), { recursive: true });
  const paths = path.join(scratch, 'spec', 'paths');
  // The new path: showSnapshot's path parameters and GET operation under another operationId.
  const show = await readFile(path.join(paths, 'cloudsnapshots_{snapshot_id}.yaml'), 'utf8');
  expect(show).toContain('operationId: showSnapshot\n');
  await writeFile(
    path.join(paths, 'mirrored-snapshots_{snapshot_id}.yaml'),
    show.slice(0, show.search(/\n(put|post|patch|delete):/) + 1).replace('operationId: showSnapshot\n', 'operationId: showMirroredSnapshot\n'),
  );
  await edit(path.join(scratch, 'spec', 'openapi.yaml'), '\ncomponents:', (text) =>
    text.replace('\ncomponents:', '\n  /v2/{project_id}/mirrored-snapshots/{snapshot_id}:\n    $ref: ./paths/mirrored-snapshots_{snapshot_id}.yaml\ncomponents:'),
  );
  await edit(path.join(paths, 'cloudsnapshots_detail.yaml'), 'ListLimit.yaml\n', (text) =>
    text.replace(
      /^( *)- \$ref: \.\.\/components\/parameters\/ListLimit\.yaml\n/m,
      (line, indent: string) => `${line}${indent}- name: tag\n${indent}  in: query\n${indent}  schema:\n${indent}    type: string\n`,
    ),
  );
  await edit(path.join(scratch, 'src', 'client', 'client.ts'), '    showSnapshot: async', (text) =>
    text.replace('    showSnapshot: async', `    ${wrapper}\n    showSnapshot: async`),
  );
  await mkdir(path.join(scratch, 'generated'));
  await generate(await bundle(path.join(scratch, 'spec', 'openapi.yaml'), path.join(scratch, 'generated')), path.join(scratch, 'generated'));
  changed = (await import(pathToFileURL(path.join(scratch, 'src', 'client', 'index.ts')).href)) as typeof today;
}, 90_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

type Mirrored = { showMirroredSnapshot(snapshotId: unknown): Promise<unknown> };
const token = pkiToken(8192, 'operations-follow-the-spec');
/** A client of the changed copy whose fetch records each URL and answers `body`. */
function recording(body: unknown) {
  const urls: string[] = [];
  const client = changed.createEvsClient({
    endpoint: 'http://127.0.0.1:9',
    projectId,
    auth: { token },
    retry: false,
    fetch: async (input: RequestInfo | URL) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  });
  return { client: client as typeof client & Mirrored, urls };
}

describe('an operation added to spec/ needs one wrapper line in the client', () => {
  it('sends showMirroredSnapshot to its own path and hands back the snapshot of the body', async () => {
    const { client, urls } = recording(snapshotBody);
    await expect(client.showMirroredSnapshot(snapshotId)).resolves.toEqual(snapshotBody.snapshot);
    expect(urls).toEqual([`http://127.0.0.1:9/v2/${projectId}/mirrored-snapshots/${snapshotId}`]);
  });

  it("checks showMirroredSnapshot's snapshot_id by the spec's rule before sending, as showSnapshot does", async () => {
    const { client, urls } = recording(snapshotBody);
    const error = await client.showMirroredSnapshot('../detail').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EvsValidationError', operation: 'showMirroredSnapshot', field: 'snapshot_id', rule: 'format', attempts: 0 });
    expect(urls).toEqual([]);
  });

  it('reads a showMirroredSnapshot body without a snapshot as an EvsResponseError, as for showSnapshot', async () => {
    const { client } = recording({ volume: {} });
    await expect(client.showMirroredSnapshot(snapshotId)).rejects.toMatchObject({
      name: 'EvsResponseError',
      message: 'showMirroredSnapshot got HTTP 200 but the body has no snapshot object with an id',
    });
  });

  it('sends the added list filter tag with no change to the client', async () => {
    const { client, urls } = recording({ count: 0, snapshots: [] });
    await client.listSnapshots({ tag: 'nightly' } as today.ListSnapshotsQuery);
    expect(urls).toEqual([`http://127.0.0.1:9/v2/${projectId}/cloudsnapshots/detail?tag=nightly`]);
  });
});

describe('a row the client cannot handle stops it at load, naming what is missing', () => {
  /** A copy of the built copy whose generated table `change` edits, as a spec edit would have; its client is then imported. */
  async function importWith(change: (constants: string) => string): Promise<unknown> {
    const copy = await mkdtemp(path.join(fromRoot('.scratch'), 'operations-row-'));
    try {
      await cp(path.join(scratch, 'src'), path.join(copy, 'src'), { recursive: true });
      await cp(path.join(scratch, 'generated'), path.join(copy, 'generated'), { recursive: true });
      const constants = path.join(copy, 'generated', 'spec-constants.ts');
      await writeFile(constants, change(await readFile(constants, 'utf8')));
      return await import(pathToFileURL(path.join(copy, 'src', 'client', 'index.ts')).href).then(
        () => 'loaded',
        (error: unknown) => error,
      );
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }
  /** showMirroredSnapshot's row in the generated table. */
  const mirroredRow = (constants: string): [number, number] => {
    const start = constants.indexOf('"showMirroredSnapshot": {');
    return [start, constants.indexOf('\n  }', start)];
  };
  const inMirroredRow = (constants: string, from: string, to: string): string => {
    const [start, end] = mirroredRow(constants);
    const row = constants.slice(start, end);
    expect(row).toContain(from);
    return constants.slice(0, start) + row.replace(from, to) + constants.slice(end);
  };

  it('a success body of a schema the client has no reader for', async () => {
    const error = await importWith((constants) => inMirroredRow(constants, '"200": "SnapshotResponse"', '"200": "CinderSnapshotLinks"'));
    expect(String(error)).toContain('showMirroredSnapshot: the client has no reader for its success body CinderSnapshotLinks');
  });

  it('a path parameter without a request target to check it', async () => {
    const error = await importWith((constants) => inMirroredRow(constants, '"name": "snapshot_id"', '"name": "cinder_snapshot_id"'));
    expect(String(error)).toContain('showMirroredSnapshot: path parameter cinder_snapshot_id has no request target to check it');
  });
});
