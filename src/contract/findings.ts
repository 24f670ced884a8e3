// What a case's findings make of it: each finding named by its class and check (an unnamed one is
// the answer missing: conformance), those of checks the run leaves out dropped, and the outcome:
// failed when a finding of a failing class remains, warned when only strictness findings remain
// and the run is not strict, passed otherwise.
import type { ContractViolation } from './checker.js';
import { type CheckClass, type CheckSelection, checkClasses, enabled, fails } from './checks.js';
import type { CaseResult, ClassCounts } from './result.js';

export interface Settled {
  outcome: 'passed' | 'failed' | 'warned';
  violations: ContractViolation[];
}

export function settle(violations: readonly ContractViolation[], selection: CheckSelection): Settled {
  const named = violations
    .map(
      (violation): ContractViolation => ({
        ...violation,
        check: violation.check ?? 'answered',
        class: violation.class ?? 'conformance',
      }),
    )
    .filter((violation) => enabled(selection, violation.check as string, violation.class as CheckClass));
  const outcome = named.some((violation) => fails(selection, violation.class as CheckClass))
    ? 'failed'
    : named.length
      ? 'warned'
      : 'passed';
  return { outcome, violations: named };
}

/**
 * A result made outside a session (a wait that failed, the
 * tool's own error) settled the same way; skips and plans stay.
 */
export function settleResult(result: CaseResult, selection: CheckSelection): CaseResult {
  if (result.outcome === 'skipped' || result.outcome === 'planned') return result;
  const { outcome, violations } = settle(result.violations, selection);
  return { ...result, outcome, violations };
}

export const emptyClassCounts = (): ClassCounts =>
  Object.fromEntries(checkClasses.map((name) => [name, { checked: 0, failed: 0, warned: 0 }])) as ClassCounts;

/** Adds a settled case's findings to the counts: once per class it has findings of. */
export function countFindings(counts: ClassCounts, result: CaseResult): void {
  if (result.outcome !== 'failed' && result.outcome !== 'warned') return;
  for (const name of new Set(result.violations.map((violation) => violation.class ?? 'conformance')))
    if (result.outcome === 'warned') counts[name].warned++;
    else counts[name].failed++;
}
