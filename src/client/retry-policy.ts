// When a request may be sent again and how long to wait first.

export interface RetryPolicy {
  /** Further attempts after the first one (0 disables retrying). Default 3. */
  retries: number;
  /** Scale of the exponential backoff, in ms. Default 200. */
  baseDelayMs: number;
  /** Longest wait between attempts, in ms; a `Retry-After` asking for more ends the retries. Default 20000. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: Readonly<RetryPolicy> = Object.freeze({
  retries: 3,
  baseDelayMs: 200,
  maxDelayMs: 20_000,
});

/** Statuses that say "try again later" without the request having taken effect. */
export const retryableStatuses: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Methods whose repetition has the same effect as one call (RFC 9110, 9.2.2). */
const idempotentMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
export const isIdempotent = (method: string): boolean => idempotentMethods.has(method.toUpperCase());

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
  // Each of HTTP's three date forms holds a time of day; Date.parse alone reads text such as
  // `in 5` as a date in 2001, which would mean "retry at once". The asctime form names no zone:
  // HTTP dates are GMT, so it is read as GMT rather than as the machine's local time.
  const date = /\b\d{2}:\d{2}:\d{2}\b/.test(value)
    ? Date.parse(/GMT$/.test(value) ? value : `${value} GMT`)
    : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
