// The node:http front of the mock's guard and the emulator, on its own, with a handler that
// records what reached it: bodies to the byte limit, what it answers itself (Expect, CONNECT,
// Upgrade, an oversized upload), and a handler that fails before or after its answer began.
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFront, originFormOf, readBody } from '../../src/shared/http-front.js';
import { screenLimits } from '../../src/shared/request-screen.js';
import { rawExchange } from '../support/raw-http.js';

const reached: { url: string | undefined; bytes: number; first: number | undefined; last: number | undefined }[] = [];
const failures: unknown[] = [];
const front = createFront({
  name: 'The test front',
  handle: (request, body, response) => {
    reached.push({ url: request.url, bytes: body.byteLength, first: body[0], last: body.at(-1) });
    if (request.url === '/throw') throw new Error('handler broke');
    if (request.url === '/throw-late') {
      response.writeHead(200, { 'Content-Length': '10' });
      response.write('12345');
      throw new Error('handler broke late');
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '2' });
    response.end('{}');
  },
  onError: (error) => failures.push(error),
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  port = (front.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => front.close(() => resolve())));

const post = (path: string, body: Buffer, headers = '') =>
  Buffer.concat([Buffer.from(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.byteLength}\r\n${headers}\r\n`), body]);
const jsonOf = (length: number): Buffer => {
  const body = Buffer.alloc(length, 0x61);
  body[0] = 0x22;
  body[length - 1] = 0x22;
  return body;
};

describe('createFront', () => {
  it('hands a body of exactly the limit to the handler whole, first byte to last', async () => {
    reached.length = 0;
    const answer = await rawExchange(port, post('/big', jsonOf(screenLimits.maxBodyBytes)));
    expect(answer.status).toBe(200);
    expect(reached).toEqual([{ url: '/big', bytes: screenLimits.maxBodyBytes, first: 0x22, last: 0x22 }]);
  });

  it('answers a body one byte over the limit 413 and closes, without calling the handler', async () => {
    reached.length = 0;
    const answer = await rawExchange(port, post('/big', jsonOf(screenLimits.maxBodyBytes + 1)));
    expect([answer.status, answer.headers.connection, JSON.parse(answer.body)]).toEqual([
      413,
      'close',
      { overLimit: { code: 413, message: `The request body is larger than ${screenLimits.maxBodyBytes} bytes, the most that is accepted.` } },
    ]);
    expect(reached).toEqual([]);
  });

  it('closes after refusing a head whose upload is still to come (431, 50 MB announced), as after a 413', async () => {
    const head = `POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n`;
    const big = `X-Big: ${'a'.repeat(screenLimits.maxHeaderFieldBytes)}\r\n\r\n`;
    const answer = await rawExchange(port, `${head}${big}`);
    expect([answer.status, answer.headers.connection]).toEqual([431, 'close']);
  });

  it('keeps the connection of another refusal open', async () => {
    const answer = await rawExchange(port, post('/x', Buffer.from('{"a":'), ''));
    expect([answer.status, answer.headers.connection]).toEqual([400, 'keep-alive']);
  });

  it('answers a handler that throws 500 in the EVS form and reports the error', async () => {
    failures.length = 0;
    const answer = await rawExchange(port, post('/throw', Buffer.from('{}')));
    expect([answer.status, JSON.parse(answer.body)]).toEqual([500, { computeFault: { code: 'EVS.5500', message: 'Internal server error.' } }]);
    expect(failures.map((error) => (error as Error).message)).toEqual(['handler broke']);
  });

  it('cuts the connection when the handler throws after its answer began', async () => {
    const answer = await rawExchange(port, post('/throw-late', Buffer.from('{}'))).then(
      (got) => got,
      (error: Error) => error,
    );
    expect(answer).toBeInstanceOf(Error);
    // Never a 500 behind a 200 head: whatever of the head or body had left, the answer stops there.
    expect((answer as Error).message).toMatch(/^the (connection closed after \d+ bytes without a complete head|body ended after 5 of 10 bytes)$/);
  });

  it.each([
    [
      'an Expect other than 100-continue',
      'GET / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n\r\n',
      400,
      { badRequest: { code: 400, message: 'The test front does not take Expect: 200-ok; only 100-continue.' } },
    ],
    [
      'a long Expect, quoted by its first 64 characters',
      `GET / HTTP/1.1\r\nHost: x\r\nExpect: ${'e'.repeat(100)}\r\n\r\n`,
      400,
      { badRequest: { code: 400, message: `The test front does not take Expect: ${'e'.repeat(64)}; only 100-continue.` } },
    ],
    ['CONNECT', 'CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n', 405, { badMethod: { code: 405, message: 'The test front does not take CONNECT.' } }],
    [
      'an Upgrade',
      'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
      400,
      { badRequest: { code: 400, message: 'The test front does not upgrade connections.' } },
    ],
  ])('answers %s itself', async (_case, request, status, body) => {
    const answer = await rawExchange(port, request);
    expect([answer.status, JSON.parse(answer.body)]).toEqual([status, body]);
  });
});

describe('readBody', () => {
  /** An upload of `chunks` chunks of `size` bytes; tells how much was written and whether it was drained. */
  function upload(chunks: number, size: number) {
    const stream = new PassThrough();
    const state = { resumed: false };
    const resume = stream.resume.bind(stream);
    stream.resume = () => {
      state.resumed = true;
      return resume();
    };
    for (let i = 0; i < chunks; i++) stream.write(Buffer.alloc(size, i));
    stream.end();
    return { stream, state };
  }

  it('keeps limit + 1 bytes of a larger upload, in order, and drains the rest', async () => {
    const size = 256 * 1024;
    const { stream, state } = upload(12, size);
    const body = await readBody(stream as unknown as IncomingMessage);
    expect(body.byteLength).toBe(screenLimits.maxBodyBytes + 1);
    expect([body[0], body[size], body[screenLimits.maxBodyBytes - 1], body[screenLimits.maxBodyBytes]]).toEqual([0, 1, 7, 8]);
    // It stops listening and lets the rest flow away unread.
    expect([state.resumed, stream.listenerCount('data')]).toEqual([true, 0]);
  });

  it('keeps an upload of exactly the limit whole', async () => {
    const { stream } = upload(8, screenLimits.maxBodyBytes / 8);
    const body = await readBody(stream as unknown as IncomingMessage);
    expect([body.byteLength, body[0], body.at(-1)]).toEqual([screenLimits.maxBodyBytes, 0, 7]);
  });

  it('rejects with the error of a stream that fails', async () => {
    const stream = new PassThrough();
    const read = readBody(stream as unknown as IncomingMessage);
    stream.destroy(new Error('aborted'));
    await expect(read).rejects.toThrow('aborted');
  });
});

describe('originFormOf', () => {
  it.each([
    ['an absolute-form target: its path and query', 'http://evs.example:8080/v2/p/cloudsnapshots/detail?limit=1', '/v2/p/cloudsnapshots/detail?limit=1'],
    ['https in upper case', 'HTTPS://evs.example/v2/p', '/v2/p'],
    ['an authority alone: the root', 'http://evs.example', '/'],
    ['an authority and a query: the root and the query', 'http://evs.example?a=1', '/?a=1'],
    ['an origin-form target as it is', '/v2/p?x=http://y', '/v2/p?x=http://y'],
    ['another scheme as it is (the screen refuses it)', 'ftp://evs.example/v2/p', 'ftp://evs.example/v2/p'],
  ])('gives %s', (_case, target, expected) => {
    expect(originFormOf(target)).toBe(expected);
  });
});
