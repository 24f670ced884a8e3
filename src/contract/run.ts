// runContract: the scenarios in order, then the generated cases, then the clean-up; every answer
// checked against the description and, unless the target is a stateless mock, for behaviour.

import { operations } from '../../generated/spec-constants.js';
import { type ExpectedStatus, expectedText, successOf } from './check-context.js';
import { countFindings, settleResult } from './findings.js';
import { familyOfOperation, generatedOperations, runGenerated } from './generated-cases.js';
import { type ContractOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { scenarioRefusal } from './refusal.js';
import type { CaseResult, ContractResult } from './result.js';
import { newRunContext, type RunContext } from './run-context.js';
import { scenarios as allScenarios, type Scenario, type ScenarioRequest, Unmet } from './scenarios.js';
import { ofCloud, type Selection, selection } from './selection.js';
import { pathSnapshotId } from './semantics.js';
import { createdId, interruptedCleanUpMs, Session } from './session.js';

/** A wait before a scenario that failed: the run reports it under `reaches-state`. */
function waitFailed(
  session: Session,
  scenario: Scenario,
  request: ScenarioRequest,
  problem: string,
  what: string,
  state: string,
): CaseResult {
  return {
    name: scenario.name,
    kind: 'scenario',
    operationId: scenario.operationId,
    outcome: 'failed',
    expectedStatus: scenario.expectedStatus,
    request: session.shownRequest(request),
    violations: [
      session.clean({
        class: 'behaviour',
        check: 'reaches-state',
        pointer: '(request)',
        problem: `waiting for the ${what} failed`,
        expected: `a ${what} that is ${state}`,
        actual: problem,
      }),
    ],
    ms: 0,
  };
}

/** The wait a scenario asks for before it is sent: a snapshot's state, a job's end, a disk's state. */
async function waitBefore(
  session: Session,
  scenario: Scenario,
  request: ScenarioRequest,
  waitOn: string | undefined,
  follow: ReturnType<NonNullable<Scenario['follow']>> | undefined,
): Promise<CaseResult | undefined> {
  let wait: { problem: string | undefined; what: string; state: string } | undefined;
  if (scenario.waitUntil) {
    const id = waitOn ?? pathSnapshotId(request);
    wait = {
      problem:
        id === undefined
          ? `cannot tell which snapshot ${request.path} targets`
          : await session.waitFor(id, scenario.waitUntil, undefined, scenario.waitVia),
      what: 'snapshot',
      state: scenario.waitUntil,
    };
  } else if (follow && 'job' in follow)
    wait = { problem: await session.waitForJob(follow.job), what: 'job', state: 'ended SUCCESS' };
  else if (follow)
    wait = { problem: await session.waitForDisk(follow.disk, follow.until), what: 'disk', state: follow.until };
  if (!wait?.problem) return undefined;
  // A wait the interruption ended is no finding about the target.
  if (session.interrupted !== undefined)
    return session.skipped(
      { name: scenario.name, kind: 'scenario', operationId: scenario.operationId },
      wait.problem,
      request,
    );
  return waitFailed(session, scenario, request, wait.problem, wait.what, wait.state);
}

/** The status a scenario expects: a success is any the operation's row lists (a disk create: 200 or 202). */
const expectedOf = (scenario: Scenario): ExpectedStatus =>
  (operations[scenario.operationId].successStatuses as readonly number[]).includes(scenario.expectedStatus)
    ? successOf(scenario.operationId)
    : scenario.expectedStatus;

async function runScenario(
  session: Session,
  scenario: Scenario,
  /** A later page of a scenario that follows next links: its request, built from the page before. */
  page?: ScenarioRequest,
): Promise<{ result: CaseResult; answer: unknown }> {
  const spec = { name: scenario.name, kind: 'scenario' as const, operationId: scenario.operationId };
  const unserved = scenario.family === undefined ? undefined : session.context.unserved[scenario.family];
  if (unserved !== undefined) return { result: session.skipped(spec, unserved), answer: undefined };
  let request: ScenarioRequest;
  let waitOn: string | undefined;
  let follow: ReturnType<NonNullable<Scenario['follow']>> | undefined;
  try {
    request = page ?? scenario.request(session.context);
    waitOn = scenario.waitOn?.(session.context);
    follow = scenario.follow?.(session.context);
  } catch (error) {
    if (error instanceof Unmet) return { result: session.skipped(spec, error.message), answer: undefined };
    throw error;
  }
  const waited = page ? undefined : await waitBefore(session, scenario, request, waitOn, follow);
  if (waited) return { result: waited, answer: undefined };
  const { result, answer } = await session.run({
    ...spec,
    request,
    expectedStatus: expectedOf(scenario),
    knows: scenario.knows?.(session.context),
    preferOnMock: scenario.preferOnMock,
    refusal: scenarioRefusal(scenario),
  });
  if (scenario.probesFamily && scenario.family && result.status === 404) {
    // Not served at all: the family's scenarios are unmet, not failed (a server without the family).
    const [what, flag] =
      scenario.family === 'openstack'
        ? ['OpenStack-compatible snapshots', '--no-openstack']
        : ['deprecated /v3 snapshots', 'leave out --openstack-v3'];
    const reason =
      `${request.method} ${operations[scenario.operationId].path} answered HTTP 404: the server does not serve ` +
      `the ${what}, so their scenarios and generated cases are skipped (${flag} says so before a run)`;
    session.context.unserved[scenario.family] = reason;
    return { result: { ...session.skipped(spec, reason, request), status: 404 }, answer: undefined };
  }
  const succeeded = result.status !== undefined && result.status >= 200 && result.status < 300;
  if (succeeded) scenario.learns?.(session.context, answer);
  const id = createdId(answer);
  if (scenario.keepsSnapshot && succeeded && id !== undefined) {
    if (scenario.keepsSnapshot === 'main') session.context.snapshotId = id;
    else if (scenario.keepsSnapshot === 'cinder') session.context.cinderSnapshotId = id;
    else session.context.others.push(id);
  }
  return { result, answer };
}

/**
 * A scenario and, when it follows next links, its later pages: each page its own case (`… (page
 * 2)`), at most `maxPages` in all; a stateless mock's links lead nowhere and are not followed.
 */
async function runScenarioPages(session: Session, scenario: Scenario): Promise<CaseResult[]> {
  const first = await runScenario(session, scenario);
  const results = [first.result];
  let { answer } = first;
  const paging = scenario.nextPage;
  if (!paging || session.options.stateless) return results;
  for (let page = 2; page <= paging.maxPages && results.at(-1)?.outcome === 'passed'; page++) {
    if (session.interrupted !== undefined) break;
    const request = paging.request(session.context, answer);
    if (!request) break;
    const next = await runScenario(session, { ...scenario, name: `${scenario.name} (page ${page})` }, request);
    results.push(next.result);
    answer = next.answer;
  }
  return results;
}

/**
 * A case the tool itself could not finish (a bug, or an answer it could not handle): a failure,
 * and the run goes on. Only the error's kind is shown: its message may quote the answer.
 */
function toolFailure(spec: Pick<CaseResult, 'name' | 'kind' | 'operationId'>, error: unknown): CaseResult {
  const kind = error instanceof Error ? error.name : typeof error;
  return {
    ...spec,
    outcome: 'failed',
    violations: [
      {
        pointer: '(request)',
        problem: `the contract tool could not handle this case (${kind}); please report it`,
        expected: 'a case that runs',
        actual: kind,
      },
    ],
    ms: 0,
  };
}

/** The placeholder ids a dry run shows in paths. */
const planContext = (projectId: string, volumeId: string): RunContext =>
  newRunContext(projectId, volumeId, {
    snapshotId: '{snapshot}',
    others: ['{second snapshot}', '{third snapshot}'],
    cinderSnapshotId: '{cinder snapshot}',
  });

function plan(session: Session, chosen: Selection): CaseResult[] {
  const context = planContext(session.options.projectId, session.options.volumeId);
  return ofCloud(allScenarios, session.options.cloud, session.options).map((scenario) => {
    const spec = { name: scenario.name, kind: 'scenario' as const, operationId: scenario.operationId };
    const reason = chosen.reasonToSkip(scenario);
    if (reason) return session.skipped(spec, reason);
    let request: ScenarioRequest | undefined;
    try {
      request = scenario.request(context);
    } catch (error) {
      if (!(error instanceof Unmet)) throw error;
    }
    return {
      ...spec,
      outcome: 'planned',
      expectedStatus: expectedText(expectedOf(scenario)),
      ...(request
        ? { request: session.shownRequest(request) }
        : { reason: 'its request is built from the answers of the scenarios before it' }),
      violations: [],
      ms: 0,
    };
  });
}

/** The abort reason as a word for reports: a signal's name as the command passes it, else `aborted`. */
const reasonOf = (signal: AbortSignal): string =>
  typeof signal.reason === 'string' && /^[A-Za-z0-9 _-]{1,40}$/.test(signal.reason) ? signal.reason : 'aborted';

/** Advice drawn from the run, for the summary and the reports. */
function hintsOf(session: Session, baseUrl: string): string[] {
  const hints: string[] = [];
  // Every path starts with /v2/{project_id}: a base URL ending in /v2 asks for /v2/v2/...
  if (/\/v2$/i.test(new URL(baseUrl).pathname))
    hints.push(
      `the base URL ends in /v2, and every request path starts with /v2/{project_id}/ ` +
        `(${session.redact(baseUrl)}/v2/...): the base URL is usually the endpoint alone, such as ` +
        `https://evs.eu-de.otc.t-systems.com`,
    );
  if (session.statelessSign)
    hints.push(
      `the target answers like a stateless mock: the snapshot created as ${session.statelessSign.created} was ` +
        `shown as ${session.statelessSign.shown}; if it is Prism or another mock that answers from examples, ` +
        `run with --stateless (stateless: true)`,
    );
  return hints;
}

/**
 * An interruption first (the run is incomplete), then refused
 * credentials, failures or requests with no answer, then leftovers.
 */
function exitCodeOf(session: Session, failed: number, leftovers: number): ContractResult['exitCode'] {
  if (session.interrupted !== undefined) return session.interrupted === 'SIGTERM' ? 143 : 130;
  if (session.credentialsRefused) return 4;
  if (failed > 0 || session.noAnswer) return 1;
  return leftovers > 0 ? 3 : 0;
}

/**
 * What a run starts from: its options resolved once (every field checked, defaults applied) and the cases they select.
 */
export interface PreparedRun {
  options: ResolvedOptions;
  chosen: Selection;
}

/** Resolves the options and selects the cases; a bad option throws a ContractOptionsError naming it. */
export function prepareRun(options: unknown): PreparedRun {
  const resolved = resolveOptions(options);
  return { options: resolved, chosen: selection(resolved, allScenarios) };
}

/**
 * `createSnapshot, updateSnapshot and listSnapshots`, ` and rollbackSnapshot` when the run may roll
 * back, and the disk creates of its cloud when it may restore: the operations the generated cases draw.
 */
function generatedTargets(options: ResolvedOptions): string {
  const { withRollback, withRestore } = generatedOperations;
  // The OpenStack-compatible operations only of the families the run covers.
  const always = generatedOperations.always.filter((operationId) => {
    const family = familyOfOperation(operationId);
    return family === undefined || (family === 'openstack' ? options.openstack : options.openstackV3);
  });
  const listed = always.length > 1 ? `${always.slice(0, -1).join(', ')} and ${always.at(-1)}` : always.join('');
  const restoring = options.restore
    ? withRestore
        .filter((plan) => plan.cloud === undefined || plan.cloud === options.cloud)
        .map((plan) => plan.operationId)
    : [];
  return [listed, ...(options.rollback ? withRollback : []), ...restoring].filter(Boolean).join(' and ');
}

export async function runContract(options: ContractOptions): Promise<ContractResult> {
  return runPrepared(prepareRun(options));
}

/** Runs what prepareRun made (the command adds its signals and progress printer to the options it resolved). */
export async function runPrepared({ options: resolved, chosen }: PreparedRun): Promise<ContractResult> {
  const started = performance.now();
  const session = new Session(resolved);
  const { signal } = resolved;
  const onAbort = (): void => {
    if (!signal || session.interrupted !== undefined) return;
    session.interrupt(reasonOf(signal));
    resolved.onEvent({ type: 'interrupted', reason: reasonOf(signal), withinMs: interruptedCleanUpMs });
  };
  const cases: CaseResult[] = [];
  const report = (made: CaseResult): void => {
    const result = settleResult(made, resolved);
    countFindings(session.classCounts, result);
    cases.push(result);
    resolved.onEvent({ type: 'case', result });
  };
  let leftovers: string[] = [];
  if (resolved.dryRun) {
    // A dry run sends nothing: the session only names its requests, and lets go of the caller's signals.
    session.dispose();
    for (const result of plan(session, chosen)) report(result);
    if (chosen.generated && resolved.generate > 0)
      report({
        name: `generated: ${resolved.generate} cases (seed ${resolved.seed})`,
        kind: 'generated',
        operationId: 'createSnapshot',
        outcome: 'planned',
        reason:
          `valid and rule-breaking requests to ${generatedTargets(resolved)}; creates stop at the ` +
          `cap of ${resolved.maxSnapshots} snapshots`,
        violations: [],
        ms: 0,
      });
  } else {
    let thrown: unknown;
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    try {
      for (const scenario of ofCloud(allScenarios, resolved.cloud, resolved)) {
        // Interrupted: the cases not sent are left out of the reports, which cover what ran.
        if (session.interrupted !== undefined) break;
        const spec = { name: scenario.name, kind: 'scenario' as const, operationId: scenario.operationId };
        const reason = chosen.reasonToSkip(scenario);
        const results = reason
          ? [session.skipped(spec, reason)]
          : await runScenarioPages(session, scenario).catch((error: unknown) => [toolFailure(spec, error)]);
        for (const result of results) report(result);
      }
      if (chosen.generated && resolved.generate > 0 && session.interrupted === undefined)
        for (const result of await runGenerated(session).catch((error: unknown) => [
          toolFailure({ name: 'generated cases', kind: 'generated', operationId: 'createSnapshot' }, error),
        ]))
          report(result);
    } catch (error) {
      thrown = error;
    }
    try {
      if (!resolved.stateless) {
        const cleanup = await session.cleanUp((id, index, total, what) =>
          resolved.onEvent({ type: 'deleting', id, index, total, ...(what === 'disk' ? { what } : {}) }),
        );
        leftovers = cleanup.leftovers.map((id) => session.redact(id));
        resolved.onEvent({ type: 'cleanup', deleted: cleanup.deleted, disks: cleanup.disks, leftovers });
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      session.dispose();
    }
    if (thrown) throw thrown;
  }
  const totals = { passed: 0, failed: 0, warned: 0, skipped: 0, planned: 0 };
  for (const result of cases) totals[result.outcome]++;
  const exitCode = exitCodeOf(session, totals.failed, leftovers.length);
  return {
    ok: exitCode === 0,
    exitCode,
    baseUrl: resolved.baseUrl,
    seed: resolved.seed,
    dryRun: resolved.dryRun,
    cases,
    leftovers,
    snapshotsMade: session.snapshotsMade,
    createsUnanswered: session.createsUnanswered,
    ...(resolved.restore ? { disksMade: session.disksMade, maxDisks: resolved.maxDisks } : {}),
    ...(session.noAnswer ? { noAnswer: session.noAnswer } : {}),
    ...(session.interrupted === undefined ? {} : { interrupted: session.interrupted }),
    hints: resolved.dryRun ? [] : hintsOf(session, resolved.baseUrl),
    maxSnapshots: resolved.maxSnapshots,
    durationMs: Math.round(performance.now() - started),
    totals,
    checkClasses: session.classCounts,
    strict: resolved.strict,
  };
}
