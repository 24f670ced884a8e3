// The node:http front of this project's servers (the mock's guard, the emulator): every request is
// screened (src/shared/request-screen.ts) before the server's handler sees it, its body is read
// with a bound, and what Node's parser rejects, or would hand over (CONNECT, Upgrade, Expect),
// is answered with a documented 4xx in the spec's error form instead of an empty reply or a reset.
import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { errorBody } from './error-body.js';
import { type Refusal, refusalForParseError, screenBody, screenHead, screenLimits } from './request-screen.js';

export interface FrontOptions {
  /** How answers name the server: `The mock`, `The emulator`. */
  name: string;
  /** A check of the head before the body is read (the mock's Prefer rules). */
  screenExtra?: (request: IncomingMessage) => Refusal | undefined;
  /** Called with a screened request and its whole body; must answer it. */
  handle: (request: IncomingMessage, body: Uint8Array, response: ServerResponse) => Promise<void> | void;
  /** Where a handler's unexpected error is reported (the request is answered 500). */
  onError: (error: unknown) => void;
}

/** Writes a refusal as JSON; on a response already under way, the connection is cut instead. */
export function sendRefusal(response: ServerResponse, refusal: Refusal): void {
  const text = JSON.stringify(refusal.body);
  if (response.headersSent) return void response.destroy();
  response.writeHead(refusal.status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...refusal.headers,
  });
  response.end(text);
}

/** Writes an answer straight to a socket whose request the parser could not read. */
function sendRaw(socket: Socket, refusal: Refusal): void {
  const text = JSON.stringify(refusal.body);
  if (!socket.writable) return void socket.destroy();
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? 'Error'}\r\nContent-Type: ` +
      `application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

/**
 * Reads the body; past the limit it stops keeping bytes and resolves at
 * once with limit + 1 bytes, so a huge upload is answered, not stored.
 */
export function readBody(request: Pick<IncomingMessage, 'on' | 'off' | 'resume'>): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.byteLength;
      if (total <= screenLimits.maxBodyBytes) return void chunks.push(chunk);
      chunks.push(chunk.subarray(0, chunk.byteLength - (total - screenLimits.maxBodyBytes - 1)));
      request.off('data', onData);
      request.resume();
      resolve(Buffer.concat(chunks));
    };
    request.on('data', onData);
    request.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

const internalError: Refusal = { status: 500, body: errorBody('computeFault', 'EVS.5500', 'Internal server error.') };

/** After a 413, how long and how much of the rest of the upload is read and dropped before the connection closes. */
export const lingerLimits = Object.freeze({ ms: 5_000, bytes: 64 * 1024 * 1024 });

/**
 * The origin form (`/v2/...?...`) of an absolute-form request target (`http://host/v2/...`), which
 * RFC 9112 §3.2.2 says a server must accept; any other target as it is.
 */
export function originFormOf(target: string): string {
  const authority = /^https?:\/\/[^/?#]*/i.exec(target);
  if (!authority) return target;
  const rest = target.slice(authority[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * A staged close, as nginx's lingering close: the answer (a 413 with Connection: close) is out,
 * the write side is shut, and the rest of the upload is read and dropped until the client stops
 * sending or a bound is reached, so the client reads the 413 instead of meeting a reset (EPIPE).
 * Node's server calls `destroySoon` after an answer with Connection: close; for this socket only,
 * that call lingers first.
 */
function lingerOnClose(request: IncomingMessage): void {
  const socket = request.socket;
  let dropped = 0;
  socket.destroySoon = function lingeringClose(this: Socket) {
    // The whole upload is in already: nothing to wait for.
    if (request.complete) return Object.getPrototypeOf(this).destroySoon.call(this);
    const close = (): void => {
      clearTimeout(timer);
      this.destroy();
    };
    const timer = setTimeout(close, lingerLimits.ms);
    timer.unref();
    this.end();
    request.on('data', (chunk: Buffer) => {
      dropped += chunk.byteLength;
      if (dropped > lingerLimits.bytes) close();
    });
    request.once('end', close);
    this.once('close', () => clearTimeout(timer));
  };
}

/**
 * Answers on one connection leave in the order of its requests: a request the parser rejects
 * (Node's clientError) behind one still being answered is refused after that answer, not before.
 */
class ConnectionOrder {
  private readonly open = new WeakMap<Socket, { count: number; afterLast?: (() => void) | undefined }>();

  started(request: IncomingMessage, response: ServerResponse): void {
    const entry = this.open.get(request.socket) ?? { count: 0 };
    entry.count++;
    this.open.set(request.socket, entry);
    let done = false;
    const finished = (): void => {
      if (done) return;
      done = true;
      if (--entry.count === 0 && entry.afterLast) {
        const write = entry.afterLast;
        entry.afterLast = undefined;
        write();
      }
    };
    response.once('finish', finished);
    response.once('close', finished);
  }

  /** Runs `write` once every answer begun on this socket is out. */
  afterOpenAnswers(socket: Socket, write: () => void): void {
    const entry = this.open.get(socket);
    if (entry && entry.count > 0) entry.afterLast = write;
    else write();
  }
}

export function createFront(options: FrontOptions): Server {
  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    request.url = originFormOf(request.url ?? '/');
    const refusal = screenHead(request.url, request.rawHeaders, request.httpVersion) ?? options.screenExtra?.(request);
    if (refusal) {
      // An announced upload is not read whole: it is dropped for a while, then the connection closes.
      const announced =
        request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
      if (announced && !request.complete) {
        response.setHeader('Connection', 'close');
        lingerOnClose(request);
      }
      request.resume();
      return sendRefusal(response, refusal);
    }
    // A client that gives up during its upload is ordinary behaviour, not the server's error: quietly done.
    const body = await readBody(request).catch(() => undefined);
    if (body === undefined) return void request.socket.destroy();
    const bodyRefusal = screenBody(request.headers['content-type'], body);
    if (bodyRefusal) {
      // The rest of an oversized upload is read and dropped for a while after the 413, then the connection closes.
      if (bodyRefusal.status === 413) {
        response.setHeader('Connection', 'close');
        lingerOnClose(request);
      }
      return sendRefusal(response, bodyRefusal);
    }
    await options.handle(request, body, response);
  }

  const order = new ConnectionOrder();
  // Node answers a missing Host and an unknown Expect itself, with an empty body: the front does instead.
  // The parser takes a head larger than the screen's limits (URL and
  // headers), so the screen, not the parser, names which one was passed.
  const server = createServer(
    {
      maxHeaderSize: screenLimits.maxUrlBytes + screenLimits.maxHeaderBytes + 56 * 1024,
      requestTimeout: 30_000,
      requireHostHeader: false,
    },
    (request, response) => {
      order.started(request, response);
      serve(request, response).catch((error: unknown) => {
        options.onError(error);
        sendRefusal(response, internalError);
      });
    },
  );
  // Node keeps only the first 2,000 raw header entries by default and drops the rest silently; every
  // field is kept instead (the parser's maxHeaderSize bounds them) so that the screen counts them all.
  server.maxHeadersCount = 0;
  server.on('clientError', (error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket) => {
    const refusal = refusalForParseError(error.code, error.rawPacket);
    order.afterOpenAnswers(socket, () => sendRaw(socket, refusal));
  });
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    sendRefusal(response, {
      status: 400,
      body: errorBody(
        'badRequest',
        400,
        `${options.name} does not take Expect: ${String(request.headers.expect).slice(0, 64)}; only 100-continue.`,
      ),
    });
  });
  // CONNECT and Upgrade would hand the socket over; the API has neither.
  server.on('connect', (_request: IncomingMessage, socket: Socket) =>
    sendRaw(socket, { status: 405, body: errorBody('badMethod', 405, `${options.name} does not take CONNECT.`) }),
  );
  server.on('upgrade', (_request: IncomingMessage, socket: Socket) =>
    sendRaw(socket, {
      status: 400,
      body: errorBody('badRequest', 400, `${options.name} does not upgrade connections.`),
    }),
  );
  return server;
}
