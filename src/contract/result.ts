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
  /** The whole URL the request went to (the base URL's own path included), cut to a few hundred characters. */
  url?: string;
}

/** What the target answered, kept for a failed case: enough to see why without sending it again. */
export interface CaseResponse {
  status: number;
  contentType: string | null;
  /** The start of the body as text, secrets removed before it was cut. */
  body: string;
  /** The body's length in bytes, as read (at most the 8 MiB the tool reads). */
  bytes: number;
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
  /** The answer of a failed case. */
  response?: CaseResponse;
  violations: ContractViolation[];
  ms: number;
  /**
   * For a generated case: the run's seed and number of generated
   * cases that repeat it, and fast-check's path to the shrunk case.
   */
  replay?: { seed: number; path?: string; runs: number };
}

export interface ContractResult {
  /** True when every case that ran conforms and nothing the run created was left behind. */
  ok: boolean;
  /**
   * 0 conform; 1 a contract violation or a request with no answer; 3 it conforms but could not
   * delete what it created; 4 the target refused the credentials; 130 the run was interrupted
   * (143 when the abort reason was 'SIGTERM').
   */
  exitCode: 0 | 1 | 3 | 4 | 130 | 143;
  baseUrl: string;
  seed: number;
  dryRun: boolean;
  cases: CaseResult[];
  /** Snapshots the run created and could not delete again. */
  leftovers: string[];
  /** Creates answered 2xx. */
  snapshotsMade: number;
  /** With the restore: the disks the run made (or may have made: a create with no answer), and their cap. */
  disksMade?: number;
  maxDisks?: number;
  /**
   * Creates that got no answer after they may have reached the target (each may have made
   * a snapshot); the cap counts them with `snapshotsMade`. runContract always sets it.
   */
  createsUnanswered?: number;
  /**
   * Requests that got no answer (refused, reset, closed, past their deadline),
   * and the last one's cause; absent when every request was answered.
   */
  noAnswer?: { requests: number; last: string };
  /** Why the run stopped before its end: the abort reason of `signal` ('SIGINT', 'SIGTERM', or 'aborted'). */
  interrupted?: string;
  /**
   * Advice drawn from the answers: a base URL that doubles /v2, a target
   * that answers like a stateless mock. runContract always sets it.
   */
  hints?: string[];
  maxSnapshots: number;
  durationMs: number;
  totals: Record<CaseOutcome, number>;
  /** Per check class: the requests it checked, and the cases with a finding of it that failed or only warned. */
  checkClasses: ClassCounts;
  /** Strictness findings fail the run (`strict`), or are warnings. */
  strict: boolean;
}

export type ContractEvent =
  | { type: 'case'; result: CaseResult }
  /** `deleted` counts everything the clean-up deleted; `disks` how many of those were disks. */
  | { type: 'cleanup'; deleted: number; disks: number; leftovers: string[] }
  /** `signal` aborted: no new case is sent; what the run created is deleted within `withinMs`. */
  | { type: 'interrupted'; reason: string; withinMs: number }
  /**
   * The clean-up starts on one snapshot (`index` from 1 of `total`):
   * it waits until the snapshot can be deleted, then deletes it.
   */
  | { type: 'deleting'; id: string; index: number; total: number; what?: 'disk' };
