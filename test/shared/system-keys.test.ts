// The service's own metadata keys, as the spec's rule of written metadata (propertyNames) names them.
import { describe, expect, it } from 'vitest';
import { isSystemKey } from '../../src/shared/system-keys.js';

describe('isSystemKey', () => {
  it.each([
    ['__system__enableActive', true],
    ['__system__cmkid', true],
    ['__system__', true],
    ['owner', false],
    ['__systemX', false],
    ['x__system__', false],
    ['', false],
  ])('%j: %s', (key, expected) => {
    expect(isSystemKey(key)).toBe(expected);
  });
});
