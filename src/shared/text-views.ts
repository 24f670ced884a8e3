// Views of a text in which an echoed secret reads as the secret itself: the text as it is, and the
// text with percent-encoding, JSON escapes and form encoding undone; each with its letter case folded. Every
// character of a view knows the stretch of the original text it came from, so what is found in a
// view is removed from the original. Each view costs one pass over the text.

export interface TextView {
  /** The view's text, its letter case folded (foldCase). */
  readonly text: string;
  /** Where in the original text the view's character `i` starts. */
  startOf(i: number): number;
  /** Where in the original text the view's character `i` ends (exclusive). */
  endOf(i: number): number;
}

const identity = (text: string): TextView => ({ text, startOf: (i) => i, endOf: (i) => i + 1 });

/**
 * Folds letter case as upper-then-lower, so that characters with one upper case but several lower
 * ones (ι and ι, σ and ς) meet; a character whose folding is longer (ß, İ) maps each of its
 * pieces to its own stretch.
 */
export const foldCase = (text: string): string => text.toUpperCase().toLowerCase();

function folded(units: string, starts: Int32Array | undefined, ends: Int32Array | undefined): TextView {
  const start = (i: number): number => (starts === undefined ? i : (starts[i] as number));
  const end = (i: number): number => (ends === undefined ? i + 1 : (ends[i] as number));
  const lower = foldCase(units);
  if (lower.length === units.length) return starts === undefined ? identity(lower) : { text: lower, startOf: start, endOf: end };
  const pieces: string[] = [];
  const foldedStarts: number[] = [];
  const foldedEnds: number[] = [];
  for (let i = 0; i < units.length; ) {
    // A whole code point at a time: a letter beyond U+FFFF folds only as a pair of units.
    const width = (units.codePointAt(i) as number) > 0xffff ? 2 : 1;
    const piece = foldCase(units.slice(i, i + width));
    pieces.push(piece);
    for (let k = 0; k < piece.length; k++) {
      foldedStarts.push(start(i));
      foldedEnds.push(end(i + width - 1));
    }
    i += width;
  }
  return { text: pieces.join(''), startOf: (i) => foldedStarts[i] as number, endOf: (i) => foldedEnds[i] as number };
}

const hexValue = (code: number): number => {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
};

/** The byte of a `%XX` at `at`, or -1. */
function percentByte(text: string, at: number): number {
  if (text.charCodeAt(at) !== 37 || at + 2 >= text.length) return -1;
  const high = hexValue(text.charCodeAt(at + 1));
  const low = hexValue(text.charCodeAt(at + 2));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/** A percent-encoded UTF-8 character at `at`: its code point and how many characters it spans, or undefined. */
function percentCharacter(text: string, at: number): { code: number; span: number } | undefined {
  const lead = percentByte(text, at);
  if (lead < 0) return undefined;
  if (lead < 0x80) return { code: lead, span: 3 };
  const more = lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 && lead < 0xe0 ? 1 : -1;
  if (more < 0) return undefined;
  let code = lead & (0x3f >> more);
  for (let k = 1; k <= more; k++) {
    const next = percentByte(text, at + 3 * k);
    if ((next & 0xc0) !== 0x80) return undefined;
    code = (code << 6) | (next & 0x3f);
  }
  const least = [0, 0x80, 0x800, 0x10000][more] as number;
  if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return { code, span: 3 * (more + 1) };
}

const jsonEscapes: Record<string, number> = { '"': 34, '\\': 92, '/': 47, b: 8, f: 12, n: 10, r: 13, t: 9 };

/** A JSON escape at `at` (a backslash): the UTF-16 unit it stands for and its span, or undefined. */
function jsonEscape(text: string, at: number): { unit: number; span: number } | undefined {
  const next = text[at + 1];
  if (next === undefined) return undefined;
  if (next === 'u') {
    let unit = 0;
    for (let k = 2; k < 6; k++) {
      const digit = hexValue(text.charCodeAt(at + k));
      if (digit < 0) return undefined;
      unit = unit * 16 + digit;
    }
    return { unit, span: 6 };
  }
  const unit = Object.hasOwn(jsonEscapes, next) ? jsonEscapes[next] : undefined;
  return unit === undefined ? undefined : { unit, span: 2 };
}

/** UTF-16 units as a string, lone surrogates kept (a UTF-16 decoder would replace them). */
function fromUnits(units: Uint16Array): string {
  const pieces: string[] = [];
  for (let at = 0; at < units.length; at += 8192) pieces.push(String.fromCharCode(...units.subarray(at, at + 8192)));
  return pieces.join('');
}

/** The text with every escape undone, `+` read as a space or as itself. */
function decoded(text: string, plusIsSpace: boolean): TextView {
  const units = new Uint16Array(text.length);
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let n = 0;
  const emit = (unit: number, start: number, end: number): void => {
    units[n] = unit;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (code === 37) {
      const character = percentCharacter(text, at);
      if (character !== undefined) {
        if (character.code > 0xffff) {
          const offset = character.code - 0x10000;
          emit(0xd800 + (offset >> 10), at, at + character.span);
          emit(0xdc00 + (offset & 0x3ff), at, at + character.span);
        } else emit(character.code, at, at + character.span);
        at += character.span;
        continue;
      }
    } else if (code === 92) {
      const escaped = jsonEscape(text, at);
      if (escaped !== undefined) {
        emit(escaped.unit, at, at + escaped.span);
        at += escaped.span;
        continue;
      }
    } else if (code === 43 && plusIsSpace) {
      emit(32, at, at + 1);
      at += 1;
      continue;
    }
    emit(code, at, at + 1);
    at += 1;
  }
  return folded(fromUnits(units.subarray(0, n)), starts.subarray(0, n), ends.subarray(0, n));
}

/** The views worth searching: a text without `%`, `\` or `+` has nothing to decode. */
export function textViews(text: string): TextView[] {
  const views = [folded(text, undefined, undefined)];
  const escapes = text.includes('%') || text.includes('\\');
  const plus = text.includes('+');
  if (escapes || plus) views.push(decoded(text, true));
  if (escapes && plus) views.push(decoded(text, false));
  return views;
}
