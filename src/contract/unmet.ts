/**
 * Thrown by a scenario's `request` when the scenario cannot run because one
 * it needs did not: the result is a skip, with this reason.
 */
export class Unmet extends Error {}
