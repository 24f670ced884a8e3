// The one scrubber for every string that can leave the package: error messages, stacks, status
// texts, body excerpts, cause chains and reports. A secret is found in every form a server may
// echo it in (as sent, percent-encoded in either case, JSON-escaped), and it is replaced before
// anything is truncated, so no prefix of a secret survives a cut either.

const redactionMark = '[redacted]';

export interface Redactor {
  /** The text with every secret replaced by `[redacted]`. */
  text(value: string): string;
  /** Scrubs an error in place (message, stack, every own string property, the cause chain) and returns it. */
  error<T>(error: T): T;
}

const regexChar = (char: string): string => char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
const hex2 = (byte: number): string => byte.toString(16).padStart(2, '0');

/**
 * A pattern that matches one character of a secret as sent, percent-encoded (any character,
 * letters and digits too: some encoders escape everything), as a JSON `\uXXXX` escape, or as a
 * JSON backslash escape; matched without regard to case, which also catches a secret that a
 * URL parser lower-cased in a host name.
 */
function charPattern(char: string): string {
  // Longest forms first, so that an escape is taken whole rather than its first character alone.
  const forms = [[...new TextEncoder().encode(char)].map((byte) => `%${hex2(byte)}`).join('')];
  const code = char.codePointAt(0) ?? 0;
  if (code <= 0xffff) forms.unshift(`\\\\u${code.toString(16).padStart(4, '0')}`);
  if (char === '"' || char === '\\' || char === '/') forms.push(`\\\\${regexChar(char)}`);
  if (char === ' ') forms.push('\\+');
  forms.push(regexChar(char));
  return `(?:${forms.join('|')})`;
}

function secretPattern(secrets: readonly string[]): RegExp | undefined {
  const distinct = [...new Set(secrets.filter((secret) => secret !== ''))].sort((a, b) => b.length - a.length);
  if (distinct.length === 0) return undefined;
  return new RegExp(distinct.map((secret) => Array.from(secret, charPattern).join('')).join('|'), 'gi');
}

const maxDepth = 8;

export function createRedactor(secrets: readonly string[]): Redactor {
  const pattern = secretPattern(secrets);
  const text = (value: string): string => (pattern === undefined ? value : value.replace(pattern, redactionMark));

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
          if (descriptor.writable || descriptor.configurable) Object.defineProperty(target, key, { ...descriptor, value: clean });
        } else if (descriptor.set) descriptor.set.call(target, clean);
        else if (descriptor.configurable) Object.defineProperty(target, key, { value: clean, writable: true, enumerable: descriptor.enumerable ?? false, configurable: true });
      } else if (typeof value === 'object' && value !== null) scrub(value, seen, depth + 1);
    }
  }

  return {
    text,
    error(error) {
      if (pattern !== undefined && typeof error === 'object' && error !== null) scrub(error, new Set(), 0);
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
