// The wait between retries and polls: it ends with the signal's reason when the signal aborts,
// at once when it already has, and leaves no listener on the signal behind.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { sleep } from '../../src/client/sleep.js';

describe('sleep', () => {
  // An hour's sleep: one that did not end on the signal could only end in the test's timeout.
  it('rejects at once with the reason of a signal that already aborted', { timeout: 10_000 }, async () => {
    const reason = new Error('gave up before');
    await expect(sleep(3_600_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('rejects with the reason when the signal aborts during the wait, and leaves no listener', { timeout: 10_000 }, async () => {
    const controller = new AbortController();
    const reason = new Error('gave up during');
    const waiting = sleep(3_600_000, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('resolves after its time without a signal, and with one, removing its listener', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    await expect(sleep(1, controller.signal)).resolves.toBeUndefined();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
