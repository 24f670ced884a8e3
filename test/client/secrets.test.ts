// The token never shows up in errors, their string forms, inspect output or retry events.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClientOptions, EvsError, type RetryEvent } from '../../src/client/index.js';
import { type LocalServer, sendJson, startServer } from '../support/local-server.js';
import { localOptions, token, volumeId } from './fixtures.js';

let server: LocalServer;
const variants = 4;
beforeAll(async () => {
  // A hostile server that echoes the token back in every way it can.
  server = await startServer((req, res, i) => {
    const echoed = String(req.headers['x-auth-token']);
    switch (i % variants) {
      case 0:
        return sendJson(res, 401, { error_code: 'APIGW.0301', error_msg: `token ${echoed} rejected`, request_id: echoed });
      case 1:
        return sendJson(res, 400, { weird: `echo ${echoed}` });
      case 2:
        return sendJson(res, 403, { [echoed]: { code: echoed, message: 'x' } }, { 'X-Request-Id': `id-${echoed}` });
      default:
        res.writeHead(202, { 'Content-Type': 'application/json', 'X-Request-Id': echoed });
        res.end(`not json ${echoed}`);
    }
  });
});
afterAll(() => server.close());

function renderings(value: unknown): string[] {
  const error = value as Error & Record<string, unknown>;
  return [String(value), inspect(value, { depth: 5, showHidden: true }), JSON.stringify(value), error.message, error.stack ?? '', JSON.stringify(Object.values(error))];
}

describe('the token stays secret', () => {
  it('is scrubbed from every error the server provokes', async () => {
    const evs = createEvsClient(localOptions(server.url, { retry: false }));
    for (let i = 0; i < variants; i++) {
      const error = await evs.createSnapshot({ volume_id: volumeId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EvsError);
      for (const text of renderings(error)) expect(text).not.toContain(token);
    }
    expect(String(server.requests[0]?.headers['x-auth-token'])).toBe(token);
  });

  it('is absent from the client object and its inspect output', () => {
    const evs = createEvsClient(localOptions(server.url));
    expect(inspect(evs, { depth: 10, showHidden: true })).not.toContain(token);
    expect(JSON.stringify(evs)).not.toContain(token);
    expect(String(evs)).not.toContain(token);
  });

  it('is redacted in option errors', () => {
    const bad = [{ token: `${token}\n` }, { token: 42 }] as unknown as EvsClientOptions['auth'][];
    for (const auth of bad) {
      const error = (() => {
        try {
          createEvsClient({ ...localOptions(server.url), auth } as EvsClientOptions);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(EvsError);
      for (const text of renderings(error)) {
        expect(text).not.toContain(token);
        expect(text).not.toContain('42 (number)');
      }
    }
    const inHeaders = (() => {
      try {
        createEvsClient(localOptions(server.url, { headers: { 'X-Auth-Token': token } }));
      } catch (e) {
        return e;
      }
    })();
    for (const text of renderings(inHeaders)) expect(text).not.toContain(token);
  });

  it('is not passed to retry listeners, in any string form, though the server echoes it everywhere', async () => {
    const events: RetryEvent[] = [];
    const flaky = await startServer((req, res) => {
      const echoed = String(req.headers['x-auth-token']);
      res.statusMessage = `Busy ${echoed}`;
      sendJson(res, 503, { error: { code: 'EVS.5503', message: `retry ${echoed}` }, request_id: echoed }, { 'X-Request-Id': echoed, 'Retry-After': '0' });
    });
    const evs = createEvsClient(localOptions(flaky.url, { onRetry: (e) => events.push(e) }));
    await evs.updateSnapshot('f9faf7df-fdc1-4093-9ef3-5cba06eef995', {}).catch(() => undefined);
    await flaky.close();
    expect(events.length).toBe(2);
    for (const event of events) for (const text of renderings(event)) expect(String(text)).not.toContain(token);
    expect(inspect(events, { depth: 10, showHidden: true, getters: true })).not.toContain(token);
  });
});
