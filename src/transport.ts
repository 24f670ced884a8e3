// The fetch that openapi-fetch calls: one attempt per try with its own timeout, the answer read
// whole but bounded, redirects refused, and retries with backoff where repeating is safe.
import { EvsNetworkError, EvsRedirectError, EvsResponseError, EvsTimeoutError, EvsValidationError } from './errors.js';
import { BodyTooLarge, readBodyBounded } from './read-body.js';
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
  /** Every request must go below this URL; anything else is refused before it is sent. */
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  maxResponseBytes: number;
  /** Removes secrets from what the server sent back (status text, Location). */
  redact: (text: string) => string;
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Prepares a request to be sent again (AK/SK auth signs it anew, with a fresh X-Sdk-Date). */
  beforeRetry?: ((request: EvsRequest) => Promise<void>) | undefined;
}

export type OperationFetch = (request: EvsRequest) => Promise<Response>;

/** Filled in by the transport, for callers that must know whether their request went out twice. */
export interface AttemptLog {
  attempts: number;
}

/** Statuses whose Response cannot carry a body. */
const bodiless = new Set([204, 205, 304]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function checkDestination(operation: string, url: string, baseUrl: string): void {
  // Parsing normalises dot segments, so `/v2/p/cloudsnapshots/..` is judged by where it really goes.
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new EvsValidationError({ operation, field: 'url', rule: 'format', value: JSON.stringify(url.slice(0, 80)), detail: 'must be an absolute URL' });
  }
  if (!`${target.origin}${target.pathname}`.startsWith(`${baseUrl}/`))
    throw new EvsValidationError({ operation, field: 'url', rule: 'origin', value: `${target.origin}${target.pathname.slice(0, 80)}`, detail: `must lie below the configured endpoint ${baseUrl}: credentials go nowhere else` });
}

export function createTransport(options: TransportOptions): (operation?: string, log?: AttemptLog) => OperationFetch {
  const { retry, timeoutMs, redact, baseUrl } = options;
  const origin = new URL(baseUrl).origin;

  /** The answer, read whole within the attempt's timeout, as a Response openapi-fetch can parse. */
  async function settle(operation: string, request: EvsRequest, response: Response): Promise<Response> {
    const requestId = ((id) => (id === null ? undefined : redact(id)))(response.headers.get('X-Request-Id'));
    if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect' || response.redirected) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.redirected ? response.url : response.headers.get('Location');
      let shown: string | undefined;
      if (location) {
        try {
          shown = redact(new URL(location, request.url).href);
        } catch {
          shown = redact(location);
        }
        if (shown.length > 200) shown = `${shown.slice(0, 200)}…`;
      }
      throw new EvsRedirectError({ operation, status: response.redirected ? 0 : response.status, location: shown, requestId, origin });
    }
    if (response.status < 200 || response.status > 599) {
      await response.body?.cancel().catch(() => undefined);
      throw new EvsResponseError({ operation, status: response.status, problem: `HTTP ${response.status} is not a status HTTP defines (200 to 599 after the redirects)`, requestId, bodyExcerpt: '' });
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBodyBounded(response, options.maxResponseBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw new EvsResponseError({ operation, status: response.status, problem: error.message, requestId, bodyExcerpt: '' });
      throw error;
    }
    if (response.ok) {
      try {
        utf8.decode(bytes);
      } catch {
        throw new EvsResponseError({ operation, status: response.status, problem: 'the body is not valid UTF-8 text', requestId, bodyExcerpt: '' });
      }
    }
    const body = bodiless.has(response.status) || bytes.byteLength === 0 ? null : (bytes as Uint8Array<ArrayBuffer>);
    return new Response(body, { status: response.status, statusText: redact(response.statusText), headers: response.headers });
  }

  return (operationName, log) => async (request) => {
    const operation = operationName ?? `${request.method} ${new URL(request.url).pathname}`;
    checkDestination(operation, request.url, baseUrl);
    // A body that a first attempt consumes cannot be sent again, whatever the method.
    const idempotent = isIdempotent(request.method) && request.replayable;
    const caller = request.signal;

    for (let attempt = 1; ; attempt++) {
      if (log) log.attempts = attempt;
      if (attempt > 1) await options.beforeRetry?.(request);
      // One timeout covers the whole attempt: connecting, the headers and reading the body.
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = caller ? AbortSignal.any([caller, timeout]) : timeout;
      let outcome: { response: Response } | { error: EvsNetworkError | EvsTimeoutError; retryable: boolean };
      let headersArrived = false;
      try {
        const response = await options.fetch(request.url, { ...request.init(signal), redirect: 'manual' });
        headersArrived = true;
        outcome = { response: await settle(operation, request, response) };
      } catch (error) {
        if (caller?.aborted) throw caller.reason;
        if (error instanceof EvsRedirectError || error instanceof EvsResponseError) throw error;
        if (headersArrived) {
          // The headers came but the body did not: not retried, the answer may have been acted on.
          if (timeout.aborted) throw new EvsTimeoutError(operation, timeoutMs);
          throw new EvsNetworkError(operation, `${operation} lost the connection while reading the response: ${networkErrorCode(error) ?? (error as Error).message}`, { cause: error });
        }
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
