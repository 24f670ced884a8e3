// The errors the client rejects with, and the parsing of every error body form the spec documents.
import { isRecord } from './is-record.js';

/** Base class of every error this client throws; `instanceof EvsError` catches them all. */
export class EvsError extends Error {
  /** operationId of the call that failed (e.g. `createSnapshot`), or `createEvsClient`. */
  readonly operation: string;

  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.operation = operation;
  }
}

/** The service answered with a non-2xx status. */
export class EvsApiError extends EvsError {
  readonly status: number;
  /** `EVS.5404`, `APIGW.0301`, ...; an integer Cinder code is given as its decimal string. Undefined for undocumented bodies. */
  readonly code: string | undefined;
  /** The wrapper key of the EVS form (`error`, `itemNotFound`, ...); undefined for the gateway's flat form. */
  readonly wrapper: string | undefined;
  /** From the `X-Request-Id` header, else the body's `request_id`. */
  readonly requestId: string | undefined;
  /** The start of the raw body when it is not one of the documented forms (or not JSON). */
  readonly bodyExcerpt: string | undefined;

  constructor(init: {
    operation: string;
    status: number;
    message: string;
    code?: string | undefined;
    wrapper?: string | undefined;
    requestId?: string | undefined;
    bodyExcerpt?: string | undefined;
  }) {
    const code = init.code ? ` ${init.code}` : '';
    const request = init.requestId ? ` (request ${init.requestId})` : '';
    super(init.operation, `${init.operation} failed with HTTP ${init.status}${code}: ${init.message}${request}`);
    this.status = init.status;
    this.code = init.code;
    this.wrapper = init.wrapper;
    this.requestId = init.requestId;
    this.bodyExcerpt = init.bodyExcerpt;
  }
}

/**
 * The service answered with a redirect (3xx). The client never follows one: a redirect to another
 * origin would carry the token, the signature or the body there, and EVS documents none.
 */
export class EvsRedirectError extends EvsApiError {
  /** Where the answer pointed, resolved against the request URL; undefined when it gave no usable Location. */
  readonly location: string | undefined;
  constructor(init: { operation: string; status: number; location: string | undefined; requestId: string | undefined; origin: string }) {
    const where = init.location === undefined ? 'without a usable Location' : `to ${init.location}`;
    super({
      operation: init.operation,
      status: init.status,
      message: `a redirect ${where}, which the client does not follow: requests, their credentials and bodies go only to ${init.origin}`,
      requestId: init.requestId,
    });
    this.location = init.location;
  }
}

/** The request could not be sent or its response not received (DNS, refused or reset connection, ...). */
export class EvsNetworkError extends EvsError {}

/** No response arrived within `timeoutMs`. */
export class EvsTimeoutError extends EvsError {
  readonly timeoutMs: number;
  constructor(operation: string, timeoutMs: number) {
    super(operation, `${operation} timed out after ${timeoutMs} ms without a response`);
    this.timeoutMs = timeoutMs;
  }
}

/** A 2xx response whose body is not what the spec describes (not JSON, or no snapshot). */
export class EvsResponseError extends EvsError {
  readonly status: number;
  readonly requestId: string | undefined;
  readonly bodyExcerpt: string;
  constructor(init: { operation: string; status: number; problem: string; requestId: string | undefined; bodyExcerpt: string }) {
    super(init.operation, `${init.operation} got HTTP ${init.status} but ${init.problem}`);
    this.status = init.status;
    this.requestId = init.requestId;
    this.bodyExcerpt = init.bodyExcerpt;
  }
}

/** Input rejected before anything was sent: names the field, the rule and the offending value. */
export class EvsValidationError extends EvsError {
  readonly field: string;
  readonly rule: string;
  /** A short, safe rendering of the rejected value (never a secret). */
  readonly value: string;
  constructor(init: { operation: string; field: string; rule: string; value: string; detail: string }) {
    super(init.operation, `${init.operation}: ${init.field} ${init.detail} (rule: ${init.rule}; got ${init.value})`);
    this.field = init.field;
    this.rule = init.rule;
    this.value = init.value;
  }
}

const excerptLength = 200;

/** The first characters of a text, for error reports, cut only after `redact` removed every secret from the whole of it. */
export function excerpt(text: string, redact: (text: string) => string, length = excerptLength): string {
  const clean = redact(text);
  return clean.length > length ? `${clean.slice(0, length)}… (${clean.length} characters)` : clean;
}

/** A server's message is shown whole up to this length; a longer one (a 7 MB error_msg) is cut. */
const messageLength = 1000;


interface ParsedErrorBody {
  code?: string;
  message?: string;
  wrapper?: string;
  requestId?: string;
}

/** Reads the two documented forms: `{<wrapper>: {code, message}}` and `{error_code, error_msg, request_id?}`. */
export function parseErrorBody(body: unknown): ParsedErrorBody | undefined {
  if (!isRecord(body)) return undefined;
  if (typeof body.error_code === 'string' && typeof body.error_msg === 'string') {
    return {
      code: body.error_code,
      message: body.error_msg,
      ...(typeof body.request_id === 'string' ? { requestId: body.request_id } : {}),
    };
  }
  const keys = Object.keys(body);
  const wrapper = keys[0];
  const detail = wrapper === undefined ? undefined : body[wrapper];
  if (keys.length === 1 && wrapper !== undefined && isRecord(detail) && typeof detail.message === 'string') {
    const code = typeof detail.code === 'string' || typeof detail.code === 'number' ? String(detail.code) : undefined;
    return { wrapper, message: detail.message, ...(code ? { code } : {}) };
  }
  return undefined;
}

/**
 * Builds the error for a non-2xx response. `body` is what openapi-fetch read (parsed JSON or raw
 * text); `scrub` removes secrets from anything the server echoed back.
 */
export function apiErrorFrom(operation: string, response: Response, body: unknown, scrub: (text: string) => string): EvsApiError {
  const parsed = parseErrorBody(body);
  const clean = (text: string | null | undefined): string | undefined => (text === null || text === undefined ? undefined : scrub(text));
  const requestId = ((id) => (id === undefined ? undefined : excerpt(id, scrub, 200)))(clean(response.headers.get('X-Request-Id') ?? parsed?.requestId));
  if (parsed?.message !== undefined) {
    return new EvsApiError({
      operation,
      status: response.status,
      message: excerpt(parsed.message, scrub, messageLength),
      code: ((code) => (code === undefined ? undefined : excerpt(code, scrub, 100)))(parsed.code),
      wrapper: ((wrapper) => (wrapper === undefined ? undefined : excerpt(wrapper, scrub, 100)))(parsed.wrapper),
      requestId,
    });
  }
  const raw = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  const reason = excerpt(response.statusText, scrub, 200) || 'error';
  return new EvsApiError({
    operation,
    status: response.status,
    message: raw ? `${reason} (body in no documented error form)` : `${reason} (empty body)`,
    requestId,
    bodyExcerpt: raw ? excerpt(raw, scrub) : undefined,
  });
}

/** While waiting, the snapshot reached a state from which the awaited one cannot follow (or vanished). */
export class EvsSnapshotStateError extends EvsError {
  readonly snapshotId: string;
  readonly status: string;
  /** The snapshot as last read; undefined when it is gone. */
  readonly snapshot: unknown;
  constructor(snapshotId: string, until: string, status: string, snapshot: unknown) {
    const why = status === 'deleted' ? 'it no longer exists (404)' : `it is ${status}`;
    super('waitForSnapshot', `snapshot ${snapshotId} will not become ${until}: ${why}`);
    this.snapshotId = snapshotId;
    this.status = status;
    this.snapshot = snapshot;
  }
}

/** The awaited state did not come in time. */
export class EvsWaitTimeoutError extends EvsError {
  readonly snapshotId: string;
  readonly timeoutMs: number;
  /** The status seen at the last poll. */
  readonly lastStatus: string;
  constructor(snapshotId: string, until: string, timeoutMs: number, lastStatus: string) {
    super('waitForSnapshot', `snapshot ${snapshotId} did not become ${until} within ${timeoutMs} ms; last status: ${lastStatus}`);
    this.snapshotId = snapshotId;
    this.timeoutMs = timeoutMs;
    this.lastStatus = lastStatus;
  }
}
