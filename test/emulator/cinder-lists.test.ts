// The OpenStack-compatible lists (/v2 and /v3, summary and detail): the fields of each kind of
// item, the cloudsnapshots order, marker/offset/limit paging whose next links visit every snapshot
// once, the refusals of their query, and the v3 extras (sort_dir, sort_key, `~` filters, with_count).
import { beforeAll, describe, expect, it } from 'vitest';
import type { OperationId } from '../../src/contract/scenarios.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { type Exchange, manualClock, otherVolumeId, projectId, send, violations, volumeId } from './exchange.js';

const cloud = `/v2/${projectId}/cloudsnapshots`;
const v2 = `/v2/${projectId}/snapshots`;
const v3 = `/v3/${projectId}/snapshots`;
const total = 250;
interface Page {
  snapshots: Record<string, unknown>[];
  snapshots_links?: { href: string; rel: string }[];
  count?: number;
}

let emulator: EvsEmulator;
/** Newest first, as cloudsnapshots lists them. */
let newestFirst: string[];
let names: Map<string, string>;

beforeAll(async () => {
  const clock = manualClock();
  emulator = createEvsEmulator({ now: clock.now, seed: 21, maxSnapshots: 1000, delays: { create: 0, delete: 0, rollback: 0 } });
  names = new Map();
  const made: string[] = [];
  for (let i = 0; i < total; i++) {
    clock.advance(1000);
    // Names out of creation order, some alike but for case: Backup-…, backup-…, daily-….
    const name = `${['Backup', 'backup', 'daily'][i % 3]}-${String((i * 37) % total).padStart(3, '0')}`;
    const answer = await send(emulator, i % 2 ? 'POST' : 'POST', i % 2 ? v2 : cloud, { snapshot: { volume_id: i % 4 === 0 ? otherVolumeId : volumeId, name } });
    expect(answer.status, answer.text).toBe(202);
    const id = (answer.json as { snapshot: { id: string } }).snapshot.id;
    made.push(id);
    names.set(id, name);
  }
  clock.advance(1000);
  newestFirst = made.reverse();
});

async function list(operation: OperationId, path: string, status = 200): Promise<Exchange> {
  const answer = await send(emulator, 'GET', path);
  expect(answer.status, answer.text).toBe(status);
  expect(violations(operation, answer)).toEqual([]);
  return answer;
}
const page = async (operation: OperationId, path: string): Promise<Page> => (await list(operation, path)).json as Page;
const idsOf = (body: Page): string[] => body.snapshots.map((item) => item.id as string);
const codeOf = (answer: Exchange): string | undefined => Object.values(answer.json as Record<string, { code?: string }>)[0]?.code;

const lists: [OperationId, string][] = [
  ['listCinderSnapshots', v2],
  ['listCinderSnapshotsDetail', `${v2}/detail`],
  ['listCinderSnapshotsV3', v3],
  ['listCinderSnapshotsDetailV3', `${v3}/detail`],
];

describe('the Cinder lists', () => {
  it('list every snapshot of cloudsnapshots in its order, without a link or a count unless asked', async () => {
    const cloudIds = idsOf((await send(emulator, 'GET', `${cloud}/detail`)).json as Page);
    expect(cloudIds).toEqual(newestFirst);
    for (const [operation, path] of lists) {
      const body = await page(operation, path);
      expect(idsOf(body), operation).toEqual(newestFirst);
      expect(body, operation).not.toHaveProperty('snapshots_links');
      expect(body, operation).not.toHaveProperty('count');
    }
  });

  it('give summary items without the extended attributes, detail items with them, and neither service_type', async () => {
    const summary = (await page('listCinderSnapshots', `${v2}?limit=1`)).snapshots[0]!;
    expect(Object.keys(summary).sort()).toEqual(['created_at', 'description', 'id', 'metadata', 'name', 'size', 'status', 'updated_at', 'volume_id']);
    const detail = (await page('listCinderSnapshotsDetailV3', `${v3}/detail?limit=1`)).snapshots[0]!;
    expect(detail).toMatchObject({ 'os-extended-snapshot-attributes:progress': '100%', 'os-extended-snapshot-attributes:project_id': projectId });
    expect(detail).not.toHaveProperty('service_type');
    const shown = (await send(emulator, 'GET', `${v2}/${detail.id as string}`)).json as { snapshot: unknown };
    expect(detail).toEqual(shown.snapshot);
  });

  it.each(lists)('%s: following next links from limit=7 visits each of the 250 snapshots once, in order', async (operation, path) => {
    const seen: string[] = [];
    let next: string | undefined = `${path}?limit=7`;
    let pages = 0;
    while (next !== undefined && pages <= total) {
      const body = await page(operation, next);
      pages++;
      seen.push(...idsOf(body));
      const link = body.snapshots_links?.[0];
      if (link) {
        expect(link.rel).toBe('next');
        const url = new URL(link.href);
        expect(url.origin).toBe('http://evs.emulator');
        expect(url.searchParams.get('limit')).toBe('7');
        expect(url.searchParams.get('marker')).toBe(seen.at(-1));
        next = `${url.pathname}${url.search}`;
      } else next = undefined;
    }
    expect(pages).toBe(Math.ceil(total / 7));
    expect(seen).toEqual(newestFirst);
  });

  it('pages a filtered list after the marker, then by offset, and keeps the filter in the next link', async () => {
    const onOther = newestFirst.filter((_, index) => (total - 1 - index) % 4 === 0);
    const first = await page('listCinderSnapshotsDetail', `${v2}/detail?volume_id=${otherVolumeId}&limit=10&offset=5`);
    expect(idsOf(first)).toEqual(onOther.slice(5, 15));
    const link = new URL(first.snapshots_links![0]!.href);
    expect(link.searchParams.get('volume_id')).toBe(otherVolumeId);
    expect(link.searchParams.has('offset')).toBe(false);
    const second = await page('listCinderSnapshotsDetail', `${link.pathname}${link.search}`);
    expect(idsOf(second)).toEqual(onOther.slice(15, 25));
    const afterMarkerAndOffset = await page('listCinderSnapshots', `${v2}?volume_id=${otherVolumeId}&marker=${onOther[2]}&offset=3&limit=4`);
    expect(idsOf(afterMarkerAndOffset)).toEqual(onOther.slice(6, 10));
  });

  it('refuses a marker that names no snapshot of the list with 400 EVS.1024, and a marker that is no UUID too', async () => {
    const unknown = await list('listCinderSnapshots', `${v2}?marker=f9faf7df-fdc1-4093-9ef3-5cba06eef995`, 400);
    expect(codeOf(unknown)).toBe('EVS.1024');
    // A snapshot that exists but is filtered out is not in this list.
    const filteredOut = await list('listCinderSnapshotsV3', `${v3}?volume_id=${otherVolumeId}&marker=${newestFirst[0]}`, 400);
    expect(codeOf(filteredOut)).toBe('EVS.1024');
    expect(codeOf(await list('listCinderSnapshotsDetail', `${v2}/detail?marker=snap-1`, 400))).toBe('EVS.1024');
  });

  it('refuses a limit past 1000 (EVS.2142), below 1 (EVS.1023) and a query parameter the list does not take', async () => {
    expect(codeOf(await list('listCinderSnapshots', `${v2}?limit=1001`, 400))).toBe('EVS.2142');
    expect(codeOf(await list('listCinderSnapshotsV3', `${v3}?limit=0`, 400))).toBe('EVS.1023');
    const v2Sort = await list('listCinderSnapshots', `${v2}?sort_dir=asc`, 400);
    expect(codeOf(v2Sort)).toBe('EVS.5400');
    expect(codeOf(await list('listCinderSnapshotsDetailV3', `${v3}/detail?availability_zone=eu-de-01`, 400))).toBe('EVS.5400');
    expect(codeOf(await list('listCinderSnapshotsV3', `${v3}?sort_dir=up`, 400))).toBe('EVS.1040');
  });

  it('v3: sort_dir=asc turns the order, sort_key=name sorts by name (ties in creation order)', async () => {
    expect(idsOf(await page('listCinderSnapshotsV3', `${v3}?sort_dir=asc`))).toEqual([...newestFirst].reverse());
    expect(idsOf(await page('listCinderSnapshotsDetailV3', `${v3}/detail?sort_dir=asc`))).toEqual([...newestFirst].reverse());
    const byName = [...newestFirst].reverse().sort((a, b) => (names.get(a)! < names.get(b)! ? -1 : names.get(a)! > names.get(b)! ? 1 : 0));
    expect(idsOf(await page('listCinderSnapshotsV3', `${v3}?sort_key=name&sort_dir=asc`))).toEqual(byName);
    // Paging by name: the marker is a position in the sorted list.
    const first = await page('listCinderSnapshotsV3', `${v3}?sort_key=name&sort_dir=asc&limit=100`);
    const link = new URL(first.snapshots_links![0]!.href);
    expect(link.searchParams.get('sort_key')).toBe('name');
    expect(idsOf(await page('listCinderSnapshotsV3', `${link.pathname}${link.search}`))).toEqual(byName.slice(100, 200));
    expect(codeOf(await list('listCinderSnapshotsV3', `${v3}?sort_key=colour`, 400))).toBe('EVS.1039');
  });

  it('v3: name~ matches a part of the name in either case; status~ and volume_id~ match parts too', async () => {
    const backups = newestFirst.filter((id) => names.get(id)!.toLowerCase().startsWith('backup'));
    expect(idsOf(await page('listCinderSnapshotsV3', `${v3}?${new URLSearchParams({ 'name~': 'ACKU' })}`))).toEqual(backups);
    const exact = newestFirst.filter((id) => names.get(id) === 'backup-037');
    expect(exact).toHaveLength(1);
    // name (without ~) is exact, case and all.
    expect(idsOf(await page('listCinderSnapshotsV3', `${v3}?name=backup-037`))).toEqual(exact);
    expect(idsOf(await page('listCinderSnapshotsV3', `${v3}?name=BACKUP-037`))).toEqual([]);
    expect(idsOf(await page('listCinderSnapshotsV3', `${v3}?${new URLSearchParams({ 'status~': 'AVAIL' })}`))).toEqual(newestFirst);
    const onOther = idsOf(await page('listCinderSnapshotsV3', `${v3}?${new URLSearchParams({ 'volume_id~': otherVolumeId.slice(4, 16).toUpperCase() })}`));
    expect(onOther).toHaveLength(Math.ceil(total / 4));
  });

  it('v3: with_count=true adds the count of every match, whatever the page; with_count=false or v2 gives none', async () => {
    const counted = await page('listCinderSnapshotsV3', `${v3}?with_count=true&limit=5&${new URLSearchParams({ 'name~': 'daily' })}`);
    expect(counted.count).toBe(newestFirst.filter((id) => names.get(id)!.startsWith('daily')).length);
    expect(counted.snapshots).toHaveLength(5);
    expect(await page('listCinderSnapshotsV3', `${v3}?with_count=false&limit=5`)).not.toHaveProperty('count');
    // The next link keeps the ~ filter and with_count: the second page counts the same matches.
    const link = new URL(counted.snapshots_links![0]!.href);
    const second = await page('listCinderSnapshotsV3', `${link.pathname}${link.search}`);
    const dailies = newestFirst.filter((id) => names.get(id)!.startsWith('daily'));
    expect(idsOf(second)).toEqual(dailies.slice(5, 10));
    expect(second.count).toBe(dailies.length);
  });

  it('v3: reads the OpenStack-API-Version header without enforcing it', async () => {
    for (const version of ['volume 3.0', 'volume 3.50', 'volume latest']) {
      const answer = await send(emulator, 'GET', `${v3}?${new URLSearchParams({ 'name~': 'daily', with_count: 'true' })}`, undefined, { 'OpenStack-API-Version': version });
      expect(answer.status, answer.text).toBe(200);
      expect((answer.json as Page).count).toBeGreaterThan(0);
    }
  });
});
