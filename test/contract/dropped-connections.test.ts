// A target that accepts each connection and drops it at once (a closed or reset socket, as a
// crashed backend behind a load balancer does) must fail the run, in a real process: a request
// left pending keeps nothing alive, so Node used to exit 0 half-way, with no summary and no report.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import { type ContractProcess, spawnContract } from '../support/contract-process.js';
import { droppingServer } from '../support/dropping-server.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
/** A token shaped like a real IAM PKI token (base64 with + / =), of the 32,768 characters the API pages allow. */
const token = pkiToken(32_768, 'dropped');

describe('evs-contract against a target that drops every connection', () => {
  let running: ContractProcess | undefined;
  let folder: string | undefined;
  afterEach(async () => {
    running?.kill();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['closes', (socket: Socket) => socket.end()],
    ['resets', (socket: Socket) => socket.resetAndDestroy()],
  ])('exits 1 with the summary, the reason and the report when the target %s each connection', async (_how, drop) => {
    const server = await droppingServer(drop);
    folder = await mkdtemp(join(tmpdir(), 'evs-contract-drop-'));
    const report = join(folder, 'result.json');
    try {
      running = spawnContract(
        [
          '--base-url',
          server.url,
          '--project-id',
          projectId,
          '--volume-id',
          volumeId,
          '--generate',
          '5',
          '--timeout',
          '1500',
          '--report',
          report,
          '--report',
          join(folder, 'junit.xml'),
        ],
        { EVS_AUTH_TOKEN: token },
      );
      const code = await running.exited();
      const output = running.output();
      expect(code, output).toBe(1);
      expect(server.connections()).toBeGreaterThan(0);
      expect(output).toMatch(/evs-contract: 0 passed, \d+ failed, \d+ skipped in/);
      expect(output).toMatch(/evs-contract: \d+ requests? got no answer from http:\/\/127\.0\.0\.1:\d+ \(the last: [^)]+\)/);
      // Nothing answered, so nothing is claimed to be made.
      expect(output).toContain('0 snapshots made');
      const json = JSON.parse(await readFile(report, 'utf8')) as { exitCode: number; noAnswer?: { requests: number } };
      expect(json.exitCode).toBe(1);
      expect(json.noAnswer?.requests).toBeGreaterThan(0);
      expect(await readFile(join(folder, 'junit.xml'), 'utf8')).toContain('<testsuites name="evs-contract"');
      expect(output).not.toContain(token.slice(0, 40));
    } finally {
      await server.close();
    }
  });
});
