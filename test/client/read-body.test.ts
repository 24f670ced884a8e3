// The bounded body reader on its own: the limit to the byte, declared or streamed, the message
// that says which, and the bytes in order however they arrive.
import { describe, expect, it } from 'vitest';
import { BodyTooLarge, readBodyBounded } from '../../src/client/read-body.js';

/** A response whose body arrives in these chunks; `cancelled` tells whether the reader gave up on it. */
function streamed(chunks: number[][], headers: Record<string, string> = {}) {
  const state = { cancelled: false, pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[state.pulled++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(Uint8Array.from(chunk));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), state };
}

const failure = async (promise: Promise<unknown>): Promise<BodyTooLarge> => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BodyTooLarge);
  return error as BodyTooLarge;
};

describe('readBodyBounded', () => {
  it('joins the chunks of a streamed body in order, up to exactly the limit', async () => {
    const { response } = streamed([[1, 2], [3], [4, 5]]);
    expect([...(await readBodyBounded(response, 5))]).toEqual([1, 2, 3, 4, 5]);
  });

  it('returns a body of one chunk as it is, without copying it', async () => {
    const chunk = Uint8Array.of(7, 8, 9);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
    expect(await readBodyBounded(new Response(body), 3)).toBe(chunk);
  });

  it('stops a streamed body one byte past the limit, cancels it and says how much it read', async () => {
    const { response, state } = streamed([[1, 2], [3], [4, 5, 6], [7]]);
    const error = await failure(readBodyBounded(response, 5));
    expect([error.limit, error.seen, error.declared, error.message]).toEqual([5, 6, false, 'its body exceeds maxResponseBytes (5 bytes); reading stopped after 6 bytes']);
    expect(state).toEqual({ cancelled: true, pulled: 3 });
  });

  it('refuses a declared Content-Length past the limit before reading, and cancels the body', async () => {
    const { response, state } = streamed([[1, 2, 3, 4, 5, 6]], { 'Content-Length': '6' });
    const error = await failure(readBodyBounded(response, 5));
    expect([error.limit, error.seen, error.declared, error.message]).toEqual([5, 6, true, 'its Content-Length of 6 bytes exceeds maxResponseBytes (5)']);
    expect(state.cancelled).toBe(true);
  });

  it('reads a declared Content-Length exactly at the limit', async () => {
    const response = new Response(Uint8Array.from([1, 2, 3, 4, 5]), { headers: { 'Content-Length': '5' } });
    expect([...(await readBodyBounded(response, 5))]).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts a compressed body as it is read, whatever its Content-Length says', async () => {
    const { response, state } = streamed(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      { 'Content-Length': '2', 'Content-Encoding': 'gzip' },
    );
    expect((await failure(readBodyBounded(response, 5))).seen).toBe(6);
    expect(state.cancelled).toBe(true);
  });

  it('gives no bytes for no body, whatever its Content-Length says', async () => {
    expect((await readBodyBounded(new Response(null, { status: 204 }), 5)).byteLength).toBe(0);
    expect((await readBodyBounded(new Response(null, { status: 204, headers: { 'Content-Length': '6' } }), 5)).byteLength).toBe(0);
  });

  it('takes a Content-Length that is not a number as none', async () => {
    const { response, state } = streamed([[1, 2, 3, 4, 5, 6]], { 'Content-Length': 'many' });
    expect((await failure(readBodyBounded(response, 5))).declared).toBe(false);
    expect(state.cancelled).toBe(true);
  });
});
