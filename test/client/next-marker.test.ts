// Which `next` marker listAllSnapshots follows: the link whose rel is next among others, and only
// a marker that is a UUID; anything else pages on by offset. Served by a fetch function, so the
// links can be exactly what a test needs.
import { describe, expect, it } from 'vitest';
import { createEvsClient } from '../../src/client/index.js';
import { localOptions, projectId } from './fixtures.js';

const ids = ['0a1b2c3d-0000-4000-8000-000000000001', '0a1b2c3d-0000-4000-8000-000000000002', '0a1b2c3d-0000-4000-8000-000000000003'];
const markerX = '9f8e7d6c-0000-4000-8000-00000000000a';
const markerY = '9f8e7d6c-0000-4000-8000-00000000000b';
const href = (marker: string) => `https://evs.example/v2/${projectId}/cloudsnapshots/detail?limit=2&marker=${marker}`;

/** The query of the second list request when the first page, of two snapshots out of three, carries `links`. */
async function secondRequestAfter(links: unknown): Promise<string> {
  const queries: string[] = [];
  const client = createEvsClient(
    localOptions('https://evs.example', {
      fetch: async (input: RequestInfo | URL) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        queries.push(url.search);
        const body = queries.length === 1 ? { count: 3, snapshots: ids.slice(0, 2).map((id) => ({ id })), snapshots_links: links } : { count: 3, snapshots: [{ id: ids[2] }] };
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
      },
    }),
  );
  const seen: string[] = [];
  for await (const snapshot of client.listAllSnapshots({}, { pageSize: 2 })) seen.push(snapshot.id);
  expect(seen).toEqual(ids);
  return queries[1] ?? 'no second request';
}

describe('the next marker', () => {
  it('is taken from the link whose rel is next, not from another link before it', async () => {
    expect(
      await secondRequestAfter([
        { rel: 'self', href: href(markerX) },
        { rel: 'next', href: href(markerY) },
      ]),
    ).toBe(`?marker=${markerY}&limit=2`);
  });

  it('is not followed when it is not a UUID: paging goes on by offset', async () => {
    expect(await secondRequestAfter([{ rel: 'next', href: href('page-2') }])).toBe('?offset=2&limit=2');
  });

  it('is not read from an href that is not a string, even an array that would turn into a link', async () => {
    expect(await secondRequestAfter([{ rel: 'next', href: [href(markerY)] }])).toBe('?offset=2&limit=2');
  });

  it('is not looked for in links that are not objects', async () => {
    expect(await secondRequestAfter(['next', null, { rel: 'next', href: href(markerY) }])).toBe(`?marker=${markerY}&limit=2`);
  });
});
