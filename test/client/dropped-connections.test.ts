// A script that awaits one call against a server that drops every connection: the call fails with
// a typed error and the script goes on. The deadline's timer keeps Node alive meanwhile; with an
// unref'd one Node found nothing pending and ended the script mid-await (exit 13, nothing printed).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { type DroppingServer, droppingServer } from '../support/dropping-server.js';
import { projectId, snapshotId } from './fixtures.js';

const run = promisify(execFile);
let server: DroppingServer;

beforeAll(async () => {
  server = await droppingServer();
});
afterAll(() => server.close());

const script = (endpoint: string): string => `
  const { createEvsClient } = await import(${JSON.stringify(fromRoot('src', 'client', 'index.ts'))});
  const evs = createEvsClient({ endpoint: ${JSON.stringify(endpoint)}, projectId: '${projectId}', auth: { token: 'MIIabcd-token' }, retry: { retries: 1, baseDelayMs: 5, maxDelayMs: 20 }, timeoutMs: 1500 });
  try {
    await evs.showSnapshot('${snapshotId}');
    console.log('resolved');
  } catch (error) {
    console.log('rejected ' + error.name);
  }
`;

describe('a server that closes every connection at once', () => {
  it('fails a script awaiting one call with EvsNetworkError or EvsTimeoutError, never ends it mid-await (3 scripts side by side)', async () => {
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(server.url)], { cwd: fromRoot(), timeout: 30_000 }).then(
          ({ stdout }) => ({ code: 0, stdout }),
          (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout ?? '' }),
        ),
      ),
    );
    for (const { code, stdout } of runs) {
      expect(code).toBe(0);
      expect(stdout.trim()).toMatch(/^rejected Evs(Network|Timeout)Error$/);
    }
  });
});
