// A rule that input broke, named by field, rule and value; each product turns it into its own
// answer (the client an EvsValidationError, the emulator a 400 in the EVS error form).
import { describeValue } from './describe.js';

export class InputProblem extends Error {
  constructor(
    /** Where the value sits, e.g. `snapshot.name`, `query.limit`, `snapshot_id`. */
    readonly field: string,
    /** The broken rule: `type`, `required`, `format`, `maxBytes`, `range`, ... */
    readonly rule: string,
    /** A short, safe rendering of the value. */
    readonly value: string,
    /** What the value must be, as the rest of a sentence that starts with the field. */
    readonly detail: string,
  ) {
    super(`${field} ${detail} (rule: ${rule}; got ${value})`);
    this.name = 'InputProblem';
  }
}

/** Raises InputProblems, rendering values through the redactor of whoever checks. */
export class Checker {
  constructor(private readonly redact: (text: string) => string = (text) => text) {}

  fail(field: string, rule: string, value: unknown, detail: string): never {
    return this.failShowing(field, rule, describeValue(value, this.redact), detail);
  }

  /** Like fail, with the value already rendered (a kind of object, a redacted secret). */
  failShowing(field: string, rule: string, shown: string, detail: string): never {
    throw new InputProblem(field, rule, shown, detail);
  }
}
