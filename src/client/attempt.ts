// One attempt of a request: fetch it with its own timeout, refuse a redirect, and read the
// answer whole but bounded, so that the caller gets a Response it can read without waiting.
import { EvsRedirectError, EvsResponseError } from './errors.js';
import { BodyTooLarge, readBodyBounded } from './read-body.js';
import type { EvsRequest } from './request.js';

export interface AttemptSettings {
  fetch: typeof globalThis.fetch;
  maxResponseBytes: number;
  /** Removes secrets from what the server sent back (status text, Location, request id). */
  redact: (text: string) => string;
  /** Named in the redirect error: where requests go. */
  origin: string;
}

/** What an attempt got: the status, headers and bytes of the answer, read within the attempt's timeout. */
export interface Settled {
  status: number;
  statusText: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer> | null;
}

/** The attempt failed after the headers came: not retried, the request may have been acted on. */
export class BodyFailed extends Error {
  constructor(readonly reason: unknown) {
    super('the body could not be read');
  }
}

/** Statuses whose Response cannot carry a body. */
const bodiless = new Set([204, 205, 304]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function locationOf(response: Response, requestUrl: string, redact: (text: string) => string): string | undefined {
  const location = response.redirected ? response.url : response.headers.get('Location');
  if (!location) return undefined;
  let shown: string;
  try {
    shown = redact(new URL(location, requestUrl).href);
  } catch {
    shown = redact(location);
  }
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}

/** Turns a response into an Settled, or throws the error that says why the client cannot use it. */
async function settle(
  operation: string,
  attempts: number,
  request: EvsRequest,
  response: Response,
  settings: AttemptSettings,
): Promise<Settled> {
  const { redact } = settings;
  const requestId = ((id) => (id === null ? undefined : redact(id)))(response.headers.get('X-Request-Id'));
  // 304 Not Modified points nowhere: it is an answer (one no operation documents), not a redirect.
  const redirect = response.status >= 300 && response.status < 400 && response.status !== 304;
  if (redirect || response.type === 'opaqueredirect' || response.redirected) {
    await response.body?.cancel().catch(() => undefined);
    throw new EvsRedirectError({
      operation,
      status: response.status,
      location: locationOf(response, request.url, redact),
      requestId,
      origin: settings.origin,
      attempts,
    });
  }
  const refuse = (problem: string): EvsResponseError =>
    new EvsResponseError({ operation, status: response.status, problem, requestId, bodyExcerpt: '', attempts });
  if (response.status < 200 || response.status > 599) {
    await response.body?.cancel().catch(() => undefined);
    throw refuse(`HTTP ${response.status} is not a status HTTP defines (200 to 599 after the redirects)`);
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = (await readBodyBounded(response, settings.maxResponseBytes)) as Uint8Array<ArrayBuffer>;
  } catch (error) {
    if (error instanceof BodyTooLarge) throw refuse(error.message);
    throw new BodyFailed(error);
  }
  if (response.ok) {
    try {
      utf8.decode(bytes);
    } catch {
      throw refuse('the body is not valid UTF-8 text');
    }
  }
  return {
    status: response.status,
    statusText: redact(response.statusText),
    headers: response.headers,
    body: bodiless.has(response.status) || bytes.byteLength === 0 ? null : bytes,
  };
}

/** Sends the request once under `signal` (the caller's and the attempt's timeout) and settles the answer. */
export async function sendAttempt(
  operation: string,
  attempts: number,
  request: EvsRequest,
  signal: AbortSignal,
  settings: AttemptSettings,
): Promise<Settled> {
  const response = await settings.fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal,
    redirect: 'manual',
  });
  return settle(operation, attempts, request, response, settings);
}
