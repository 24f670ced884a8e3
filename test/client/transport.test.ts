// Timeouts, retries with backoff, Retry-After, and the rule that a create is never sent twice.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createEvsClient, EvsApiError, EvsNetworkError, EvsResponse, EvsTimeoutError, type RetryEvent } from '../../src/client/index.js';
import { backoffDelay, isIdempotent, retryAfterMs } from '../../src/client/retry-policy.js';
import { closedPort, type Handler, type LocalServer, sendJson, startServer } from '../support/local-server.js';
import { localOptions, projectId, snapshotBody, snapshotId, volumeId } from './fixtures.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: Handler, extra: Parameters<typeof localOptions>[1] = {}) {
  server = await startServer(handler);
  const events: RetryEvent[] = [];
  const evs = createEvsClient(localOptions(server.url, { onRetry: (event) => events.push(event), ...extra }));
  return { evs, events, requests: server.requests };
}

const reset = (res: ServerResponse): void => {
  res.socket?.destroy();
};
const update = (evs: ReturnType<typeof createEvsClient>) => evs.updateSnapshot(snapshotId, { name: 'n' });
const create = (evs: ReturnType<typeof createEvsClient>) => evs.createSnapshot({ volume_id: volumeId });

describe('retries of idempotent calls (update)', () => {
  it.each([429, 502, 503, 504])('retries HTTP %i and then succeeds', async (status) => {
    const { evs, events, requests } = await clientFor((_req, res, i) =>
      i < 2 ? sendJson(res, status, { error: { code: 'EVS.5503', message: 'busy' } }) : sendJson(res, 200, snapshotBody),
    );
    await expect(update(evs)).resolves.toMatchObject({ id: snapshotId });
    expect(requests).toHaveLength(3);
    expect(events.map((e) => [e.operation, e.attempt, e.reason])).toEqual([
      ['updateSnapshot', 1, `HTTP ${status}`],
      ['updateSnapshot', 2, `HTTP ${status}`],
    ]);
    expect(requests.every((r) => r.body === requests[0]?.body)).toBe(true);
  });

  it('gives up after the configured retries with the last error', async () => {
    const { evs, requests } = await clientFor((_req, res) => sendJson(res, 503, { serviceUnavailable: { code: 'EVS.5503', message: 'Service unavailable.' } }));
    const error = await update(evs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsApiError);
    expect((error as EvsApiError).code).toBe('EVS.5503');
    expect(requests).toHaveLength(3);
  });

  it('says on the raw response how many attempts were sent', async () => {
    const { evs } = await clientFor((_req, res, i) => (i < 2 ? sendJson(res, 503, { error: { code: 'EVS.5503', message: 'busy' } }) : sendJson(res, 200, snapshotBody)));
    const { response } = await evs.raw.PUT('/v2/{project_id}/cloudsnapshots/{snapshot_id}', {
      params: { path: { project_id: projectId, snapshot_id: snapshotId } },
      body: { snapshot: { name: 'n' } },
    });
    expect(response).toBeInstanceOf(EvsResponse);
    expect((response as EvsResponse).attempts).toBe(3);
  });

  it('says how many attempts an error took: 3 after two retries, 1 for a create, 0 when nothing was sent', async () => {
    const { evs } = await clientFor((_req, res) => sendJson(res, 503, { error: { code: 'EVS.5503', message: 'busy' } }));
    await expect(update(evs)).rejects.toMatchObject({ name: 'EvsApiError', attempts: 3 });
    await expect(create(evs)).rejects.toMatchObject({ name: 'EvsApiError', attempts: 1 });
    await expect(evs.updateSnapshot('not-a-uuid', {})).rejects.toMatchObject({ name: 'EvsValidationError', attempts: 0 });
  });

  it('does not retry other errors', async () => {
    const { evs, requests } = await clientFor((_req, res) => sendJson(res, 500, { computeFault: { code: 'EVS.5500', message: 'Internal server error.' } }));
    await expect(update(evs)).rejects.toBeInstanceOf(EvsApiError);
    expect(requests).toHaveLength(1);
  });

  it('reuses the connection after a retried answer (its body is discarded, not left unread)', async () => {
    const { evs, requests } = await clientFor((_req, res, i) =>
      i % 2 === 0 ? sendJson(res, 503, { error: { code: 'EVS.5503', message: 'x'.repeat(20_000) } }) : sendJson(res, 200, snapshotBody),
    );
    for (let i = 0; i < 10; i++) await update(evs);
    expect(requests).toHaveLength(20);
    expect(server!.connections()).toBeLessThanOrEqual(2);
  });

  it('retries a reset connection', async () => {
    const { evs, events, requests } = await clientFor((_req, res, i) => (i === 0 ? reset(res) : sendJson(res, 200, snapshotBody)));
    await expect(update(evs)).resolves.toMatchObject({ id: snapshotId });
    expect(requests).toHaveLength(2);
    expect(events[0]?.reason).toMatch(/ECONNRESET|UND_ERR_SOCKET|network error/);
  });

  it('rejects with EvsNetworkError when the connection keeps failing', async () => {
    const { evs } = await clientFor((_req, res) => reset(res));
    const error = await update(evs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsNetworkError);
    expect((error as EvsNetworkError).message).toMatch(/^updateSnapshot could not reach the service/);
  });

  it('honours Retry-After', async () => {
    const { evs, events } = await clientFor((_req, res, i) =>
      i === 0 ? sendJson(res, 429, { error_code: 'APIGW.0308', error_msg: 'throttled' }, { 'Retry-After': '1' }) : sendJson(res, 200, snapshotBody),
    );
    await update(evs);
    expect(events[0]?.delayMs).toBeGreaterThanOrEqual(1000);
  });

  it('does not wait longer than maxDelayMs for a Retry-After', async () => {
    const { evs, requests } = await clientFor((_req, res) => sendJson(res, 503, { error: { code: 'EVS.5503', message: 'x' } }, { 'Retry-After': '3600' }));
    await expect(update(evs)).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('retries nothing when retry is false', async () => {
    const { evs, requests } = await clientFor((_req, res) => sendJson(res, 503, { error: { code: 'EVS.5503', message: 'x' } }), { retry: false });
    await expect(update(evs)).rejects.toBeInstanceOf(EvsApiError);
    expect(requests).toHaveLength(1);
  });
});

describe('a create is never sent twice', () => {
  it.each([429, 502, 503, 504])('does not retry HTTP %i', async (status) => {
    const { evs, requests, events } = await clientFor((_req, res) => sendJson(res, status, { error: { code: 'EVS.5503', message: 'x' } }));
    await expect(create(evs)).rejects.toMatchObject({ status });
    expect([requests.length, events.length]).toEqual([1, 0]);
  });

  it('does not retry a reset connection (the request may have arrived)', async () => {
    const { evs, requests } = await clientFor((_req, res) => reset(res));
    await expect(create(evs)).rejects.toBeInstanceOf(EvsNetworkError);
    expect(requests).toHaveLength(1);
  });

  it('does not retry a timeout, and says it took one attempt', async () => {
    const { evs, requests } = await clientFor(() => undefined, { timeoutMs: 100 });
    await expect(create(evs)).rejects.toMatchObject({ name: 'EvsTimeoutError', attempts: 1 });
    expect(requests).toHaveLength(1);
  });

  it('retries a refused connection, which proves nothing was sent', async () => {
    const port = await closedPort();
    const events: RetryEvent[] = [];
    const evs = createEvsClient(localOptions(`http://127.0.0.1:${port}`, { onRetry: (e) => events.push(e) }));
    const error = await create(evs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsNetworkError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(events.map((e) => e.reason)).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
  });
});

describe('timeouts', () => {
  it('rejects with EvsTimeoutError when no response comes in time', async () => {
    const { evs } = await clientFor(() => undefined, { timeoutMs: 100, retry: false });
    const error = await update(evs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsTimeoutError);
    expect((error as EvsTimeoutError).message).toBe('updateSnapshot timed out after 100 ms without a response');
  });

  it('times out a body that stalls after the headers', async () => {
    const { evs } = await clientFor(
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"snapshot":');
      },
      { timeoutMs: 150, retry: false },
    );
    await expect(update(evs)).rejects.toMatchObject({ name: 'EvsTimeoutError', attempts: 1 });
  });

  // Without the attempt's timeout (or the caller's signal) the request would hang: the test's own
  // timeout is the failure.
  it('times out an attempt of a call that passes its own signal', { timeout: 10_000 }, async () => {
    const { evs } = await clientFor(() => undefined, { timeoutMs: 100, retry: false });
    await expect(evs.updateSnapshot(snapshotId, { name: 'n' }, { signal: new AbortController().signal })).rejects.toMatchObject({
      name: 'EvsTimeoutError',
      attempts: 1,
    });
  });

  it("rejects with the caller's own reason when the caller aborts a create in flight", { timeout: 10_000 }, async () => {
    const controller = new AbortController();
    const { evs, requests } = await clientFor(() => controller.abort(new Error('caller gave up')), { timeoutMs: 60_000 });
    const error = await evs.createSnapshot({ volume_id: volumeId }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(EvsNetworkError);
    expect((error as Error).message).toBe('caller gave up');
    expect(requests).toHaveLength(1);
  });

  it('names a failure without an error code "network error" in the retry event', async () => {
    const events: RetryEvent[] = [];
    let calls = 0;
    const evs = createEvsClient(
      localOptions('http://127.0.0.1:9', {
        onRetry: (event) => events.push(event),
        retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 },
        fetch: async () => {
          calls++;
          throw new TypeError('fetch failed');
        },
      }),
    );
    const error = await update(evs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsNetworkError);
    expect((error as Error).message).toBe('updateSnapshot could not reach the service: fetch failed');
    expect([calls, events.map((event) => event.reason)]).toEqual([2, ['network error']]);
  });

  it('reports a connection lost in the middle of the body as EvsNetworkError', async () => {
    const { evs } = await clientFor(
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '500' });
        res.write('{"snapshot":', () => res.socket?.destroy());
      },
      { retry: false },
    );
    const error = await update(evs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvsNetworkError);
    expect((error as Error).message).toBe('updateSnapshot lost the connection while reading the response: UND_ERR_SOCKET');
    expect((error as EvsNetworkError).attempts).toBe(1);
    expect(((error as Error).cause as Error).message).toBe('terminated');
  });

  it('retries an update that timed out and then succeeds', async () => {
    // Two seconds for each attempt: the second, answered at once, has room on a busy machine.
    const { evs, events } = await clientFor((_req, res, i) => (i === 0 ? undefined : sendJson(res, 200, snapshotBody)), { timeoutMs: 2000 });
    await expect(update(evs)).resolves.toMatchObject({ id: snapshotId });
    expect(events[0]?.reason).toBe('timeout');
  });

  it('stops waiting between retries when the caller aborts', async () => {
    const controller = new AbortController();
    const delays: number[] = [];
    const { evs, requests } = await clientFor((_req, res) => sendJson(res, 503, { error: { code: 'EVS.5503', message: 'x' } }, { 'Retry-After': '3600' }), {
      // An hour between attempts (Retry-After: the random back-off could be short), and the abort
      // comes once the wait has begun (onRetry is called just before it): a sleep that ignored
      // the signal could only end in the test's timeout.
      retry: { retries: 5, baseDelayMs: 3_600_000, maxDelayMs: 3_600_000 },
      onRetry: (event) => {
        delays.push(event.delayMs);
        setImmediate(() => controller.abort(new Error('caller gave up')));
      },
    });
    await expect(evs.updateSnapshot(snapshotId, { name: 'n' }, { signal: controller.signal })).rejects.toThrow('caller gave up');
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([3_600_000]);
  });
});

describe('backoff arithmetic', () => {
  const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
  it('grows exponentially under a cap, with full jitter', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
  });
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it('reads a Retry-After with blanks around it, and none in a blank one', () => {
    expect(retryAfterMs(' 5 ')).toBe(5000);
    expect(retryAfterMs('\t')).toBeUndefined();
  });

  it('reads an HTTP date in each of its three forms as GMT whatever the local zone, and not text that only starts or ends with digits', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const now = Date.parse('Sun, 06 Nov 1994 08:49:30 GMT');
      const forms = ['Sun, 06 Nov 1994 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994'];
      expect(forms.map((date) => retryAfterMs(date, now))).toEqual([7000, 7000, 7000]);
      expect(['5 seconds', 'in 5', '1.5'].map((text) => retryAfterMs(text, now))).toEqual([undefined, undefined, undefined]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('takes GET, HEAD, PUT, DELETE and OPTIONS as idempotent in any case, POST and PATCH not', () => {
    expect(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'put', 'POST', 'PATCH'].map(isIdempotent)).toEqual([true, true, true, true, true, true, false, false]);
  });
});
