// npm run test:contract: runContract against the Prism mock (stateless: behaviour checks skipped,
// with the reason), or against the server in EVS_BASE_URL. A test per case, failing with its report.
import { beforeAll, describe, inject, it } from 'vitest';
import { caseDetails, caseLine } from '../../src/contract/report-text.js';
import type { ContractResult } from '../../src/contract/result.js';
import { runContract } from '../../src/contract/run.js';
import { scenarios } from '../../src/contract/scenarios.js';
import { ofCloud } from '../../src/contract/selection.js';
import { resolveTarget } from '../../src/contract/target.js';

const target = resolveTarget(inject('prismUrl'));
let result: ContractResult;

// A real cloud may take minutes per wait; the run has a few of them.
beforeAll(
  async () => {
    result = await runContract(target);
    if (result.leftovers.length) console.warn(`The contract run could not delete these snapshots it created: ${result.leftovers.join(', ')}`);
  },
  Math.max(120_000, 8 * (target.waitTimeoutMs ?? 600_000) + 120_000),
);

describe(`EVS snapshot contract (${process.env.EVS_BASE_URL ? 'EVS_BASE_URL' : 'Prism mock'})`, () => {
  // The scenarios of the target's cloud: the other cloud's create is not part of its run.
  it.for(ofCloud(scenarios, target.cloud ?? 'otc').map((s) => [s.name]))('%s', ([name], context) => {
    const found = result.cases.find((c) => c.name === name);
    if (!found) throw new Error(`scenario ${name} did not run`);
    if (found.outcome === 'failed') throw new Error(`contract violated:\n${[caseLine(found), ...caseDetails(found)].join('\n')}`);
    // Shown as skipped, with the reason in the log: a behaviour check on the stateless mock, or rollback not allowed.
    if (found.outcome === 'skipped') {
      console.info(caseLine(found));
      context.skip();
    }
  });

  it('generated cases', () => {
    const generated = result.cases.filter((c) => c.kind === 'generated');
    if (generated.length === 0) throw new Error('no generated case ran');
    const failed = generated.filter((c) => c.outcome === 'failed');
    if (failed.length) throw new Error(failed.map((c) => [caseLine(c), ...caseDetails(c)].join('\n')).join('\n'));
  });
});
