// The request log is bounded: it keeps the newest entries in order, none with a limit of 0, and
// copies, so a caller cannot change what it holds. Request ids are 32 hex digits.
import { describe, expect, it } from 'vitest';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { RequestLog } from '../../src/emulator/log.js';
import { requestIdFrom, seededRandom } from '../../src/emulator/random.js';
import { pkiToken, projectId, send } from './fixtures.js';

const entry = (n: number) => ({ time: n, method: 'GET', path: `/p/${n}`, query: '', operation: undefined, status: 200, ms: 0, requestId: String(n) });
const times = (log: RequestLog) => log.list().map((item) => item.time);

describe('the request log', () => {
  it('keeps every entry up to its limit, then the newest ones in order, through many compactions', () => {
    const log = new RequestLog(3);
    const seen: number[][] = [];
    for (let n = 1; n <= 12; n++) {
      log.add(entry(n));
      seen.push(times(log));
    }
    expect(seen.slice(0, 4)).toEqual([[1], [1, 2], [1, 2, 3], [2, 3, 4]]);
    expect(seen.slice(-5)).toEqual([
      [6, 7, 8],
      [7, 8, 9],
      [8, 9, 10],
      [9, 10, 11],
      [10, 11, 12],
    ]);
  });

  it('holds at most about twice its limit in memory, however many entries come', () => {
    const log = new RequestLog(10);
    for (let n = 1; n <= 1000; n++) log.add(entry(n));
    expect((log as unknown as { entries: unknown[] }).entries.length).toBeLessThanOrEqual(21);
    expect(times(log)).toEqual([991, 992, 993, 994, 995, 996, 997, 998, 999, 1000]);
  });

  it('keeps nothing with a limit of 0', () => {
    const log = new RequestLog(0);
    log.add(entry(1));
    expect(log.list()).toEqual([]);
  });

  it('hands out copies of its entries', () => {
    const log = new RequestLog(2);
    log.add(entry(1));
    const [first] = log.list();
    if (first) first.status = 500;
    expect(log.list()[0]?.status).toBe(200);
  });
});

describe('request ids', () => {
  it('are 32 lower-case hex digits', () => {
    const next = seededRandom(7);
    for (let i = 0; i < 20; i++) expect(requestIdFrom(next)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('what the emulator logs and answers of a request that carries its own token elsewhere too', () => {
  // Any token is taken by default, so the emulator knows a request's token only from its header.
  const token = pkiToken(2048, 'logged');
  const list = `/v2/${projectId}/cloudsnapshots/detail`;
  const places: Array<[string, string]> = [
    ['in the query as sent', `${list}?name=${encodeURIComponent(token)}`],
    ['in a query parameter that is not the API’s', `${list}?X-Auth-Token=${encodeURIComponent(token)}`],
    ['as the snapshot id of a path', `/v2/${projectId}/cloudsnapshots/${encodeURIComponent(token)}`],
  ];

  it.each(places)('keeps the token out of the log entry and the answer when it is %s', async (_place, path) => {
    const lines: string[] = [];
    const emulator = createEvsEmulator({ onRequest: (entry) => lines.push(JSON.stringify(entry)) });
    const answer = await send(emulator, 'GET', path, undefined, { 'X-Auth-Token': token });
    const shown = [answer.text, ...lines, JSON.stringify(emulator.log())].join('\n');
    for (const form of [token, encodeURIComponent(token)]) expect(shown).not.toContain(form.slice(0, 24));
    expect(lines.join('')).toContain('[redacted]');
  });

  it('keeps a configured token out of the log when a client puts it in the query', async () => {
    const lines: string[] = [];
    const emulator = createEvsEmulator({ tokens: [token], onRequest: (entry) => lines.push(JSON.stringify(entry)) });
    await send(emulator, 'GET', `${list}?X-Auth-Token=${encodeURIComponent(token)}`, undefined, { 'X-Auth-Token': token });
    expect(lines.join('')).not.toContain(encodeURIComponent(token).slice(0, 24));
  });
});
