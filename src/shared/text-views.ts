// Views of a text in which an echoed secret reads as the secret itself: the text as it is, and the
// text with percent-encoding, JSON escapes and form encoding undone; each with its letter case
// folded. Every character of a view knows the stretch of the original text it came from, so what
// is found in a view is removed from the original. A decoded view is kept as stretches: plain text
// is sliced (native work), and only each escape costs a step, so a megabyte with a few escapes
// is viewed in about the time of copying it.

export interface TextView {
  /** The view's text, its letter case folded (foldCase). */
  readonly text: string;
  /** Where in the original text the view's character `i` starts. */
  startOf(i: number): number;
  /** Where in the original text the view's character `i` ends (exclusive). */
  endOf(i: number): number;
}

type Positions = Pick<TextView, 'startOf' | 'endOf'>;

const nonAscii = /[\u0080-\uffff]/;
const samePositions: Positions = { startOf: (i) => i, endOf: (i) => i + 1 };

/**
 * Folds letter case as upper-then-lower, so that characters with one upper case but several lower
 * ones (ι and ι, σ and ς) meet; a character whose folding is longer (ß, İ) maps each of its
 * pieces to its own stretch.
 */
export const foldCase = (text: string): string => text.toUpperCase().toLowerCase();

function folded(units: string, positions: Positions): TextView {
  // ASCII folds by lower-casing alone, which V8 does fast.
  const lower = nonAscii.test(units) ? foldCase(units) : units.toLowerCase();
  if (lower.length === units.length) return { text: lower, ...positions };
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < units.length; ) {
    // A whole code point at a time: a letter beyond U+FFFF folds only as a pair of units.
    const width = (units.codePointAt(i) as number) > 0xffff ? 2 : 1;
    const piece = foldCase(units.slice(i, i + width));
    pieces.push(piece);
    for (let k = 0; k < piece.length; k++) {
      starts.push(positions.startOf(i));
      ends.push(positions.endOf(i + width - 1));
    }
    i += width;
  }
  return { text: pieces.join(''), startOf: (i) => starts[i] as number, endOf: (i) => ends[i] as number };
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

/** An escape at `at` undone: the UTF-16 units it stands for and how many characters it spans, or undefined. */
function escapeAt(text: string, at: number, plusIsSpace: boolean): { units: string; span: number } | undefined {
  const code = text.charCodeAt(at);
  if (code === 37) {
    const character = percentCharacter(text, at);
    return character && { units: String.fromCodePoint(character.code), span: character.span };
  }
  if (code === 92) {
    const escaped = jsonEscape(text, at);
    return escaped && { units: String.fromCharCode(escaped.unit), span: escaped.span };
  }
  return code === 43 && plusIsSpace ? { units: ' ', span: 1 } : undefined;
}

/**
 * The text with every escape undone, `+` read as a space or as itself. Its positions are kept per
 * stretch: `viewAt[k]` is where stretch k starts in the view, `fromAt[k]` in the original, and
 * `span[k]` is -1 for plain text (one character for one) or an escape's length in the original.
 */
function decoded(text: string, plusIsSpace: boolean): TextView {
  const escapeStart = plusIsSpace ? /[%\\+]/g : /[%\\]/g;
  const pieces: string[] = [];
  const viewAt: number[] = [];
  const fromAt: number[] = [];
  const span: number[] = [];
  let length = 0;
  const stretch = (piece: string, from: number, originalSpan: number): void => {
    pieces.push(piece);
    viewAt.push(length);
    fromAt.push(from);
    span.push(originalSpan);
    length += piece.length;
  };
  let plainFrom = 0;
  for (let at = 0; at < text.length; ) {
    escapeStart.lastIndex = at;
    const found = escapeStart.exec(text);
    if (found === null) break;
    const undone = escapeAt(text, found.index, plusIsSpace);
    if (undone === undefined) {
      at = found.index + 1;
      continue;
    }
    if (found.index > plainFrom) stretch(text.slice(plainFrom, found.index), plainFrom, -1);
    stretch(undone.units, found.index, undone.span);
    at = plainFrom = found.index + undone.span;
  }
  if (plainFrom < text.length) stretch(text.slice(plainFrom), plainFrom, -1);
  const stretchOf = (i: number): number => {
    let [low, high] = [0, viewAt.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((viewAt[middle] as number) <= i) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const positions: Positions = {
    startOf: (i) => {
      const k = stretchOf(i);
      return (fromAt[k] as number) + ((span[k] as number) < 0 ? i - (viewAt[k] as number) : 0);
    },
    endOf: (i) => {
      const k = stretchOf(i);
      return (span[k] as number) < 0
        ? (fromAt[k] as number) + i - (viewAt[k] as number) + 1
        : (fromAt[k] as number) + (span[k] as number);
    },
  };
  return folded(pieces.join(''), positions);
}

/**
 * The views worth searching for `needles`: the text as it is, and decoded only where it holds
 * something to decode; `+` is read as a space only for a needle with a space, and kept as itself
 * beside that only for a needle with a `+` (base64 tokens have one, so one decoded view is usual).
 */
export function textViews(text: string, needles: readonly string[]): TextView[] {
  const views = [folded(text, samePositions)];
  const escapes = text.includes('%') || text.includes('\\');
  const plusAsSpace = text.includes('+') && needles.some((needle) => needle.includes(' '));
  if (plusAsSpace) views.push(decoded(text, true));
  if (escapes && (!plusAsSpace || needles.some((needle) => needle.includes('+')))) views.push(decoded(text, false));
  return views;
}
