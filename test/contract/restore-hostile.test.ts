// The contract run's bookkeeping of disks against servers that misbehave where a restore is
// concerned: a disk delete answered 2xx whose disk never goes, a job that FAILs with a huge
// error_code. The clean-up must report what is still there, and a report stays bounded.
import { afterAll, describe, expect, it } from 'vitest';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import { resolveOptions } from '../../src/contract/options.js';
import { Session } from '../../src/contract/session.js';
import { type Handler, type LocalServer, sendJson, startServer } from '../support/local-server.js';

const P = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const D = '7c0d9f3e-2b4a-4c6d-8e1f-3a5b7c9d1e2f';
const J = '4eb98f3c3461644c43d31c58ee5432bb';
const token = 'restore-hostile-token-9a7c';
const servers: LocalServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

const sessionOn = async (handler: Handler) => {
  const server = await startServer(handler);
  servers.push(server);
  const session = new Session(resolveOptions({ baseUrl: server.url, projectId: P, volumeId: V, auth: { token }, pollIntervalMs: 1, waitTimeoutMs: 100, timeoutMs: 2000 }));
  return { server, session };
};

/** Makes the run record one disk, as a create answered with its job and its id (Huawei's volume_ids) does. */
const makeDisk = (session: Session) =>
  session.run({
    name: 'restore',
    kind: 'scenario',
    operationId: 'createVolumeV21',
    expectedStatus: 202,
    request: {
      method: 'POST',
      path: `/v2.1/${P}/cloudvolumes`,
      body: JSON.stringify({ volume: { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10 } }),
      authenticated: true,
    },
  });

describe('the clean-up of disks against a hostile server', () => {
  it('lists as left a disk whose delete was answered 202 without a job but that is still there when the wait ends', async () => {
    const { server, session } = await sessionOn((request, response) => {
      if (request.method === 'POST') return sendJson(response, 202, { job_id: J, volume_ids: [D] });
      if (request.method === 'DELETE') return sendJson(response, 202, {});
      return sendJson(response, 200, { volume: { id: D, status: 'available' } });
    });
    await makeDisk(session);
    const { deleted, leftovers } = await session.cleanUp();
    session.dispose();
    expect(server.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect([deleted, leftovers]).toEqual([0, [`disk ${D}`]]);
  });
});

describe('the wait for a job against a hostile server', () => {
  it('leaves no piece of the token in what it says of a FAIL, even where the fail_reason would be cut inside the token', async () => {
    const secret = pkiToken(32 * 1024, 'contract');
    const server = await startServer((_request, response) =>
      // 279 characters before the token: a cut at 300 of the quoted reason would keep the token's first 20.
      sendJson(response, 200, { status: 'FAIL', job_id: J, error_code: 'EVS.2024', fail_reason: `${'r'.repeat(279)}${secret}` }),
    );
    servers.push(server);
    const session = new Session(resolveOptions({ baseUrl: server.url, projectId: P, volumeId: V, auth: { token: secret }, pollIntervalMs: 1, waitTimeoutMs: 100 }));
    const problem = await session.waitForJob(J);
    session.dispose();
    expect(problem).toMatch(/^the job ended FAIL with error_code "EVS.2024": "r{200}/);
    expect(problem).not.toContain(secret.slice(0, 12));
    expect(problem?.length).toBeLessThan(400);
  });
});
