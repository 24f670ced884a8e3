// What the behaviour checks (semantics.ts, restore-semantics.ts, cinder-semantics.ts) share: a
// finding of the behaviour class, the comparison of two IDs, and a key as a JSON pointer segment.
import type { ContractViolation } from './checker.js';
import { renderValue } from './render.js';

export const behaviourViolation = (
  pointer: string,
  problem: string,
  expected: unknown,
  actual: unknown,
): ContractViolation => ({
  class: 'behaviour',
  pointer,
  problem,
  expected: renderValue(expected),
  actual: renderValue(actual),
});

/** IDs are UUIDs, which a server may write in either case. */
export const sameId = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

/** A key as one segment of a JSON pointer (RFC 6901: `~` and `/` escaped). */
export const pointerKey = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
