// evs-snapshot-openapi/contract: run the contract checks against any EVS endpoint from code.
export type { ContractViolation } from './checker.js';
export type { CheckClass, CheckName } from './checks.js';
export type { ContractAuth } from './credentials.js';
export { type ContractOptions, ContractOptionsError } from './options.js';
export { formatJunit } from './report-junit.js';
export { formatText } from './report-text.js';
export type { CaseOutcome, CaseRequest, CaseResult, ClassCounts, ContractEvent, ContractResult } from './result.js';
export { runContract } from './run.js';
export { scenarios } from './scenarios.js';
