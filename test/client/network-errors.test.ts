// What a failed fetch tells the client: the code behind it, and whether the request can have
// reached the server (only then is resending a create unsafe).
import { describe, expect, it } from 'vitest';
import { networkErrorCode, neverReachedServer } from '../../src/client/network-errors.js';

/** A fetch error with `code` wrapped `depth` causes deep, as undici nests them. */
const wrapped = (code: string, depth: number): unknown => {
  let error: unknown = Object.assign(new Error('inner'), { code });
  for (let i = 0; i < depth; i++) error = new TypeError('fetch failed', { cause: error });
  return error;
};

describe('network errors', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])('takes %s as never having reached the server', (code) => {
    expect(neverReachedServer(wrapped(code, 1))).toBe(true);
  });

  it.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'])('takes %s as possibly having reached the server', (code) => {
    expect(neverReachedServer(wrapped(code, 1))).toBe(false);
  });

  it('takes an error without a code as possibly having reached the server', () => {
    expect(neverReachedServer(new TypeError('fetch failed'))).toBe(false);
  });

  it('finds a code up to three causes deep, and no deeper', () => {
    expect([0, 1, 2, 3, 4].map((depth) => networkErrorCode(wrapped('ECONNREFUSED', depth)))).toEqual(['ECONNREFUSED', 'ECONNREFUSED', 'ECONNREFUSED', 'ECONNREFUSED', undefined]);
  });
});
