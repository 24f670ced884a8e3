// The contract suite: every scenario's answer must be a documented status with a JSON body
// valid against the description. Runs against the Prism mock, or the server in EVS_BASE_URL.
import { beforeAll, describe, inject, it } from 'vitest';
import { formatReport, runScenarios, type ScenarioResult, scenariosFor } from '../../src/contract/run.js';
import { scenarios } from '../../src/contract/scenarios.js';
import { resolveTarget } from '../../src/contract/target.js';

const target = resolveTarget(inject('prismUrl'));
let results: Map<string, ScenarioResult>;

// A real cloud may take minutes per wait; the run has up to six of them.
beforeAll(
  async () => {
    const run = await runScenarios(target);
    results = new Map(run.results.map((r) => [r.scenario.name, r]));
    if (run.leftovers.length) console.warn(`The contract suite could not delete these snapshots it created: ${run.leftovers.join(', ')}`);
  },
  Math.max(120_000, 6 * target.waitTimeoutMs + 120_000),
);

const enabled = new Set(scenariosFor(target).map((s) => s.name));

describe(`EVS snapshot contract (${process.env.EVS_BASE_URL ? 'EVS_BASE_URL' : 'Prism mock'})`, () => {
  // The rollback overwrites the disk: against a real server it runs only with EVS_CONTRACT_ROLLBACK=1.
  it.skip.each(scenarios.filter((s) => !enabled.has(s.name)).map((s) => [s.name]))('%s (set EVS_CONTRACT_ROLLBACK=1 to run it)', () => undefined);

  it.each(scenarios.filter((s) => enabled.has(s.name)).map((s) => [s.name, s] as const))('%s', (name) => {
    const result = results.get(name);
    if (!result) throw new Error(`scenario ${name} did not run`);
    if (result.violations.length) throw new Error(`contract violated:\n${formatReport(result, [target.token])}`);
  });
});
