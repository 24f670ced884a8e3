// In scripts/lib so that the benchmarks and the tests make the same tokens.
// A token shaped like an IAM PKI token: `MII` and base64 of a signed blob, with `+`, `/` and `=`
// padding, of the sizes the cloud hands out (2-5 KB) and its API pages allow (32,768, some 100,000).
import { createHash } from 'node:crypto';

/** A deterministic PKI-shaped token of exactly `length` characters (at least 8), for a given `seed`. */
export function pkiToken(length: number, seed = 'evs'): string {
  const bytes: Buffer[] = [];
  let total = 0;
  for (let block = 0; total * 4 < length * 3 + 8; block++) {
    const digest = createHash('sha256').update(`${seed}:${block}`).digest();
    bytes.push(digest);
    total += digest.byteLength;
  }
  const body = Buffer.concat(bytes).toString('base64').replace(/=/g, '');
  // Two `=` of padding, as a blob whose length is 1 modulo 3 gets, and both base64 symbols for sure.
  return `MII+/${body}`.slice(0, length - 2).concat('==');
}
