// Walks every page of a list, lazily: the next page is requested only when the caller asks for
// an item past the current one, and never after the last page.

export interface Page<Item> {
  items: readonly Item[];
  /** Total matches, when the service says. */
  count: number | undefined;
}

export type PageFetcher<Item> = (offset: number, limit: number) => Promise<Page<Item>>;

/**
 * `onIgnoredOffset` is called (and must throw) when a page repeats the previous one or is longer
 * than asked: the service ignores `offset` or `limit`, which the Open Telekom Cloud page does not
 * promise to honour, and paging on would loop or repeat items.
 */
export async function* paginate<Item extends { id: string }>(
  fetchPage: PageFetcher<Item>,
  pageSize: number,
  onIgnoredOffset: (detail: string) => never,
  signal?: AbortSignal,
): AsyncGenerator<Item, void, undefined> {
  let offset = 0;
  let previous = new Set<string>();
  for (;;) {
    signal?.throwIfAborted();
    const { items, count } = await fetchPage(offset, pageSize);
    if (items.length > pageSize) onIgnoredOffset(`a page of ${items.length} snapshots came back for limit=${pageSize}`);
    if (offset > 0 && items.length > 0 && previous.has(items[0]!.id)) onIgnoredOffset(`the page at offset=${offset} starts with a snapshot of the previous page`);
    previous = new Set(items.map((item) => item.id));
    for (const item of items) {
      yield item;
      signal?.throwIfAborted();
    }
    offset += items.length;
    // A short page is the last; so is reaching the total, which spares one empty request.
    if (items.length < pageSize || (count !== undefined && offset >= count)) return;
  }
}
