// listAllVolumes: the disk list walked page by page, by the next link's marker where it is a disk
// ID and by offset otherwise, against scripted pages.
import { describe, expect, it } from 'vitest';
import { createEvsClient } from '../../src/client/index.js';
import { localOptions } from './fixtures.js';
import { endpoint, ok, type ScriptedReply, scriptedFetch } from './scripted-evs.js';

const ids = ['0a000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000003'];
const disk = (id: string) => ({ id, status: 'available', size: 10, availability_zone: 'eu-de-01', created_at: '2026-01-01T00:00:00.000000' });
const page = (items: string[], next?: string): ScriptedReply =>
  ok({ count: ids.length, volumes: items.map(disk), volumes_links: next === undefined ? [] : [{ rel: 'next', href: next }] });

function walker(replies: ScriptedReply[]) {
  const scripted = scriptedFetch({ 'GET /v2/cloudvolumes/detail': replies });
  return { client: createEvsClient(localOptions(endpoint, { fetch: scripted.fetch })), ...scripted };
}

async function collect(iterable: AsyncIterable<{ id: string }>): Promise<string[]> {
  const seen: string[] = [];
  for await (const item of iterable) seen.push(item.id);
  return seen;
}

describe('listAllVolumes', () => {
  it("follows the marker of the next link (only its marker: the link's host and Cinder path are not used)", async () => {
    const { client, requests } = walker([page(ids.slice(0, 2), `https://elsewhere.example/v2/p/volumes/detail?limit=2&marker=${ids[1]}`), page(ids.slice(2))]);
    expect(await collect(client.listAllVolumes({ status: 'available' }, { pageSize: 2 }))).toEqual(ids);
    expect(requests.map((r) => [r.path.replace(/^\/v2\/\w+/, ''), r.query.toString()])).toEqual([
      ['/cloudvolumes/detail', 'status=available&offset=0&limit=2'],
      ['/cloudvolumes/detail', `status=available&marker=${ids[1]}&limit=2`],
    ]);
  });

  it('pages by offset when the next link has a marker that is not a disk ID', async () => {
    const { client, requests } = walker([page(ids.slice(0, 2), '/v2/p/volumes/detail?marker=not-a-uuid'), page(ids.slice(2))]);
    expect(await collect(client.listAllVolumes({}, { pageSize: 2 }))).toEqual(ids);
    expect(requests.map((r) => r.query.toString())).toEqual(['offset=0&limit=2', 'offset=2&limit=2']);
  });

  it('asks again by offset when a marker page starts with a disk already seen (an ignored marker)', async () => {
    const { client, requests } = walker([page(ids.slice(0, 2), `/x?marker=${ids[1]}`), page(ids.slice(0, 2), `/x?marker=${ids[1]}`), page(ids.slice(2))]);
    expect(await collect(client.listAllVolumes({}, { pageSize: 2 }))).toEqual(ids);
    expect(requests.map((r) => r.query.toString())).toEqual(['offset=0&limit=2', `marker=${ids[1]}&limit=2`, 'offset=2&limit=2']);
  });

  it('refuses marker, offset and limit among the filters at the call (it sets them itself), and names disks in a broken walk', async () => {
    const { client, requests } = walker([page([ids[0] as string, ids[0] as string])]);
    for (const key of ['marker', 'offset', 'limit'])
      expect(() => client.listAllVolumes({ [key]: 1 } as never)).toThrow(expect.objectContaining({ name: 'EvsValidationError', field: `query.${key}` }));
    expect(requests).toEqual([]);
    await expect(collect(client.listAllVolumes({}, { pageSize: 5 }))).rejects.toThrow(`repeats disk ${ids[0]}, which an earlier page had`);
  });
});
