// The changes a snapshot goes through on its own (creating -> available, deleting -> gone, ...),
// kept in time order and applied when a request arrives: no timers, so a stopped clock stops the
// lifecycle, and each change costs O(log n) once however often snapshots are read.

interface Entry<T> {
  at: number;
  /** What the change is, as data (the state file keeps it); undefined for a bare callback. */
  data: T | undefined;
  /** Order of scheduling, so that changes due at the same time apply in the order they were made. */
  order: number;
  apply: () => void;
}

export class Timeline<T = unknown> {
  private readonly heap: Entry<T>[] = [];
  private scheduled = 0;

  get size(): number {
    return this.heap.length;
  }

  schedule(at: number, apply: () => void, data?: T): void {
    const heap = this.heap;
    heap.push({ at, data, order: this.scheduled++, apply });
    let child = heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!before(heap[child]!, heap[parent]!)) break;
      [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
      child = parent;
    }
  }

  /** Applies, in order, every change due at `now` or before; returns how many. */
  settle(now: number): number {
    const heap = this.heap;
    let applied = 0;
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
      applied++;
    }
    return applied;
  }

  /** The data of the changes not yet due, in the order they will apply. */
  pending(): T[] {
    return [...this.heap]
      .sort((a, b) => (before(a, b) ? -1 : 1))
      .flatMap((entry) => (entry.data === undefined ? [] : [entry.data]));
  }

  clear(): void {
    this.heap.length = 0;
  }
}

const before = <T>(a: Entry<T>, b: Entry<T>): boolean => a.at < b.at || (a.at === b.at && a.order < b.order);
