// Sends the scenarios in order and checks every answer; the report names the operation, the
// status, and for each violation its JSON pointer and the expected and actual values.
import { checkResponse, type ContractViolation } from './checker.js';
import { scenarios as allScenarios, type Scenario, type ScenarioContext } from './scenarios.js';
import type { ContractTarget } from './target.js';

export interface ScenarioResult {
  scenario: Scenario;
  status: number | undefined;
  violations: ContractViolation[];
}

async function send(target: ContractTarget, scenario: Scenario, context: ScenarioContext): Promise<{ result: ScenarioResult; body: string }> {
  const request = scenario.request(context);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (request.authenticated) headers['X-Auth-Token'] = target.token;
  if (target.isMock && scenario.preferOnMock) headers.Prefer = scenario.preferOnMock;
  let response: Response;
  try {
    response = await fetch(`${target.baseUrl}${request.path}`, { method: request.method, headers, body: request.body, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return { result: { scenario, status: undefined, violations: [{ pointer: '(request)', problem: `no response from ${target.baseUrl}`, expected: 'an HTTP response', actual: reason }] }, body: '' };
  }
  const body = await response.text();
  const violations = checkResponse(scenario.operationId, { status: response.status, contentType: response.headers.get('Content-Type'), body });
  if (response.status !== scenario.expectedStatus)
    violations.unshift({ pointer: '(status)', problem: `the scenario expects HTTP ${scenario.expectedStatus}`, expected: String(scenario.expectedStatus), actual: String(response.status) });
  return { result: { scenario, status: response.status, violations }, body };
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

export async function runScenarios(target: ContractTarget, list: readonly Scenario[] = allScenarios): Promise<ScenarioResult[]> {
  const context: ScenarioContext = { projectId: target.projectId, volumeId: target.volumeId, snapshotId: undefined };
  const results: ScenarioResult[] = [];
  for (const scenario of list) {
    let outcome: { result: ScenarioResult; body: string };
    try {
      outcome = await send(target, scenario, context);
    } catch (error) {
      outcome = { result: { scenario, status: undefined, violations: [{ pointer: '(request)', problem: 'the scenario could not be prepared', expected: 'a request', actual: (error as Error).message }] }, body: '' };
    }
    results.push(outcome.result);
    if (scenario.keepsSnapshot) context.snapshotId = createdId(outcome.body) ?? context.snapshotId;
  }
  return results;
}

/** A report a person can act on; secrets echoed by a server are removed. */
export function formatReport(result: ScenarioResult, secrets: readonly string[] = []): string {
  const head = `${result.scenario.operationId} [${result.scenario.name}] answered ${result.status === undefined ? 'nothing' : `HTTP ${result.status}`}`;
  const lines = result.violations.map((v) => `  at ${v.pointer === '' ? '(body)' : v.pointer}: ${v.problem}; expected ${v.expected}, got ${v.actual}`);
  const text = [head, ...lines].join('\n');
  return secrets.reduce((out, secret) => (secret ? out.split(secret).join('[redacted]') : out), text);
}
