// Walks every page of a list, lazily: the next page is requested only when the caller asks for
// an item past the current one, and never after the last page.

export interface Page<Item> {
  items: readonly Item[];
  /** Total matches, when the service says. */
  count: number | undefined;
}

export type PageFetcher<Item> = (offset: number, limit: number) => Promise<Page<Item>>;

/** More snapshots than any EVS project's quota allows: a walk this long is a service that never ends its list. */
const maxListedItems = 1_000_000;

/**
 * `onIgnoredOffset` is called (and must throw) when the pages cannot be a walk through one list:
 * a page longer than asked, a snapshot that an earlier page already had, more snapshots than the
 * smallest `count` the service gave, or more than `maxListedItems`. A service that ignores
 * `offset` or `limit` (the Open Telekom Cloud page does not promise to honour them) would
 * otherwise loop for ever or repeat items.
 */
export async function* paginate<Item extends { id: string }>(
  fetchPage: PageFetcher<Item>,
  pageSize: number,
  onIgnoredOffset: (detail: string) => never,
  signal?: AbortSignal,
): AsyncGenerator<Item, void, undefined> {
  let offset = 0;
  // Every id yielded so far: pages A, B, A, B, ... end at the first repeat, however long the cycle.
  const seen = new Set<string>();
  let total: number | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const { items, count } = await fetchPage(offset, pageSize);
    if (items.length > pageSize) onIgnoredOffset(`a page of ${items.length} snapshots came back for limit=${pageSize}`);
    // The smallest count given: a service that raises it on every page cannot extend the walk for ever.
    if (count !== undefined) total = total === undefined ? count : Math.min(total, count);
    for (const item of items) {
      if (seen.has(item.id)) onIgnoredOffset(`the page at offset=${offset} repeats snapshot ${item.id}, which an earlier page had`);
      seen.add(item.id);
      if (total !== undefined && seen.size > total) onIgnoredOffset(`the pages hold more snapshots than the count of ${total} the service gave`);
      if (seen.size > maxListedItems) onIgnoredOffset(`the pages hold more than ${maxListedItems} snapshots, more than any project's quota allows`);
    }
    for (const item of items) {
      yield item;
      signal?.throwIfAborted();
    }
    offset += items.length;
    // A short page is the last; so is reaching the total, which spares one empty request.
    if (items.length < pageSize || (count !== undefined && offset >= count)) return;
  }
}
