// The signing arithmetic on its own, with inputs the client never produces (unsorted names, a
// header missing from the map, dates that are not dates), so every rule shows in its own line.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authorizationOf, canonicalRequestText, signatureOf, timeOfSdkDate } from '../../src/shared/signature.js';

const lines = (input: Partial<Parameters<typeof canonicalRequestText>[0]>): string[] =>
  canonicalRequestText({ method: 'GET', pathname: '/', search: '', headers: new Map(), signedHeaders: [], body: '', ...input }).split('\n');

describe('canonicalRequestText', () => {
  it.each([
    ['the unreserved characters at the edges of their ranges as they are', '/AZaz09-._~', '/AZaz09-._~/'],
    ['the neighbours of those ranges encoded', '/@[`{/:', '/%40%5B%60%7B/%3A/'],
    ['a byte below 0x10 with two hex digits', '/a%0Ab%09', '/a%0Ab%09/'],
    ['a raw control character with two hex digits', '/a\nb', '/a%0Ab/'],
    ['escapes next to each other and to text', '/%41%42c%43', '/ABcC/'],
    ['a lone % and a % with one hex digit literal', '/%/%4', '/%25/%254/'],
  ])('path: keeps %s', (_case, pathname, canonical) => {
    expect(lines({ pathname })[1]).toBe(canonical);
  });

  it('query: encodes a byte below 0x10 with two hex digits', () => {
    expect(lines({ search: '?a=%01' })[2]).toBe('a=%01');
  });

  it('lists the signed headers sorted, whatever order it is given, and a missing one as empty', () => {
    const headers = new Map([
      ['x-sdk-date', '20240101T000000Z'],
      ['host', 'evs.example'],
    ]);
    const text = lines({ headers, signedHeaders: ['x-sdk-date', 'x-missing', 'host'] });
    expect(text.slice(3, 7)).toEqual(['host:evs.example', 'x-missing:', 'x-sdk-date:20240101T000000Z', '']);
    expect(text[7]).toBe('host;x-missing;x-sdk-date');
  });

  it('hashes the body as UTF-8 bytes', () => {
    expect(lines({ body: 'ü' }).at(-1)).toBe(
      createHash('sha256')
        .update(Buffer.from([0xc3, 0xbc]))
        .digest('hex'),
    );
  });

  it('puts UNSIGNED-PAYLOAD in place of the body hash when x-sdk-content-sha256 says so (Huawei signing guide), and hashes the body for any other value', () => {
    const withHeader = (value: string) => lines({ body: '{"a":1}', headers: new Map([['x-sdk-content-sha256', value]]), signedHeaders: ['x-sdk-content-sha256'] }).at(-1);
    expect(withHeader('UNSIGNED-PAYLOAD')).toBe('UNSIGNED-PAYLOAD');
    expect(withHeader('unsigned-payload')).toBe(createHash('sha256').update('{"a":1}').digest('hex'));
  });
});

describe('signatureOf', () => {
  it('keys the Access form with the secret as UTF-8 bytes', () => {
    const secret = 'sk-ü';
    const canonical = 'GET\n/\n\n\n\n';
    const requestHash = createHash('sha256').update(canonical).digest('hex');
    const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
      .update(Buffer.from(`SDK-HMAC-SHA256\n20240101T000000Z\n${requestHash}`, 'utf8'))
      .digest('hex');
    expect(signatureOf(canonical, { accessKey: 'AK', secretKey: secret }, '20240101T000000Z', { type: 'access' })).toEqual({ credential: 'Access=AK', signature: expected });
  });
});

describe('authorizationOf', () => {
  it('lists SignedHeaders sorted, whatever order it is given', () => {
    expect(authorizationOf({ credential: 'Access=AK', signature: 'ab' }, ['x-sdk-date', 'content-type', 'host'])).toBe(
      'SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-sdk-date, Signature=ab',
    );
  });
});

describe('timeOfSdkDate', () => {
  it('reads YYYYMMDDTHHMMSSZ as UTC', () => {
    expect(timeOfSdkDate('20241231T235959Z')).toBe(Date.UTC(2024, 11, 31, 23, 59, 59));
    expect(timeOfSdkDate('20240229T000000Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it.each([
    ['text before the date', 'x20240101T000000Z'],
    ['text after the date', '20240101T000000Zx'],
    ['no date at all', 'yesterday'],
    ['an empty value', ''],
    ['an ISO date with separators', '2024-01-01T00:00:00Z'],
    ['the 13th month', '20241301T000000Z'],
    ['the 30th of February', '20240230T000000Z'],
    ['the 29th of February of a common year', '20230229T000000Z'],
    ['the 25th hour', '20240101T250000Z'],
    ['the 60th second', '20240101T000060Z'],
  ])('refuses %s', (_case, text) => {
    expect(timeOfSdkDate(text)).toBeUndefined();
  });
});
