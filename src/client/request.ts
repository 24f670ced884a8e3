// The Request class handed to openapi-fetch, and the Response the transport hands back.
//
// A WHATWG Request turns the JSON string body into a stream, which costs about a fifth of a
// loopback call (see npm run bench) and must be cloned to be sent twice; EvsRequest keeps the
// string, so every attempt sends it again for free.

export class EvsRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | null;

  constructor(input: string | URL | EvsRequest, init: RequestInit = {}) {
    const base = input instanceof EvsRequest ? input : undefined;
    this.url = base ? base.url : String(input);
    this.method = (init.method ?? base?.method ?? 'GET').toUpperCase();
    // openapi-fetch already hands over a Headers object of its own: keep it rather than copy it.
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers ?? base?.headers);
    this.body = init.body ?? base?.body ?? null;
    this.signal = init.signal ?? base?.signal ?? null;
  }

  /** True when the body can be sent again as it is (no stream that a first attempt consumes). */
  get replayable(): boolean {
    return (
      this.body === null ||
      typeof this.body === 'string' ||
      this.body instanceof URLSearchParams ||
      this.body instanceof Blob ||
      ArrayBuffer.isView(this.body) ||
      this.body instanceof ArrayBuffer
    );
  }
}

/** The answer of the attempt that ended the exchange, read whole, with how many attempts it took. */
export class EvsResponse extends Response {
  constructor(
    body: Uint8Array<ArrayBuffer> | null,
    init: ResponseInit,
    /** How many times the request was sent before this answer. */
    readonly attempts: number,
  ) {
    super(body, init);
  }
}
