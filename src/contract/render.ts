// A value from a server's answer as short text for a report: JSON-like, but bounded in depth and
// length, so a hostile answer (100,000 nested arrays, a 5 MB string) can neither overflow the
// stack nor blow up the report. Control characters are escaped, as JSON escapes them.
const maxDepth = 6;
const maxLength = 300;

// The loops below stop before the budget runs out, so render is never called with none left.
function render(value: unknown, depth: number, budget: { left: number }): string {
  let out: string;
  if (value === undefined) out = 'nothing';
  else if (value === null || typeof value === 'boolean' || typeof value === 'number') out = String(value);
  else if (typeof value === 'string')
    out = JSON.stringify(value.length > maxLength ? `${value.slice(0, maxLength)}…` : value);
  else if (typeof value !== 'object') out = typeof value;
  else if (depth >= maxDepth) out = Array.isArray(value) ? '[…]' : '{…}';
  else if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) {
      if (budget.left <= 0 || items.length >= 20) {
        items.push('…');
        break;
      }
      items.push(render(item, depth + 1, budget));
    }
    out = `[${items.join(',')}]`;
  } else {
    const entries: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      if (budget.left <= 0 || entries.length >= 20) {
        entries.push('…');
        break;
      }
      entries.push(
        `${JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key)}:${render(item, depth + 1, budget)}`,
      );
    }
    out = `{${entries.join(',')}}`;
  }
  budget.left -= out.length;
  return out;
}

/** The value as bounded text: at most a few hundred characters, whatever its size or depth. */
export function renderValue(value: unknown): string {
  const text = render(value, 0, { left: maxLength });
  return text.length > maxLength + 20 ? `${text.slice(0, maxLength)}…` : text;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes.
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Text safe to print on a terminal: control characters (ESC, newline, …) shown as JSON escapes. */
export const printable = (text: string): string =>
  text.replace(unprintable, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
