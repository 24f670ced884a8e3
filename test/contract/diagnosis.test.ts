// What a failure report must say for a person to act on it without running again: the whole URL
// (the base URL's own path included), the answer's status and the start of its body with secrets
// removed first, in text, JUnit and JSON; a hint for a base URL that doubles /v2 and for a target
// that answers like a stateless mock; counts that claim no snapshot when nothing answered.
import { afterEach, describe, expect, it } from 'vitest';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import type { ContractResult } from '../../src/contract/result.js';
import { runContract } from '../../src/contract/run.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { startFakeEvs } from '../support/fake-evs.js';
import { closedPort, type LocalServer, startServer } from '../support/local-server.js';
import { runContractCommand } from '../support/run-contract-command.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
/** A token shaped like a real IAM PKI token (base64 with + / =), 32 KB, the most Huawei's API pages allow in X-Auth-Token. */
const token = `MIIZ${'q8+/Vz3k'.repeat(4095)}==`;
/** A token shaped like a real IAM PKI token (base64 with + / =), of the 32,768 characters Huawei's API pages allow. */
const emulatorToken = pkiToken(32_768, 'emulatorToken');
const flags = (baseUrl: string) => ['--base-url', baseUrl, '--project-id', projectId, '--volume-id', volumeId, '--poll-interval', '5', '--wait-timeout', '5000'];

let emulator: EvsEmulator | undefined;
const servers: LocalServer[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The emulator behind a front that serves it under /prefix only, as a gateway or reverse proxy mounts a service. */
async function mountedUnderPrefix(): Promise<LocalServer> {
  const target = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0 }, seed: 5 });
  emulator = target;
  const front = await startServer(async (request, response) => {
    if (!request.url.startsWith('/prefix/')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('no such route');
      return;
    }
    const headers = Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host');
    const answer = await target.fetch(`http://evs.internal${request.url.slice('/prefix'.length)}`, {
      method: request.method,
      headers,
      ...(request.body === '' ? {} : { body: request.body }),
    });
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  servers.push(front);
  return front;
}

describe('a base URL with a path of its own', () => {
  it('sends every request under that path, and a run against a service mounted there passes', async () => {
    const front = await mountedUnderPrefix();
    const result = await runContract({
      baseUrl: `${front.url}/prefix/`,
      projectId,
      volumeId,
      auth: { token: emulatorToken },
      rollback: true,
      generate: 14,
      seed: 3,
      pollIntervalMs: 5,
    });
    const failed = result.cases.filter((c) => c.outcome === 'failed').map((c) => `${c.name}: ${JSON.stringify(c.violations)}`);
    expect(failed).toEqual([]);
    expect([result.exitCode, result.leftovers, result.hints]).toEqual([0, [], []]);
    expect(front.requests.length).toBeGreaterThan(30);
    expect(front.requests.filter((r) => !/^\/prefix\/v2\/[^/]+\/(cloudsnapshots|snapshots|os-quota-sets|cloudvolumes)\b/.test(r.url)).map((r) => r.url)).toEqual([]);
  });
});

describe('a failure report', () => {
  it('shows the whole URL, the answer and the start of its body with the token removed before the cut, in text, JUnit and JSON, and a hint for a base URL ending in /v2', async () => {
    // The service answers 404 and quotes the token in its message, followed by more text.
    const fake = await startFakeEvs({
      token,
      projectId,
      mutate: (reply, request) =>
        reply.status === 404 ? { ...reply, body: { itemNotFound: { code: 'EVS.5404', message: `no route ${request.path} for ${request.token} ${'x'.repeat(600)}` } } } : reply,
    });
    servers.push(fake);
    const run = await runContractCommand([...flags(`${fake.url}/v2`), '--generate', '0', '--only', 'create: minimal', '--report', 'junit.xml', '--report', 'result.json'], {
      EVS_AUTH_TOKEN: token,
    });
    expect(run.code).toBe(1);
    const url = `${fake.url}/v2/v2/${projectId}/cloudsnapshots`;
    expect(run.stdout).toContain(`FAIL createSnapshot [create: minimal] (HTTP 404`);
    expect(run.stdout).toContain(`  request: POST ${url} {"snapshot":{"volume_id":"${volumeId}"}}`);
    const body = `{"itemNotFound":{"code":"EVS.5404","message":"no route /v2/v2/${projectId}/cloudsnapshots for [redacted] xxx`;
    expect(run.stdout).toMatch(new RegExp(`^ {2}response: HTTP 404, application/json, \\d+ bytes: ${regexText(body)}x*… \\(\\d+ characters\\)$`, 'm'));
    expect(run.stdout).toContain(
      `evs-contract: hint: the base URL ends in /v2, and every request path starts with /v2/{project_id}/ (${fake.url}/v2/v2/...): the base URL is usually the endpoint alone`,
    );
    const junit = run.written.get('junit.xml') ?? '';
    expect(junit).toContain(`request: POST ${url}`);
    expect(junit).toContain(`response: HTTP 404, application/json`);
    expect(junit).toContain(escapeXml(body));
    const json = JSON.parse(run.written.get('result.json') ?? '{}') as ContractResult;
    const failed = json.cases.find((c) => c.name === 'create: minimal');
    expect(failed?.request?.url).toBe(url);
    expect(failed?.response?.status).toBe(404);
    expect(failed?.response?.contentType).toBe('application/json');
    expect(failed?.response?.body.startsWith(body)).toBe(true);
    expect(json.hints?.[0]).toContain('the base URL ends in /v2');
    // Neither the token nor any piece of it (a cut through it would leave a prefix).
    for (const text of [run.output, junit, JSON.stringify(json)]) {
      expect(text).not.toContain(token.slice(0, 12));
      expect(text).not.toContain(token.slice(-12));
    }
  });

  it('hints at --stateless when a snapshot the run created is shown under another id, as a mock answering from examples does', async () => {
    const exampleId = '2bce4552-4e1d-4a3c-9a6f-1d0f6d1a0c11';
    const created: string[] = [];
    const fake = await startFakeEvs({
      token,
      projectId,
      mutate: (reply, request) => {
        const snapshot = (reply.body as { snapshot?: { id: string } } | undefined)?.snapshot;
        if (!snapshot) return reply;
        if (request.method === 'POST') created.push(snapshot.id);
        return request.method === 'GET' && reply.status === 200 ? { ...reply, body: { snapshot: { ...snapshot, id: exampleId } } } : reply;
      },
    });
    servers.push(fake);
    const run = await runContractCommand([...flags(fake.url), '--generate', '0', '--only', 'show'], { EVS_AUTH_TOKEN: token });
    expect(run.code).toBe(1);
    expect(created).toHaveLength(1);
    expect(run.stdout).toContain(
      `evs-contract: hint: the target answers like a stateless mock: the snapshot created as ${created[0]} was shown as ${exampleId}; if it is Prism or another mock that answers from examples, run with --stateless`,
    );
  });

  it('claims no snapshot made when nothing listens, and says that no request got an answer', async () => {
    const port = await closedPort();
    const run = await runContractCommand([...flags(`http://127.0.0.1:${port}`), '--generate', '3', '--timeout', '2000', '--report', 'result.json'], { EVS_AUTH_TOKEN: token });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/evs-contract: 0 passed, 3 failed, \d+ skipped in [\d.]+ s against http:\/\/127\.0\.0\.1:\d+ \(seed \d+; 0 snapshots made, at most 20\)\n/);
    expect(run.stdout).toContain(`evs-contract: 3 requests got no answer from http://127.0.0.1:${port} (the last: ECONNREFUSED)`);
    const json = JSON.parse(run.written.get('result.json') ?? '{}') as ContractResult;
    expect([json.snapshotsMade, json.createsUnanswered, json.noAnswer]).toEqual([0, 0, { requests: 3, last: 'ECONNREFUSED' }]);
  });
});

function regexText(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
