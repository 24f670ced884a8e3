// Walks every page of a list, lazily: the next page is requested only when the caller asks for
// an item past the current one, and never after the last page.

export interface Page<Item> {
  items: readonly Item[];
  /** Total matches, when the service says. */
  count: number | undefined;
}

export type PageFetcher<Item> = (offset: number, limit: number) => Promise<Page<Item>>;

export async function* paginate<Item>(fetchPage: PageFetcher<Item>, pageSize: number, signal?: AbortSignal): AsyncGenerator<Item, void, undefined> {
  let offset = 0;
  for (;;) {
    signal?.throwIfAborted();
    const { items, count } = await fetchPage(offset, pageSize);
    for (const item of items) {
      yield item;
      signal?.throwIfAborted();
    }
    offset += items.length;
    // A short page is the last; so is reaching the total, which spares one empty request.
    if (items.length < pageSize || (count !== undefined && offset >= count)) return;
  }
}
