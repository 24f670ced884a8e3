// Sends the scenarios in order and checks every answer; the report names the operation, the
// status, and for each violation its JSON pointer and the expected and actual values.
import { createRedactor } from '../shared/redact.js';
import { type ContractViolation, checkResponse } from './checker.js';
import { scenarios as allScenarios, type Scenario, type ScenarioContext, type ScenarioRequest } from './scenarios.js';
import type { ContractTarget } from './target.js';

export interface ScenarioResult {
  scenario: Scenario;
  status: number | undefined;
  violations: ContractViolation[];
}

/** The scenarios a target runs: destructive ones only where allowed. */
export const scenariosFor = (target: ContractTarget, list: readonly Scenario[] = allScenarios): Scenario[] =>
  list.filter((scenario) => !scenario.destructive || target.destructive);

const failure = (scenario: Scenario, problem: string, expected: string, actual: string): ScenarioResult => ({
  scenario,
  status: undefined,
  violations: [{ pointer: '(request)', problem, expected, actual }],
});

function headersFor(target: ContractTarget, scenario: Scenario | undefined, authenticated: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (authenticated) headers['X-Auth-Token'] = target.token;
  if (target.isMock && scenario?.preferOnMock) headers.Prefer = scenario.preferOnMock;
  return headers;
}

/** The id of the snapshot in a create answer, if it has one (even when other fields break the contract). */
function createdId(body: string): string | undefined {
  try {
    const id = (JSON.parse(body) as { snapshot?: { id?: unknown } }).snapshot?.id;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every request of the suite: redirects are not followed (a 3xx is an answer to check, and
 * following it would carry the token to wherever it points), and no request waits for ever.
 */
const send = (url: string, init: RequestInit): Promise<Response> => fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(30_000) });

/** Polls the snapshot a request targets until it is available or gone; returns a problem, or undefined. */
async function waitFor(target: ContractTarget, request: ScenarioRequest, until: 'available' | 'deleted'): Promise<string | undefined> {
  const match = /^(.*\/cloudsnapshots\/[^/?]+)/.exec(request.path);
  if (!match?.[1]) return `cannot tell which snapshot ${request.path} targets`;
  // Prism's show always answers with its example, which is available; it never answers 404 unasked.
  if (target.isMock) return undefined;
  const deadline = Date.now() + target.waitTimeoutMs;
  let last = 'nothing yet';
  for (;;) {
    const response = await send(`${target.baseUrl}${match[1]}`, { headers: headersFor(target, undefined, true) });
    const text = await response.text();
    if (until === 'deleted' && response.status === 404) return undefined;
    if (response.ok) {
      let status = 'a body that is not JSON';
      try {
        status = (JSON.parse(text) as { snapshot?: { status?: string } }).snapshot?.status ?? 'no status';
      } catch {
        // V8's message would quote part of the body, where a secret may be: say only what it is.
      }
      if (until === 'available' && status === 'available') return undefined;
      last = `status ${status}`;
    } else last = `HTTP ${response.status}`;
    if (Date.now() + target.pollIntervalMs > deadline) return `the snapshot did not become ${until} within ${target.waitTimeoutMs} ms (last: ${last})`;
    await new Promise((resolve) => setTimeout(resolve, target.pollIntervalMs));
  }
}

interface Outcome {
  result: ScenarioResult;
  body: string;
  request?: ScenarioRequest;
}

async function run(target: ContractTarget, scenario: Scenario, context: ScenarioContext): Promise<Outcome> {
  let request: ScenarioRequest;
  try {
    request = scenario.request(context);
  } catch (error) {
    return { result: failure(scenario, 'the scenario could not be prepared', 'a request', (error as Error).message), body: '' };
  }
  if (scenario.waitUntil) {
    const problem = await waitFor(target, request, scenario.waitUntil).catch(
      (error: unknown) => `polling failed: ${createRedactor([target.token]).text((error as Error).message)}`,
    );
    if (problem) return { result: failure(scenario, 'waiting for the snapshot failed', `a snapshot that is ${scenario.waitUntil}`, problem), body: '', request };
  }
  const headers = headersFor(target, scenario, request.authenticated);
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await send(`${target.baseUrl}${request.path}`, { method: request.method, headers, ...(request.body === undefined ? {} : { body: request.body }) });
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return { result: failure(scenario, `no response from ${target.baseUrl}`, 'an HTTP response', reason), body: '', request };
  }
  const body = await response.text();
  const violations = checkResponse(scenario.operationId, { status: response.status, contentType: response.headers.get('Content-Type'), body }, createRedactor([target.token]).text);
  if (response.status !== scenario.expectedStatus)
    violations.unshift({
      pointer: '(status)',
      problem: `the scenario expects HTTP ${scenario.expectedStatus}`,
      expected: String(scenario.expectedStatus),
      actual: String(response.status),
    });
  return { result: { scenario, status: response.status, violations }, body, request };
}

export interface ContractRun {
  results: ScenarioResult[];
  /** Snapshots the run created and could not delete again (only on a real server; say so to the user). */
  leftovers: string[];
}

/**
 * Deletes whatever the run created and did not delete itself (a scenario failed, or a negative
 * create was accepted). Best effort, not checked against the contract.
 */
async function cleanUp(target: ContractTarget, context: ScenarioContext, deleted: ReadonlySet<string>): Promise<string[]> {
  if (target.isMock) return [];
  const leftovers: string[] = [];
  for (const id of context.created.filter((created) => !deleted.has(created))) {
    const path = `/v2/${context.projectId}/cloudsnapshots/${id}`;
    const request: ScenarioRequest = { method: 'DELETE', path, authenticated: true };
    try {
      if ((await waitFor(target, request, 'available')) === undefined) {
        const response = await send(`${target.baseUrl}${path}`, { method: 'DELETE', headers: headersFor(target, undefined, true) });
        if (response.ok || response.status === 404) continue;
      }
    } catch {
      // reported below
    }
    leftovers.push(id);
  }
  return leftovers;
}

export async function runScenarios(target: ContractTarget, list: readonly Scenario[] = scenariosFor(target)): Promise<ContractRun> {
  const context: ScenarioContext = { projectId: target.projectId, volumeId: target.volumeId, snapshotId: undefined, others: [], created: [] };
  const results: ScenarioResult[] = [];
  const deleted = new Set<string>();
  let thrown: unknown;
  try {
    for (const scenario of list) {
      const { result, body, request } = await run(target, scenario, context);
      results.push(result);
      const status = result.status ?? 0;
      const id = scenario.operationId === 'createSnapshot' && status >= 200 && status < 300 ? createdId(body) : undefined;
      if (id) {
        context.created.push(id);
        if (scenario.keepsSnapshot === 'main') context.snapshotId = id;
        if (scenario.keepsSnapshot === 'other') context.others.push(id);
      }
      if (scenario.operationId === 'deleteSnapshot' && request && status >= 200 && status < 300) deleted.add(request.path.split('/').at(-1) ?? '');
    }
  } catch (error) {
    thrown = error;
  }
  const leftovers = await cleanUp(target, context, deleted);
  if (thrown) throw thrown;
  return { results, leftovers };
}

/** A report a person can act on; secrets echoed by a server are removed. */
export function formatReport(result: ScenarioResult, secrets: readonly string[] = []): string {
  const head = `${result.scenario.operationId} [${result.scenario.name}] answered ${result.status === undefined ? 'nothing' : `HTTP ${result.status}`}`;
  const lines = result.violations.map((v) => `  at ${v.pointer === '' ? '(body)' : v.pointer}: ${v.problem}; expected ${v.expected}, got ${v.actual}`);
  return createRedactor(secrets).text([head, ...lines].join('\n'));
}
