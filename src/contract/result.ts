// What a contract run returns and reports: one entry per case (scenario or generated), in order,
// every string in it already scrubbed of secrets, so the object can be printed or saved as is.
import type { OperationId } from '../../generated/spec-constants.js';
import type { ContractViolation } from './checker.js';
import type { CheckClass } from './checks.js';

/** Per class: requests it checked, and cases with a finding of it that failed or warned. */
export type ClassCounts = Record<CheckClass, { checked: number; failed: number; warned: number }>;

/** `warned`: only findings of the strictness class, which fail a run only with `strict`. */
export type CaseOutcome = 'passed' | 'failed' | 'warned' | 'skipped' | 'planned';

export interface CaseRequest {
  method: string;
  path: string;
  /** The body as sent, cut to a few hundred characters. */
  body?: string;
}

export interface CaseResult {
  /** `create: minimal`, or `generated: createSnapshot, invalid (type at /snapshot/force)`. */
  name: string;
  kind: 'scenario' | 'generated';
  operationId: OperationId;
  outcome: CaseOutcome;
  /** Why it was skipped, or a note on what was not checked (behaviour checks on a stateless mock). */
  reason?: string;
  expectedStatus?: number | string;
  /** undefined when no answer came (or nothing was sent). */
  status?: number;
  request?: CaseRequest;
  violations: ContractViolation[];
  ms: number;
  /** For a generated case: the run's seed and number of generated cases that repeat it, and fast-check's path to the shrunk case. */
  replay?: { seed: number; path?: string; runs: number };
}

export interface ContractResult {
  /** True when every case that ran conforms and nothing the run created was left behind. */
  ok: boolean;
  /** 0 conform; 1 a contract violation; 3 it conforms but could not delete what it created; 4 the target refused the credentials. */
  exitCode: 0 | 1 | 3 | 4;
  baseUrl: string;
  seed: number;
  dryRun: boolean;
  cases: CaseResult[];
  /** Snapshots the run created and could not delete again. */
  leftovers: string[];
  /** Creates answered 2xx or not answered (each may have made a snapshot): what the cap counts. */
  snapshotsMade: number;
  maxSnapshots: number;
  durationMs: number;
  totals: Record<CaseOutcome, number>;
  /** Per check class: the requests it checked, and the cases with a finding of it that failed or only warned. */
  checkClasses: ClassCounts;
  /** Strictness findings fail the run (`strict`), or are warnings. */
  strict: boolean;
}

export type ContractEvent = { type: 'case'; result: CaseResult } | { type: 'cleanup'; deleted: number; leftovers: string[] };
