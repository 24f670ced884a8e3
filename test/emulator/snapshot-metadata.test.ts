// The snapshot metadata calls as the emulator plays them (issue #27): POST merges, PUT replaces the
// user keys, per-key GET/PUT/DELETE, the refusals (a missing key, a key other than the path's,
// system keys, metadata too large after the call), keys that need percent-encoding, and dot-segment
// keys that must never reach another route (over a real socket, where no URL parser resolves them).
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationId } from '../../src/contract/scenarios.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { rawExchange } from '../support/raw-http.js';
import { type Exchange, projectId, send, token, violations, volumeId } from './exchange.js';

const v2 = `/v2/${projectId}/snapshots`;
const v3 = `/v3/${projectId}/snapshots`;
const cloud = `/v2/${projectId}/cloudsnapshots`;
/** A system key of the kind EVS sets itself (an encrypted disk's key ID). */
const systemKey = '__system__cmkid';
const systemValue = '0b8d1f3a-6c2e-4a57-9d41-2f7e3c5b8a90';

let emulator: EvsEmulator;
let snapshotId: string;
beforeEach(async () => {
  emulator = createEvsEmulator({ seed: 11, delays: { create: 0, delete: 0, rollback: 0 } });
  const made = await send(emulator, 'POST', cloud, { snapshot: { volume_id: volumeId, metadata: { owner: 'team-a', tier: 'gold' } } });
  snapshotId = (made.json as { snapshot: { id: string } }).snapshot.id;
});
afterEach(() => emulator.close());

const metadataPath = (base = v2): string => `${base}/${snapshotId}/metadata`;
const keyPath = (key: string, base = v2): string => `${metadataPath(base)}/${encodeURIComponent(key)}`;

async function call(operation: OperationId, status: number, method: string, path: string, body?: unknown): Promise<Exchange> {
  const answer = await send(emulator, method, path, body);
  expect(answer.status, answer.text).toBe(status);
  expect(violations(operation, answer)).toEqual([]);
  return answer;
}

const currentMetadata = async (): Promise<Record<string, string>> =>
  ((await call('showSnapshotMetadata', 200, 'GET', metadataPath())).json as { metadata: Record<string, string> }).metadata;

const codeOf = (answer: Exchange): string | undefined => Object.values(answer.json as Record<string, { code?: string }>)[0]?.code;

/** Gives the snapshot a system key the way a user cannot: through the state, as fixtures would. */
async function withSystemKey(): Promise<void> {
  const state = (await send(emulator, 'GET', '/__emulator/state')).json as { projects: Record<string, { snapshots: { id: string; metadata: Record<string, string> }[] }> };
  const snapshot = state.projects[projectId]!.snapshots.find((item) => item.id === snapshotId)!;
  snapshot.metadata = { ...snapshot.metadata, [systemKey]: systemValue };
  const loaded = await send(emulator, 'PUT', '/__emulator/state', state);
  expect(loaded.status, loaded.text).toBe(200);
}

describe('the metadata calls', () => {
  it('POST merges the body into the metadata and answers all of it', async () => {
    const answer = await call('createSnapshotMetadata', 200, 'POST', metadataPath(), { metadata: { tier: 'silver', region: 'eu-de' } });
    expect(answer.json).toEqual({ metadata: { owner: 'team-a', tier: 'silver', region: 'eu-de' } });
    expect(await currentMetadata()).toEqual({ owner: 'team-a', tier: 'silver', region: 'eu-de' });
  });

  it('PUT replaces the user keys (those left out are deleted) and keeps the system keys', async () => {
    await withSystemKey();
    const answer = await call('updateSnapshotMetadata', 200, 'PUT', metadataPath(), { metadata: { region: 'eu-nl' } });
    expect(answer.json).toEqual({ metadata: { [systemKey]: systemValue, region: 'eu-nl' } });
    await call('updateSnapshotMetadataV3', 200, 'PUT', metadataPath(v3), { metadata: {} });
    expect(await currentMetadata()).toEqual({ [systemKey]: systemValue });
  });

  it('reads, sets and deletes one key; DELETE answers 200 with an empty body', async () => {
    expect((await call('showSnapshotMetadataItem', 200, 'GET', keyPath('owner'))).json).toEqual({ meta: { owner: 'team-a' } });
    expect((await call('updateSnapshotMetadataItem', 200, 'PUT', keyPath('owner'), { meta: { owner: 'team-b' } })).json).toEqual({ meta: { owner: 'team-b' } });
    expect((await call('updateSnapshotMetadataItemV3', 200, 'PUT', keyPath('new', v3), { meta: { new: 'key' } })).json).toEqual({ meta: { new: 'key' } });
    const deleted = await call('deleteSnapshotMetadataItem', 200, 'DELETE', keyPath('tier'));
    expect(deleted.text).toBe('');
    expect(await currentMetadata()).toEqual({ owner: 'team-b', new: 'key' });
  });

  it('answers 404 EVS.5404 for a key the snapshot lacks, on GET and DELETE, in /v2 and /v3', async () => {
    for (const [operation, method, base] of [
      ['showSnapshotMetadataItem', 'GET', v2],
      ['deleteSnapshotMetadataItem', 'DELETE', v2],
      ['showSnapshotMetadataItemV3', 'GET', v3],
      ['deleteSnapshotMetadataItemV3', 'DELETE', v3],
    ] as const) {
      const answer = await call(operation, 404, method, keyPath('absent', base));
      expect(codeOf(answer)).toBe('EVS.5404');
      expect((answer.json as { itemNotFound: { message: string } }).itemNotFound.message).toContain('The snapshot has no metadata key "absent".');
    }
  });

  it('refuses a body whose key is not the path key: 400 EVS.5400 "Request body and URI mismatch."', async () => {
    const answer = await call('updateSnapshotMetadataItem', 400, 'PUT', keyPath('owner'), { meta: { tier: 'x' } });
    expect(answer.json).toMatchObject({ badRequest: { code: 'EVS.5400' } });
    expect((answer.json as { badRequest: { message: string } }).badRequest.message).toMatch(
      /^Request body and URI mismatch\. The path names the key "owner", the body's meta the key "tier"\.$/,
    );
    expect(await currentMetadata()).toEqual({ owner: 'team-a', tier: 'gold' });
  });

  it('refuses writing a system key with 400 EVS.2047 on POST, PUT and PUT key, and deleting one with 403 EVS.5403', async () => {
    await withSystemKey();
    const writes: [OperationId, string, string, unknown][] = [
      ['createSnapshotMetadata', 'POST', metadataPath(), { metadata: { [systemKey]: 'forged' } }],
      ['updateSnapshotMetadata', 'PUT', metadataPath(), { metadata: { a: '1', [systemKey]: 'forged' } }],
      ['updateSnapshotMetadataItem', 'PUT', keyPath(systemKey), { meta: { [systemKey]: 'forged' } }],
      ['createSnapshotMetadataV3', 'POST', metadataPath(v3), { metadata: { __system__new: 'x' } }],
    ];
    for (const [operation, method, path, body] of writes) {
      const answer = await call(operation, 400, method, path, body);
      expect(codeOf(answer), operation).toBe('EVS.2047');
      expect(answer.text).toContain('the metadata Param is not allowed to be updated!');
    }
    const deleted = await call('deleteSnapshotMetadataItem', 403, 'DELETE', keyPath(systemKey));
    expect(deleted.json).toMatchObject({ forbidden: { code: 'EVS.5403' } });
    expect(deleted.text).toContain('metadata can not be operated.');
    // Readable all along, and unchanged.
    expect((await call('showSnapshotMetadataItem', 200, 'GET', keyPath(systemKey))).json).toEqual({ meta: { [systemKey]: systemValue } });
    expect(await currentMetadata()).toEqual({ owner: 'team-a', tier: 'gold', [systemKey]: systemValue });
  });

  it('refuses with 400 EVS.1005 metadata of 1,048,576 JSON bytes or more after the call, and changes nothing', async () => {
    // A realistic large value: a PEM bundle of base64 certificates, 600 KB, twice.
    const pem = (seed: number): string =>
      Array.from({ length: 8 }, (_, i) => `-----BEGIN CERTIFICATE-----\n${randomBytes(56_000 + seed + i).toString('base64')}\n-----END CERTIFICATE-----\n`).join('');
    const first = pem(0);
    expect((await call('createSnapshotMetadata', 200, 'POST', metadataPath(), { metadata: { 'ca-bundle': first } })).status).toBe(200);
    const before = await currentMetadata();
    // Each body alone is under the limit; merged, the metadata is not.
    const merged = await call('createSnapshotMetadata', 400, 'POST', metadataPath(), { metadata: { 'ca-bundle-next': pem(1) } });
    expect(codeOf(merged)).toBe('EVS.1005');
    expect(merged.text).toMatch(/size of metadata is too large! The snapshot's metadata after this call would be \d+ bytes as JSON; at most 1048575 are allowed\./);
    const item = await call('updateSnapshotMetadataItem', 400, 'PUT', keyPath('ca-bundle-next'), { meta: { 'ca-bundle-next': pem(2) } });
    expect(codeOf(item)).toBe('EVS.1005');
    expect(await currentMetadata()).toEqual(before);
    // PUT replaces: the same second bundle fits once the first is left out.
    expect((await call('updateSnapshotMetadata', 200, 'PUT', metadataPath(), { metadata: { 'ca-bundle-next': pem(1) } })).status).toBe(200);
  });

  it('takes metadata of exactly 1,048,575 JSON bytes after the call, and refuses one byte more', async () => {
    await call('updateSnapshotMetadata', 200, 'PUT', metadataPath(), { metadata: {} });
    // {"a":"…"} is 8 bytes of JSON around the value; with the existing key b it is more.
    await call('createSnapshotMetadata', 200, 'POST', metadataPath(), { metadata: { b: 'x' } });
    const overhead = JSON.stringify({ b: 'x', a: '' }).length;
    const fits = 'y'.repeat(1_048_575 - overhead);
    await call('createSnapshotMetadata', 200, 'POST', metadataPath(), { metadata: { a: fits } });
    const over = await call('updateSnapshotMetadataItem', 400, 'PUT', keyPath('a'), { meta: { a: `${fits}y` } });
    expect(codeOf(over)).toBe('EVS.1005');
  });

  it('reads and writes keys with spaces, colons, slashes and non-ASCII letters, percent-encoded in the path', async () => {
    const keys = ['cost center', 'backup:policy', 'a/b', 'Größe', '日本語 キー', '%41', '__proto__'];
    for (const [index, key] of keys.entries()) {
      const value = `value ${index}`;
      expect((await call('updateSnapshotMetadataItem', 200, 'PUT', keyPath(key), { meta: { [key]: value } })).json).toEqual({ meta: { [key]: value } });
      expect((await call('showSnapshotMetadataItemV3', 200, 'GET', keyPath(key, v3))).json).toEqual({ meta: { [key]: value } });
    }
    const all = await currentMetadata();
    for (const key of keys) expect(Object.hasOwn(all, key), key).toBe(true);
    for (const key of keys) await call('deleteSnapshotMetadataItem', 200, 'DELETE', keyPath(key));
    expect(await currentMetadata()).toEqual({ owner: 'team-a', tier: 'gold' });
  });

  it.each([
    [
      'a value that is not a string',
      'POST',
      'metadata',
      { metadata: { retain: 30 } },
      'EVS.1018',
      /^Type conversion error, parameter type is unexpected\. metadata\.retain must be string/,
    ],
    [
      'an item value that is not a string',
      'PUT',
      'owner',
      { meta: { owner: ['a'] } },
      'EVS.1018',
      /^Type conversion error, parameter type is unexpected\. meta\.owner must be string/,
    ],
    ['no metadata', 'PUT', 'metadata', { meta: { a: 'b' } }, 'EVS.5400', /^Malformed request body\. /],
    ['an empty meta', 'PUT', 'owner', { meta: {} }, 'EVS.5400', /^Malformed request body\. meta /],
    ['two items in meta', 'PUT', 'owner', { meta: { owner: 'a', tier: 'b' } }, 'EVS.5400', /^Malformed request body\. meta /],
    ['a body of 1 MiB of metadata on its own', 'POST', 'metadata', { metadata: { blob: 'z'.repeat(1_048_576) } }, 'EVS.1005', /^size of metadata is too large!/],
  ] as const)('refuses %s (%s on %s) with 400 and the code of its rule, changing nothing', async (_case, method, where, body, code, message) => {
    const path = where === 'metadata' ? metadataPath() : keyPath(where);
    const operation: OperationId = where === 'metadata' ? (method === 'POST' ? 'createSnapshotMetadata' : 'updateSnapshotMetadata') : 'updateSnapshotMetadataItem';
    const answer = await call(operation, 400, method, path, body);
    expect(answer.json).toMatchObject({ badRequest: { code } });
    expect((answer.json as { badRequest: { message: string } }).badRequest.message).toMatch(message);
    expect(await currentMetadata()).toEqual({ owner: 'team-a', tier: 'gold' });
  });

  it('answers the six calls of a snapshot that does not exist with 404 EVS.5404', async () => {
    const absent = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';
    const answer = await call('showSnapshotMetadata', 404, 'GET', `${v2}/${absent}/metadata`);
    expect(codeOf(answer)).toBe('EVS.5404');
    expect(codeOf(await call('deleteSnapshotMetadataItemV3', 404, 'DELETE', `${v3}/${absent}/metadata/owner`))).toBe('EVS.5404');
  });
});

describe('dot-segment keys on a real socket', () => {
  const rawRequest = (method: string, path: string): string =>
    `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: ${token}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`;

  it.each(['..', '%2e%2e', '%2E%2E', '.', '%2e', '.%2E'])('refuses DELETE …/metadata/%s with 400 and leaves the snapshot and its metadata alone', async (segment) => {
    const port = Number(new URL(await emulator.listen()).port);
    for (const base of [v2, v3]) {
      const answer = await rawExchange(port, rawRequest('DELETE', `${base}/${snapshotId}/metadata/${segment}`));
      expect(answer.status, answer.body).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ badRequest: { code: 'EVS.5400' } });
      expect(answer.body).toContain('dot segment');
      const get = await rawExchange(port, rawRequest('GET', `${base}/${snapshotId}/metadata/${segment}`));
      expect(get.status).toBe(400);
    }
    const shown = await send(emulator, 'GET', `${cloud}/${snapshotId}`);
    expect(shown.status).toBe(200);
    expect((shown.json as { snapshot: { status: string; metadata: unknown } }).snapshot).toMatchObject({ status: 'available', metadata: { owner: 'team-a', tier: 'gold' } });
  });
});

describe('dot-segment keys through the fetch face', () => {
  it.each(['..', '%2e%2e', '%2E.', '.'])('refuses fetch(string) DELETE …/metadata/%s with 400 instead of resolving it to the snapshot', async (segment) => {
    for (const base of [v2, v3]) {
      const answer = await send(emulator, 'DELETE', `${base}/${snapshotId}/metadata/${segment}`);
      expect(answer.status, answer.text).toBe(400);
      expect(answer.text).toContain('dot segment');
    }
    const shown = await send(emulator, 'GET', `${cloud}/${snapshotId}`);
    expect((shown.json as { snapshot: { status: string } }).snapshot.status).toBe('available');
  });
});

describe('the dot-segment refusal says what works instead', () => {
  it('names the whole-metadata calls, which do set, read and drop a key ".." carried in the body', async () => {
    const refused = await send(emulator, 'DELETE', `${v2}/${snapshotId}/metadata/..`);
    expect(refused.status, refused.text).toBe(400);
    const message = (refused.json as { badRequest: { message: string } }).badRequest.message;
    expect(message).not.toContain('no key of that name can be');
    expect(message).toContain('POST, PUT or GET of /metadata itself');
    // What the message offers does work: the key travels in the body.
    await call('createSnapshotMetadata', 200, 'POST', metadataPath(), { metadata: { '..': 'dots' } });
    expect(await currentMetadata()).toEqual({ owner: 'team-a', tier: 'gold', '..': 'dots' });
    await call('updateSnapshotMetadata', 200, 'PUT', metadataPath(), { metadata: { owner: 'team-a' } });
    expect(await currentMetadata()).toEqual({ owner: 'team-a' });
  });
});
