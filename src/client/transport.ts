// The fetch openapi-fetch calls, as an explicit sequence of stages per attempt, in the order of
// the AWS SDK's middleware stack and Azure's core-rest-pipeline: (the request was validated and
// serialised before) -> authorize (sign) -> send with a timeout -> classify -> wait and retry.

import { startDeadline } from '../shared/deadline.js';
import { type AttemptSettings, BodyFailed, type Settled, sendAttempt } from './attempt.js';
import type { Authorizer } from './auth/types.js';
import { EvsError, EvsNetworkError, EvsTimeoutError, EvsValidationError } from './errors.js';
import { networkErrorCode, neverReachedServer } from './network-errors.js';
import { type EvsRequest, EvsResponse } from './request.js';
import { backoffDelay, isIdempotent, type RetryPolicy, retryAfterMs, retryableStatuses } from './retry-policy.js';
import { sleep } from './sleep.js';

export interface RetryEvent {
  operation: string;
  /** The attempt that just failed (1 for the first). */
  attempt: number;
  delayMs: number;
  /** `HTTP 503`, `ECONNRESET`, `timeout`, ... */
  reason: string;
}

export interface TransportSettings {
  /** Every request must go below this URL; anything else is refused before it is sent. */
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  maxResponseBytes: number;
  authorizer: Authorizer;
  redact: (text: string) => string;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

export type OperationFetch = (request: EvsRequest) => Promise<EvsResponse>;

/** What one attempt came to: an answer to hand back or judge, or a failure that may be retried. */
type Outcome = { answer: Settled } | { error: EvsNetworkError | EvsTimeoutError; retryable: boolean };

function checkDestination(operation: string, url: string, baseUrl: string): void {
  // Parsing normalises dot segments, so `/v2/p/cloudsnapshots/..` is judged by where it really goes.
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new EvsValidationError({
      operation,
      field: 'url',
      rule: 'format',
      value: JSON.stringify(url.slice(0, 80)),
      detail: 'must be an absolute URL',
    });
  }
  if (!`${target.origin}${target.pathname}`.startsWith(`${baseUrl}/`))
    throw new EvsValidationError({
      operation,
      field: 'url',
      rule: 'origin',
      value: `${target.origin}${target.pathname.slice(0, 80)}`,
      detail: `must lie below the configured endpoint ${baseUrl}: credentials go nowhere else`,
    });
}

/** Stage "classify": whether the answer or failure is worth another attempt, and after how long. */
function retryPlan(
  outcome: Outcome,
  attempt: number,
  idempotent: boolean,
  policy: RetryPolicy,
): { delayMs: number; reason: string } | undefined {
  if (attempt > policy.retries) return undefined;
  if ('answer' in outcome) {
    const { answer } = outcome;
    if (!idempotent || !retryableStatuses.has(answer.status)) return undefined;
    const asked = retryAfterMs(answer.headers.get('Retry-After'));
    if (asked !== undefined && asked > policy.maxDelayMs) return undefined;
    return { delayMs: Math.max(backoffDelay(attempt, policy), asked ?? 0), reason: `HTTP ${answer.status}` };
  }
  if (!outcome.retryable) return undefined;
  return {
    delayMs: backoffDelay(attempt, policy),
    reason:
      outcome.error instanceof EvsTimeoutError ? 'timeout' : (networkErrorCode(outcome.error.cause) ?? 'network error'),
  };
}

/**
 * How one call is sent. `idempotencyKey`: the request carries a key the service documents as making a repeat return
 * the first answer (Huawei Cloud's X-Client-Token on a create), so a POST may be sent again like a GET.
 */
export interface CallSettings {
  idempotencyKey?: boolean | undefined;
}

export function createTransport(
  settings: TransportSettings,
): (operation?: string, call?: CallSettings) => OperationFetch {
  const { retry, timeoutMs, baseUrl, authorizer } = settings;
  const attemptSettings: AttemptSettings = {
    fetch: settings.fetch,
    maxResponseBytes: settings.maxResponseBytes,
    redact: settings.redact,
    origin: new URL(baseUrl).origin,
  };

  return (operationName, call) => async (request) => {
    const operation = operationName ?? `${request.method} ${new URL(request.url).pathname}`;
    checkDestination(operation, request.url, baseUrl);
    // A body that a first attempt consumes cannot be sent again, whatever the method.
    const idempotent = (isIdempotent(request.method) || call?.idempotencyKey === true) && request.replayable;
    const caller = request.signal;

    for (let attempt = 1; ; attempt++) {
      await authorizer.authorize(request);
      // One timeout covers the whole attempt: connecting, the headers and reading the body.
      // The deadline's timer holds the process open: a dropped connection fails the call, never ends the script.
      const deadline = startDeadline(timeoutMs);
      const timeout = deadline.signal;
      let outcome: Outcome;
      try {
        outcome = {
          answer: await sendAttempt(
            operation,
            attempt,
            request,
            caller ? AbortSignal.any([caller, timeout]) : timeout,
            attemptSettings,
          ),
        };
      } catch (error) {
        if (caller?.aborted) throw caller.reason;
        if (error instanceof BodyFailed) {
          if (timeout.aborted) throw new EvsTimeoutError(operation, timeoutMs, { attempts: attempt });
          throw new EvsNetworkError(
            operation,
            `${operation} lost the connection while reading the response: ` +
              `${networkErrorCode(error.reason) ?? (error.reason as Error).message}`,
            { cause: error.reason, attempts: attempt },
          );
        }
        // A redirect, an oversized or unreadable answer: settled, not retried.
        if (error instanceof EvsError) throw error;
        outcome = timeout.aborted
          ? { error: new EvsTimeoutError(operation, timeoutMs, { attempts: attempt }), retryable: idempotent }
          : {
              error: new EvsNetworkError(
                operation,
                `${operation} could not reach the service: ${networkErrorCode(error) ?? (error as Error).message}`,
                {
                  cause: error,
                  attempts: attempt,
                },
              ),
              retryable: idempotent || neverReachedServer(error),
            };
      } finally {
        deadline.clear();
      }
      const plan = retryPlan(outcome, attempt, idempotent, retry);
      if (!plan) {
        if ('error' in outcome) throw outcome.error;
        const { answer } = outcome;
        return new EvsResponse(
          answer.body,
          { status: answer.status, statusText: answer.statusText, headers: answer.headers },
          attempt,
        );
      }
      settings.onRetry?.({ operation, attempt, delayMs: plan.delayMs, reason: plan.reason });
      await sleep(plan.delayMs, caller);
    }
  };
}
