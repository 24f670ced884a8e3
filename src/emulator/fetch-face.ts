// The emulator as a fetch function: pass it to createEvsClient({ fetch }) and a test needs no
// socket at all. Faults behave as on the wire: a reset rejects like a reset connection, a stall
// delivers the head and part of the body, then nothing until the time is up or the caller aborts.
import { readAtMost } from '../shared/read-at-most.js';
import { screenLimits } from '../shared/request-screen.js';
import type { EmulatorCore } from './core.js';
import { type EmulatorAnswer, type EmulatorRequest, unhandled } from './exchange.js';

const connectionReset = (): TypeError =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('other side closed (an emulator fault)'), { code: 'ECONNRESET' }),
  });

/** The request body, at most one chunk past the screen's limit (which then refuses it). */
const boundedBody = async (request: Request): Promise<Uint8Array> =>
  request.body ? (await readAtMost(request.body, screenLimits.maxBodyBytes)).bytes : new Uint8Array(0);

function stalledResponse(answer: EmulatorAnswer, ms: number, signal: AbortSignal): Response {
  const text = new TextEncoder().encode(answer.body ?? '');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(text.subarray(0, Math.floor(text.byteLength / 2)));
      const cut = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', cut);
        controller.error(signal.aborted ? signal.reason : connectionReset());
      };
      timer = setTimeout(cut, ms);
      signal.addEventListener('abort', cut, { once: true });
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new Response(body, {
    status: answer.status,
    headers: { ...answer.headers, 'Content-Length': String(text.byteLength) },
  });
}

/** A WHATWG dot segment: `.` or `..`, any dot written as `%2e` in either case. */
const dotSegment = /^(?:\.|%2e){1,2}$/i;
/** Scheme and authority, then the path, of an absolute URL as written. */
const absolute = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)(.*)$/is;

/**
 * The path of a URL given as a string, as a socket would carry it. The URL parser resolves dot
 * segments (DELETE …/metadata/%2e%2e would become DELETE …/snapshots/{id}); the wire does not, and
 * neither does the emulator's router, so those segments are kept: the key step refuses them as
 * the HTTP face does. Each is stood in for while the rest is parsed (and percent-encoded) as usual.
 */
function pathAsSent(input: string, parsed: URL): string {
  const [, origin, path = '', rest = ''] = absolute.exec(input) ?? [];
  const segments = path.split('/');
  if (origin === undefined || !segments.some((segment) => dotSegment.test(segment))) return parsed.pathname;
  const stand = (index: number): string => `evs-emulator-dot-segment-${index}`;
  const marked = segments.map((segment, index) => (dotSegment.test(segment) ? stand(index) : segment)).join('/');
  let pathname = new URL(`${origin}${marked}${rest}`).pathname;
  segments.forEach((segment, index) => {
    if (dotSegment.test(segment)) pathname = pathname.replace(stand(index), segment);
  });
  return pathname;
}

export function fetchFace(core: EmulatorCore): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    headers.host ??= url.host;
    const exchange: EmulatorRequest = {
      method: request.method,
      path: typeof input === 'string' ? pathAsSent(input, url) : url.pathname,
      search: url.search.slice(1),
      headers,
      body: await boundedBody(request),
      origin: url.origin,
    };
    const answer = await core.handle(exchange, false);
    request.signal.throwIfAborted();
    const { cut } = answer;
    if (cut === undefined) {
      // Statuses with no body by definition cannot carry one in a Response.
      const body = answer.status === 204 || answer.status === 304 ? null : (answer.body ?? null);
      return new Response(body, { status: answer.status, headers: answer.headers });
    }
    switch (cut.kind) {
      case 'reset':
        throw connectionReset();
      case 'stall':
        return stalledResponse(answer, cut.ms, request.signal);
      default:
        return unhandled(cut);
    }
  };
}
