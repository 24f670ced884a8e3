// Pieces of a secret: a server that echoes a token often cuts it (the first 40 or 200 characters of
// a value in an error message, a Location cut at 3000), and a piece of a PKI token still says what
// the token is. Every run of at least `gram + stride - 1` characters that a secret also holds is
// found in linear time: the secret's every `gram`-character window is kept by a hash, the text is
// looked up at every `stride`-th position only (any such run holds one sampled window whole), and
// a hit is widened both ways for as long as text and secret go on agreeing.

/** Characters of a window and the step between looked-up windows: runs of 23 characters and more are found. */
const gram = 12;
const stride = 12;
/** Shortest run looked for: a shorter common run is too likely to be chance (and short secrets are found whole). */
export const shortestPiece = gram + stride - 1;

/** A window's hash from every third of its characters: a hit is checked whole anyway, and a megabyte is read once. */
const hashOf = (text: string, at: number): number => {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + gram; i += 3) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
};

/** The windows of the secrets, by hash: open addressing in typed arrays (one probe per lookup, most misses). */
export interface PieceIndex {
  readonly secrets: readonly string[];
  readonly mask: number;
  readonly hashes: Uint32Array;
  /** Secret number of each slot's window, plus one (0: an empty slot). Each secret keeps its own windows. */
  readonly owners: Uint32Array;
  /** Where the window stands first in its secret. */
  readonly positions: Uint32Array;
  /** Per secret, where each window stands next in it (-1: nowhere); a repeated window keeps one slot. */
  readonly next: readonly Int32Array[];
}

/** Places of one window widened from, at most: a run is widened from each and the widest kept. */
const placesTried = 64;

export function pieceIndex(secrets: readonly string[]): PieceIndex | undefined {
  const long = secrets.filter((secret) => secret.length > shortestPiece);
  const windows = long.reduce((sum, secret) => sum + secret.length - gram + 1, 0);
  if (windows === 0) return undefined;
  let size = 1;
  while (size < windows * 2) size *= 2;
  const index = {
    secrets: long,
    mask: size - 1,
    hashes: new Uint32Array(size),
    owners: new Uint32Array(size),
    positions: new Uint32Array(size),
    next: long.map((secret) => new Int32Array(secret.length).fill(-1)),
  };
  const lastPositions = new Uint32Array(size);
  long.forEach((secret, owner) => {
    const next = index.next[owner] as Int32Array;
    for (let at = 0; at + gram <= secret.length; at++) {
      const hash = hashOf(secret, at);
      let slot = hash & index.mask;
      let known = -1;
      for (; index.owners[slot] !== 0; slot = (slot + 1) & index.mask) {
        if (index.owners[slot] !== owner + 1 || index.hashes[slot] !== hash) continue;
        if (sameWindow(secret, at, secret, index.positions[slot] as number)) {
          known = slot;
          break;
        }
      }
      if (known >= 0) {
        next[lastPositions[known] as number] = at;
        lastPositions[known] = at;
        continue;
      }
      index.hashes[slot] = hash;
      index.owners[slot] = owner + 1;
      index.positions[slot] = at;
      lastPositions[slot] = at;
    }
  });
  return index;
}

/** Whether `text` at `at` and `secret` at `from` agree for a whole window. */
function sameWindow(text: string, at: number, secret: string, from: number): boolean {
  for (let i = 0; i < gram; i++) if (text.charCodeAt(at + i) !== secret.charCodeAt(from + i)) return false;
  return true;
}

/** The [start, end) runs of `text` that a secret also holds, of `shortestPiece` characters or more. */
export function secretPieces(text: string, index: PieceIndex): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let coveredTo = 0;
  for (let at = 0; at + gram <= text.length; at += stride) {
    if (at < coveredTo) continue;
    const hash = hashOf(text, at);
    for (let slot = hash & index.mask; index.owners[slot] !== 0; slot = (slot + 1) & index.mask) {
      if (index.hashes[slot] !== hash) continue;
      const secret = index.secrets[(index.owners[slot] as number) - 1] as string;
      const first = index.positions[slot] as number;
      if (!sameWindow(text, at, secret, first)) continue;
      const next = index.next[(index.owners[slot] as number) - 1] as Int32Array;
      let [start, end] = [at, at + gram];
      // The window may stand in several places of the secret: widened from each, all of it goes.
      for (let from = first, tried = 0; from >= 0 && tried < placesTried; from = next[from] as number, tried++) {
        let [left, right] = [at, at + gram];
        for (let back = from; left > 0 && back > 0 && text.charCodeAt(left - 1) === secret.charCodeAt(back - 1); back--)
          left--;
        for (
          let on = from + gram;
          right < text.length && on < secret.length && text.charCodeAt(right) === secret.charCodeAt(on);
          on++
        )
          right++;
        [start, end] = [Math.min(start, left), Math.max(end, right)];
      }
      if (end - start >= shortestPiece) {
        found.push([start, end]);
        coveredTo = Math.max(coveredTo, end);
      }
    }
  }
  return found;
}
