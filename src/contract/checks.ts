// The checks of a contract run, by class, and which ones a run applies (--checks, --exclude-checks,
// --strict). Every finding names its class and check. Conformance and behaviour checks look at
// answers; the two refusal classes look at rule-breaking requests, and which of the two a rule
// belongs to is not decided here: generated/request-schemas.ts carries it for each rule, derived
// from the spec's `x-refusal` records. These are the names; check-registry.ts gives each its check.
import { closestNames } from '../shared/closest-names.js';

export const checkClasses = ['conformance', 'behaviour', 'documented-refusal', 'strictness'] as const;
export type CheckClass = (typeof checkClasses)[number];

/** What each class covers, for --help and for error messages. */
export const classMeanings: Record<CheckClass, string> = {
  conformance: 'answers valid against the description: status, content type, JSON, schema, error code',
  behaviour: 'answers that do what was asked: echo of what was sent, list filters and paging, states',
  'documented-refusal':
    'rule-breaking requests whose refusal the reference documents (byte limits, UUIDs, limit range, ...)',
  strictness:
    'rule-breaking requests only this description refuses (unknown keys, a status filter outside the enum, ...)',
};

/** Checks of answers, each in one class. */
export const answerChecks = {
  answered: 'conformance',
  'documented-status': 'conformance',
  'accepts-valid': 'conformance',
  'json-body': 'conformance',
  'content-type': 'conformance',
  'response-schema': 'conformance',
  'error-code': 'conformance',
  'created-as-sent': 'behaviour',
  'shown-as-set': 'behaviour',
  'updated-as-sent': 'behaviour',
  'rollback-echo': 'behaviour',
  'list-matches-query': 'behaviour',
  'list-includes': 'behaviour',
  'list-count': 'behaviour',
  'list-paging': 'behaviour',
  'reaches-state': 'behaviour',
  'quota-usage': 'behaviour',
  'job-outcome': 'behaviour',
  'restored-as-asked': 'behaviour',
  'metadata-as-set': 'behaviour',
  'families-agree': 'behaviour',
  'marker-paging': 'behaviour',
} as const satisfies Record<string, CheckClass>;
export type AnswerCheck = keyof typeof answerChecks;

/**
 * Checks that a rule-breaking request is refused, one per kind of rule (the generated cases' rule
 * names) plus the requests the scenarios break by hand. Each is documented-refusal or strictness
 * according to the rule's record in the spec.
 */
export const refusalChecks = {
  type: 'refuses-wrong-type',
  required: 'refuses-missing-required',
  'unknown key': 'refuses-unknown-key',
  maxBytes: 'refuses-over-byte-limit',
  maxLength: 'refuses-over-length',
  minLength: 'refuses-empty',
  enum: 'refuses-outside-enum',
  minimum: 'refuses-below-minimum',
  maximum: 'refuses-above-maximum',
  pattern: 'refuses-malformed-id',
  dependentSchemas: 'refuses-conflicting-fields',
  maxProperties: 'refuses-too-many-entries',
  propertyNames: 'refuses-bad-key',
  'malformed json': 'refuses-malformed-json',
  'no credentials': 'refuses-no-credentials',
  'unknown id': 'refuses-unknown-id',
  'restore mismatch': 'refuses-mismatched-restore',
  'key mismatch': 'refuses-mismatched-key',
} as const;
export type RefusalCheck = (typeof refusalChecks)[keyof typeof refusalChecks];

export type CheckName = AnswerCheck | RefusalCheck;
export const checkNames: readonly CheckName[] = [
  ...(Object.keys(answerChecks) as AnswerCheck[]),
  ...Object.values(refusalChecks),
];

/** The rule names of generated breakages map to these keywords of `x-refusal`. */
export const refusalKeyword = (rule: string): string =>
  rule === 'unknown key' ? 'additionalProperties' : rule === 'maxBytes' ? 'x-maxBytes' : rule;

/** A rule's record as generated/request-schemas.ts carries it. */
export interface Refusal {
  class: 'documented-refusal' | 'strictness';
  source?: string;
  code?: string;
}

/** Which checks a run applies, and whether strictness findings fail it. */
export interface CheckSelection {
  strict: boolean;
  checks: readonly string[];
  excludeChecks: readonly string[];
}

/** Whether a check of this class runs: --checks names it or its class (or is empty), --exclude-checks names neither. */
export function enabled(selection: CheckSelection, check: string, checkClass: CheckClass): boolean {
  const named = (list: readonly string[]) => list.includes(check) || list.includes(checkClass);
  return (selection.checks.length === 0 || named(selection.checks)) && !named(selection.excludeChecks);
}

/** Whether a finding of this class fails the run (else it is a warning). */
export const fails = (selection: CheckSelection, checkClass: CheckClass): boolean =>
  checkClass !== 'strictness' || selection.strict;

/** Why a value of --checks or --exclude-checks names no class or check, or undefined when it does. */
export function unknownCheckProblem(value: string): string | undefined {
  const known: readonly string[] = [...checkClasses, ...checkNames];
  if (known.includes(value)) return undefined;
  const [near] = closestNames(value, known, 1);
  return (
    `${JSON.stringify(value.slice(0, 60))} is neither a class (${checkClasses.join(', ')}) nor a check ` +
    `(${checkNames.join(', ')})${near ? `; did you mean ${near}?` : ''}`
  );
}
