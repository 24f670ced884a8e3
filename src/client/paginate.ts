// Walks every page of a list, lazily: the next page is requested only when the caller asks for
// an item past the current one, and never after the last page. A page's `next` marker is
// followed when the service gives one; paging falls back to `offset` when there is none, or when
// the service turns out to ignore the marker. The OpenStack-compatible lists, which document no
// `count`, are walked by marker alone (paginateByMarker).

import { isRecord } from '../shared/is-record.js';
import { isUuid } from '../shared/uuid.js';

/** Items a walk asks for per page when the caller gives no pageSize. */
export const defaultPageSize = 100;

export interface Page<Item> {
  items: readonly Item[];
  /** Total matches, when the service says. */
  count: number | undefined;
  /** The marker of the service's `next` link, when it gave one. */
  nextMarker?: string | undefined;
}

/** Where the next page starts: after a marker, or at an offset. */
export type PagePosition = { marker: string } | { offset: number };

export type PageFetcher<Item> = (position: PagePosition, limit: number) => Promise<Page<Item>>;

/** More snapshots (or disks) than any quota allows: a walk this long is a service that never ends its list. */
const maxListedItems = 1_000_000;

/**
 * `onBrokenPaging` is called (and must throw) when the pages cannot be a walk through one list:
 * a page longer than asked, a snapshot that an earlier page already had, more snapshots than the
 * smallest `count` the service gave, or more than `maxListedItems`. A service that ignores
 * `offset` or `limit` (the Open Telekom Cloud page does not promise to honour them) would
 * otherwise loop for ever or repeat items. A marker page that starts with a snapshot already seen
 * is taken as an ignored marker instead: the same page is asked for again by offset, once.
 */
export async function* paginate<Item extends { id: string }>(
  fetchPage: PageFetcher<Item>,
  pageSize: number,
  onBrokenPaging: (detail: string) => never,
  signal?: AbortSignal,
  /** The walk's bound, `maxListedItems` unless a test sets a smaller one. */
  maxItems: number = maxListedItems,
  /** What the list holds, as the broken-paging reports name it. */
  items: string = 'snapshots',
): AsyncGenerator<Item, void, undefined> {
  const one = items.replace(/s$/, '');
  let offset = 0;
  let marker: string | undefined;
  let markersIgnored = false;
  // Every id yielded so far: pages A, B, A, B, ... end at the first repeat, however long the cycle.
  const seen = new Set<string>();
  let total: number | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const position: PagePosition = marker === undefined ? { offset } : { marker };
    const { items: page, count, nextMarker } = await fetchPage(position, pageSize);
    if (marker !== undefined && page[0] !== undefined && seen.has(page[0].id)) {
      markersIgnored = true;
      marker = undefined;
      continue;
    }
    const where = marker === undefined ? `offset=${offset}` : `marker=${marker}`;
    if (page.length > pageSize) onBrokenPaging(`a page of ${page.length} ${items} came back for limit=${pageSize}`);
    // The smallest count given: a service that raises it on every page cannot extend the walk for ever.
    if (count !== undefined) total = total === undefined ? count : Math.min(total, count);
    for (const item of page) {
      if (seen.has(item.id))
        onBrokenPaging(`the page at ${where} repeats ${one} ${item.id}, which an earlier page had`);
      seen.add(item.id);
      if (total !== undefined && seen.size > total)
        onBrokenPaging(`the pages hold more ${items} than the count of ${total} the service gave`);
      if (seen.size > maxItems)
        onBrokenPaging(`the pages hold more than ${maxItems} ${items}, more than any project's quota allows`);
    }
    for (const item of page) {
      yield item;
      signal?.throwIfAborted();
    }
    offset += page.length;
    // A short page is the last; so is reaching the total, which spares one empty request.
    if (page.length < pageSize || (count !== undefined && offset >= count)) return;
    marker = markersIgnored ? undefined : nextMarker;
  }
}

/**
 * The marker of the page's `next` link (`snapshots_links`, `volumes_links`). Only the marker is taken, never the
 * link's host or path: requests stay on the configured endpoint and the vendor path (the Open Telekom Cloud
 * examples link to the OpenStack-compatible paths instead). A marker that is not a UUID is not one the service gave
 * for this list: paging goes on by offset.
 */
export function nextMarkerOf(links: unknown): string | undefined {
  const link = Array.isArray(links)
    ? links.find((candidate: unknown) => isRecord(candidate) && candidate.rel === 'next')
    : undefined;
  if (!isRecord(link) || typeof link.href !== 'string') return undefined;
  try {
    const marker = new URL(link.href, 'http://link.invalid').searchParams.get('marker');
    return isUuid(marker) ? marker : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The walk of an OpenStack-compatible list, by `marker` only (its pages document no `count`): the marker of the
 * page's `next` link when it has one, else the last item's ID while pages come back full; a short page without a
 * next link, or an empty page, is the last. `onBrokenPaging` is called (and must throw) for a page longer than
 * asked, an item an earlier page had, a marker the walk already sent, or more than `maxItems` items: every page
 * that does not end the walk adds new items, so the walk is bounded.
 */
export async function* paginateByMarker<Item extends { id: string }>(
  fetchPage: (marker: string | undefined, limit: number) => Promise<Page<Item>>,
  pageSize: number,
  onBrokenPaging: (detail: string) => never,
  signal?: AbortSignal,
  maxItems: number = maxListedItems,
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set<string>();
  const markersSent = new Set<string>();
  let marker: string | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const { items: page, nextMarker } = await fetchPage(marker, pageSize);
    const where = marker === undefined ? 'the first page' : `the page after marker=${marker}`;
    if (page.length > pageSize) onBrokenPaging(`a page of ${page.length} snapshots came back for limit=${pageSize}`);
    for (const item of page) {
      if (seen.has(item.id)) onBrokenPaging(`${where} repeats snapshot ${item.id}, which an earlier page had`);
      seen.add(item.id);
      if (seen.size > maxItems)
        onBrokenPaging(`the pages hold more than ${maxItems} snapshots, more than any project's quota allows`);
    }
    for (const item of page) {
      yield item;
      signal?.throwIfAborted();
    }
    const last = page.at(-1);
    if (last === undefined) return;
    const next = nextMarker ?? (page.length < pageSize ? undefined : last.id);
    if (next === undefined) return;
    if (markersSent.has(next)) onBrokenPaging(`the service gave marker=${next} again after ${where}`);
    markersSent.add(next);
    marker = next;
  }
}
