// Every string form in which an error can reach a log, a report or a terminal, for the checks
// that a secret appears in none of them.
import { inspect } from 'node:util';

export function renderings(value: unknown): string[] {
  const forms: string[] = [String(value), inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? ''];
  const seen = new Set<unknown>();
  for (let current: unknown = value, depth = 0; typeof current === 'object' && current !== null && !seen.has(current) && depth < 10; depth++) {
    seen.add(current);
    const error = current as Error & Record<string, unknown>;
    forms.push(String(error.message), String(error.stack), JSON.stringify(Object.values(error)) ?? '');
    for (const key of Object.getOwnPropertyNames(error)) forms.push(String(error[key]));
    current = error.cause;
  }
  return forms;
}

/**
 * The forms of `secret` a careless server may echo (as is, percent-encoded, JSON-escaped), and
 * its first 8 characters, which is what survives when a text is cut before it is redacted.
 */
export function secretForms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), ...(secret.length >= 16 ? [secret.slice(0, 8)] : [])])];
}

/** Fails naming the form when any rendering of `value` contains any form of a secret. */
export function expectNoSecret(value: unknown, secrets: readonly string[]): void {
  for (const text of renderings(value))
    for (const secret of secrets)
      for (const form of secretForms(secret)) if (text.includes(form)) throw new Error(`a secret (${secret.length} characters) shows in: ${text.slice(0, 300)}`);
}
