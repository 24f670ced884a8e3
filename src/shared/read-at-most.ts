// Reads a stream of bytes to its end, or until it passes a limit, so that no answer or request
// body, however long (or endless), is held whole: at most the limit plus the one chunk that
// crossed it. The client refuses such an answer; the emulator hands the bytes to its screen,
// which refuses such a request with 413.

export interface BoundedBytes {
  /** What was read: the whole stream, or, when `over`, the bytes up to and with the chunk that crossed the limit. */
  bytes: Uint8Array;
  /** The stream held more than `limit` bytes; the rest was not read (the stream is cancelled). */
  over: boolean;
}

/**
 * The stream's bytes, stopping (and cancelling it) at the first
 * chunk that takes them past `limit`; rejects as the stream does.
 */
export async function readAtMost(stream: ReadableStream<Uint8Array>, limit: number): Promise<BoundedBytes> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: joined(chunks, total), over: false };
    chunks.push(value);
    total += value.byteLength;
    if (total > limit) {
      // Nothing more is wanted from it; a stream that fails to cancel has nothing to give either.
      await reader.cancel().catch(() => undefined);
      return { bytes: joined(chunks, total), over: true };
    }
  }
}

function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
