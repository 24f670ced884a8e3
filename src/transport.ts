// The fetch that openapi-fetch calls: one attempt per try with its own timeout, and retries with
// backoff where repeating the request is safe.
import { EvsNetworkError, EvsTimeoutError } from './errors.js';
import type { EvsRequest } from './request.js';
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
  /** Prepares a request to be sent again (AK/SK auth signs it anew, with a fresh X-Sdk-Date). */
  beforeRetry?: ((request: EvsRequest) => Promise<void>) | undefined;
}

export type OperationFetch = (request: EvsRequest) => Promise<Response>;

/** Filled in by the transport, for callers that must know whether their request went out twice. */
export interface AttemptLog {
  attempts: number;
}

export function createTransport(options: TransportOptions): (operation?: string, log?: AttemptLog) => OperationFetch {
  const { retry, timeoutMs } = options;

  return (operationName, log) => async (request) => {
    const operation = operationName ?? `${request.method} ${new URL(request.url).pathname}`;
    // A body that a first attempt consumes cannot be sent again, whatever the method.
    const idempotent = isIdempotent(request.method) && request.replayable;
    const caller = request.signal;

    for (let attempt = 1; ; attempt++) {
      if (log) log.attempts = attempt;
      if (attempt > 1) await options.beforeRetry?.(request);
      // The timeout signal stays attached to the response, so a body that stalls after the
      // headers is aborted too (the reader then gets a TimeoutError DOMException).
      const timeout = AbortSignal.timeout(timeoutMs);
      let outcome: { response: Response } | { error: EvsNetworkError | EvsTimeoutError; retryable: boolean };
      try {
        const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
        outcome = { response: await options.fetch(request.url, request.init(signal)) };
      } catch (error) {
        if (caller?.aborted) throw caller.reason;
        outcome = timeout.aborted
          ? { error: new EvsTimeoutError(operation, timeoutMs), retryable: idempotent }
          : {
              error: new EvsNetworkError(operation, `${operation} could not reach the service: ${networkErrorCode(error) ?? (error as Error).message}`, { cause: error }),
              retryable: idempotent || neverReachedServer(error),
            };
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
        // Read an answer that is thrown away to its end: a drained connection can be reused, a
        // cancelled or abandoned one cannot (error bodies are small).
        await response.arrayBuffer().catch(() => undefined);
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
