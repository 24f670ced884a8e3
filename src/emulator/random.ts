// Seeded randomness, so that a run under `--seed` repeats exactly: ids, request ids and which
// request a fault hits. Hand-written (a dozen lines) rather than a dependency: the package's
// only runtime dependency stays openapi-fetch.

/** A seeded generator whose position can be read, so that a saved state goes on where it stopped. */
export type SeededRandom = (() => number) & { position(): number };

/**
 * mulberry32: a fast 32-bit generator, good enough for ids and fault draws (not for secrets).
 * `position` is the generator's whole state: seededRandom(seed) starts at `seed`, and the
 * position read from one generator starts another at the same point.
 */
export function seededRandom(position: number): SeededRandom {
  let state = position >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return Object.assign(next, { position: () => state });
}

const hex = (value: number): string => value.toString(16).padStart(8, '0');

/** A version-4 UUID from four draws. */
export function uuidFrom(next: () => number): string {
  const a = hex(next());
  const b = hex(next());
  const c = hex(((next() & 0x0fffffff) | 0x40000000) >>> 0);
  const d = hex(((next() & 0x3fffffff) | 0x80000000) >>> 0);
  return `${a}-${b.slice(0, 4)}-${c.slice(0, 4)}-${d.slice(0, 4)}-${b.slice(4)}${c.slice(4)}${d.slice(4)}`;
}

/** 32 hex digits, the form of EVS's X-Request-Id. */
export const requestIdFrom = (next: () => number): string => hex(next()) + hex(next()) + hex(next()) + hex(next());

/** A number in [0, 1) that depends only on its inputs: the nth draw of one fault rule, whatever else happens. */
export function unitDraw(seed: number, rule: number, nth: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(rule + 1, 0xc2b2ae35) ^ Math.imul(nth + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}
