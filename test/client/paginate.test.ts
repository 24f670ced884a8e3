// The page walk on its own, against scripted pages: where each page starts, when the walk ends,
// and what it refuses as broken paging, with the words it says it in.
import { describe, expect, it } from 'vitest';
import { type Page, type PagePosition, paginate } from '../../src/client/paginate.js';

type Item = { id: string };
const items = (...ids: string[]): Item[] => ids.map((id) => ({ id }));

/** Walks scripted pages (one per request, in order), recording the positions asked for. */
async function walk(pages: Page<Item>[], pageSize: number, maxItems?: number) {
  const asked: PagePosition[] = [];
  const seen: string[] = [];
  const fetchPage = async (position: PagePosition): Promise<Page<Item>> => {
    asked.push(position);
    const page = pages[asked.length - 1];
    if (!page) throw new Error(`no page scripted for request ${asked.length}`);
    return page;
  };
  const broken = (detail: string): never => {
    throw new Error(`broken paging: ${detail}`);
  };
  let error: unknown;
  try {
    for await (const item of paginate(fetchPage, pageSize, broken, undefined, maxItems)) seen.push(item.id);
  } catch (caught) {
    error = caught;
  }
  return { asked, seen, error: error === undefined ? undefined : (error as Error).message };
}

describe('paginate', () => {
  it('follows next markers, and ends at a short page', async () => {
    const result = await walk(
      [
        { items: items('a', 'b'), count: undefined, nextMarker: 'm1' },
        { items: items('c'), count: undefined },
      ],
      2,
    );
    expect(result).toEqual({ asked: [{ offset: 0 }, { marker: 'm1' }], seen: ['a', 'b', 'c'], error: undefined });
  });

  it('ends at an empty page reached by a marker', async () => {
    const result = await walk(
      [
        { items: items('a', 'b'), count: undefined, nextMarker: 'm1' },
        { items: [], count: undefined },
      ],
      2,
    );
    expect(result).toEqual({ asked: [{ offset: 0 }, { marker: 'm1' }], seen: ['a', 'b'], error: undefined });
  });

  it('refuses a page longer than the limit it asked for', async () => {
    const result = await walk([{ items: items('a', 'b', 'c'), count: undefined }], 2);
    expect(result).toEqual({ asked: [{ offset: 0 }], seen: [], error: 'broken paging: a page of 3 snapshots came back for limit=2' });
  });

  it('names the marker of a page that repeats a snapshot after its first', async () => {
    const result = await walk(
      [
        { items: items('a', 'b'), count: undefined, nextMarker: 'm1' },
        { items: items('c', 'a'), count: undefined },
      ],
      2,
    );
    expect(result.error).toBe('broken paging: the page at marker=m1 repeats snapshot a, which an earlier page had');
  });

  it('asks again by offset when a marker page starts with a snapshot already seen, and then never by marker', async () => {
    const result = await walk(
      [
        { items: items('a', 'b'), count: undefined, nextMarker: 'm1' },
        { items: items('a', 'b'), count: undefined, nextMarker: 'm1' },
        { items: items('c', 'd'), count: undefined, nextMarker: 'm2' },
        { items: [], count: undefined },
      ],
      2,
    );
    expect(result).toEqual({ asked: [{ offset: 0 }, { marker: 'm1' }, { offset: 2 }, { offset: 4 }], seen: ['a', 'b', 'c', 'd'], error: undefined });
  });

  it('keeps the count a page gave when a later page gives none', async () => {
    const result = await walk(
      [
        { items: items('a', 'b'), count: 3 },
        { items: items('c', 'd'), count: undefined },
        { items: [], count: undefined },
      ],
      2,
    );
    expect(result).toEqual({
      asked: [{ offset: 0 }, { offset: 2 }],
      seen: ['a', 'b'],
      error: 'broken paging: the pages hold more snapshots than the count of 3 the service gave',
    });
  });

  it('takes exactly its bound of snapshots, and refuses one more', async () => {
    const full = [
      { items: items('a', 'b'), count: undefined },
      { items: items('c', 'd'), count: undefined },
      { items: [], count: undefined },
    ];
    expect(await walk(full, 2, 4)).toEqual({ asked: [{ offset: 0 }, { offset: 2 }, { offset: 4 }], seen: ['a', 'b', 'c', 'd'], error: undefined });
    const over = [full[0]!, { items: items('c', 'd'), count: undefined }, { items: items('e'), count: undefined }];
    expect((await walk(over, 2, 4)).error).toBe("broken paging: the pages hold more than 4 snapshots, more than any project's quota allows");
  });
});
