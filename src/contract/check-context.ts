// What every registered check is given, the same for a scenario and a generated case: the case
// (its operation, the status it expects, the rule it breaks, what it knows of its answer), the run's
// context, and the answer. The session builds it once per case, after the answer came.
import { type OperationId, operations } from '../../generated/spec-constants.js';
import type { ContractViolation } from './checker.js';
import type { Refusal, RefusalCheck } from './checks.js';
import type { WireAnswer, WireRequest } from './http.js';
import type { RunContext } from './run-context.js';

/** One status, or a test of the status (a generated rule break takes any documented 4xx) and how a report says it. */
export type ExpectedStatus = number | { test: (status: number) => boolean; text: string };

/** A rule-breaking request: the check of its refusal and the rule's record (its class, from the spec). */
export interface CaseRefusal {
  check: RefusalCheck;
  record: Refusal;
}

/**
 * What a case knows its answer must hold beyond what its request says, which no check can tell
 * from the request alone: a scenario that made a snapshot knows the list must hold it.
 */
export interface CaseKnowledge {
  /** A snapshot the list must hold, and how a report names it; no id, nothing to check. */
  listIncludes?: { id: string | undefined; what: string };
  /** The lowest `count` the list may answer, and what it counts. */
  listCount?: { atLeast: number; what: string };
  /** The answer is the next page of the run's paging: none of the earlier pages' snapshots again, the same count. */
  nextPage?: true;
  /**
   * A quota answer: the project it must be for, and the least `in_use` of each resource the run's
   * own resources that still exist account for (what the run created and did not delete).
   */
  quota?: { projectId: string; atLeast: Partial<Record<'volumes' | 'snapshots' | 'gigabytes', number>> };
  /** The job of the run's restore: it must have ended SUCCESS, for this job, naming a disk. */
  job?: { jobId: string; type: string; diskId?: string | undefined };
  /**
   * A read that must agree with the other family's last answer about the snapshot (id, name,
   * description, size, volume_id, status): the cross-family scenarios.
   */
  agreesWithOtherFamily?: true;
  /** A page of a marker paging (the first one has no marker), and the snapshots the whole paging must list. */
  markerPage?: {
    mustFind: string[];
    /** The most pages the run follows: the last of them is judged as the paging's end, next link or not. */
    maxPages?: number;
  };
  /**
   * Why the case expects its status, for the report of a status it did not get (a snapshot deleted in
   * the other family).
   */
  because?: string;
  /** The disk the run restored: from this snapshot, at least this size, in this zone, of this type. */
  restored?: { diskId: string; snapshotId: string; minSize: number; zone?: string; type?: string };
}

/**
 * The status a request that must succeed expects: the operation's success status, or any of them
 * when the table lists several (a disk create answers 200 on one cloud, 202 on the other, with one body).
 */
export function successOf(operationId: OperationId): ExpectedStatus {
  const statuses: readonly number[] = operations[operationId].successStatuses;
  const [first] = statuses;
  if (statuses.length === 1 && first !== undefined) return first;
  return { test: (status) => statuses.includes(status), text: statuses.join(' or ') };
}

/** An answer as the checks see it: what came over the wire, and its body parsed (undefined when it is not JSON). */
export type Answer = Omit<WireAnswer, 'ms'> & { body: unknown };

export interface CheckContext {
  readonly operationId: OperationId;
  readonly expectedStatus: ExpectedStatus;
  /** Set for a request the server must refuse. */
  readonly refusal: CaseRefusal | undefined;
  readonly knows: CaseKnowledge;
  /** What the run made and set so far. */
  readonly run: RunContext;
  /** Removes the run's secrets from a text a finding quotes. */
  readonly redact: (text: string) => string;
}

/** The context of a case's checks: built here only, by the session for each answer (and by tests the same way). */
export const checkContextOf = (
  spec: {
    operationId: OperationId;
    expectedStatus: ExpectedStatus;
    refusal?: CaseRefusal | undefined;
    knows?: CaseKnowledge | undefined;
  },
  run: RunContext,
  redact: (text: string) => string = (text) => text,
): CheckContext => ({
  operationId: spec.operationId,
  expectedStatus: spec.expectedStatus,
  refusal: spec.refusal,
  knows: spec.knows ?? {},
  run,
  redact,
});

/** The one shape of a check: findings about this answer to this request, none when it holds. */
export type Check = (context: CheckContext, request: WireRequest, answer: Answer) => ContractViolation[];

export const expectedText = (expected: ExpectedStatus): string | number =>
  typeof expected === 'number' ? expected : expected.text;
export const statusMatches = (expected: ExpectedStatus, status: number): boolean =>
  typeof expected === 'number' ? status === expected : expected.test(status);
