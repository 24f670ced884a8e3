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

const refusal = (status: number, wrapper: string, code: string | number, message: string): Refusal => ({ status, body: { [wrapper]: { code, message } } });
const badUrl = (why: string) => refusal(400, 'error', 'EVS.1025', `url encoding failed! (${why})`);
const tooLong = (what: string, bytes: number, limit: number, per: string) =>
  refusal(431, 'error', 431, `The ${what} ${bytes} bytes long; at most ${limit} bytes are accepted ${per}.`);
// Header fields as HTTP/1.1 counts them: name, ': ', value; the total adds each CRLF.
const pad = (name: string, fieldBytes: number): string[] => [name, 'a'.repeat(fieldBytes - name.length - 2)];
const limits = screenLimits;

describe('screenHead', () => {
  it.each<[string, string, string[], Refusal]>([
    ['a malformed escape', '/v2/p/cloudsnapshots/%ZZ', host, badUrl('"%ZZ" does not decode')],
    ['a lone %', '/v2/p/%', host, badUrl('"%" does not decode')],
    ['a % with one hex digit', '/v2/p/%A', host, badUrl('"%A" does not decode')],
    ['a truncated UTF-8 escape', '/v2/p/%E6%97', host, badUrl('"%E6%97" does not decode')],
    ['an overlong UTF-8 escape', '/v2/p/%C0%AF', host, badUrl('"%C0%AF" does not decode')],
    ['a malformed escape in a query name', '/v2/p/cloudsnapshots/detail?n%G1=a', host, badUrl('"n%G1" does not decode')],
    ['a malformed escape in a query value', '/v2/p/cloudsnapshots/detail?status=available&name=%G1', host, badUrl('"%G1" does not decode')],
    ['a long part that does not decode, named by its first 64 characters', `/v2/${'b'.repeat(70)}%`, host, badUrl(`"${'b'.repeat(64)}" does not decode`)],
    ['an absolute-form target (the front turns it into a path before the screen)', 'http://127.0.0.1/v2/p', host, badUrl('the request target must be a path')],
    ['a query alone', '?a=1', host, badUrl('the request target must be a path')],
    [
      'a URL one byte over the limit',
      `/${'a'.repeat(limits.maxUrlBytes)}`,
      host,
      refusal(414, 'error', 414, `The request URL is ${limits.maxUrlBytes + 1} bytes long; at most ${limits.maxUrlBytes} bytes are accepted.`),
    ],
    [
      'a URL over the limit in Latin-1 bytes, as the parser read it',
      `/${'é'.repeat(limits.maxUrlBytes)}`,
      host,
      refusal(414, 'error', 414, `The request URL is ${limits.maxUrlBytes + 1} bytes long; at most ${limits.maxUrlBytes} bytes are accepted.`),
    ],
    [
      'a header field one byte over the limit',
      '/',
      [...host, ...pad('X-Pad', limits.maxHeaderFieldBytes + 1)],
      tooLong('X-Pad header is', limits.maxHeaderFieldBytes + 1, limits.maxHeaderFieldBytes, 'per header field'),
    ],
    [
      'a long header name, named by its first 64 characters',
      '/',
      [...host, ...pad(`X-${'n'.repeat(100)}`, limits.maxHeaderFieldBytes + 1)],
      tooLong(`X-${'n'.repeat(62)} header is`, limits.maxHeaderFieldBytes + 1, limits.maxHeaderFieldBytes, 'per header field'),
    ],
    [
      'headers one byte over the limit in all',
      '/',
      // Host (4 + 2 + 9, and CRLF) and three fields that bring the total to the limit plus one.
      [...host, ...pad('X-1', 64_000), ...pad('X-2', 64_000), ...pad('X-3', limits.maxHeaderBytes - 17 - 2 * 64_002 - 2 + 1)],
      tooLong('request headers are', limits.maxHeaderBytes + 1, limits.maxHeaderBytes, 'in all'),
    ],
    ['no Host', '/', [], refusal(400, 'badRequest', 400, 'An HTTP/1.1 request must carry exactly one Host header.')],
    ['two Host headers', '/', [...host, 'host', '127.0.0.1'], refusal(400, 'badRequest', 400, 'An HTTP/1.1 request must carry exactly one Host header.')],
    [
      'a malformed Accept',
      '/',
      [...host, 'Accept', 'text/html;q='],
      refusal(400, 'badRequest', 400, 'The Accept header "text/html;q=" is not a list of media ranges such as application/json.'),
    ],
    [
      'an Accept with an empty range',
      '/',
      [...host, 'ACCEPT', 'application/json,'],
      refusal(400, 'badRequest', 400, 'The Accept header "application/json," is not a list of media ranges such as application/json.'),
    ],
    [
      'a long malformed Accept, quoted by its first 64 characters',
      '/',
      [...host, 'Accept', `${'x'.repeat(70)}`],
      refusal(400, 'badRequest', 400, `The Accept header "${'x'.repeat(64)}" is not a list of media ranges such as application/json.`),
    ],
    [
      'a malformed second Accept',
      '/',
      [...host, 'Accept', 'application/json', 'Accept', 'json'],
      refusal(400, 'badRequest', 400, 'The Accept header "json" is not a list of media ranges such as application/json.'),
    ],
  ])('refuses %s', (_case, url, headers, expected) => {
    expect(valid(screenHead(url, headers))).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['a plain path', '/v2/p/cloudsnapshots/f9faf7df-fdc1-4093-9ef3-5cba06eef995', host],
    ['escaped UTF-8 in the query', '/v2/p/cloudsnapshots/detail?name=%E5%BF%AB&status=available', host],
    ['a + and an empty pair in the query', '/v2/p/cloudsnapshots/detail?name=a+b&&x=', host],
    ['a URL exactly at the limit', `/${'a'.repeat(limits.maxUrlBytes - 1)}`, host],
    ['a URL at the limit in Latin-1 bytes', `/${'é'.repeat(limits.maxUrlBytes - 1)}`, host],
    ['a header field exactly at the limit', '/', [...host, ...pad('X-Pad', limits.maxHeaderFieldBytes)]],
    ['a header field at the limit in Latin-1 bytes', '/', [...host, 'X-Pad', 'é'.repeat(limits.maxHeaderFieldBytes - 7)]],
    ['headers exactly at the limit in all', '/', [...host, ...pad('X-1', 64_000), ...pad('X-2', 64_000), ...pad('X-3', limits.maxHeaderBytes - 17 - 2 * 64_002 - 2)]],
    ['an Accept list', '/', [...host, 'Accept', 'application/json, text/plain;q=0.5, */*']],
    ['an empty Accept', '/', [...host, 'Accept', '']],
    ['an Accept of spaces', '/', [...host, 'Accept', '   ']],
    ['a Host in another case', '/', ['HOST', '127.0.0.1']],
  ])('lets %s through', (_case, url, headers) => {
    expect(screenHead(url, headers)).toBeUndefined();
  });

  it('does not ask an HTTP/1.0 request for Host', () => {
    expect(screenHead('/', [], '1.0')).toBeUndefined();
  });
});

const unsupported = (message: string) => refusal(415, 'badMediaType', 415, message);
const malformed = (why: string) => refusal(400, 'badRequest', 'EVS.5400', `Malformed request body. (${why})`);
const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;
const deeperThanAllowed = malformed(`JSON nested deeper than ${limits.maxJsonDepth} levels`);

describe('screenBody', () => {
  it.each<[string, string | undefined, Uint8Array, Refusal]>([
    [
      'a body one byte over the limit',
      'application/json',
      new Uint8Array(limits.maxBodyBytes + 1),
      refusal(413, 'overLimit', 413, `The request body is larger than ${limits.maxBodyBytes} bytes, the most that is accepted.`),
    ],
    ['a Content-Type that does not parse', ';;;', bytes('{}'), unsupported('The Content-Type ";;;" is not a media type.')],
    ['a long Content-Type, quoted by its first 64 characters', `x${';'.repeat(70)}`, bytes('{}'), unsupported(`The Content-Type "x${';'.repeat(63)}" is not a media type.`)],
    ['a tab before a parameter', 'application/json;\tcharset=utf-8', bytes('{}'), unsupported('The Content-Type "application/json;\\tcharset=utf-8" is not a media type.')],
    ['a body sent as text', 'text/plain', bytes('{}'), unsupported('The body is sent as text/plain; it must be application/json.')],
    ['a body sent as a +json type of another top-level type', 'text/x+json', bytes('{}'), unsupported('The body is sent as text/x+json; it must be application/json.')],
    ['a body sent as a type that only ends in +json', 'application/a/b+json', bytes('{}'), unsupported('The Content-Type "application/a/b+json" is not a media type.')],
    [
      'a body sent as a type that only contains application/...+json',
      'xapplication/x+json',
      bytes('{}'),
      unsupported('The body is sent as xapplication/x+json; it must be application/json.'),
    ],
    ['a body sent as a +json type with more after it', 'application/x+jsonx', bytes('{}'), unsupported('The body is sent as application/x+jsonx; it must be application/json.')],
    ['a charset other than UTF-8', 'application/json; charset=latin1', bytes('{}'), unsupported('The body is sent in charset latin1; it must be UTF-8.')],
    ['an empty body in another charset', 'application/json; charset=latin1', new Uint8Array(0), unsupported('The body is sent in charset latin1; it must be UTF-8.')],
    ['a body without a Content-Type', undefined, bytes('{}'), unsupported('The body has no Content-Type; it must be sent as application/json.')],
    ['bytes that are not UTF-8', 'application/json', Uint8Array.of(0x22, 0xc3, 0x28, 0x22), malformed('the body is not UTF-8 text')],
    ['arrays nested one level too deep', 'application/json', bytes(nested(limits.maxJsonDepth + 1)), deeperThanAllowed],
    ['objects nested one level too deep', 'application/json', bytes(`${'{"a":'.repeat(limits.maxJsonDepth + 1)}1${'}'.repeat(limits.maxJsonDepth + 1)}`), deeperThanAllowed],
    ['nesting too deep after a string', 'application/json', bytes(`["x",${nested(limits.maxJsonDepth)}]`), deeperThanAllowed],
    ['nesting too deep after a string ending in an escaped backslash', 'application/json', bytes(`["x\\\\",${nested(limits.maxJsonDepth)}]`), deeperThanAllowed],
    ['nesting too deep after closed siblings', 'application/json', bytes(`[${'[],'.repeat(40)}${nested(limits.maxJsonDepth)}]`), deeperThanAllowed],
    ['nesting too deep after closed objects', 'application/json', bytes(`[${'{},'.repeat(40)}${nested(limits.maxJsonDepth)}]`), deeperThanAllowed],
    ['malformed JSON', 'application/json', bytes('{"snapshot": '), malformed('the body is not valid JSON')],
  ])('refuses %s', (_case, type, body, expected) => {
    expect(valid(screenBody(type, body))).toEqual(expected);
  });

  it.each<[string, string | undefined, Uint8Array]>([
    ['a JSON body', 'application/json; charset=UTF-8', bytes('{"snapshot":{"name":"[[[not nesting]]]"}}')],
    ['a body sent as utf8', 'application/json; charset=utf8', bytes('{}')],
    ['arrays nested exactly to the limit', 'application/json', bytes(nested(limits.maxJsonDepth))],
    ['nesting to the limit, twice in a row', 'application/json', bytes(`[${nested(limits.maxJsonDepth - 1)},${nested(limits.maxJsonDepth - 1)}]`)],
    ['many closed sibling arrays', 'application/json', bytes(`[${'[],'.repeat(40)}1]`)],
    ['many closed sibling objects', 'application/json', bytes(`[${'{},'.repeat(40)}1]`)],
    ['brackets inside a string', 'application/json', bytes(`{"a":"${'['.repeat(40)}${'{'.repeat(40)}"}`)],
    ['brackets after an escaped quote inside a string', 'application/json', bytes(`{"a":"\\"${'['.repeat(40)}"}`)],
    ['no body and no Content-Type', undefined, new Uint8Array(0)],
    ['an empty body of another type', 'text/plain', new Uint8Array(0)],
    ['a +json media type', 'application/merge-patch+json', bytes('{}')],
    ['a body exactly at the size limit', 'application/json', bytes(`"${'a'.repeat(limits.maxBodyBytes - 2)}"`)],
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
  const urlTooLong = refusal(414, 'error', 414, `The request URL is longer than ${limits.maxUrlBytes} bytes, the most that is accepted.`);
  const headersTooLong = refusal(431, 'error', 431, `The request headers are longer than ${limits.maxHeaderBytes} bytes, the most that is accepted.`);
  it.each<[string, string | undefined, Buffer | undefined, Refusal]>([
    ['a request line longer than the URL limit', 'HPE_HEADER_OVERFLOW', Buffer.from(`GET /${'a'.repeat(9000)}`), urlTooLong],
    ['a request line ending one byte past the URL limit', 'HPE_HEADER_OVERFLOW', Buffer.from(`${'a'.repeat(limits.maxUrlBytes + 1)}\r\nX: 1`), urlTooLong],
    ['a request line ending at the URL limit, then long headers', 'HPE_HEADER_OVERFLOW', Buffer.from(`${'a'.repeat(limits.maxUrlBytes)}\r\nX: 1`), headersTooLong],
    ['long headers after a short request line', 'HPE_HEADER_OVERFLOW', Buffer.from(`GET / HTTP/1.1\r\nX-Pad: ${'a'.repeat(9000)}`), headersTooLong],
    ['an overflow that starts with a line break', 'HPE_HEADER_OVERFLOW', Buffer.from('\r\nX: 1'), headersTooLong],
    ['an overflow with nothing of the head', 'HPE_HEADER_OVERFLOW', undefined, urlTooLong],
    ['a request that did not arrive in time', 'ERR_HTTP_REQUEST_TIMEOUT', Buffer.from('POST / HTTP/1.1\r\n'), refusal(408, 'error', 408, 'The request did not arrive in time.')],
    ['a malformed request line', 'HPE_INVALID_METHOD', Buffer.from('HELLO'), refusal(400, 'badRequest', 400, 'The request could not be parsed as HTTP/1.1 (HPE_INVALID_METHOD).')],
    ['an error without a code', undefined, Buffer.from(''), refusal(400, 'badRequest', 400, 'The request could not be parsed as HTTP/1.1 (unknown parse error).')],
  ])('answers %s', (_case, code, head, expected) => {
    expect(valid(refusalForParseError(code, head))).toEqual(expected);
  });
});
