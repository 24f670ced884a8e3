// The one scrubber for every string that can leave the package: error messages, stacks, status
// texts, body excerpts, cause chains and reports. A secret is found in every form a server may
// echo it in (as sent, percent-encoded in either case, JSON-escaped, with a space as `+`, in
// another letter case), and it is replaced before anything is truncated, so no prefix of a secret
// survives a cut either.
//
// Secrets are IAM tokens of up to 100,000 characters: nothing here is built from a secret but the
// secret's own folded text, and the search is a plain string search over a few views of the text
// (as it is, and decoded), each computed once per call: linear in the text, whatever the secret.
// A piece of a long secret (23 characters or more of it, as a server that cuts what it echoes
// leaves) is removed too (secret-pieces.ts).

import { type PieceIndex, pieceIndex, secretPieces, shortestPiece } from './secret-pieces.js';
import { foldCase, textViews } from './text-views.js';

const redactionMark = '[redacted]';

export interface Redactor {
  /** The text with every secret replaced by `[redacted]`. */
  text(value: string): string;
  /** Scrubs an error in place (message, stack, every own string property, the cause chain) and returns it. */
  error<T>(error: T): T;
}

/** Where secrets sit in `value`, as merged [start, end) ranges of its characters. */
function secretRanges(
  value: string,
  needles: readonly string[],
  pieces: PieceIndex | undefined,
): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const view of textViews(value, needles)) {
    for (const needle of needles) {
      for (let at = view.text.indexOf(needle); at >= 0; at = view.text.indexOf(needle, at + 1)) {
        found.push([view.startOf(at), view.endOf(at + needle.length - 1)]);
      }
    }
    if (pieces)
      for (const [start, end] of secretPieces(view.text, pieces))
        found.push([view.startOf(start), view.endOf(end - 1)]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function replaceRanges(value: string, ranges: ReadonlyArray<[number, number]>): string {
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += value.slice(from, start) + redactionMark;
    from = end;
  }
  return out + value.slice(from);
}

const maxDepth = 8;

export function createRedactor(secrets: readonly string[]): Redactor {
  // The views fold letter case, so the needles are folded the same way.
  const needles = [...new Set(secrets.filter((secret) => secret !== '').map(foldCase))];
  // Built on the first text long enough to hold a piece: a redactor made and dropped costs little.
  let pieces: PieceIndex | undefined | null = null;
  const piecesOf = (): PieceIndex | undefined => {
    if (pieces === null) pieces = pieceIndex(needles);
    return pieces;
  };
  const text = (value: string): string => {
    if (needles.length === 0 || value === '') return value;
    const ranges = secretRanges(value, needles, value.length >= shortestPiece ? piecesOf() : undefined);
    return ranges.length === 0 ? value : replaceRanges(value, ranges);
  };

  function scrub(target: object, seen: Set<object>, depth: number): void {
    if (seen.has(target) || depth > maxDepth) return;
    seen.add(target);
    for (const key of Reflect.ownKeys(target)) {
      // The class name says what kind of error it is; it holds nothing the server sent.
      if (key === 'name') continue;
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (!descriptor) continue;
      const value = 'value' in descriptor ? descriptor.value : descriptor.get?.call(target);
      if (typeof value === 'string') {
        const clean = text(value);
        if (clean === value) continue;
        if ('value' in descriptor) {
          if (descriptor.writable || descriptor.configurable)
            Object.defineProperty(target, key, { ...descriptor, value: clean });
        } else if (descriptor.set) descriptor.set.call(target, clean);
        else if (descriptor.configurable)
          Object.defineProperty(target, key, {
            value: clean,
            writable: true,
            enumerable: descriptor.enumerable ?? false,
            configurable: true,
          });
      } else if (typeof value === 'object' && value !== null) scrub(value, seen, depth + 1);
    }
  }

  return {
    text,
    error(error) {
      if (needles.length > 0 && typeof error === 'object' && error !== null) scrub(error, new Set(), 0);
      return error;
    },
  };
}

const excerptLength = 200;

/** The first characters of a text for a report, cut only after `redact` removed every secret from the whole of it. */
export function excerpt(text: string, redact: (text: string) => string, length = excerptLength): string {
  const clean = redact(text);
  return clean.length > length ? `${clean.slice(0, length)}… (${clean.length} characters)` : clean;
}
