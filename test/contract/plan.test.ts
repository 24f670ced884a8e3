// What a dry run plans, word for word: every scenario's request with the placeholders of the
// snapshots it has not made, what --only and the rollback switch leave out and why, the generated
// cases' line; and nothing is sent (the base URL's port has nothing behind it).
import { describe, expect, it } from 'vitest';
import type { CaseResult } from '../../src/contract/result.js';
import { runContract } from '../../src/contract/run.js';

// The cloudsnapshots family's plan; the OpenStack-compatible family's is planned in cinder-scenarios.test.ts.
const base = { baseUrl: 'http://127.0.0.1:9', projectId: 'p1', volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635', auth: { token: 'tok-1234' }, dryRun: true, openstack: false };
const line = (c: CaseResult) =>
  `${c.outcome} ${c.operationId} [${c.name}] ${c.expectedStatus ?? '-'}${c.request ? `: ${c.request.method} ${c.request.path}${c.request.body === undefined ? '' : ` ${c.request.body}`}` : ''}${c.reason ? ` (${c.reason})` : ''}`;

describe('a dry run', () => {
  it('plans every scenario in order, the rollback included when allowed, and the generated cases', async () => {
    const result = await runContract({ ...base, rollback: true, restore: true, generate: 7, seed: 5, maxSnapshots: 9 });
    const built = '(its request is built from the answers of the scenarios before it)';
    expect(result.cases.map(line)).toEqual([
      `planned createSnapshot [create: minimal] 202: POST /v2/p1/cloudsnapshots {"snapshot":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635"}}`,
      `planned createSnapshot [create: all fields with metadata] 202: POST /v2/p1/cloudsnapshots {"snapshot":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635","name":"contract-suite","description":"Created by the EVS contract suite","metadata":{"owner":"contract-suite"},"force":false}}`,
      `planned createSnapshot [create: force] 202: POST /v2/p1/cloudsnapshots {"snapshot":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635","force":true}}`,
      `planned showQuotas [quotas: the project] 200: GET /v2/p1/os-quota-sets/p1?usage=True`,
      `planned showQuotas [quotas: usage missing] 400: GET /v2/p1/os-quota-sets/p1`,
      `planned showSnapshot [show] 200: GET /v2/p1/cloudsnapshots/{snapshot}`,
      `planned updateSnapshot [update: name] 200: PUT /v2/p1/cloudsnapshots/{snapshot} {"snapshot":{"name":"contract-suite-renamed"}}`,
      `planned updateSnapshot [update: description] 200: PUT /v2/p1/cloudsnapshots/{snapshot} {"snapshot":{"description":"Updated by the EVS contract suite"}}`,
      `planned updateSnapshot [update: name and description] 200: PUT /v2/p1/cloudsnapshots/{snapshot} {"snapshot":{"name":"contract-suite-main","description":"Both fields"}}`,
      `planned showSnapshot [show: after update] 200: GET /v2/p1/cloudsnapshots/{snapshot}`,
      `planned listSnapshots [list: no filters] 200: GET /v2/p1/cloudsnapshots/detail`,
      `planned listSnapshots [list: filters] 200: GET /v2/p1/cloudsnapshots/detail?name=contract-suite-main&volume_id=5aa119a8-d25b-45a7-8d1b-88e127885635&status=available`,
      `planned listSnapshots [list: page 1 by offset] 200: GET /v2/p1/cloudsnapshots/detail?volume_id=5aa119a8-d25b-45a7-8d1b-88e127885635&limit=1&offset=0`,
      `planned listSnapshots [list: page 2 by offset] 200: GET /v2/p1/cloudsnapshots/detail?volume_id=5aa119a8-d25b-45a7-8d1b-88e127885635&limit=1&offset=1`,
      `planned listSnapshots [list: page 3 by offset] 200: GET /v2/p1/cloudsnapshots/detail?volume_id=5aa119a8-d25b-45a7-8d1b-88e127885635&limit=1&offset=2`,
      `planned listSnapshots [list: paging] 200: GET /v2/p1/cloudsnapshots/detail?offset=1&limit=1`,
      `planned listSnapshots [list: repeated id] 200: GET /v2/p1/cloudsnapshots/detail?id={snapshot}&id=00000000-0000-4000-8000-000000000000`,
      `planned showVendorVolume [restore: the source disk] 200: GET /v2/p1/os-vendor-volumes/5aa119a8-d25b-45a7-8d1b-88e127885635`,
      `planned showSnapshot [restore: the snapshot] 200: GET /v2/p1/cloudsnapshots/{snapshot}`,
      `planned createVolume [restore: create a disk from the snapshot (createVolume)] 200 or 202 ${built}`,
      `planned showJob [restore: the job ends SUCCESS] 200 ${built}`,
      `planned showVendorVolume [restore: the disk is available] 200 ${built}`,
      `planned showQuotas [restore: quotas count the disk] 200: GET /v2/p1/os-quota-sets/p1?usage=True`,
      `planned createVolume [restore: refused, two data sources (createVolume)] 400 ${built}`,
      `planned createVolume [restore: refused, another availability zone (createVolume)] 400 ${built}`,
      `planned createVolume [restore: refused, another disk type (createVolume)] 400 ${built}`,
      `planned createVolume [restore: refused, a size below the snapshot's (createVolume)] 400 ${built}`,
      `planned deleteVolume [restore: delete the disk] 200 ${built}`,
      `planned showVendorVolume [restore: the disk is gone] 404 ${built}`,
      `planned createSnapshot [create: no token] 401: POST /v2/p1/cloudsnapshots {"snapshot":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635"}}`,
      `planned createSnapshot [create: missing volume_id] 400: POST /v2/p1/cloudsnapshots {"snapshot":{"name":"no-disk"}}`,
      `planned createSnapshot [create: name over 255 characters] 400: POST /v2/p1/cloudsnapshots {"snapshot":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635","name":"${'n'.repeat(228)}… (331 characters)`,
      `planned createSnapshot [create: name over 255 UTF-8 bytes (86 Chinese characters)] 400: POST /v2/p1/cloudsnapshots {"snapshot":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635","name":"${'快'.repeat(86)}"}}`,
      `planned createSnapshot [create: wrong types] 400: POST /v2/p1/cloudsnapshots {"snapshot":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635","force":"yes","metadata":{"retention":7}}}`,
      `planned createSnapshot [create: malformed JSON] 400: POST /v2/p1/cloudsnapshots {"snapshot": {"volume_id": `,
      `planned listSnapshots [list: limit over 1000] 400: GET /v2/p1/cloudsnapshots/detail?limit=1001`,
      `planned updateSnapshot [update: unknown snapshot id] 404: PUT /v2/p1/cloudsnapshots/00000000-0000-4000-8000-000000000000 {"snapshot":{"name":"ghost"}}`,
      `planned showSnapshot [show: unknown snapshot id] 404: GET /v2/p1/cloudsnapshots/00000000-0000-4000-8000-000000000000`,
      `planned deleteSnapshot [delete: unknown snapshot id] 404: DELETE /v2/p1/cloudsnapshots/00000000-0000-4000-8000-000000000000`,
      `planned rollbackSnapshot [rollback: unknown snapshot id] 404: POST /v2/p1/cloudsnapshots/00000000-0000-4000-8000-000000000000/rollback {"rollback":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635"}}`,
      `planned rollbackSnapshot [rollback: missing volume_id] 400: POST /v2/p1/cloudsnapshots/{snapshot}/rollback {"rollback":{"name":"no-disk"}}`,
      `planned rollbackSnapshot [rollback: to the source disk] 202: POST /v2/p1/cloudsnapshots/{snapshot}/rollback {"rollback":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635"}}`,
      `planned deleteSnapshot [delete] 202: DELETE /v2/p1/cloudsnapshots/{snapshot}`,
      `planned showSnapshot [show: after delete] 404: GET /v2/p1/cloudsnapshots/{snapshot}`,
      `planned deleteSnapshot [delete: clean up the second snapshot] 202: DELETE /v2/p1/cloudsnapshots/{second snapshot}`,
      `planned deleteSnapshot [delete: clean up the third snapshot] 202: DELETE /v2/p1/cloudsnapshots/{third snapshot}`,
      `planned createSnapshot [generated: 7 cases (seed 5)] - (valid and rule-breaking requests to createSnapshot, updateSnapshot, listSnapshots, listVolumes and showQuotas and rollbackSnapshot and createVolume; creates stop at the cap of 9 snapshots)`,
    ]);
    expect({ ...result, cases: result.cases.length, durationMs: 0 }).toEqual({
      ok: true,
      exitCode: 0,
      baseUrl: 'http://127.0.0.1:9',
      seed: 5,
      dryRun: true,
      cases: 47,
      leftovers: [],
      snapshotsMade: 0,
      disksMade: 0,
      maxDisks: 3,
      createsUnanswered: 0,
      hints: [],
      maxSnapshots: 9,
      durationMs: 0,
      totals: { passed: 0, failed: 0, warned: 0, skipped: 0, planned: 47 },
      checkClasses: {
        conformance: { checked: 0, failed: 0, warned: 0 },
        behaviour: { checked: 0, failed: 0, warned: 0 },
        'documented-refusal': { checked: 0, failed: 0, warned: 0 },
        strictness: { checked: 0, failed: 0, warned: 0 },
      },
      strict: false,
    });
  });

  it('says why each scenario it leaves out is left out', async () => {
    const result = await runContract({ ...base, only: ['list: filters'], generate: 0 });
    expect(result.cases.filter((c) => c.outcome === 'skipped').length).toBe(43);
    expect(result.cases.filter((c) => c.outcome === 'planned').map((c) => c.name)).toEqual(['create: minimal', 'update: name and description', 'list: filters']);
    expect(result.cases.find((c) => c.name === 'show')?.reason).toBe('not selected (only: list: filters)');
    expect(result.totals).toEqual({ passed: 0, failed: 0, warned: 0, skipped: 43, planned: 3 });
  });

  it('without the rollback and the restore allowed: both skipped, saying why, and the generated cases without them', async () => {
    const result = await runContract({ ...base, generate: 3, seed: 1 });
    const restoring = result.cases.filter((c) => c.name.startsWith('restore:'));
    expect(restoring.map((c) => c.outcome)).toEqual(Array(12).fill('skipped'));
    expect(new Set(restoring.map((c) => c.reason))).toEqual(
      new Set(['it creates a disk from a snapshot (billed on a real cloud until the run deletes it): allow it with --restore (restore: true)']),
    );
    expect(result.cases.filter((c) => c.outcome === 'skipped' && !c.name.startsWith('restore:')).map(line)).toEqual([
      'skipped rollbackSnapshot [rollback: to the source disk] - (it rolls the disk back to the snapshot, overwriting its data: allow it with --rollback (rollback: true))',
    ]);
    expect(result.cases.at(-1)?.reason).toBe(
      'valid and rule-breaking requests to createSnapshot, updateSnapshot, listSnapshots, listVolumes and showQuotas; creates stop at the cap of 20 snapshots',
    );
  });

  it('for Huawei Cloud: the v2.1 create and the cloudvolumes show, none of the v2 create, and the v2.1 rule breaks among the generated cases', async () => {
    const result = await runContract({ ...base, restore: true, cloud: 'huawei', generate: 3, seed: 1 });
    const names = result.cases.map((c) => c.name);
    expect(names).toContain('restore: create a disk from the snapshot (createVolumeV21)');
    expect(names).toContain('restore: the disk on cloudvolumes');
    expect(names.filter((name) => name.endsWith('(createVolume)'))).toEqual([]);
    expect(result.cases.at(-1)?.reason).toMatch(/and createVolume and createVolumeV21; creates stop/);
  });

  it('plans no generated cases with generate 0', async () => {
    const result = await runContract({ ...base, generate: 0 });
    expect(result.cases.filter((c) => c.kind === 'generated')).toEqual([]);
  });
});
