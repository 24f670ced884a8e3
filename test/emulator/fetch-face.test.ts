// The emulator as a fetch function, at the level of bytes: the body limit on a streamed upload,
// the screen it applies itself, the query it passes on, and the faults as fetch shows them
// (a reset's error, a stall's half body, its end on abort or after its time).
import { describe, expect, it } from 'vitest';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { screenLimits } from '../../src/shared/request-screen.js';
import { projectId, token, volumeId } from './fixtures.js';

const base = `http://evs.emulator/v2/${projectId}/cloudsnapshots`;
const headers = { 'X-Auth-Token': token, 'Content-Type': 'application/json' };

/** A request body that arrives in `chunks` chunks of `size` bytes; `pulled` counts what was read of it. */
function upload(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

describe('the fetch face', () => {
  it('stops reading an upload one chunk past the limit, cancels it and answers 413', async () => {
    const chunk = 256 * 1024;
    const { body, state } = upload(64, chunk);
    const answer = await createEvsEmulator().fetch(base, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
    expect([answer.status, await answer.json()]).toEqual([
      413,
      { overLimit: { code: 413, message: `The request body is larger than ${screenLimits.maxBodyBytes} bytes, the most that is accepted.` } },
    ]);
    expect(state).toEqual({ pulled: screenLimits.maxBodyBytes / chunk + 1, cancelled: true });
  });

  it('reads an upload of exactly the limit to its end and judges it by its content', async () => {
    const { body, state } = upload(8, screenLimits.maxBodyBytes / 8);
    const answer = await createEvsEmulator().fetch(base, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
    expect(answer.status).toBe(400);
    expect(state).toEqual({ pulled: 8, cancelled: false });
  });

  it('screens what it is given itself: a malformed escape is refused as EVS.1025', async () => {
    const answer = await createEvsEmulator().fetch(`${base}/%E6%97`, { headers });
    expect([answer.status, ((await answer.json()) as { error: { code: string } }).error.code]).toEqual([400, 'EVS.1025']);
  });

  it('passes the query on without its ?', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0 } });
    for (const name of ['a', 'b']) await emulator.fetch(base, { method: 'POST', headers, body: JSON.stringify({ snapshot: { volume_id: volumeId, name } }) });
    const page = (await (await emulator.fetch(`${base}/detail?limit=1&name=b`, { headers })).json()) as { snapshots: { name: string }[] };
    expect(page.snapshots.map((snapshot) => snapshot.name)).toEqual(['b']);
    expect(emulator.log().at(-1)?.query).toBe('limit=1&name=b');
  });

  it('rejects a reset as fetch rejects a reset connection: TypeError, cause ECONNRESET', async () => {
    const emulator = createEvsEmulator({ faults: [{ kind: 'reset' }] });
    const error = (await emulator.fetch(`${base}/detail`, { headers }).catch((caught: unknown) => caught)) as TypeError & { cause: Error & { code: string } };
    expect([error instanceof TypeError, error.message, error.cause.code, error.cause.message]).toEqual([
      true,
      'fetch failed',
      'ECONNRESET',
      'other side closed (an emulator fault)',
    ]);
  });

  it('stalls with the head, a Content-Length of the whole body and its first half, then cuts after ms', async () => {
    const text = JSON.stringify({ count: 0, snapshots: [] });
    const emulator = createEvsEmulator({ faults: [{ kind: 'stall', ms: 50 }] });
    const answer = await emulator.fetch(`${base}/detail`, { headers });
    expect(Number(answer.headers.get('Content-Length'))).toBe(Buffer.byteLength(text));
    const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe(text.slice(0, Math.floor(text.length / 2)));
    const cut = (await reader.read().catch((caught: unknown) => caught)) as TypeError & { cause: { code: string } };
    expect([cut.message, cut.cause.code]).toEqual(['fetch failed', 'ECONNRESET']);
  });

  it('stalls an answer without a body with a Content-Length of 0 and no bytes', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0 }, faults: [{ kind: 'stall', ms: 50, operations: ['deleteSnapshot'] }] });
    const created = await emulator.fetch(base, { method: 'POST', headers, body: JSON.stringify({ snapshot: { volume_id: volumeId } }) });
    const { snapshot } = (await created.json()) as { snapshot: { id: string } };
    const answer = await emulator.fetch(`${base}/${snapshot.id}`, { method: 'DELETE', headers });
    expect([answer.status, answer.headers.get('Content-Length')]).toEqual([202, '0']);
    const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).value?.byteLength).toBe(0);
    await expect(reader.read()).rejects.toThrow('fetch failed');
  });

  it('ends a stalled body with the reason of the caller who aborts it', async () => {
    const emulator = createEvsEmulator({ faults: [{ kind: 'stall', ms: 600_000 }] });
    const controller = new AbortController();
    const answer = await emulator.fetch(`${base}/detail`, { headers, signal: controller.signal });
    const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
  });
});
