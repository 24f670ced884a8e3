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

const nonAscii = /[\u0080-\uffff]/;

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
  // ASCII folds by lower-casing alone, which V8 does fast.
  const lower = nonAscii.test(units) ? foldCase(units) : units.toLowerCase();
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

/** The text with every escape undone, `+` read as a space or as itself; ASCII letters folded on the way. */
function decoded(text: string, plusIsSpace: boolean): TextView {
  const length = text.length;
  const units = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let n = 0;
  let onlyAscii = true;
  for (let at = 0; at < length; ) {
    let unit = text.charCodeAt(at);
    let span = 1;
    if (unit === 37) {
      const character = percentCharacter(text, at);
      if (character !== undefined) {
        span = character.span;
        if (character.code > 0xffff) {
          const offset = character.code - 0x10000;
          units[n] = 0xd800 + (offset >> 10);
          starts[n] = at;
          ends[n] = at + span;
          n++;
          unit = 0xdc00 + (offset & 0x3ff);
        } else unit = character.code;
      }
    } else if (unit === 92) {
      const escaped = jsonEscape(text, at);
      if (escaped !== undefined) {
        span = escaped.span;
        unit = escaped.unit;
      }
    } else if (unit === 43 && plusIsSpace) unit = 32;
    if (unit >= 65 && unit <= 90) unit += 32;
    else if (unit > 127) onlyAscii = false;
    units[n] = unit;
    starts[n] = at;
    ends[n] = at + span;
    n++;
    at += span;
  }
  // Node's UTF-16 decoding keeps lone surrogates (TextDecoder would replace them).
  const view = Buffer.from(units.buffer, 0, n * 2).toString('utf16le');
  const [viewStarts, viewEnds] = [starts.subarray(0, n), ends.subarray(0, n)];
  return onlyAscii ? { text: view, startOf: (i) => viewStarts[i] as number, endOf: (i) => viewEnds[i] as number } : folded(view, viewStarts, viewEnds);
}

/**
 * The views worth searching for `needles`: the text as it is, and decoded only where it holds
 * something to decode; `+` is read as a space only for a needle with a space, and kept as itself
 * beside that only for a needle with a `+` (base64 tokens have one, so one decoded view is usual).
 */
export function textViews(text: string, needles: readonly string[]): TextView[] {
  const views = [folded(text, undefined, undefined)];
  const escapes = text.includes('%') || text.includes('\\');
  const plusAsSpace = text.includes('+') && needles.some((needle) => needle.includes(' '));
  if (plusAsSpace) views.push(decoded(text, true));
  if (escapes && (!plusAsSpace || needles.some((needle) => needle.includes('+')))) views.push(decoded(text, false));
  return views;
}
