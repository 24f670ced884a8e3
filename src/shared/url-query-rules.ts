// A query as a server reads it from a URL: strings coerced to the spec's types in place
// (`limit=5` to 5, one `id` to an array of one) by the generated validator, then the same rules
// and wording as the client's check of the query it sends.
import type { Checker } from './input-problem.js';
import { checkTextRules, raise } from './rules.js';
import { type QueryTarget, urlQueryValidators } from './validators.js';
/**
 * The pairs of a query string as an object: one value as a string, a repeated name as an array.
 * The validator turns a single `id` into an array of one (the spec types it as an array) and
 * refuses an array for a name that holds one value. Unknown names are kept, for it to name.
 */
export function queryObject(search: string): Record<string, unknown> {
  const query = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of new URLSearchParams(search)) {
    const known = query[name];
    query[name] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
  }
  return query;
}

/** Coerces `query` in place and raises the first rule of `target` it breaks, with fields named `query.<name>`. */
export function checkUrlQuery(check: Checker, target: QueryTarget, query: Record<string, unknown>): void {
  const validate = urlQueryValidators[target];
  // Ajv coerces any string Number() reads, `1e400` and `Infinity` included, and its range checks
  // skip numbers that are not finite: such a value is given back as NaN, which the validator then
  // refuses as the type error it is (with the spec's type), instead of letting ±Infinity through.
  const sent = { ...query };
  const valid = validate(query);
  const infinite = Object.keys(query).find((name) => typeof query[name] === 'number' && !Number.isFinite(query[name]));
  if (infinite !== undefined) {
    query[infinite] = Number.NaN;
    validate(query);
    // The refusal shows the value as it was sent (`1e400`), not NaN.
    query[infinite] = sent[infinite];
  } else if (valid) {
    checkTextRules(check, target, query, 'query', { allowReservedNamePrefix: true });
    return;
  }
  const [first] = validate.errors ?? [];
  if (first) raise(check, target, first, query, 'query');
  check.failShowing('query', 'schema', 'a query', 'breaks the spec');
}
