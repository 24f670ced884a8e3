// The contract run against the emulator, as against any server: no Prefer headers, no special
// cases, the rollback and the restore allowed, in each cloud mode (Open Telekom Cloud's v2 create,
// Huawei Cloud's v2.1). Every case must pass, and nothing it created may be left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDetails, caseLine } from '../../src/contract/report-text.js';
import type { ContractResult } from '../../src/contract/result.js';
import { runContract } from '../../src/contract/run.js';
import { scenarios } from '../../src/contract/scenarios.js';
import { createEvsEmulator } from '../../src/emulator/index.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';

describe.each(['otc', 'huawei'] as const)('EVS contract (the emulator, cloud %s)', (cloud) => {
  const emulator = createEvsEmulator({
    delays: { create: 20, delete: 20, rollback: 20, restore: 20, volumeDelete: 20 },
    seed: 2026,
    cloud,
  });
  let result: ContractResult;

  beforeAll(async () => {
    const baseUrl = await emulator.listen();
    result = await runContract({
      baseUrl,
      auth: { token: 'contract-suite-token' },
      projectId,
      volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635',
      rollback: true,
      restore: true,
      openstackV3: true,
      cloud,
      generate: 160,
      seed: 2026,
      pollIntervalMs: 5,
      waitTimeoutMs: 5000,
    });
  });
  afterAll(() => emulator.close());

  const other = cloud === 'otc' ? 'huawei' : 'otc';
  it.each(scenarios.filter((s) => s.cloud !== other).map((s) => [s.name]))('%s', (name) => {
    const found = result.cases.find((c) => c.name === name);
    if (!found) throw new Error(`case ${name} did not run`);
    if (found.outcome !== 'passed') throw new Error([caseLine(found), ...caseDetails(found)].join('\n'));
  });

  it('ran every generated property, and passed them all', () => {
    const generated = result.cases.filter((c) => c.kind === 'generated');
    for (const c of generated) if (c.outcome === 'failed') throw new Error([caseLine(c), ...caseDetails(c)].join('\n'));
    expect(generated.map((c) => `${c.operationId} ${c.outcome}`)).toEqual([
      'createSnapshot passed',
      'createSnapshot passed',
      'updateSnapshot passed',
      'updateSnapshot passed',
      ...['createCinderSnapshot', 'updateCinderSnapshot', 'updateSnapshotMetadata', 'createSnapshotMetadata', 'updateSnapshotMetadataItem'].flatMap((op) => [
        `${op} passed`,
        `${op} passed`,
      ]),
      ...['createCinderSnapshotV3', 'updateCinderSnapshotV3', 'updateSnapshotMetadataV3', 'createSnapshotMetadataV3', 'updateSnapshotMetadataItemV3'].flatMap((op) => [
        `${op} passed`,
        `${op} passed`,
      ]),
      'createVolume passed',
      ...(cloud === 'huawei' ? ['createVolumeV21 passed'] : []),
      'listSnapshots passed',
      'listSnapshots passed',
      ...['listCinderSnapshots', 'listCinderSnapshotsDetail', 'listCinderSnapshotsV3', 'listCinderSnapshotsDetailV3'].flatMap((op) => [`${op} passed`, `${op} passed`]),
      'listVolumes passed',
      'listVolumes passed',
      'showQuotas passed',
      'showQuotas passed',
      'rollbackSnapshot passed',
    ]);
  });

  it('leaves no snapshot and no restored disk behind once the deletes it sent have run', async () => {
    expect(result.leftovers).toEqual([]);
    const restored = () => emulator.state().volumes.filter((volume) => volume.snapshot_id);
    const remaining = () => emulator.state().projects[projectId]?.snapshots ?? [];
    // One read: the deletes keep ending, so two reads can see different snapshots.
    const statuses = remaining().map((snapshot) => snapshot.status);
    expect(statuses).toEqual(statuses.map(() => 'deleting'));
    for (let i = 0; i < 1000 && (remaining().length > 0 || restored().length > 0); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect([remaining(), restored()]).toEqual([[], []]);
  });
});
