// Chinese typography for the texts of the Chinese docs page. The overlay spec/overlays/zh-CN.yaml wraps
// its paragraphs at about 120 columns, and Markdown turns each line break inside a paragraph into a space:
// harmless in English, a stray gap in Chinese, which has no spaces between characters nor beside its
// full-width punctuation. Latin words and code keep a space on either side, as the overlay writes them.

/** Han characters (the CJK blocks, with the compatibility ideographs). */
const han = /[\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Full-width punctuation, which carries its own spacing: 。，、；：？！（）【】《》“”‘’ and the like. */
const fullWidthPunctuation = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d]/u;

/** Whether Chinese typography puts no space between the characters `before` and `after`. */
export function noSpaceBetween(before: string, after: string): boolean {
  return fullWidthPunctuation.test(before) || fullWidthPunctuation.test(after) || (han.test(before) && han.test(after));
}

/** A line that opens a Markdown block of its own (list item, heading, table row, quote, fence, Markdoc tag). */
const opensBlock = /^(?:[-*+] |\d+[.)] |#{1,6} |>|\||```|~~~|\{%)/;
const fence = /^(?:```|~~~)/;

/**
 * Joins the lines of each Markdown paragraph where the line break falls between characters that Chinese
 * sets without a space (see `noSpaceBetween`), so that the break renders as nothing instead of a space.
 * Block boundaries (blank lines, list items, headings, table rows, fenced code, hard breaks) stay as they are.
 * Emphasis markers (`**`) at the break are looked through: the characters that show are compared.
 */
export function joinChineseLines(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let inFence = false;
  for (const line of lines) {
    const trimmed = line.trimStart();
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    if (fence.test(trimmed)) inFence = !inFence;
    if (previous !== undefined && !inFence && !fence.test(trimmed) && continuesParagraph(previous, trimmed)) {
      const before = previous.trimEnd().replace(/\*+$/, '').slice(-1);
      const after = trimmed.replace(/^\*+/, '').charAt(0);
      if (before !== '' && after !== '' && noSpaceBetween(before, after)) {
        out[out.length - 1] = previous.trimEnd() + trimmed;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Whether `next` (without its indentation) goes on the paragraph that `previous` is a line of. */
function continuesParagraph(previous: string, next: string): boolean {
  const before = previous.trimStart();
  if (before === '' || next === '') return false;
  if (/^(?:#{1,6} |\|)/.test(before) || /^(?:```|~~~)/.test(before)) return false;
  // A hard line break (two trailing spaces or a backslash) is meant to show.
  if (/ {2}$|\\$/.test(previous)) return false;
  return !opensBlock.test(next);
}

/** The keys whose string values are prose in an OpenAPI document (the same ones the translation test reads). */
const textKeys = new Set(['description', 'summary', 'title', 'x-displayName']);

/**
 * A copy of an OpenAPI document with `joinChineseLines` applied to every text (descriptions, summaries,
 * titles, display names and the status meanings of `x-enumDescriptions`); example values, which are data,
 * stay as they are.
 */
export function withChineseLineBreaks<T>(document: T): T {
  const walk = (node: unknown, key?: string, parentKey?: string): unknown => {
    if (typeof node === 'string') return (key !== undefined && textKeys.has(key)) || parentKey === 'x-enumDescriptions' ? joinChineseLines(node) : node;
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (node === null || typeof node !== 'object') return node;
    // Example values are data: `value` under an example, and `examples`/`example` in a schema.
    return Object.fromEntries(
      Object.entries(node).map(([name, value]) => [name, name === 'value' || name === 'example' || (name === 'examples' && Array.isArray(value)) ? value : walk(value, name, key)]),
    );
  };
  return walk(document) as T;
}
