// The list's order and next link in detail: every sort key in both directions (ties in creation
// order, the whole order reversed for desc), filters that must all hold, and a next link that
// carries the filters and the limit but neither offset nor an old marker.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { manualClock, otherVolumeId, projectId, send, volumeId } from './fixtures.js';

const collection = `/v2/${projectId}/cloudsnapshots`;
interface Listed {
  id: string;
  name: string | null;
  status: string;
  size: number;
  volume_id: string;
  updated_at: string;
}
interface Page {
  count: number;
  snapshots: Listed[];
  snapshots_links?: { href: string; rel: string }[];
}

let emulator: EvsEmulator;
/** Oldest first. */
let made: Listed[];

const page = async (query: string): Promise<Page> => {
  const answer = await send(emulator, 'GET', `${collection}/detail?${query}`);
  expect(answer.status, answer.text).toBe(200);
  return answer.json as Page;
};

beforeAll(async () => {
  // Names, disks and sizes out of creation order and with ties; the last two still creating, the
  // first deleting; the second renamed later, so its updated_at is the newest but one.
  const clock = manualClock();
  emulator = createEvsEmulator({ now: clock.now, seed: 4, delays: { create: 1500, delete: 60_000 }, volumes: [{ id: otherVolumeId, size: 20 }] });
  const specs = [
    { name: 'b', volume: otherVolumeId },
    { name: 'a', volume: volumeId },
    { name: 'c', volume: otherVolumeId },
    { name: 'a', volume: volumeId },
    { volume: volumeId },
    { name: 'b', volume: otherVolumeId },
  ];
  const ids: string[] = [];
  for (const spec of specs) {
    clock.advance(1000);
    const body = { snapshot: { volume_id: spec.volume, ...(spec.name === undefined ? {} : { name: spec.name }) } };
    ids.push(((await send(emulator, 'POST', collection, body)).json as { snapshot: { id: string } }).snapshot.id);
  }
  await send(emulator, 'PUT', `${collection}/${ids[1]}`, { snapshot: { name: 'a' } });
  expect((await send(emulator, 'DELETE', `${collection}/${ids[0]}`)).status).toBe(202);
  made = (await page('')).snapshots.reverse();
});

const byKey: Record<string, (snapshot: Listed, index: number) => string | number> = {
  created_at: (_snapshot, index) => index,
  updated_at: (snapshot) => snapshot.updated_at,
  id: (snapshot) => snapshot.id,
  name: (snapshot) => snapshot.name ?? '',
  status: (snapshot) => snapshot.status,
  size: (snapshot) => snapshot.size,
  volume_id: (snapshot) => snapshot.volume_id,
};

describe('the list sorts', () => {
  it('on data whose every key orders it otherwise than creation does', () => {
    expect(made.map((s) => [s.name, s.status, s.size])).toEqual([
      ['b', 'deleting', 20],
      ['a', 'available', 10],
      ['c', 'available', 20],
      ['a', 'available', 10],
      [null, 'creating', 10],
      ['b', 'creating', 20],
    ]);
    for (const key of Object.keys(byKey).filter((k) => k !== 'created_at')) {
      const ascending = made.map((s, i) => [byKey[key]!(s, i), i] as const).sort(([x, i], [y, j]) => (x < y ? -1 : x > y ? 1 : i - j));
      expect(
        ascending.map(([, i]) => i),
        key,
      ).not.toEqual([0, 1, 2, 3, 4, 5]);
    }
  });

  it.each(Object.keys(byKey).flatMap((key) => ['asc', 'desc'].map((direction) => [key, direction] as const)))('by %s %s, ties in creation order', async (key, direction) => {
    const ascending = made
      .map((snapshot, index) => ({ snapshot, index, value: byKey[key]!(snapshot, index) }))
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.index - b.index))
      .map(({ snapshot }) => snapshot.id);
    const listed = (await page(`sort_key=${key}&sort_dir=${direction}`)).snapshots.map((s) => s.id);
    expect(listed).toEqual(direction === 'asc' ? ascending : ascending.reverse());
  });

  it('newest first when sort_dir is left out, by any key', async () => {
    expect((await page('sort_key=name')).snapshots.map((s) => s.id)).toEqual((await page('sort_key=name&sort_dir=desc')).snapshots.map((s) => s.id));
    expect((await page('sort_dir=desc')).snapshots.map((s) => s.id)).toEqual(made.map((s) => s.id).reverse());
  });

  it('refuses an unknown sort key, showing at most 64 characters of it', async () => {
    const answer = await send(emulator, 'GET', `${collection}/detail?sort_key=${'k'.repeat(100)}`);
    expect([answer.status, answer.json]).toEqual([
      400,
      {
        badRequest: {
          code: 'EVS.1039',
          message: `invalid sort_key! query.sort_key must be one of created_at, updated_at, id, name, status, size, volume_id, got "${'k'.repeat(64)}".`,
        },
      },
    ]);
  });
});

describe('the list filters', () => {
  it('keep a snapshot only when every filter holds', async () => {
    const listed = await page(`name=a&volume_id=${volumeId.toUpperCase()}&sort_dir=asc`);
    expect(listed.snapshots.map((s) => s.id)).toEqual([made[1]!.id, made[3]!.id]);
    expect((await page(`name=a&volume_id=${otherVolumeId}`)).count).toBe(0);
    expect((await page(`name=b&status=creating`)).snapshots.map((s) => s.id)).toEqual([made[5]!.id]);
  });

  it('find none on a dedicated storage pool, named by id or by name', async () => {
    expect((await page('dedicated_storage_name=pool-1')).count).toBe(0);
    expect((await page('dedicated_storage_id=d1')).count).toBe(0);
  });
});

describe('the next link', () => {
  it('keeps the filters and the limit, drops offset and the old marker, and marks the last snapshot of the page', async () => {
    const first = await page(`limit=2&offset=1&sort_dir=asc&marker=${made[0]!.id}`);
    expect(first.snapshots.map((s) => s.id)).toEqual([made[2]!.id, made[3]!.id]);
    const link = new URL(first.snapshots_links?.[0]?.href ?? 'http://none.invalid');
    expect(link.origin + link.pathname).toBe(`http://evs.emulator${collection}/detail`);
    expect([...link.searchParams]).toEqual([
      ['limit', '2'],
      ['sort_dir', 'asc'],
      ['marker', made[3]!.id],
    ]);
    expect((await page(link.search.slice(1))).snapshots.map((s) => s.id)).toEqual([made[4]!.id, made[5]!.id]);
  });

  it('is left out on the page that reaches the last match, and without a limit', async () => {
    expect((await page('limit=2&offset=4')).snapshots_links).toBeUndefined();
    expect((await page('limit=2&offset=3')).snapshots_links).toHaveLength(1);
    expect((await page('limit=2&offset=6')).snapshots_links).toBeUndefined();
  });
});
