// The changes a snapshot goes through on its own (creating -> available, deleting -> gone, ...),
// kept in time order and applied when a request arrives: no timers, so a stopped clock stops the
// lifecycle, and each change costs O(log n) once however often snapshots are read.

interface Entry {
  at: number;
  /** Order of scheduling, so that changes due at the same time apply in the order they were made. */
  order: number;
  apply: () => void;
}

export class Timeline {
  private readonly heap: Entry[] = [];
  private scheduled = 0;

  get size(): number {
    return this.heap.length;
  }

  schedule(at: number, apply: () => void): void {
    const heap = this.heap;
    heap.push({ at, order: this.scheduled++, apply });
    let child = heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!before(heap[child]!, heap[parent]!)) break;
      [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
      child = parent;
    }
  }

  /** Applies, in order, every change due at `now` or before. */
  settle(now: number): void {
    const heap = this.heap;
    while (heap.length > 0 && heap[0]!.at <= now) {
      const first = heap[0]!;
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        let parent = 0;
        for (;;) {
          const left = 2 * parent + 1;
          const right = left + 1;
          let smallest = parent;
          if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
          if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
          if (smallest === parent) break;
          [heap[smallest], heap[parent]] = [heap[parent]!, heap[smallest]!];
          parent = smallest;
        }
      }
      first.apply();
    }
  }

  clear(): void {
    this.heap.length = 0;
  }
}

const before = (a: Entry, b: Entry): boolean => a.at < b.at || (a.at === b.at && a.order < b.order);
