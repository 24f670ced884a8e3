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
  response.writeHead(refusal.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...refusal.headers });
  response.end(text);
}

/** Writes an answer straight to a socket whose request the parser could not read. */
function sendRaw(socket: Socket, refusal: Refusal): void {
  const text = JSON.stringify(refusal.body);
  if (!socket.writable) return void socket.destroy();
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

/** Reads the body; past the limit it stops keeping bytes and resolves at once with limit + 1 bytes, so a huge upload is answered, not stored. */
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

export function createFront(options: FrontOptions): Server {
  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refusal = screenHead(request.url ?? '/', request.rawHeaders, request.httpVersion) ?? options.screenExtra?.(request);
    if (refusal) {
      request.resume();
      return sendRefusal(response, refusal);
    }
    const body = await readBody(request);
    const bodyRefusal = screenBody(request.headers['content-type'], body);
    if (bodyRefusal) {
      // The rest of an oversized upload is not read: the connection closes after the answer.
      if (bodyRefusal.status === 413) response.setHeader('Connection', 'close');
      return sendRefusal(response, bodyRefusal);
    }
    await options.handle(request, body, response);
  }

  // Node answers a missing Host and an unknown Expect itself, with an empty body: the front does instead.
  const server = createServer({ maxHeaderSize: 256 * 1024, requestTimeout: 30_000, requireHostHeader: false }, (request, response) => {
    serve(request, response).catch((error: unknown) => {
      options.onError(error);
      sendRefusal(response, internalError);
    });
  });
  server.on('clientError', (error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket) => sendRaw(socket, refusalForParseError(error.code, error.rawPacket)));
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    sendRefusal(response, {
      status: 400,
      body: errorBody('badRequest', 400, `${options.name} does not take Expect: ${String(request.headers.expect).slice(0, 64)}; only 100-continue.`),
    });
  });
  // CONNECT and Upgrade would hand the socket over; the API has neither.
  server.on('connect', (_request: IncomingMessage, socket: Socket) =>
    sendRaw(socket, { status: 405, body: errorBody('badMethod', 405, `${options.name} does not take CONNECT.`) }),
  );
  server.on('upgrade', (_request: IncomingMessage, socket: Socket) =>
    sendRaw(socket, { status: 400, body: errorBody('badRequest', 400, `${options.name} does not upgrade connections.`) }),
  );
  return server;
}
