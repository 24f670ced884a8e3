// The fetch that openapi-fetch calls: one attempt per try with its own timeout, retries with
// backoff where repeating the request is safe, and the body read before the timeout ends.
import { EvsNetworkError, EvsTimeoutError } from './errors.js';
import { backoffDelay, isIdempotent, neverReachedServer, networkErrorCode, retryableStatuses, retryAfterMs, sleep, type RetryPolicy } from './retry.js';

export interface RetryEvent {
  operation: string;
  /** The attempt that just failed (1 for the first). */
  attempt: number;
  delayMs: number;
  /** `HTTP 503`, `ECONNRESET`, `timeout`, ... */
  reason: string;
}

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

export type OperationFetch = (request: Request) => Promise<Response>;

const bodylessStatuses = new Set([101, 204, 205, 304]);

/** Reads the whole body while the attempt's signal still guards it, so a stalled body times out too. */
async function buffered(response: Response): Promise<Response> {
  const body = bodylessStatuses.has(response.status) ? null : await response.arrayBuffer();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

export function createTransport(options: TransportOptions): (operation?: string) => OperationFetch {
  const { retry, timeoutMs } = options;

  return (operationName) => async (request) => {
    const operation = operationName ?? `${request.method} ${new URL(request.url).pathname}`;
    const idempotent = isIdempotent(request.method);
    const caller = request.signal;

    for (let attempt = 1; ; attempt++) {
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), timeoutMs);
      let outcome: { response: Response } | { error: EvsNetworkError | EvsTimeoutError; retryable: boolean };
      try {
        const attemptRequest = new Request(request.clone(), { signal: AbortSignal.any([caller, timeout.signal]) });
        outcome = { response: await buffered(await options.fetch(attemptRequest)) };
      } catch (error) {
        if (caller.aborted) throw caller.reason;
        outcome = timeout.signal.aborted
          ? { error: new EvsTimeoutError(operation, timeoutMs), retryable: idempotent }
          : {
              error: new EvsNetworkError(operation, `${operation} could not reach the service: ${networkErrorCode(error) ?? (error as Error).message}`, { cause: error }),
              retryable: idempotent || neverReachedServer(error),
            };
      } finally {
        clearTimeout(timer);
      }

      let delayMs: number;
      let reason: string;
      if ('response' in outcome) {
        const { response } = outcome;
        if (!idempotent || !retryableStatuses.has(response.status) || attempt > retry.retries) return response;
        const asked = retryAfterMs(response.headers.get('Retry-After'));
        if (asked !== undefined && asked > retry.maxDelayMs) return response;
        delayMs = Math.max(backoffDelay(attempt, retry), asked ?? 0);
        reason = `HTTP ${response.status}`;
      } else {
        if (!outcome.retryable || attempt > retry.retries) throw outcome.error;
        delayMs = backoffDelay(attempt, retry);
        reason = outcome.error instanceof EvsTimeoutError ? 'timeout' : (networkErrorCode(outcome.error.cause) ?? 'network error');
      }
      options.onRetry?.({ operation, attempt, delayMs, reason });
      await sleep(delayMs, caller);
    }
  };
}
