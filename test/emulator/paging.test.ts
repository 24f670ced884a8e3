// The list: every documented filter, `count` of all matches whatever the page, offset and marker
// paging that visit each snapshot once, newest first by default, and next links that work.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { manualClock, otherVolumeId, projectId, send, violations, volumeId } from './fixtures.js';

const collection = `/v2/${projectId}/cloudsnapshots`;
interface Page {
  count: number;
  snapshots: { id: string; name: string | null; status: string; volume_id: string; service_type: string }[];
  snapshots_links?: { href: string; rel: string }[];
}

let emulator: EvsEmulator;
/** Newest first: 25 snapshots, one a second; every fifth on the other disk, names s00..s24. */
let ids: string[];

beforeAll(async () => {
  const clock = manualClock();
  emulator = createEvsEmulator({ now: clock.now, seed: 9, volumes: [{ id: otherVolumeId, availabilityZone: 'eu-de-02' }] });
  const made: string[] = [];
  for (let i = 0; i < 25; i++) {
    if (i > 0) clock.advance(1000);
    const answer = await send(emulator, 'POST', collection, { snapshot: { volume_id: i % 5 === 0 ? otherVolumeId : volumeId, name: `s${String(i).padStart(2, '0')}` } });
    made.push((answer.json as { snapshot: { id: string } }).snapshot.id);
  }
  // The last one is still creating; the others are available.
  ids = made.reverse();
});

const page = async (query: string): Promise<Page> => {
  const answer = await send(emulator, 'GET', `${collection}/detail${query === '' ? '' : `?${query}`}`);
  expect(answer.status, answer.text).toBe(200);
  expect(violations('listSnapshots', answer)).toEqual([]);
  return answer.json as Page;
};

describe('the list', () => {
  it('counts every match, lists newest first, and gives no link without limit', async () => {
    const all = await page('');
    expect([all.count, all.snapshots.map((s) => s.id), all.snapshots_links]).toEqual([25, ids, undefined]);
    expect(all.snapshots[0]).toMatchObject({ status: 'creating', service_type: 'EVS' });
  });

  it('pages by offset: count stays the total, each snapshot comes once', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 25; offset += 10) {
      const next = await page(`limit=10&offset=${offset}`);
      expect(next.count).toBe(25);
      seen.push(...next.snapshots.map((s) => s.id));
    }
    expect(seen).toEqual(ids);
    expect((await page('limit=10&offset=30')).snapshots).toEqual([]);
  });

  it('follows next links (limit and the marker of the last item) to the end, then gives none', async () => {
    const seen: string[] = [];
    let query = `limit=10&volume_id=${volumeId}`;
    for (let hops = 0; hops < 10; hops++) {
      const next = await page(query);
      seen.push(...next.snapshots.map((s) => s.id));
      const link = next.snapshots_links?.find((l) => l.rel === 'next');
      if (!link) break;
      const url = new URL(link.href);
      expect(url.pathname).toBe(`${collection}/detail`);
      expect(url.searchParams.get('marker')).toBe(next.snapshots.at(-1)?.id);
      expect(url.searchParams.get('volume_id')).toBe(volumeId);
      query = url.search.slice(1);
    }
    expect(seen).toEqual(ids.filter((_, i) => (24 - i) % 5 !== 0));
  });

  it('starts after the marker, as the OpenStack-compatible list documents', async () => {
    expect((await page(`marker=${ids[4]}&limit=3`)).snapshots.map((s) => s.id)).toEqual(ids.slice(5, 8));
  });

  it.each([
    ['name', 'name=s07', (s: number) => s === 7],
    ['status', 'status=creating', (s: number) => s === 24],
    ['volume_id', `volume_id=${otherVolumeId}`, (s: number) => s % 5 === 0],
    ['availability_zone', 'availability_zone=eu-de-02', (s: number) => s % 5 === 0],
    ['id, repeated', 'id=SELF3&id=SELF9', (s: number) => s === 21 || s === 15],
    ['service_type', 'service_type=EVS', () => true],
    ['service_type of another kind', 'service_type=DSS', () => false],
    ['dedicated_storage_id (no emulated snapshot is on one)', 'dedicated_storage_id=d1', () => false],
    ['enterprise_project_id=all_granted_eps', 'enterprise_project_id=all_granted_eps', () => true],
    ['enterprise_project_id of the default project', 'enterprise_project_id=0', () => true],
    ['enterprise_project_id of another', 'enterprise_project_id=e1', () => false],
  ])('filters by %s, and counts the matches', async (_name, raw, keep) => {
    const query = raw.replace('SELF3', ids[3]!).replace('SELF9', ids[9]!);
    const expected = ids.filter((_, i) => keep(24 - i));
    const result = await page(`${query}&limit=2`);
    expect(result.count).toBe(expected.length);
    expect(result.snapshots.map((s) => s.id)).toEqual(expected.slice(0, 2));
  });

  it('sorts by another key and direction when asked', async () => {
    const ascending = await page('sort_key=name&sort_dir=asc&limit=3');
    expect(ascending.snapshots.map((s) => s.name)).toEqual(['s00', 's01', 's02']);
    expect((await page('sort_key=created_at&sort_dir=asc&limit=2')).snapshots.map((s) => s.id)).toEqual([ids[24], ids[23]]);
  });
});

describe('paging a large project', () => {
  it('pages 1200 snapshots by marker and by offset, each once, newest first', async () => {
    const big = createEvsEmulator({ delays: { create: 0 }, seed: 1 });
    for (let i = 0; i < 1200; i++) await send(big, 'POST', collection, { snapshot: { volume_id: volumeId } });
    const newestFirst = big.state().projects[projectId]!.snapshots.map((s) => String(s.id));
    const byMarker: string[] = [];
    let query = 'limit=500';
    for (let hops = 0; hops < 5 && query; hops++) {
      const answer = (await send(big, 'GET', `${collection}/detail?${query}`)).json as Page;
      byMarker.push(...answer.snapshots.map((s) => s.id));
      query = answer.snapshots_links ? new URL(answer.snapshots_links[0]!.href).search.slice(1) : '';
    }
    expect(byMarker).toEqual(newestFirst);
    const last = (await send(big, 'GET', `${collection}/detail?limit=500&offset=1000`)).json as Page;
    expect(last.snapshots.map((s) => s.id)).toEqual(newestFirst.slice(1000));
    // Without a limit: the default page of 1000, and no next link (the reference gives one only with a limit).
    const unlimited = (await send(big, 'GET', `${collection}/detail`)).json as Page;
    expect([unlimited.count, unlimited.snapshots.length, unlimited.snapshots_links]).toEqual([1200, 1000, undefined]);
  });

  it('keeps 1200 ties (no names) in creation order, in both directions', async () => {
    const big = createEvsEmulator({ delays: { create: 0 }, seed: 2 });
    for (let i = 0; i < 1200; i++) await send(big, 'POST', collection, { snapshot: { volume_id: volumeId } });
    const newestFirst = big.state().projects[projectId]!.snapshots.map((s) => String(s.id));
    const sorted = async (direction: string) => {
      const ids: string[] = [];
      for (const offset of [0, 1000])
        ids.push(...((await send(big, 'GET', `${collection}/detail?sort_key=name&sort_dir=${direction}&limit=1000&offset=${offset}`)).json as Page).snapshots.map((s) => s.id));
      return ids;
    };
    expect(await sorted('desc')).toEqual(newestFirst);
    expect(await sorted('asc')).toEqual([...newestFirst].reverse());
  });
});
