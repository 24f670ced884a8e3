// The checks a server of this project makes before routing, one rule at a time; every refusal
// must be a body the spec's ErrorResponse accepts.
import { describe, expect, it } from 'vitest';
import { mediaTypeOf, type Refusal, refusalForParseError, screenBody, screenHead, screenLimits } from '../../src/shared/request-screen.js';
import { SchemaValidator } from '../support/schema-validator.js';

const validator = new SchemaValidator();
const host = ['Host', '127.0.0.1'];
const valid = (refusal: Refusal | undefined): Refusal => {
  expect(refusal).toBeDefined();
  expect(validator.violations(SchemaValidator.component('ErrorResponse'), refusal!.body)).toEqual([]);
  return refusal!;
};
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('screenHead', () => {
  it.each<[string, string, string[], number, RegExp]>([
    ['a malformed escape', '/v2/p/cloudsnapshots/%ZZ', host, 400, /EVS\.1025/],
    ['a lone %', '/v2/p/%', host, 400, /url encoding failed/],
    ['a truncated UTF-8 escape', '/v2/p/%E6%97', host, 400, /url encoding failed/],
    ['an overlong UTF-8 escape', '/v2/p/%C0%AF', host, 400, /url encoding failed/],
    ['a malformed escape in the query', '/v2/p/cloudsnapshots/detail?name=%G1', host, 400, /query/],
    ['an absolute-form target', 'http://127.0.0.1/v2/p', host, 400, /must be a path/],
    ['a URL one byte over the limit', `/${'a'.repeat(screenLimits.maxUrlBytes)}`, host, 414, /8193 bytes long/],
    ['a header field over the limit', '/', [...host, 'X-Pad', 'a'.repeat(screenLimits.maxHeaderFieldBytes)], 431, /X-Pad header/],
    ['headers over the limit in all', '/', [...host, ...Array.from({ length: 3 }, (_, i) => [`X-${i}`, 'a'.repeat(6000)]).flat()], 431, /in all/],
    ['no Host', '/', [], 400, /exactly one Host/],
    ['two Host headers', '/', [...host, ...host], 400, /exactly one Host/],
    ['a malformed Accept', '/', [...host, 'Accept', 'text/html;q='], 400, /Accept header/],
    ['an Accept with an empty range', '/', [...host, 'Accept', 'application/json,'], 400, /Accept header/],
  ])('refuses %s', (_case, url, headers, status, message) => {
    const refusal = valid(screenHead(url, headers));
    expect(refusal.status).toBe(status);
    expect(JSON.stringify(refusal.body)).toMatch(message);
  });

  it.each<[string, string, string[]]>([
    ['a plain path', '/v2/p/cloudsnapshots/f9faf7df-fdc1-4093-9ef3-5cba06eef995', host],
    ['escaped UTF-8 in the query', '/v2/p/cloudsnapshots/detail?name=%E5%BF%AB&status=available', host],
    ['a + in the query', '/v2/p/cloudsnapshots/detail?name=a+b', host],
    ['a URL exactly at the limit', `/${'a'.repeat(screenLimits.maxUrlBytes - 1)}`, host],
    ['an Accept list', '/', [...host, 'Accept', 'application/json, text/plain;q=0.5, */*']],
  ])('lets %s through', (_case, url, headers) => {
    expect(screenHead(url, headers)).toBeUndefined();
  });

  it('does not ask an HTTP/1.0 request for Host', () => {
    expect(screenHead('/', [], '1.0')).toBeUndefined();
  });
});

describe('screenBody', () => {
  it.each<[string, string | undefined, Uint8Array, number, RegExp]>([
    ['a body one byte over the limit', 'application/json', new Uint8Array(screenLimits.maxBodyBytes + 1), 413, /larger than/],
    ['a Content-Type that does not parse', ';;;', bytes('{}'), 415, /not a media type/],
    ['a tab before a parameter', 'application/json;\tcharset=utf-8', bytes('{}'), 415, /not a media type/],
    ['a body sent as text', 'text/plain', bytes('{}'), 415, /must be application\/json/],
    ['a charset other than UTF-8', 'application/json; charset=latin1', bytes('{}'), 415, /charset latin1/],
    ['a body without a Content-Type', undefined, bytes('{}'), 415, /no Content-Type/],
    ['bytes that are not UTF-8', 'application/json', Uint8Array.of(0x22, 0xc3, 0x28, 0x22), 400, /not UTF-8/],
    ['JSON nested too deep', 'application/json', bytes(`${'['.repeat(screenLimits.maxJsonDepth + 1)}${']'.repeat(screenLimits.maxJsonDepth + 1)}`), 400, /nested deeper/],
    ['malformed JSON', 'application/json', bytes('{"snapshot": '), 400, /EVS\.5400/],
  ])('refuses %s', (_case, type, body, status, message) => {
    const refusal = valid(screenBody(type, body));
    expect(refusal.status).toBe(status);
    expect(JSON.stringify(refusal.body)).toMatch(message);
  });

  it.each<[string, string | undefined, Uint8Array]>([
    ['a JSON body', 'application/json; charset=UTF-8', bytes('{"snapshot":{"name":"[[[not nesting]]]"}}')],
    ['JSON nested exactly to the limit', 'application/json', bytes(`${'['.repeat(screenLimits.maxJsonDepth)}${']'.repeat(screenLimits.maxJsonDepth)}`)],
    ['no body and no Content-Type', undefined, new Uint8Array(0)],
    ['a +json media type', 'application/merge-patch+json', bytes('{}')],
  ])('lets %s through', (_case, type, body) => {
    expect(screenBody(type, body)).toBeUndefined();
  });
});

describe('mediaTypeOf', () => {
  it("reads the type and charset as Prism's parser does", () => {
    expect(mediaTypeOf(' Application/JSON ; charset="UTF-8"')).toEqual({ type: 'application/json', charset: 'utf-8' });
    expect(mediaTypeOf('application/json;charset=utf-8;q=1')).toEqual({ type: 'application/json', charset: 'utf-8' });
    expect(mediaTypeOf('application/json; charset=utf-8\t')).toBeUndefined();
  });
});

describe('refusalForParseError', () => {
  it.each<[string | undefined, string, number]>([
    ['HPE_HEADER_OVERFLOW', `GET /${'a'.repeat(9000)}`, 414],
    ['HPE_HEADER_OVERFLOW', `GET / HTTP/1.1\r\nX-Pad: ${'a'.repeat(9000)}`, 431],
    ['ERR_HTTP_REQUEST_TIMEOUT', 'POST / HTTP/1.1\r\n', 408],
    ['HPE_INVALID_METHOD', 'HELLO', 400],
    [undefined, '', 400],
  ])('answers %s with %#', (code, head, status) => {
    expect(valid(refusalForParseError(code, Buffer.from(head))).status).toBe(status);
  });
});
