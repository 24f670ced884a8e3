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
      path: url.pathname,
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
