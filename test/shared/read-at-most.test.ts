// The one bounded read of a byte stream, shared by the client (answers) and the emulator's fetch
// face (requests): the whole stream within the limit, else stop and cancel at the chunk that
// crossed it.
import { describe, expect, it } from 'vitest';
import { readAtMost } from '../../src/shared/read-at-most.js';

/** A stream of the given chunks that records whether it was cancelled; `endless` keeps giving chunks. */
function streamOf(chunks: number[], endless = false): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean; pulled: () => number } {
  let cancelled = false;
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[pulled] ?? (endless ? 1024 : undefined);
      pulled++;
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(pulled));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled, pulled: () => pulled };
}

describe('readAtMost', () => {
  it('returns every byte of a stream within the limit, not over', async () => {
    const { stream, cancelled } = streamOf([3, 4, 5]);
    const { bytes, over } = await readAtMost(stream, 12);
    expect([bytes.byteLength, over, cancelled()]).toEqual([12, false, false]);
    expect([...bytes]).toEqual([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  it('stops an endless stream at the chunk that crosses the limit, cancels it and says over', async () => {
    const { stream, cancelled, pulled } = streamOf([], true);
    const { bytes, over } = await readAtMost(stream, 2500);
    expect([bytes.byteLength, over, cancelled()]).toEqual([3072, true, true]);
    expect(pulled()).toBeLessThanOrEqual(5);
  });

  it('returns an empty stream as no bytes', async () => {
    const { bytes, over } = await readAtMost(streamOf([]).stream, 0);
    expect([bytes.byteLength, over]).toEqual([0, false]);
  });

  it('rejects as the stream does', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('socket reset'));
      },
    });
    await expect(readAtMost(stream, 10)).rejects.toThrow('socket reset');
  });
});
