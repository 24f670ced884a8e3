// The run as JUnit XML, the report format CI servers render (GitHub Actions through test-report
// actions, GitLab natively): a testsuite per operation, a testcase per case, a failure with the
// request and every violation, skipped cases with their reason.
import { caseDetails, cleanedUpText, leftoversText } from './report-text.js';
import type { CaseResult, ContractResult } from './result.js';

/** XML 1.0 cannot carry most control characters at all, escaped or not: they become U+FFFD. */
const xml = (text: string): string =>
  text
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function testcase(result: CaseResult): string {
  const open =
    `    <testcase classname="evs-contract.${xml(result.operationId)}" name="${xml(result.name)}" ` +
    `time="${seconds(result.ms)}"`;
  if (result.outcome === 'skipped' || result.outcome === 'planned')
    return `${open}>\n      <skipped message="${xml(result.reason ?? result.outcome)}"/>\n    </testcase>`;
  if (result.outcome === 'passed') return `${open}/>`;
  // JUnit knows no warning: a warned case passes, its findings in its output for the CI page.
  if (result.outcome === 'warned') {
    const output = ['warning: strictness findings, not failures without --strict', ...caseDetails(result)].join('\n');
    return `${open}>\n      <system-out>${xml(output)}</system-out>\n    </testcase>`;
  }
  const first = result.violations[0];
  const message = first ? `${first.pointer || '(body)'}: ${first.problem}` : 'failed';
  return (
    `${open}>\n      <failure message="${xml(message)}" ` +
    `type="ContractViolation">${xml(caseDetails(result).join('\n'))}</failure>\n    </testcase>`
  );
}

/**
 * An interrupted run as a case of its own, an error, so that a CI page shows that the cases after
 * it did not run (and what the clean-up left, or that it left nothing) rather than a short list of
 * passes. Empty otherwise.
 */
function interruption(result: ContractResult): string {
  if (result.interrupted === undefined) return '';
  const left = result.leftovers.length
    ? `; ${leftoversText(result.leftovers)}`
    : result.dryRun
      ? ''
      : `; ${cleanedUpText}`;
  const message = `interrupted (${result.interrupted}): the cases after it were not sent${left}`;
  return (
    `\n  <testsuite name="evs-contract.run" tests="1" failures="0" errors="1" skipped="0" time="0.000">\n    ` +
    `<testcase classname="evs-contract.run" name="interrupted" time="0.000">\n      <error ` +
    `message="${xml(message)}" type="Interrupted"/>\n    </testcase>\n  </testsuite>`
  );
}

export function formatJunit(result: ContractResult): string {
  const byOperation = new Map<string, CaseResult[]>();
  for (const item of result.cases)
    byOperation.set(item.operationId, [...(byOperation.get(item.operationId) ?? []), item]);
  const suites = [...byOperation].map(([operation, cases]) => {
    const failures = cases.filter((c) => c.outcome === 'failed').length;
    const skipped = cases.filter((c) => c.outcome === 'skipped' || c.outcome === 'planned').length;
    const time = cases.reduce((sum, c) => sum + c.ms, 0);
    return (
      `  <testsuite name="evs-contract.${xml(operation)}" tests="${cases.length}" failures="${failures}" ` +
      `errors="0" skipped="${skipped}" time="${seconds(time)}">\n${cases.map(testcase).join('\n')}\n  ` +
      `</testsuite>`
    );
  });
  const { failed, skipped, planned } = result.totals;
  const interrupted = interruption(result);
  const errors = interrupted ? 1 : 0;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="evs-contract" ` +
    `tests="${result.cases.length + errors}" failures="${failed}" errors="${errors}" ` +
    `skipped="${skipped + planned}" ` +
    `time="${seconds(result.durationMs)}">\n${suites.join('\n')}${interrupted}\n</testsuites>\n`
  );
}
