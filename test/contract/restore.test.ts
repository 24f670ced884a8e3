// The restore scenarios (--restore) against the fake EVS: a faithful restore passes on both clouds'
// create paths and leaves nothing behind; a restore broken in one way (a disk of the wrong size, a
// job that never ends, a disk without snapshot_id) fails the run with a finding that names it.
import { afterEach, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/contract/options.js';
import { caseDetails, caseLine, summaryLines } from '../../src/contract/report-text.js';
import type { CaseResult, ContractResult } from '../../src/contract/result.js';
import { runContract } from '../../src/contract/run.js';
import { Session } from '../../src/contract/session.js';
import { type FakeEvs, startFakeEvs } from '../support/fake-evs.js';
import type { RestoreFault } from '../support/fake-evs-disks.js';

const token = 'restore-test-token-5f1d';
const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
let fake: FakeEvs | undefined;
afterEach(() => fake?.close());

async function run(cloud: 'otc' | 'huawei', restoreFault?: RestoreFault, extra: Record<string, unknown> = {}): Promise<ContractResult> {
  fake = await startFakeEvs({ token, projectId, cloud, ...(restoreFault ? { restoreFault } : {}) });
  return runContract({
    baseUrl: fake.url,
    projectId,
    volumeId,
    auth: { token },
    restore: true,
    cloud,
    generate: 0,
    seed: 26,
    pollIntervalMs: 2,
    waitTimeoutMs: 300,
    ...extra,
  });
}

const shown = (cases: CaseResult[]) => cases.map((c) => [caseLine(c), ...caseDetails(c)].join('\n')).join('\n');
const restoreCases = (result: ContractResult) => result.cases.filter((c) => c.name.startsWith('restore:'));

describe('the restore scenarios against a faithful fake', () => {
  it.each([
    ['otc', 'createVolume'],
    ['huawei', 'createVolumeV21'],
  ] as const)('on %s: every case passes, the disk is made through %s, followed, checked, deleted and gone', async (cloud, create) => {
    const result = await run(cloud);
    expect(
      result.cases.filter((c) => c.outcome === 'failed'),
      shown(result.cases),
    ).toEqual([]);
    const ran = restoreCases(result)
      .filter((c) => c.outcome === 'passed')
      .map((c) => c.name);
    expect(ran).toContain(`restore: create a disk from the snapshot (${create})`);
    expect(ran).toEqual(
      expect.arrayContaining([
        'restore: the job ends SUCCESS',
        'restore: the disk is available',
        `restore: refused, two data sources (${create})`,
        `restore: refused, another availability zone (${create})`,
        'restore: delete the disk',
        'restore: the disk is gone',
      ]),
    );
    const other = cloud === 'otc' ? 'createVolumeV21' : 'createVolume';
    // The other cloud's scenarios are not part of the run.
    expect(result.cases.filter((c) => c.name.endsWith(`(${other})`))).toEqual([]);
    expect([result.exitCode, result.leftovers]).toEqual([0, []]);
    expect([...(fake?.disks.disks.values() ?? [])].filter((d) => d.snapshot_id !== null && d.status !== 'deleting')).toEqual([]);
  });

  it('without --restore sends no disk create and says why each restore scenario is left out', async () => {
    const result = await run('otc', undefined, { restore: false });
    expect(fake?.requests.filter((r) => r.method === 'POST' && r.url.includes('cloudvolumes'))).toEqual([]);
    expect(result.cases.find((c) => c.name === 'restore: the source disk')?.reason).toMatch(/^it creates a disk from a snapshot \(billed/);
    expect(result.cases.find((c) => c.name === 'quotas: the project')?.outcome).toBe('passed');
  });
});

describe('a broken restore fails the run', () => {
  it.each([
    [
      'a disk one GB smaller than the snapshot',
      'wrong size',
      'restore: the disk is available',
      /at \/volume\/size: the restored disk is smaller than the snapshot; expected "at least 10", got 9 \[behaviour\/restored-as-asked\]/,
    ],
    ['a job that never ends', 'job never ends', 'restore: the job ends SUCCESS', /waiting for the job failed.*the job did not end within 300 ms \(last: status "RUNNING"\)/],
    ['a disk without snapshot_id', 'no snapshot_id', 'restore: the disk is available', /at \/volume\/snapshot_id: the restored disk does not name the snapshot it was made from/],
  ] as const)('%s: the case fails naming it, the run exits 1', async (_what, fault, name, finding) => {
    const result = await run('otc', fault);
    const failed = result.cases.find((c) => c.name === name);
    expect(failed?.outcome, shown(result.cases)).toBe('failed');
    expect(shown(failed ? [failed] : [])).toMatch(finding);
    expect(result.exitCode).toBe(1);
  });

  it('a job that never ends leaves a disk that cannot be deleted (still creating): listed as a disk, the summary says disks and snapshots', async () => {
    const result = await run('otc', 'job never ends');
    expect(result.leftovers).toEqual([expect.stringMatching(/^disk [0-9a-f-]{36}$/)]);
    expect(summaryLines(result).join('\n')).toContain(`could not delete these disks and snapshots it created, delete them by hand: ${result.leftovers[0]}`);
  });
});

describe('the clean-up of disks', () => {
  it('deletes a disk whose create was answered with a job only (a rule break a lax server accepted), after reading its id from the job, and before the snapshot it came from', async () => {
    fake = await startFakeEvs({ token, projectId });
    const session = new Session(resolveOptions({ baseUrl: fake.url, projectId, volumeId, auth: { token }, pollIntervalMs: 2, waitTimeoutMs: 2000 }));
    const post = (path: string, body: unknown) => ({ method: 'POST' as const, path, body: JSON.stringify(body), authenticated: true });
    const { answer } = await session.run({
      name: 'snapshot',
      kind: 'scenario',
      operationId: 'createSnapshot',
      expectedStatus: 202,
      request: post(`/v2/${projectId}/cloudsnapshots`, { snapshot: { volume_id: volumeId } }),
    });
    const snapshotId = (answer as { snapshot: { id: string } }).snapshot.id;
    expect(await session.waitFor(snapshotId, 'available')).toBeUndefined();
    const volume = { availability_zone: 'eu-de-01', volume_type: 'SSD', size: 10, snapshot_id: snapshotId };
    const { result } = await session.run({
      name: 'a rule break accepted',
      kind: 'generated',
      operationId: 'createVolume',
      expectedStatus: 400,
      request: post(`/v2/${projectId}/cloudvolumes`, { volume }),
      refusal: { check: 'refuses-unknown-key', record: { class: 'strictness' } },
    });
    expect(result.status).toBe(200);
    expect(session.context.disks).toEqual([{ id: undefined, jobId: expect.stringMatching(/^[0-9a-f]{32}$/), deleted: false, size: 10 }]);
    const deleting: string[] = [];
    const { deleted, leftovers } = await session.cleanUp((_id, index, total, what) => deleting.push(`${index}/${total} ${what}`));
    session.dispose();
    expect([deleted, leftovers, deleting]).toEqual([2, [], ['1/2 disk', '2/2 snapshot']]);
    const deletes = (fake.requests ?? []).filter((r) => r.method === 'DELETE').map((r) => r.url.split('/')[3]);
    expect(deletes).toEqual(['cloudvolumes', 'cloudsnapshots']);
    // The snapshot is deleted only once the disk is gone.
    expect([...fake.disks.disks.values()].filter((d) => d.snapshot_id === snapshotId)).toEqual([]);
  });

  it('stops making disks at the cap (maxDisks), without sending the create', async () => {
    fake = await startFakeEvs({ token, projectId });
    const session = new Session(resolveOptions({ baseUrl: fake.url, projectId, volumeId, auth: { token }, maxDisks: 0 }));
    const { result } = await session.run({
      name: 'create',
      kind: 'scenario',
      operationId: 'createVolume',
      expectedStatus: 200,
      request: { method: 'POST', path: `/v2/${projectId}/cloudvolumes`, body: '{}', authenticated: true },
    });
    session.dispose();
    expect([result.outcome, result.reason, fake.requests.length]).toEqual(['skipped', 'the cap of 0 disks per run is reached (maxDisks)', 0]);
  });
});
