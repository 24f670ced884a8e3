// Every check of a contract run, registered once with its class, its name, the operations it
// applies to and its check (one signature: check-context.ts). Scenarios and generated cases alike
// are checked by what is registered here for their operation; --checks and --exclude-checks select
// from it. A name of checks.ts without an entry is a compile error. Checks run in the order
// registered: the status the case expects, then the answer's conformance to the description, then,
// on an answer that conforms to a request that is not a rule break, behaviour.
import { type OperationId, operations } from '../../generated/spec-constants.js';
import { type Answer, type Check, type CheckContext, expectedText, statusMatches } from './check-context.js';
import { type ContractViolation, checkResponse } from './checker.js';
import {
  type AnswerCheck,
  answerChecks,
  type CheckClass,
  type CheckName,
  type RefusalCheck,
  refusalChecks,
} from './checks.js';
import { cinderListMatchesQuery, familiesAgree, markerPaging, metadataAsSet } from './cinder-semantics.js';
import type { WireRequest } from './http.js';
import { jobOutcome, quotaUsage, restoredAsAsked } from './restore-semantics.js';
import {
  createdAsSent,
  listCount,
  listIncludes,
  listMatchesQuery,
  listPaging,
  pageOf,
  rollbackEcho,
  shownAsSet,
  updatedAsSent,
} from './semantics.js';

export interface RegisteredCheck {
  readonly name: CheckName;
  /** A refusal check's class is its rule's: documented-refusal or strictness, from the rule's `x-refusal` record. */
  readonly class: CheckClass | 'by its rule';
  readonly appliesTo: readonly OperationId[];
  readonly check: Check;
}

const everyOperation = Object.keys(operations) as OperationId[];

/**
 * The answer's conformance, found once per answer (the checker's stages end at the first that fails) and told by check.
 */
const conformanceFound = new WeakMap<Answer, ContractViolation[]>();
const conformance =
  (name: AnswerCheck): Check =>
  (context, _request, answer) => {
    let found = conformanceFound.get(answer);
    if (!found) {
      found = checkResponse(
        context.operationId,
        { status: answer.status, contentType: answer.contentType, body: answer.bytes, truncated: answer.truncated },
        context.redact,
      );
      conformanceFound.set(answer, found);
    }
    return found.filter((violation) => violation.check === name);
  };

/** A valid request refused: the case expects another status. */
const acceptsValid: Check = ({ refusal, expectedStatus, knows }, _request, { status }) =>
  refusal || statusMatches(expectedStatus, status)
    ? []
    : [
        {
          class: 'conformance',
          pointer: '(status)',
          problem: `the case expects HTTP ${expectedText(expectedStatus)}${knows.because ? `: ${knows.because}` : ''}`,
          expected: String(expectedText(expectedStatus)),
          actual: String(status),
        },
      ];

/** A rule break accepted (or refused otherwise than expected): a finding of the rule's class. */
const refused =
  (name: RefusalCheck): Check =>
  ({ refusal, expectedStatus, knows }, _request, { status }) => {
    if (refusal?.check !== name || statusMatches(expectedStatus, status)) return [];
    const { record } = refusal;
    const why =
      record.class === 'documented-refusal'
        ? `the reference documents that this request is refused ` +
          `(${[record.source, record.code].filter(Boolean).join(', ')})`
        : 'only this description refuses this request; the reference documents no refusal';
    const expected = String(expectedText(expectedStatus));
    return [
      {
        class: record.class,
        pointer: '(status)',
        problem: `the case expects HTTP ${expected}: ${knows.because ? `${knows.because}; ` : ''}${why}`,
        expected,
        actual: String(status),
      },
    ];
  };

/** The shows of a snapshot, in each family. */
const snapshotShows: readonly OperationId[] = ['showSnapshot', 'showCinderSnapshot', 'showCinderSnapshotV3'];
/** The Cinder lists, summary and detail, v2 and v3. */
const cinderLists: readonly OperationId[] = [
  'listCinderSnapshots',
  'listCinderSnapshotsDetail',
  'listCinderSnapshotsV3',
  'listCinderSnapshotsDetailV3',
];

type Entry = { appliesTo: readonly OperationId[]; check: Check };

/** Any operation can be sent a request that breaks a rule: each refusal check applies to all. */
const refusalEntries = Object.fromEntries(
  Object.values(refusalChecks).map((name): [RefusalCheck, Entry] => [
    name,
    { appliesTo: everyOperation, check: refused(name) },
  ]),
) as {
  [name in RefusalCheck]?: Entry;
} as Record<RefusalCheck, Entry>;

const entries = {
  'accepts-valid': { appliesTo: everyOperation, check: acceptsValid },
  ...refusalEntries,
  // A request without an answer reaches no check: the session reports it under this name.
  answered: { appliesTo: everyOperation, check: () => [] },
  'documented-status': { appliesTo: everyOperation, check: conformance('documented-status') },
  'json-body': { appliesTo: everyOperation, check: conformance('json-body') },
  'content-type': { appliesTo: everyOperation, check: conformance('content-type') },
  'response-schema': { appliesTo: everyOperation, check: conformance('response-schema') },
  'error-code': { appliesTo: everyOperation, check: conformance('error-code') },
  'created-as-sent': {
    appliesTo: ['createSnapshot', 'createCinderSnapshot', 'createCinderSnapshotV3'],
    check: createdAsSent,
  },
  'shown-as-set': { appliesTo: snapshotShows, check: shownAsSet },
  'updated-as-sent': {
    appliesTo: ['updateSnapshot', 'updateCinderSnapshot', 'updateCinderSnapshotV3'],
    check: updatedAsSent,
  },
  'rollback-echo': { appliesTo: ['rollbackSnapshot'], check: rollbackEcho },
  'list-matches-query': {
    appliesTo: ['listSnapshots', ...cinderLists],
    check: (context, request, answer) =>
      (context.operationId === 'listSnapshots' ? listMatchesQuery : cinderListMatchesQuery)(context, request, answer),
  },
  'list-includes': { appliesTo: ['listSnapshots', ...cinderLists], check: listIncludes },
  'list-count': { appliesTo: ['listSnapshots'], check: listCount },
  'list-paging': { appliesTo: ['listSnapshots'], check: listPaging },
  // A wait is not an answer to check: the run reports a snapshot that never reaches its state under this name.
  'reaches-state': { appliesTo: [], check: () => [] },
  'quota-usage': { appliesTo: ['showQuotas'], check: quotaUsage },
  'job-outcome': { appliesTo: ['showJob'], check: jobOutcome },
  'restored-as-asked': { appliesTo: ['showVolume', 'showVendorVolume'], check: restoredAsAsked },
  'metadata-as-set': {
    appliesTo: (
      [
        'showSnapshotMetadata',
        'createSnapshotMetadata',
        'updateSnapshotMetadata',
        'showSnapshotMetadataItem',
        'updateSnapshotMetadataItem',
      ] as const
    ).flatMap((id): OperationId[] => [id, `${id}V3`]),
    check: metadataAsSet,
  },
  'families-agree': { appliesTo: snapshotShows, check: familiesAgree },
  'marker-paging': { appliesTo: cinderLists, check: markerPaging },
} satisfies Record<CheckName, Entry>;

const classOf = (name: CheckName): RegisteredCheck['class'] =>
  name in answerChecks ? answerChecks[name as AnswerCheck] : 'by its rule';

export const checkRegistry: readonly RegisteredCheck[] = (
  Object.entries(entries) as [CheckName, (typeof entries)[CheckName]][]
).map(([name, entry]) => ({
  name,
  class: classOf(name),
  ...entry,
}));

/** The registered check of this name. */
export const registered = (
  name: CheckName,
  registry: readonly RegisteredCheck[] = checkRegistry,
): RegisteredCheck | undefined => registry.find((entry) => entry.name === name);

/** A check's findings, each named by it and of its class (a refusal check's findings carry their rule's). */
export const findingsOf = (
  entry: RegisteredCheck,
  context: CheckContext,
  request: WireRequest,
  answer: Answer,
): ContractViolation[] =>
  entry.check(context, request, answer).map((finding) => ({
    ...finding,
    check: entry.name,
    ...(entry.class === 'by its rule' ? {} : { class: entry.class }),
  }));

export interface Checked {
  findings: ContractViolation[];
  /** Whether behaviour checks looked at the answer, or would have on a server that keeps state. */
  behaviour: 'checked' | 'skipped on a stateless mock' | 'not applicable';
}

/**
 * The behaviour checks registered for the case's operation, on an answer
 * that conforms; a page of the run's paging is then kept for the next.
 */
export function behaviourFindings(
  context: CheckContext,
  request: WireRequest,
  answer: Answer,
  registry: readonly RegisteredCheck[] = checkRegistry,
): ContractViolation[] {
  const findings = registry
    .filter((entry) => entry.class === 'behaviour' && entry.appliesTo.includes(context.operationId))
    .flatMap((entry) => findingsOf(entry, context, request, answer));
  const page = context.knows.nextPage ? pageOf(answer.body) : undefined;
  if (page) context.run.pages.push(page);
  return findings;
}

/**
 * The findings of every check registered for the case's operation. Behaviour checks look only at an
 * answer with the expected status that conforms, to a request that is not a rule break,
 * and not on a stateless mock (it answers from its examples, not from what was sent).
 */
export function runChecks(
  context: CheckContext,
  request: WireRequest,
  answer: Answer,
  options: { stateless: boolean },
  registry: readonly RegisteredCheck[] = checkRegistry,
): Checked {
  const applying = registry.filter((entry) => entry.appliesTo.includes(context.operationId));
  const findings = applying
    .filter((entry) => entry.class !== 'behaviour')
    .flatMap((entry) => findingsOf(entry, context, request, answer));
  const behaviourApplies = applying.some((entry) => entry.class === 'behaviour');
  if (findings.length > 0 || !behaviourApplies || context.refusal) return { findings, behaviour: 'not applicable' };
  if (options.stateless) return { findings, behaviour: 'skipped on a stateless mock' };
  return { findings: [...findings, ...behaviourFindings(context, request, answer, registry)], behaviour: 'checked' };
}
