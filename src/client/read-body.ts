// Reads a response body to its end without ever holding more than a set number of bytes, counted
// after decompression (fetch inflates gzip and brotli as the bytes arrive), so an endless answer
// or a compression bomb stops at the limit instead of filling the memory.
import { readAtMost } from '../shared/read-at-most.js';

export class BodyTooLarge extends Error {
  constructor(
    readonly limit: number,
    readonly seen: number,
    readonly declared: boolean,
  ) {
    super(
      declared
        ? `its Content-Length of ${seen} bytes exceeds maxResponseBytes (${limit})`
        : `its body exceeds maxResponseBytes (${limit} bytes); reading stopped after ${seen} bytes`,
    );
  }
}

/** The body's bytes; throws BodyTooLarge past `limit`, and whatever the stream throws (abort, timeout, reset). */
export async function readBodyBounded(response: Response, limit: number): Promise<Uint8Array> {
  // A bodiless answer (204, 304) holds nothing to bound, whatever its Content-Length says.
  if (response.body === null) return new Uint8Array(0);
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  // Compressed or not, a declared length above the limit cannot end below it.
  if (Number.isFinite(declared) && declared > limit) {
    await response.body.cancel().catch(() => undefined);
    throw new BodyTooLarge(limit, declared, true);
  }
  // Not compressed and announced within the limit: fetch itself stops at the Content-Length.
  if (Number.isFinite(declared) && !response.headers.has('Content-Encoding'))
    return new Uint8Array(await response.arrayBuffer());
  const { bytes, over } = await readAtMost(response.body, limit);
  if (over) throw new BodyTooLarge(limit, bytes.byteLength, false);
  return bytes;
}
