// A rule that input broke, named by field, rule and value; each product turns it into its own
// answer (the client an EvsValidationError, the emulator a 400 in the EVS error form). Where the
// rule is the spec's, the problem also carries the rule's facts as data (keyword, limit,
// comparison), so that a product chooses its answer from them, never from the words of `detail`.
import { describeValue } from './describe.js';

/** The facts of a broken rule of the spec: its keyword and, for a bound, the limit and how it compares. */
export interface RuleFacts {
  /** The schema keyword (`maximum`, `minLength`, `pattern`, ...) or extension (`x-maxBytes`) broken. */
  readonly keyword: string;
  /** The bound of `minimum`, `maximum`, `minLength`, `maxLength`, `x-maxBytes`... */
  readonly limit?: number;
  /** How the value must compare with `limit`, as Ajv states it: `<=`, `>=`, `<`, `>`. */
  readonly comparison?: string;
}

/** What every report of a broken rule says: where, which rule, the value shown safely, what it must be. */
export interface ProblemFields {
  readonly field: string;
  readonly rule: string;
  readonly value: string;
  readonly detail: string;
}

/** `field detail (rule: r; got v)`: the one sentence of a broken rule, which each product prefixes with who refused. */
export const problemText = (problem: ProblemFields): string => {
  // A problem of the whole value (a body that is not an object) has no field to name.
  const subject = problem.field === '' ? 'the value' : problem.field;
  return `${subject} ${problem.detail} (rule: ${problem.rule}; got ${problem.value})`;
};

export class InputProblem extends Error implements ProblemFields {
  constructor(
    /** Where the value sits, e.g. `snapshot.name`, `query.limit`, `snapshot_id`. */
    readonly field: string,
    /** The broken rule: `type`, `required`, `format`, `maxBytes`, `range`, ... */
    readonly rule: string,
    /** A short, safe rendering of the value. */
    readonly value: string,
    /** What the value must be, as the rest of a sentence that starts with the field. */
    readonly detail: string,
    /** The rule's facts, when it is a rule of the spec; undefined for the products' own checks. */
    readonly facts?: RuleFacts,
  ) {
    super(problemText({ field, rule, value, detail }));
    this.name = 'InputProblem';
  }
}

/**
 * A run of 64 characters or more without a space, quote, bracket, dot or comma in a field or a
 * detail is a name made of input (a key, a project id) that may be a token nobody declared: it is
 * cut to its first 40 characters, as a value is (describe.ts), so that no message holds it whole.
 */
const cutLongRuns = (text: string): string => text.replace(/[^\s"'[\].,]{64,}/g, (run) => `${run.slice(0, 40)}…`);

/** Raises InputProblems, rendering values through the redactor of whoever checks. */
export class Checker {
  constructor(private readonly redact: (text: string) => string = (text) => text) {}

  fail(field: string, rule: string, value: unknown, detail: string, facts?: RuleFacts): never {
    return this.failShowing(field, rule, describeValue(value, this.redact), detail, facts);
  }

  /** Like fail, with the value already rendered (a kind of object, a redacted secret). */
  failShowing(field: string, rule: string, shown: string, detail: string, facts?: RuleFacts): never {
    // The field may hold keys of the input (a token as a project id): redacted, then cut. A detail
    // is the checker's own words (redacting them would mangle a sentence that holds a short secret).
    throw new InputProblem(cutLongRuns(this.redact(field)), rule, shown, cutLongRuns(detail), facts);
  }

  /**
   * `read()`, where reading a value from outside may throw (a Proxy whose traps throw, a revoked
   * Proxy, a getter): an InputProblem passes on, anything else is reported as `field` breaking
   * rule `type`, shown as `shown`, `must ... (reading it threw: ...)`, never a bare TypeError.
   */
  reading<T>(field: string, shown: string, must: string, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof InputProblem) throw error;
      return this.failShowing(field, 'type', shown, `${must} (reading it threw: ${(error as Error).message})`);
    }
  }
}
