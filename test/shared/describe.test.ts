// How a rejected value is shown in a message: typed, cut at 40 characters after redaction, with
// its UTF-8 size; and which headers count as credentials.
import { describe, expect, it } from 'vitest';
import { isCredentialHeader } from '../../src/shared/credential-headers.js';
import { describeValue } from '../../src/shared/describe.js';

describe('describeValue', () => {
  it.each<[string, unknown, string]>([
    ['a short string', 'snap-1', '"snap-1" (string, 6 UTF-8 bytes)'],
    ['a string of exactly 40 characters, whole', 'a'.repeat(40), `"${'a'.repeat(40)}" (string, 40 UTF-8 bytes)`],
    ['a string of 41 characters, cut', 'a'.repeat(41), `"${'a'.repeat(40)}"… (string, 41 UTF-8 bytes)`],
    ['the UTF-8 size of non-ASCII text', 'ü快', '"ü快" (string, 5 UTF-8 bytes)'],
    ['null', null, 'null'],
    ['undefined', undefined, 'nothing'],
    ['an array', [1, 2, 3], 'an array of 3'],
    ['an object', { a: 1 }, 'an object'],
    ['a number', 42, '42 (number)'],
    ['a boolean', false, 'false (boolean)'],
  ])('shows %s', (_case, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  it('redacts before it cuts, so no part of a secret shows', () => {
    const secret = 's'.repeat(50);
    expect(describeValue(`x${secret}`, (text) => text.replaceAll(secret, '[redacted]'))).toBe('"x[redacted]" (string, 51 UTF-8 bytes)');
  });
});

describe('isCredentialHeader', () => {
  it.each(['Authorization', 'x-auth-token', ' X-Security-Token '])('takes %s as a credential', (name) => {
    expect(isCredentialHeader(name)).toBe(true);
  });
  it.each(['X-Sdk-Date', 'x-auth-token-2', 'Content-Type'])('takes %s as no credential', (name) => {
    expect(isCredentialHeader(name)).toBe(false);
  });
});
