// The one UUID rule every product uses for values from outside (a page marker, an answer's id, an
// option): the spec's SnapshotId pattern, anchored, on strings only.
import { describe, expect, it } from 'vitest';
import { uuidPattern } from '../../generated/spec-constants.js';
import { isUuid } from '../../src/shared/uuid.js';

describe('isUuid', () => {
  it.each(['f9faf7df-fdc1-4093-9ef3-5cba06eef995', 'F9FAF7DF-FDC1-4093-9EF3-5CBA06EEF995'])('takes %s, which the spec pattern matches', (value) => {
    expect(new RegExp(uuidPattern).test(value)).toBe(true);
    expect(isUuid(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a UUID with a trailing newline', 'f9faf7df-fdc1-4093-9ef3-5cba06eef995\n'],
    ['a UUID inside a path', '../f9faf7df-fdc1-4093-9ef3-5cba06eef995'],
    ['a UUID without dashes', 'f9faf7dffdc140939ef35cba06eef995'],
    ['a letter outside hex', 'g9faf7df-fdc1-4093-9ef3-5cba06eef995'],
    ['the empty string', ''],
    ['null', null],
    ['a String object', new String('f9faf7df-fdc1-4093-9ef3-5cba06eef995')],
  ])('refuses %s', (_, value) => {
    expect(isUuid(value)).toBe(false);
  });

  it('answers the same for the same value on every call (the shared expression keeps no state)', () => {
    const id = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';
    expect([isUuid(id), isUuid(id), isUuid(id)]).toEqual([true, true, true]);
  });
});
