// The contract run as text a person acts on: a line per case, and under a failed one its request
// and each violation with its JSON pointer, expected and actual value. The result's strings were
// scrubbed of secrets when it was made; this only lays them out.
import { printable } from './render.js';
import type { CaseResponse, CaseResult, ContractResult } from './result.js';

const marks = { passed: 'PASS', failed: 'FAIL', warned: 'WARN', skipped: 'SKIP', planned: 'PLAN' } as const;

/** Cases whose details a report shows: what failed or warned, and what a dry run would send. */
export const hasDetails = (result: CaseResult): boolean =>
  result.outcome === 'failed' || result.outcome === 'warned' || result.outcome === 'planned';
const found = (result: CaseResult): boolean => result.outcome === 'failed' || result.outcome === 'warned';

export function caseLine(result: CaseResult): string {
  return printable(rawCaseLine(result));
}

function rawCaseLine(result: CaseResult): string {
  const answered = result.status === undefined ? '' : ` (HTTP ${result.status}${result.ms ? `, ${result.ms} ms` : ''})`;
  const why = result.reason ? `: ${result.reason}` : '';
  return `${marks[result.outcome]} ${result.operationId} [${result.name}]${answered}${why}`;
}

export function caseDetails(result: CaseResult): string[] {
  return rawCaseDetails(result).map(printable);
}

function rawCaseDetails(result: CaseResult): string[] {
  const lines: string[] = [];
  // The whole URL, the base URL's own path included: a wrong prefix shows at once.
  if (result.request && hasDetails(result)) {
    const { method, url, path, body } = result.request;
    lines.push(`  request: ${method} ${url ?? path}${body === undefined ? '' : ` ${body}`}`);
  }
  // The statuses only when they differ: a 200 with a broken body needs no "expected 200, answered 200".
  if (found(result) && result.expectedStatus !== undefined && String(result.expectedStatus) !== String(result.status))
    lines.push(
      `  expected HTTP ${result.expectedStatus}, answered ` +
        `${result.status === undefined ? 'nothing' : `HTTP ${result.status}`}`,
    );
  if (result.response) lines.push(`  response: ${responseLine(result.response)}`);
  // The class and check last: the finding reads first, and the class says whether it fails the run.
  for (const v of result.violations)
    lines.push(
      `  at ${v.pointer === '' ? '(body)' : v.pointer}: ${v.problem}; expected ${v.expected}, got ` +
        `${v.actual}${v.class ? ` [${v.class}/${v.check}]` : ''}`,
    );
  // A warning does not stop the generated cases, so it is the first request that drew it, not shrunk.
  if (result.outcome === 'warned' && result.replay)
    lines.push(
      `  repeat: --generate ${result.replay.runs} --seed ${result.replay.seed} (the first such request, not shrunk)`,
    );
  else if (found(result) && result.replay)
    lines.push(
      `  repeat: --generate ${result.replay.runs} --seed ` +
        `${result.replay.seed}${result.replay.path ? ` (fast-check path ${result.replay.path})` : ''}, shrunk ` +
        `to the smallest failing request`,
    );
  return lines;
}

/**
 * `HTTP 404, application/json, 98 bytes: {"itemNotFound":…}`: the body as the run kept it (secrets removed,
 * then cut).
 */
function responseLine(response: CaseResponse): string {
  const head = `HTTP ${response.status}, ${response.contentType ?? 'no Content-Type'}`;
  return response.bytes === 0 ? `${head}, no body` : `${head}, ${response.bytes} bytes: ${response.body}`;
}

/** What the run made: only answered creates count as made; a create with no answer may have made one. */
function madeText(result: ContractResult): string {
  const made =
    `${result.snapshotsMade} snapshot${result.snapshotsMade === 1 ? '' : 's'} made, at most ` +
    `${result.maxSnapshots}`;
  const unanswered = result.createsUnanswered ?? 0;
  const snapshots = unanswered
    ? `${made}; ${unanswered} create${unanswered === 1 ? '' : 's'} got no answer and may have made one each`
    : made;
  if (result.disksMade === undefined) return snapshots;
  return `${snapshots}; ${result.disksMade} disk${result.disksMade === 1 ? '' : 's'} made, at most ${result.maxDisks}`;
}

/** What an interrupted run's clean-up achieved when it left nothing: disks count as much as snapshots. */
export const cleanedUpText = 'the clean-up deleted everything the run knew it created';

/** Names what is left of a run, `disks and snapshots` once a disk is among it, for a person to delete by hand. */
export function leftoversText(leftovers: readonly string[]): string {
  const what = leftovers.some((left) => left.startsWith('disk ')) ? 'disks and snapshots' : 'snapshots';
  return `could not delete these ${what} it created, delete them by hand: ${leftovers.join(', ')}`;
}

export function summaryLines(result: ContractResult): string[] {
  const { passed, failed, skipped, planned } = result.totals;
  const { warned } = result.totals;
  const lines = [
    result.dryRun
      ? `evs-contract: dry run, nothing sent: ${planned} cases planned, ${skipped} skipped; at most ` +
        `${result.maxSnapshots} snapshots`
      : `evs-contract: ${passed} passed, ${failed} failed, ${skipped} skipped${warned ? `, ${warned} warned` : ''} ` +
        `in ${(result.durationMs / 1000).toFixed(1)} s against ${result.baseUrl} (seed ${result.seed}; ` +
        `${madeText(result)})`,
  ];
  if (result.interrupted !== undefined)
    lines.push(`evs-contract: interrupted (${result.interrupted}): the cases after it were not sent`);
  if (result.noAnswer)
    lines.push(
      `evs-contract: ${result.noAnswer.requests} request${result.noAnswer.requests === 1 ? '' : 's'} got no answer ` +
        `from ${result.baseUrl} (the last: ${result.noAnswer.last})`,
    );
  if (result.leftovers.length) lines.push(`evs-contract: ${leftoversText(result.leftovers)}`);
  else if (result.interrupted !== undefined && !result.dryRun) lines.push(`evs-contract: ${cleanedUpText}`);
  for (const hint of result.hints ?? []) lines.push(`evs-contract: hint: ${hint}`);
  if (result.exitCode === 4)
    lines.push(
      'evs-contract: the target refused the credentials (HTTP 401 to the first authenticated request): check ' +
        'EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and EVS_SECRET_KEY',
    );
  if (!result.dryRun) lines.push(classLine(result));
  return lines.map(printable);
}

/** Requests each class checked, with its failures and warnings: a run's coverage and what --strict would change. */
function classLine(result: ContractResult): string {
  const parts = Object.entries(result.checkClasses).map(([name, count]) => {
    const findings = [count.failed ? `${count.failed} failed` : '', count.warned ? `${count.warned} warned` : '']
      .filter(Boolean)
      .join(', ');
    return `${name} ${count.checked}${findings ? ` (${findings})` : ''}`;
  });
  const warned = Object.values(result.checkClasses).some((count) => count.warned > 0);
  const strictness = result.strict
    ? '; strictness findings fail the run (--strict)'
    : warned
      ? '; warnings are strictness findings: the reference documents no such refusal (--strict makes them failures)'
      : '';
  return `evs-contract: requests checked by class: ${parts.join(', ')}${strictness}`;
}

/** The whole run as text: failed cases with their details, then the summary. */
export function formatText(result: ContractResult): string {
  const lines: string[] = [];
  for (const item of result.cases) lines.push(caseLine(item), ...caseDetails(item));
  return [...lines, ...summaryLines(result)].join('\n');
}
