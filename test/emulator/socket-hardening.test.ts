// The emulator's socket against what real clients and the cloud's real tokens bring: IAM tokens
// of 8 KB to 100,000 characters, header limits counted over every field, a malformed request
// pipelined behind a create, an oversized upload that must still read its 413, an absolute-form
// request target, and an upload the client abandons.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { lingerLimits } from '../../src/shared/http-front.js';
import { screenLimits } from '../../src/shared/request-screen.js';
import { rawExchange } from '../support/raw-http.js';
import { pkiToken, projectId, send, volumeId } from './fixtures.js';

const collection = `/v2/${projectId}/cloudsnapshots`;
const list = `${collection}/detail`;
let emulator: EvsEmulator;
let port: number;
beforeAll(async () => {
  emulator = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0 }, seed: 31 });
  port = Number(new URL(await emulator.listen()).port);
});
afterAll(() => emulator.close());

/** A raw HTTP/1.1 request with the header fields in the order given (names may repeat). */
const raw = (requestLine: string, fields: readonly (readonly [string, string])[], body = ''): string =>
  `${requestLine}\r\n${[['Host', '127.0.0.1'], ['Connection', 'close'], ...fields, ...(body ? [['Content-Length', String(Buffer.byteLength(body))]] : [])]
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')}\r\n\r\n${body}`;
/** `count` small distinct header fields, 11 bytes each as the screen counts them (`X-0001: v` and CRLF). */
const padding = (count: number): [string, string][] => Array.from({ length: count }, (_, i) => [`X-${i.toString(36).padStart(4, '0')}`, 'v']);
const createBody = JSON.stringify({ snapshot: { volume_id: volumeId } });

/** Everything a connection receives until the server closes it (or `ms` pass), and the socket error if one came. */
function converse(chunks: readonly (string | Buffer)[], ms = 10_000): Promise<{ text: string; error: string | undefined }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let error: string | undefined;
    const timer = setTimeout(() => socket.destroy(), ms);
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    socket.on('error', (failure: NodeJS.ErrnoException) => {
      error = failure.code ?? failure.message;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, error });
    });
    for (const chunk of chunks) socket.write(chunk);
  });
}
const statusesIn = (text: string): number[] => [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => Number(match[1]));

describe('IAM tokens of the sizes the cloud hands out', () => {
  it.each([8192, 32_768, 100_000])('takes a PKI-shaped X-Auth-Token of %i characters on its socket', async (length) => {
    const token = pkiToken(length);
    expect([token.length, token.startsWith('MII'), /\+/.test(token), /\//.test(token), token.endsWith('=')]).toEqual([length, true, true, true, true]);
    const answer = await rawExchange(port, raw(`GET ${list} HTTP/1.1`, [['X-Auth-Token', token]]));
    expect(answer.status, answer.body).toBe(200);
  });

  it.each([8192, 32_768])('takes a PKI-shaped X-Auth-Token of %i characters through fetch', async (length) => {
    const answer = await send(emulator, 'GET', list, undefined, { 'X-Auth-Token': pkiToken(length) });
    expect(answer.status, answer.text).toBe(200);
  });

  it('refuses one header field over the limit with 431, naming the header and the limit', async () => {
    const answer = await rawExchange(port, raw(`GET ${list} HTTP/1.1`, [['X-Auth-Token', pkiToken(screenLimits.maxHeaderFieldBytes)]]));
    expect([answer.status, JSON.parse(answer.body)]).toEqual([
      431,
      {
        error: {
          code: 431,
          message: `The X-Auth-Token header is ${screenLimits.maxHeaderFieldBytes + 14} bytes long; at most ${screenLimits.maxHeaderFieldBytes} bytes are accepted per header field.`,
        },
      },
    ]);
  });
});

describe('header limits over every field, not only the first thousand', () => {
  it('answers 431 to 20,000 small header fields, 220,000 bytes in all (Node alone would keep about 1,000 and pass them)', async () => {
    const answer = await rawExchange(port, raw(`GET ${list} HTTP/1.1`, [['X-Auth-Token', 't'], ...padding(20_000)]));
    expect([answer.status, JSON.parse(answer.body).error.message]).toEqual([
      431,
      expect.stringMatching(new RegExp(`^The request headers are \\d+ bytes long; at most ${screenLimits.maxHeaderBytes} bytes are accepted in all\\.$`)),
    ]);
  });

  it.each([1001, 2001, 10_001])('reads an 8 KB X-Auth-Token sent as header field %i', async (position) => {
    const answer = await rawExchange(port, raw(`GET ${list} HTTP/1.1`, [...padding(position - 3), ['X-Auth-Token', pkiToken(8192)]]));
    expect(answer.status, answer.body).toBe(200);
  });
});

describe('a connection carrying several requests', () => {
  it('answers a create first and then the malformed request pipelined behind it (202, then 400)', async () => {
    emulator.reset();
    const create = `POST ${collection} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: ${createBody.length}\r\n\r\n${createBody}`;
    const { text } = await converse([`${create}GARBAGE / HTTP/1.1\r\n\r\n`]);
    expect(statusesIn(text)).toEqual([202, 400]);
    expect(emulator.state().projects[projectId]?.snapshots).toHaveLength(1);
  });
});

describe('an upload over the body limit', () => {
  /**
   * Uploads `total` bytes declared by Content-Length, in 256 KiB writes that wait for the socket,
   * going on after the server's FIN as curl does (half-open); what came back and how it ended.
   */
  const upload = (total: number): Promise<{ statuses: number[]; error: string | undefined; sent: number }> =>
    new Promise((resolve) => {
      const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
      let text = '';
      let error: string | undefined;
      let sent = 0;
      const chunk = Buffer.alloc(256 * 1024, 0x61);
      socket.on('data', (data: Buffer) => {
        text += data.toString('latin1');
      });
      socket.on('error', (failure: NodeJS.ErrnoException) => {
        error = failure.code ?? failure.message;
      });
      socket.on('close', () => resolve({ statuses: statusesIn(text), error, sent }));
      socket.write(`POST ${collection} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`);
      const more = (): void => {
        while (sent < total && !socket.destroyed) {
          sent += chunk.byteLength;
          if (!socket.write(chunk)) return void socket.once('drain', more);
        }
        if (!socket.destroyed) socket.end();
      };
      more();
    });

  it('lets the client send all of a 20 MiB upload and read the 413, then closes without a reset (a staged close)', async () => {
    const outcomes = await Promise.all(Array.from({ length: 3 }, () => upload(20 * 1024 * 1024)));
    for (const outcome of outcomes) expect(outcome).toEqual({ statuses: [413], error: undefined, sent: 20 * 1024 * 1024 });
  });

  it('stops reading an endless upload past its byte bound', async () => {
    const outcome = await upload(lingerLimits.bytes * 2);
    expect(outcome.statuses).toEqual([413]);
    expect(outcome.sent).toBeLessThan(lingerLimits.bytes * 2);
  });
});

describe('the request target', () => {
  it.each([
    ['http', 'POST', `http://127.0.0.1:${0}${collection}`, 202],
    ['https, upper-case scheme', 'POST', `HTTPS://evs.example${collection}`, 202],
    ['with a query', 'GET', `http://127.0.0.1${list}?limit=1`, 200],
  ])('takes the absolute form (RFC 9112 §3.2.2), %s', async (_name, method, target, status) => {
    const answer = await rawExchange(
      port,
      raw(
        `${method} ${target} HTTP/1.1`,
        [
          ['X-Auth-Token', 't'],
          ['Content-Type', 'application/json'],
        ],
        method === 'POST' ? createBody : '',
      ),
    );
    expect(answer.status, answer.body).toBe(status);
  });
});

describe('an upload the client abandons', () => {
  it('prints no warning and keeps serving', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning.message);
    };
    process.on('warning', onWarning);
    try {
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(`POST ${collection} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{"snapshot":`);
          setTimeout(() => socket.destroy(), 50);
        });
        socket.on('close', () => resolve());
      });
      expect((await rawExchange(port, raw(`GET ${list} HTTP/1.1`, [['X-Auth-Token', 't']]))).status).toBe(200);
      // A warning is emitted on a later tick: give it time to show.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
