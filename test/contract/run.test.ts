// runContract's outcome against small local servers: which exit code wins when several apply
// (refused credentials, then a failed case, then leftovers), the events it reports in order, the
// clean-up after an error in the caller's own onEvent, and none against a stateless mock.
import { getEventListeners } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContractEvent } from '../../src/contract/result.js';
import { runContract } from '../../src/contract/run.js';
import { type Handler, type LocalServer, sendJson, startServer } from '../support/local-server.js';
import { snapshotBody } from '../support/snapshot-body.js';

const P = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const S = 'aaaaaaaa-0000-4000-8000-00000000000d';
const token = 'run-test-token-1234';
const servers: LocalServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

/** A server that makes one snapshot and shows it available; deletes answer `deleteStatus`. */
const disk =
  (deleteStatus: number, createStatus = 202): Handler =>
  (request, response) => {
    if (request.headers['x-auth-token'] !== token) return sendJson(response, 401, { error_code: 'APIGW.0301', error_msg: 'bad token' });
    const snapshot = { snapshot: snapshotBody({ id: S, status: 'available', volume_id: V, 'os-extended-snapshot-attributes:project_id': P }) };
    if (request.method === 'POST') return sendJson(response, createStatus, createStatus === 202 ? snapshot : { badRequest: { code: 'EVS.2009', message: 'no' } });
    if (request.method === 'GET') return sendJson(response, 200, snapshot);
    if (deleteStatus === 202) {
      response.writeHead(202);
      response.end();
      return;
    }
    return sendJson(response, deleteStatus, { computeFault: { code: 'EVS.5500', message: 'no' } });
  };
const runOn = async (handler: Handler, extra: Record<string, unknown> = {}) => {
  const server = await startServer(handler);
  servers.push(server);
  const events: ContractEvent[] = [];
  const result = await runContract({
    baseUrl: server.url,
    projectId: P,
    volumeId: V,
    auth: { token },
    only: ['create: minimal'],
    generate: 0,
    pollIntervalMs: 0,
    waitTimeoutMs: 200,
    onEvent: (event) => events.push(event),
    ...extra,
  });
  return { server, result, events };
};

describe('runContract', () => {
  it('exits 0 when every case conforms and the clean-up deleted what they made, reporting each case and then the clean-up', async () => {
    const { result, events } = await runOn(disk(202));
    expect([result.ok, result.exitCode, result.leftovers, result.snapshotsMade, result.totals]).toEqual([
      true,
      0,
      [],
      1,
      { passed: 1, failed: 0, warned: 0, skipped: 73, planned: 0 },
    ]);
    const shown = (e: ContractEvent): string => (e.type === 'case' ? e.result.name : e.type === 'cleanup' ? `cleanup ${e.deleted} ${e.leftovers.length}` : e.type);
    expect(events.map(shown)).toEqual([...result.cases.map((c) => c.name), 'deleting', 'cleanup 1 0']);
    expect(events.filter((e) => e.type === 'case').map((e) => e.result)).toEqual(result.cases);
    expect(Number.isInteger(result.durationMs) && result.durationMs >= 0).toBe(true);
  });

  it('exits 3 when every case conforms but a snapshot it made could not be deleted, and lists it', async () => {
    const { result, events } = await runOn(disk(500));
    expect([result.ok, result.exitCode, result.leftovers]).toEqual([false, 3, [S]]);
    expect(events.at(-1)).toEqual({ type: 'cleanup', deleted: 0, disks: 0, leftovers: [S] });
  });

  it('exits 1 when a case failed, also with a snapshot left (not 3)', async () => {
    const { result } = await runOn(disk(500), { only: ['create: minimal', 'create: missing volume_id'] });
    // This lax server took the create without a disk too (the failure), answering the same id.
    expect([result.exitCode, result.totals.failed, result.leftovers]).toEqual([1, 1, [S, S]]);
  });

  it('exits 4 when the credentials are refused, not 1 for the refused case counted failed', async () => {
    const { result } = await runOn(disk(202), { auth: { token: 'another-token-5678' } });
    expect([result.ok, result.exitCode, result.totals.failed]).toEqual([false, 4, 1]);
  });

  it('against a stateless mock: no clean-up, no clean-up event', async () => {
    const { server, result, events } = await runOn(disk(202), { stateless: true });
    expect([result.exitCode, events.some((e) => e.type === 'cleanup')]).toEqual([0, false]);
    expect(server.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('fails a case whose snapshot never reaches the state it waits for, without sending it', async () => {
    const creating: Handler = (request, response) => {
      const snapshot = { snapshot: snapshotBody({ id: S, status: 'creating', volume_id: V, 'os-extended-snapshot-attributes:project_id': P }) };
      if (request.method === 'DELETE') {
        response.writeHead(202);
        response.end();
        return;
      }
      sendJson(response, request.method === 'POST' ? 202 : 200, snapshot);
    };
    const { server, result } = await runOn(creating, { only: ['delete'] });
    expect(result.cases.find((c) => c.name === 'delete')).toStrictEqual({
      name: 'delete',
      kind: 'scenario',
      operationId: 'deleteSnapshot',
      outcome: 'failed',
      expectedStatus: 202,
      request: { method: 'DELETE', path: `/v2/${P}/cloudsnapshots/${S}`, url: `${server.url}/v2/${P}/cloudsnapshots/${S}` },
      violations: [
        {
          pointer: '(request)',
          problem: 'waiting for the snapshot failed',
          expected: 'a snapshot that is available',
          actual: 'the snapshot did not become available within 200 ms (last: status "creating")',
          class: 'behaviour',
          check: 'reaches-state',
        },
      ],
      ms: 0,
    });
    // The case's DELETE was not sent; the unknown id's and the clean-up's were.
    expect(server.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.split('/').at(-1))).toEqual(['00000000-0000-4000-8000-000000000000', S]);
  });

  it('still cleans up when the caller’s onEvent throws, then passes the error on', async () => {
    const failure = new Error('the caller’s handler broke');
    const thrown = (event: ContractEvent) => {
      if (event.type === 'case') throw failure;
    };
    await expect(runOn(disk(202), { onEvent: thrown })).rejects.toBe(failure);
    const server = servers.at(-1) as LocalServer;
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'DELETE']);
  });

  it('sends every request through the fetch it is given, e.g. one with a proxy dispatcher', async () => {
    const sent: string[] = [];
    const viaProxy: typeof fetch = (input, init) => {
      sent.push(`${init?.method ?? 'GET'} ${String(input)}`);
      return fetch(input, init);
    };
    const { server, result } = await runOn(disk(202), { fetch: viaProxy });
    expect(result.exitCode).toBe(0);
    expect(sent).toEqual(server.requests.map((r) => `${r.method} ${server.url}${r.url}`));
  });
});

describe('runContract and the signals it is given', () => {
  it("leaves no abort listener on the caller's signals after a dry run, so a signal used for many runs does not gather them", async () => {
    const signal = new AbortController().signal;
    const cleanUpSignal = new AbortController().signal;
    for (let run = 0; run < 3; run++)
      await runContract({
        baseUrl: 'http://127.0.0.1:9',
        auth: { token: 'dry-run-token' },
        projectId: 'bab7d5c60cd041a0a36f7c4b6e1dd978',
        volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635',
        dryRun: true,
        signal,
        cleanUpSignal,
      });
    expect([getEventListeners(signal, 'abort').length, getEventListeners(cleanUpSignal, 'abort').length]).toEqual([0, 0]);
  });
});
