// How a rejected value is shown in an error message: short, typed, and redacted before it is cut.
const encoder = new TextEncoder();

export function describeValue(value: unknown, redact: (text: string) => string = (text) => text): string {
  if (typeof value === 'string') {
    // Redacted before it is cut: a secret passed by mistake must not show its first 40 characters.
    const clean = redact(value);
    const shown = clean.length > 40 ? `${JSON.stringify(clean.slice(0, 40))}…` : JSON.stringify(clean);
    return `${shown} (string, ${encoder.encode(value).length} UTF-8 bytes)`;
  }
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `${String(value)} (${typeof value})`;
}
