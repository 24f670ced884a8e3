// One shape for the errors that report bad input to a user: the field, the broken rule, the value
// (shown safely) and what it must be, in one message `who: field detail (rule: r; got v)`. The
// emulator's and the contract tool's option errors extend OptionsError; the client's
// EvsValidationError has the same fields and message but extends the client's EvsError (so that
// `instanceof EvsError` catches it), so it takes the message from problemMessage.
import { type ProblemFields, problemText } from './input-problem.js';

export type { ProblemFields } from './input-problem.js';

/** `who: field detail (rule: r; got v)`, e.g. `createEvsEmulator: seed must be ... (rule: range; got -1 (number))`. */
export const problemMessage = (who: string, problem: ProblemFields): string => `${who}: ${problemText(problem)}`;

/** A bad option of `who` (createEvsEmulator, runContract): its `name` is the subclass's name. */
export class OptionsError extends Error implements ProblemFields {
  /** The option, e.g. `faults[0].rate`. */
  readonly field: string;
  /** The broken rule: `type`, `range`, `enum`, `format`, ... */
  readonly rule: string;
  /** A short rendering of the value, secrets redacted. */
  readonly value: string;
  /** What the value must be. */
  readonly detail: string;
  constructor(who: string, problem: ProblemFields) {
    super(problemMessage(who, problem));
    this.name = new.target.name;
    this.field = problem.field;
    this.rule = problem.rule;
    this.value = problem.value;
    this.detail = problem.detail;
  }
}
