// When and how long to wait before trying a request again.

export interface RetryPolicy {
  /** Further attempts after the first one (0 disables retrying). Default 3. */
  retries: number;
  /** Scale of the exponential backoff, in ms. Default 200. */
  baseDelayMs: number;
  /** Longest wait between attempts, in ms; a `Retry-After` asking for more ends the retries. Default 20000. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: Readonly<RetryPolicy> = Object.freeze({ retries: 3, baseDelayMs: 200, maxDelayMs: 20_000 });

/** Statuses that say "try again later" without the request having taken effect. */
export const retryableStatuses: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Methods whose repetition has the same effect as one call (RFC 9110, 9.2.2). */
const idempotentMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
export const isIdempotent = (method: string): boolean => idempotentMethods.has(method.toUpperCase());

/** Connection errors that prove the request never reached the server, so even a POST may be sent again. */
const notSentCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** The error code behind a failed fetch (undici wraps it as `cause`). */
export function networkErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const neverReachedServer = (error: unknown): boolean => notSentCodes.has(networkErrorCode(error) ?? '');

/** "Full jitter" backoff: a random wait between 0 and base * 2^(attempt-1), capped. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** `Retry-After` in ms (delta-seconds or HTTP-date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
