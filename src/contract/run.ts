// runContract: the scenarios in order, then the generated cases, then the clean-up; every answer
// checked against the description and, unless the target is a stateless mock, for behaviour.
import { runGenerated } from './generated-cases.js';
import { type ContractOptions, resolveOptions } from './options.js';
import type { CaseResult, ContractResult } from './result.js';
import { scenarios as allScenarios, type Scenario, type ScenarioContext, Unmet } from './scenarios.js';
import { type Selection, selection } from './selection.js';
import { Session } from './session.js';

async function runScenario(session: Session, scenario: Scenario): Promise<CaseResult> {
  const spec = { name: scenario.name, kind: 'scenario' as const, operationId: scenario.operationId };
  let request: ReturnType<Scenario['request']>;
  let waitOn: string | undefined;
  try {
    request = scenario.request(session.context);
    waitOn = scenario.waitOn?.(session.context);
  } catch (error) {
    if (error instanceof Unmet) return session.skipped(spec, error.message);
    throw error;
  }
  if (scenario.waitUntil) {
    const id = waitOn ?? /\/cloudsnapshots\/([^/?]+)/.exec(request.path)?.[1];
    const problem = id === undefined ? `cannot tell which snapshot ${request.path} targets` : await session.waitFor(id, scenario.waitUntil);
    if (problem)
      return {
        ...spec,
        outcome: 'failed',
        expectedStatus: scenario.expectedStatus,
        request: session.shownRequest(request),
        violations: [{ pointer: '(request)', problem: 'waiting for the snapshot failed', expected: `a snapshot that is ${scenario.waitUntil}`, actual: session.redact(problem) }],
        ms: 0,
      };
  }
  const { result, answer } = await session.run({
    ...spec,
    request,
    expectedStatus: scenario.expectedStatus,
    expect: scenario.expect ? (body) => scenario.expect?.(body, session.context, request) ?? [] : undefined,
    preferOnMock: scenario.preferOnMock,
  });
  const id = (answer as { snapshot?: { id?: unknown } } | undefined)?.snapshot?.id;
  if (scenario.keepsSnapshot && result.status !== undefined && result.status >= 200 && result.status < 300 && typeof id === 'string' && id !== '') {
    if (scenario.keepsSnapshot === 'main') session.context.snapshotId = id;
    else session.context.others.push(id);
  }
  return result;
}

/** The placeholder ids a dry run shows in paths. */
const planContext = (projectId: string, volumeId: string): ScenarioContext => ({
  projectId,
  volumeId,
  snapshotId: '{snapshot}',
  others: ['{second snapshot}', '{third snapshot}'],
  created: [],
  expected: new Map(),
  pages: [],
});

function plan(session: Session, chosen: Selection): CaseResult[] {
  const context = planContext(session.options.projectId, session.options.volumeId);
  return allScenarios.map((scenario) => {
    const spec = { name: scenario.name, kind: 'scenario' as const, operationId: scenario.operationId };
    const reason = chosen.reasonToSkip(scenario);
    if (reason) return session.skipped(spec, reason);
    return { ...spec, outcome: 'planned', expectedStatus: scenario.expectedStatus, request: session.shownRequest(scenario.request(context)), violations: [], ms: 0 };
  });
}

export async function runContract(options: ContractOptions): Promise<ContractResult> {
  const resolved = resolveOptions(options);
  const started = performance.now();
  const session = new Session(resolved);
  const chosen = selection(resolved, allScenarios);
  const cases: CaseResult[] = [];
  const report = (result: CaseResult): void => {
    cases.push(result);
    resolved.onEvent({ type: 'case', result });
  };
  let leftovers: string[] = [];
  if (resolved.dryRun) {
    for (const result of plan(session, chosen)) report(result);
    if (chosen.generated && resolved.generate > 0)
      report({
        name: `generated: ${resolved.generate} cases (seed ${resolved.seed})`,
        kind: 'generated',
        operationId: 'createSnapshot',
        outcome: 'planned',
        reason: `valid and rule-breaking requests to createSnapshot, updateSnapshot and listSnapshots${resolved.rollback ? ' and rollbackSnapshot' : ''}; creates stop at the cap of ${resolved.maxSnapshots} snapshots`,
        violations: [],
        ms: 0,
      });
  } else {
    let thrown: unknown;
    try {
      for (const scenario of allScenarios) {
        const reason = chosen.reasonToSkip(scenario);
        report(reason ? session.skipped({ name: scenario.name, kind: 'scenario', operationId: scenario.operationId }, reason) : await runScenario(session, scenario));
      }
      if (chosen.generated && resolved.generate > 0) for (const result of await runGenerated(session)) report(result);
    } catch (error) {
      thrown = error;
    }
    if (!resolved.stateless) {
      const cleanup = await session.cleanUp();
      leftovers = cleanup.leftovers;
      resolved.onEvent({ type: 'cleanup', ...cleanup });
    }
    if (thrown) throw thrown;
  }
  const totals = { passed: 0, failed: 0, skipped: 0, planned: 0 };
  for (const result of cases) totals[result.outcome]++;
  const exitCode = totals.failed > 0 ? 1 : leftovers.length > 0 ? 3 : 0;
  return {
    ok: exitCode === 0,
    exitCode,
    baseUrl: resolved.baseUrl,
    seed: resolved.seed,
    dryRun: resolved.dryRun,
    cases,
    leftovers,
    snapshotsMade: session.snapshotsMade,
    maxSnapshots: resolved.maxSnapshots,
    durationMs: Math.round(performance.now() - started),
    totals,
  };
}
