// The refusal a scenario checks: its check, and the class of the rule it breaks. A rule of a
// request schema has its class in generated/request-schemas.ts (from the spec's `x-refusal`);
// a refusal that breaks no schema rule (no credentials, an unknown id, a body that is not JSON)
// is documented when the operation documents the status expected of it.
import { requestSchemas } from '../../generated/request-schemas.js';
import { operations } from '../../generated/spec-constants.js';
import { type Refusal, type RefusalCheck, refusalChecks } from './checks.js';
import type { Scenario } from './scenarios.js';
import { refusalAt, type Schema } from './schema-arbitrary.js';

export function scenarioRefusal(scenario: Scenario): { check: RefusalCheck; record: Refusal } | undefined {
  const refuses = scenario.refuses;
  if (!refuses) return undefined;
  const check = refusalChecks[refuses.rule];
  if (refuses.record) return { check, record: refuses.record };
  if (refuses.target) {
    const record = refusalAt(requestSchemas[refuses.target] as Schema, refuses.path ?? [], refuses.rule);
    if (!record)
      throw new Error(
        `scenario ${scenario.name}: the rule ${refuses.rule} at /${(refuses.path ?? []).join('/')} of ` +
          `${refuses.target} has no x-refusal record`,
      );
    return { check, record };
  }
  const responses: Readonly<Record<string, unknown>> = operations[scenario.operationId].responses;
  if (!(String(scenario.expectedStatus) in responses))
    throw new Error(
      `scenario ${scenario.name}: ${scenario.operationId} does not document HTTP ${scenario.expectedStatus}`,
    );
  return {
    check,
    record: {
      class: 'documented-refusal',
      source: `the responses ${scenario.operationId} documents`,
      code: String(scenario.expectedStatus),
    },
  };
}
