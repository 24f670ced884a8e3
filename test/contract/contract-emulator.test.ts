// The contract suite against the emulator, as against any server: no Prefer headers, no special
// cases. Every scenario's answer must be documented and valid, and nothing it created is left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, runScenarios, type ScenarioResult } from '../../src/contract/run.js';
import { scenarios } from '../../src/contract/scenarios.js';
import type { ContractTarget } from '../../src/contract/target.js';
import { createEvsEmulator } from '../../src/emulator/index.js';

const emulator = createEvsEmulator({ delays: { create: 20, delete: 20, rollback: 20 }, seed: 2026 });
let target: ContractTarget;
let results: Map<string, ScenarioResult>;
let leftovers: string[];

beforeAll(async () => {
  target = {
    baseUrl: await emulator.listen(),
    token: 'contract-suite-token',
    projectId: 'bab7d5c60cd041a0a36f7c4b6e1dd978',
    volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635',
    isMock: false,
    destructive: true,
    pollIntervalMs: 5,
    waitTimeoutMs: 5000,
  };
  const run = await runScenarios(target);
  results = new Map(run.results.map((r) => [r.scenario.name, r]));
  leftovers = run.leftovers;
});
afterAll(() => emulator.close());

describe('EVS snapshot contract (the emulator)', () => {
  it.each(scenarios.map((s) => [s.name]))('%s', (name) => {
    const result = results.get(name);
    if (!result) throw new Error(`scenario ${name} did not run`);
    if (result.violations.length) throw new Error(`contract violated:\n${formatReport(result, [target.token])}`);
  });

  it('leaves no snapshot behind once the deletes it sent have run', async () => {
    expect(leftovers).toEqual([]);
    const remaining = () => emulator.state().projects[target.projectId]?.snapshots ?? [];
    expect(remaining().map((snapshot) => snapshot.status)).toEqual(remaining().map(() => 'deleting'));
    for (let i = 0; i < 50 && remaining().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(remaining()).toEqual([]);
  });
});
