// Every request the contract tool sends: redirects are answers to check, never followed (following
// one would carry the credentials wherever it points); each request has a deadline; a body is
// read as bytes, at most `maxBodyBytes` of it, so an endless or huge answer cannot exhaust memory.
import { startDeadline } from '../shared/deadline.js';
import { readAtMost } from '../shared/read-at-most.js';
import { authHeaders, type ContractAuth } from './credentials.js';

export interface WireRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path and query below the base URL. */
  path: string;
  /** Raw body text, sent as is (so that malformed JSON can be sent too). */
  body?: string | undefined;
  /** Whether to send credentials. */
  authenticated: boolean;
}

export interface WireAnswer {
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
  /** True when the body went past `maxBodyBytes` and was cut there. */
  truncated: boolean;
  ms: number;
}

export interface Transport {
  baseUrl: string;
  auth: ContractAuth;
  timeoutMs: number;
  maxBodyBytes: number;
  /** The fetch that sends (the caller's, e.g. with a proxy dispatcher); the global one if none. */
  fetch?: typeof fetch;
  /** Extra headers per request (Prism's Prefer). */
  extraHeaders?: (request: WireRequest) => Record<string, string>;
}

/**
 * A request that got no HTTP answer: refused, reset, timed out, or stopped by the run's signal.
 * `reason` names the cause, never a secret; `mayHaveArrived` is false only when the server cannot
 * have seen the request (the connection was refused, the name did not resolve, it was never sent),
 * so that a create that got no answer is counted as one that may have made a snapshot only then.
 */
export class NoAnswer extends Error {
  constructor(
    readonly reason: string,
    readonly mayHaveArrived = true,
    /** The request was stopped by the caller's signal, not by the target or the deadline. */
    readonly stopped = false,
  ) {
    super(reason);
  }
}

/** Causes that mean no byte of the request reached a server. */
const neverArrived = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

async function readBounded(response: Response, limit: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!response.body) return { bytes: new Uint8Array(0), truncated: false };
  const { bytes, over } = await readAtMost(response.body, limit);
  return { bytes: over ? bytes.subarray(0, limit) : bytes, truncated: over };
}

/** Why a request got no answer, and whether it may have reached a server (a create that may have made a snapshot). */
const causeOf = (error: unknown, url: URL): { reason: string; mayHaveArrived: boolean } => {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return { reason: cause.code, mayHaveArrived: !neverArrived.has(cause.code) };
  // fetch refuses the ports browsers block (5060, 6000, ...) without opening a connection; undici
  // gives that refusal no code, only this message.
  if (cause?.message === 'bad port')
    return {
      reason: `fetch refuses port ${url.port}, one of the ports browsers block; use another port`,
      mayHaveArrived: false,
    };
  // A deadline is told apart before this is called (the signal has aborted).
  return { reason: 'the connection failed', mayHaveArrived: true };
};

/**
 * Sends one request and reads its answer. It settles within `timeoutMs` whatever the target does:
 * the deadline keeps the process alive while the request is pending (`startDeadline`; with
 * `AbortSignal.timeout`, a connection the target dropped could leave fetch's promise pending with
 * nothing alive, and Node exited half-way through a run with code 0). `stop` ends it sooner (an
 * interrupted run).
 */
export async function send(transport: Transport, request: WireRequest, stop?: AbortSignal): Promise<WireAnswer> {
  const url = new URL(`${transport.baseUrl}${request.path}`);
  if (stop?.aborted) throw new NoAnswer('not sent: the run was stopped', false, true);
  const headers: Record<string, string> = { Accept: 'application/json', ...(transport.extraHeaders?.(request) ?? {}) };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.authenticated)
    Object.assign(headers, authHeaders(transport.auth, request.method, url, headers, request.body ?? '', new Date()));
  const deadline = startDeadline(transport.timeoutMs);
  const signal = stop ? AbortSignal.any([deadline.signal, stop]) : deadline.signal;
  const started = performance.now();
  try {
    const response = await (transport.fetch ?? fetch)(url, {
      method: request.method,
      headers,
      redirect: 'manual',
      signal,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const { bytes, truncated } = await readBounded(response, transport.maxBodyBytes);
    return {
      status: response.status,
      contentType: response.headers.get('Content-Type'),
      bytes,
      truncated,
      ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    if (deadline.signal.aborted) throw new NoAnswer(`no complete answer within ${transport.timeoutMs} ms`);
    if (stop?.aborted) throw new NoAnswer('stopped: the run was interrupted', true, true);
    const { reason, mayHaveArrived } = causeOf(error, url);
    throw new NoAnswer(reason, mayHaveArrived);
  } finally {
    deadline.clear();
  }
}
