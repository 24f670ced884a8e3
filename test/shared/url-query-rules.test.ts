// The list query as a server reads it from a URL, on its own: repeated names gathered in order.
import { describe, expect, it } from 'vitest';
import { queryObject } from '../../src/shared/url-query-rules.js';

describe('queryObject', () => {
  it('gives one value as a string and a repeated name as all its values, in order', () => {
    expect({ ...queryObject('name=a&id=1&id=2&id=3&limit=5') }).toEqual({ name: 'a', id: ['1', '2', '3'], limit: '5' });
  });
});
