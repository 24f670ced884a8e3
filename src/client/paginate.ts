// Walks every page of a list, lazily: the next page is requested only when the caller asks for
// an item past the current one, and never after the last page. A page's `next` marker is
// followed when the service gives one; paging falls back to `offset` when there is none, or when
// the service turns out to ignore the marker.

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
