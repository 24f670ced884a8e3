// The Request class the client hands openapi-fetch: what it keeps of its input and another
// request, and which bodies it may send again on a retry.
import { describe, expect, it } from 'vitest';
import { EvsRequest } from '../../src/client/request.js';

const url = 'https://evs.example/v2/p1/cloudsnapshots';

describe('EvsRequest', () => {
  it('is a GET with no body or signal when init says nothing, and upper-cases the method it is given', () => {
    const plain = new EvsRequest(new URL(url));
    expect([plain.url, plain.method, [...plain.headers], plain.body, plain.signal]).toEqual([url, 'GET', [], null, null]);
    expect(new EvsRequest(url, { method: 'delete' }).method).toBe('DELETE');
  });

  it('keeps the Headers object it is given rather than a copy', () => {
    const headers = new Headers({ 'X-Trace-Id': 't1' });
    expect(new EvsRequest(url, { headers }).headers).toBe(headers);
  });

  it('copies another EvsRequest whole, and lets init replace each part', () => {
    const signal = new AbortController().signal;
    const base = new EvsRequest(url, { method: 'PUT', headers: { 'X-Trace-Id': 't1' }, body: '{"a":1}', signal });
    const copy = new EvsRequest(base);
    expect([copy.url, copy.method, copy.headers.get('X-Trace-Id'), copy.body, copy.signal]).toEqual([url, 'PUT', 't1', '{"a":1}', signal]);
    const other = new AbortController().signal;
    const changed = new EvsRequest(base, { method: 'POST', headers: { 'X-Other': 'o' }, body: '{}', signal: other });
    expect([changed.url, changed.method, [...changed.headers], changed.body, changed.signal]).toEqual([url, 'POST', [['x-other', 'o']], '{}', other]);
  });

  it.each<[string, BodyInit | null, boolean]>([
    ['no body', null, true],
    ['a string', '{}', true],
    ['URLSearchParams', new URLSearchParams('a=1'), true],
    ['a Blob', new Blob(['{}']), true],
    ['a Uint8Array', Uint8Array.of(1), true],
    ['a DataView', new DataView(new ArrayBuffer(1)), true],
    ['an ArrayBuffer', new ArrayBuffer(1), true],
    ['a stream, which a first attempt consumes', new ReadableStream(), false],
  ])('can send %s again: %s', (_case, body, replayable) => {
    expect(new EvsRequest(url, { method: 'PUT', body }).replayable).toBe(replayable);
  });
});
