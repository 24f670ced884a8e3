// The emulator on a socket, at the level of the socket: the port and host it is given, a port that
// is taken, close(), the name its front answers with, and the bytes a stalled answer delivers.
import { type AddressInfo, connect, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { rawExchange } from '../support/raw-http.js';
import { projectId, token } from './fixtures.js';

const list = `/v2/${projectId}/cloudsnapshots/detail`;
const get = (extra = '') => `GET ${list} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: ${token}\r\n${extra}\r\n`;
let open: EvsEmulator | undefined;
let blocker: Server | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  blocker = undefined;
});

/** A loopback port held by another server for the length of the test. */
const takenPort = (host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    blocker = server;
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
  });

/** What `promise` settles to, or `label` if it has not settled after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, label: string): Promise<T | string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(label), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** 'connected', or the code of the error a connection to `port` meets. */
const connectOutcome = (port: number): Promise<string> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
      .once('connect', () => {
        socket.destroy();
        resolve('connected');
      })
      .once('error', (error: NodeJS.ErrnoException) => resolve(String(error.code)));
  });

/** Whether this machine can bind the IPv6 loopback address. */
const ipv6 = await new Promise<boolean>((resolve) => {
  const probe = createServer()
    .once('error', () => resolve(false))
    .listen(0, '::1', () => probe.close(() => resolve(true)));
});

describe('the emulator on a socket', () => {
  it('listens on the port it is given, and its url names that port', async () => {
    const port = await takenPort('127.0.0.1');
    await new Promise((resolve) => blocker?.close(resolve));
    blocker = undefined;
    open = createEvsEmulator();
    expect(await open.listen({ port })).toBe(`http://127.0.0.1:${port}`);
    expect((await rawExchange(port, get())).status).toBe(200);
  });

  it('rejects with EADDRINUSE when the port is taken, instead of waiting', async () => {
    const port = await takenPort('127.0.0.1');
    open = createEvsEmulator();
    const outcome = await within(
      open.listen({ port }).catch((error: NodeJS.ErrnoException) => error.code),
      10_000,
      'still waiting after 10 s',
    );
    expect(outcome).toBe('EADDRINUSE');
  });

  it.skipIf(!ipv6)('names an IPv6 host in brackets, and answers there', async () => {
    open = createEvsEmulator();
    const url = await open.listen({ host: '::1' });
    expect(url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    const answer = await fetch(`${url}${list}`, { headers: { 'X-Auth-Token': token } });
    expect([answer.status, await answer.json()]).toEqual([200, { count: 0, snapshots: [] }]);
  });

  it('stops answering once closed: a new connection is refused', async () => {
    open = createEvsEmulator();
    const port = Number(new URL(await open.listen()).port);
    expect(await connectOutcome(port)).toBe('connected');
    await open.close();
    expect(await connectOutcome(port)).toBe('ECONNREFUSED');
  });

  it('closes at once while a stalled answer is still pending', async () => {
    open = createEvsEmulator({ faults: [{ kind: 'stall', ms: 600_000 }] });
    const port = Number(new URL(await open.listen()).port);
    const pending = rawExchange(port, get(), 20_000).catch((error: Error) => error.message);
    // The log has the request once its answer is written: the head and half the body are out.
    for (let i = 0; i < 1000 && open.log().length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(
      await within(
        open.close().then(() => 'closed'),
        10_000,
        'not closed after 10 s',
      ),
    ).toBe('closed');
    expect(await pending).toMatch(/the body ended after \d+ of \d+ bytes/);
  });

  it('names itself "The emulator" in the refusals of its front', async () => {
    open = createEvsEmulator();
    const port = Number(new URL(await open.listen()).port);
    const answer = await rawExchange(port, get('Expect: 200-ok\r\n'));
    expect([answer.status, JSON.parse(answer.body)]).toEqual([400, { badRequest: { code: 400, message: 'The emulator does not take Expect: 200-ok; only 100-continue.' } }]);
  });

  it('answers 500 and warns, secrets redacted, when handling a request throws', async () => {
    const secret = 'emulator-secret-token-42';
    open = createEvsEmulator({
      tokens: [secret],
      onRequest: () => {
        throw new Error(`the listener broke on ${secret}`);
      },
    });
    const port = Number(new URL(await open.listen()).port);
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    const answer = await rawExchange(port, `GET ${list} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: ${secret}\r\n\r\n`);
    expect(answer.status).toBe(500);
    const warning = await within(warned, 10_000, 'no warning after 10 s');
    expect(String((warning as Error).message)).toMatch(/^evs-emulator: the listener broke on \[redacted\]$/);
  });

  it('sends a stalled answer with the whole Content-Length and exactly the first half of the body', async () => {
    const whole = Buffer.byteLength(JSON.stringify({ count: 0, snapshots: [] }));
    open = createEvsEmulator({ faults: [{ kind: 'stall', ms: 50 }] });
    const port = Number(new URL(await open.listen()).port);
    await expect(rawExchange(port, get())).rejects.toThrow(`the body ended after ${Math.floor(whole / 2)} of ${whole} bytes`);
  });
});
