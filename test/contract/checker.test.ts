// What the contract tool says of one answer, word for word: an undocumented status, a cut body,
// bytes that are not UTF-8 (where), a body where none is documented, a type other than JSON,
// malformed JSON (secrets redacted first), schema errors, and error codes of another status.
import { describe, expect, it } from 'vitest';
import { type ContractViolation, checkResponse } from '../../src/contract/checker.js';
import { snapshotBody } from '../support/snapshot-body.js';

const json = 'application/json';
const red = (text: string) => text.replaceAll('tok-secret-1234', '[redacted]');
const enc = (text: string) => new TextEncoder().encode(text);
const snap = snapshotBody({ name: 'n' });

/** A finding without its class and check, which the cases below do not spell out (one test names them). */
const withoutCheck = ({ check: _check, class: _class, ...rest }: ContractViolation) => rest;

describe('checkResponse', () => {
  it.each<[string, () => unknown, unknown]>([
    ['a show that conforms', () => checkResponse('showSnapshot', { status: 200, contentType: json, body: JSON.stringify({ snapshot: snap }) }), []],
    [
      'a show as bytes with a charset',
      () => checkResponse('showSnapshot', { status: 200, contentType: 'Application/JSON ; charset=utf-8', body: enc(JSON.stringify({ snapshot: snap })) }),
      [],
    ],
    [
      'an undocumented status',
      () => checkResponse('deleteSnapshot', { status: 418, contentType: json, body: '{}' }),
      [
        {
          pointer: '(status)',
          problem: 'status 418 is not documented for deleteSnapshot',
          expected: 'one of 202, 400, 401, 403, 404, 405, 406, 407, 408, 409, 413, 414, 415, 429, 431, 500, 501, 502, 503, 504',
          actual: '418',
        },
      ],
    ],
    [
      'a body cut by the reader',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: '{', truncated: true }),
      [{ pointer: '', problem: 'the body is longer than the contract tool reads', expected: 'a body of a few megabytes at most', actual: 'more' }],
    ],
    [
      'a byte order mark',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]) }),
      [
        {
          pointer: '',
          problem: 'the body starts with a UTF-8 byte order mark, which a JSON text must not (RFC 8259, section 8.1)',
          expected: 'a JSON text',
          actual: 'bytes EF BB BF before it',
        },
      ],
    ],
    [
      'half a byte order mark',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0xef, 0xbb, 0x7b]) }),
      [{ pointer: '', problem: 'the body is not valid UTF-8', expected: 'a JSON text in UTF-8', actual: 'an invalid byte sequence at byte 2' }],
    ],
    [
      'an invalid byte in the middle',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]) }),
      [{ pointer: '', problem: 'the body is not valid UTF-8', expected: 'a JSON text in UTF-8', actual: 'an invalid byte sequence at byte 2' }],
    ],
    [
      'a sequence cut at the end',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0x7b, 0x7d, 0xe4, 0xbd]) }),
      [{ pointer: '', problem: 'the body is not valid UTF-8', expected: 'a JSON text in UTF-8', actual: 'an invalid byte sequence at byte 2' }],
    ],
    ['a delete answered with nothing', () => checkResponse('deleteSnapshot', { status: 202, contentType: null, body: '' }), []],
    [
      'a delete answered with a body',
      () => checkResponse('deleteSnapshot', { status: 202, contentType: json, body: '{"token":"tok-secret-1234"}' }, red),
      [{ pointer: '', problem: 'this response is documented without a body', expected: 'an empty body', actual: '"{\\"token\\":\\"[redacted]\\"}"' }],
    ],
    [
      'a delete answered with a long body',
      () => checkResponse('deleteSnapshot', { status: 202, contentType: json, body: 'x'.repeat(200) }),
      [
        {
          pointer: '',
          problem: 'this response is documented without a body',
          expected: 'an empty body',
          actual: '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (200 characters)',
        },
      ],
    ],
    [
      'HTML',
      () => checkResponse('showSnapshot', { status: 200, contentType: 'text/html', body: '<p>' }),
      [{ pointer: '(content-type)', problem: 'the body is not declared as JSON', expected: 'application/json', actual: 'text/html' }],
    ],
    [
      'no content type',
      () => checkResponse('showSnapshot', { status: 200, contentType: null, body: '{}' }),
      [{ pointer: '(content-type)', problem: 'the body is not declared as JSON', expected: 'application/json', actual: 'no Content-Type header' }],
    ],
    ['JSON with a leading space in the type', () => checkResponse('showSnapshot', { status: 200, contentType: ' application/json', body: JSON.stringify({ snapshot: snap }) }), []],
    [
      'malformed JSON with a secret',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: '{"token":"tok-secret-1234"' }, red),
      [
        {
          pointer: '',
          problem: "the body is not valid JSON (Expected ',' or '}' after property value in JSON at position 21)",
          expected: 'a JSON document',
          actual: '"{\\"token\\":\\"[redacted]\\""',
        },
      ],
    ],
    [
      'a schema error',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: JSON.stringify({ snapshot: { ...snap, size: '10', status: 'gone' } }) }),
      [
        {
          pointer: '/snapshot/status',
          problem: 'enum: must be equal to one of the allowed values',
          expected: 'one of ["creating","available","error","deleting","error_deleting","rollbacking","backing-up"]',
          actual: '"gone"',
        },
        { pointer: '/snapshot/size', problem: 'type: must be integer', expected: 'type "integer"', actual: '"10" (string)' },
      ],
    ],
    [
      'an error with a documented code',
      () => checkResponse('showSnapshot', { status: 404, contentType: json, body: JSON.stringify({ itemNotFound: { code: 'EVS.5404', message: 'gone' } }) }),
      [],
    ],
    [
      'an error with a code of another status',
      () => checkResponse('showSnapshot', { status: 404, contentType: json, body: JSON.stringify({ itemNotFound: { code: 'EVS.5400', message: 'gone' } }) }),
      [{ pointer: '/itemNotFound/code', problem: 'the error code is not documented for HTTP 404', expected: 'one of EVS.5404', actual: '"EVS.5400"' }],
    ],
    [
      "an error with Cinder's integer code",
      () => checkResponse('showSnapshot', { status: 404, contentType: json, body: JSON.stringify({ itemNotFound: { code: 404, message: 'gone' } }) }),
      [],
    ],
    [
      'an error with another integer code',
      () => checkResponse('showSnapshot', { status: 404, contentType: json, body: JSON.stringify({ itemNotFound: { code: 400, message: 'gone' } }) }),
      [{ pointer: '/itemNotFound/code', problem: 'an integer code must be the HTTP status (404)', expected: '404', actual: '400' }],
    ],
    [
      "the gateway's flat error",
      () => checkResponse('showSnapshot', { status: 401, contentType: json, body: JSON.stringify({ error_code: 'APIGW.0301', error_msg: 'bad token' }) }),
      [],
    ],
    [
      "the gateway's flat error with an undocumented code",
      () => checkResponse('showSnapshot', { status: 401, contentType: json, body: JSON.stringify({ error_code: 'APIGW.0101', error_msg: 'bad token' }) }),
      [{ pointer: '/error_code', problem: 'the error code is not documented for HTTP 401', expected: 'one of EVS.5401, APIGW.0301', actual: '"APIGW.0101"' }],
    ],
    [
      'an error of a status without a code table',
      () => checkResponse('showSnapshot', { status: 429, contentType: json, body: JSON.stringify({ overLimit: { code: 'ANY.1', message: 'slow down' } }) }),
      [],
    ],
    [
      'a delete answered with a body of 120 characters, shown whole',
      () => checkResponse('deleteSnapshot', { status: 202, contentType: json, body: 'y'.repeat(120) }),
      [{ pointer: '', problem: 'this response is documented without a body', expected: 'an empty body', actual: `"${'y'.repeat(120)}"` }],
    ],
    [
      'a 400 with a code of another status',
      () => checkResponse('createSnapshot', { status: 400, contentType: json, body: JSON.stringify({ badRequest: { code: 'EVS.5404', message: 'no' } }) }),
      [
        {
          pointer: '/badRequest/code',
          problem: 'the error code is not documented for HTTP 400',
          expected: expect.stringMatching(/^one of EVS\.0001, .*, Common\.0018$/),
          actual: '"EVS.5404"',
        },
      ],
    ],
    [
      'a body whose third byte is 0xBF, no byte order mark',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0x22, 0xc2, 0xbf, 0x22]) }),
      [{ pointer: '', problem: 'type: must be object', expected: 'type "object"', actual: '"¿" (string)' }],
    ],
    [
      'a body whose second byte is 0xBB, no byte order mark',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0x22, 0xbb, 0x22]) }),
      [{ pointer: '', problem: 'the body is not valid UTF-8', expected: 'a JSON text in UTF-8', actual: 'an invalid byte sequence at byte 1' }],
    ],
    [
      'a cut sequence after a continuation byte',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0xc2, 0xbf, 0xe4, 0xbd]) }),
      [{ pointer: '', problem: 'the body is not valid UTF-8', expected: 'a JSON text in UTF-8', actual: 'an invalid byte sequence at byte 2' }],
    ],
    [
      'a success with an error-like body and a code',
      () => checkResponse('listSnapshots', { status: 200, contentType: json, body: JSON.stringify({ count: 0, snapshots: [] }) }),
      [],
    ],
    [
      'a body whose first three bytes are a character ending in 0xBB 0xBF, not a byte order mark',
      () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0xe2, 0xbb, 0xbf]) }),
      [{ pointer: '', problem: expect.stringMatching(/^the body is not valid JSON/), expected: 'a JSON document', actual: expect.any(String) }],
    ],
  ])('%s', (_case, check, violations) => {
    expect((check() as ContractViolation[]).map(withoutCheck)).toEqual(violations);
  });

  it.each<[string, () => ContractViolation[], string]>([
    ['an undocumented status', () => checkResponse('showSnapshot', { status: 418, contentType: json, body: '{}' }), 'documented-status'],
    ['HTML', () => checkResponse('showSnapshot', { status: 200, contentType: 'text/html', body: '<p>' }), 'content-type'],
    ['a byte order mark', () => checkResponse('showSnapshot', { status: 200, contentType: json, body: new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]) }), 'json-body'],
    ['a schema error', () => checkResponse('showSnapshot', { status: 200, contentType: json, body: '{"snapshot":5}' }), 'response-schema'],
    [
      'an undocumented error code',
      () => checkResponse('showSnapshot', { status: 404, contentType: json, body: '{"itemNotFound":{"code":"EVS.9999","message":"x"}}' }),
      'error-code',
    ],
  ])('names the conformance check of %s', (_case, check, name) => {
    const found = check();
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((violation) => [violation.class, violation.check])).toEqual(found.map(() => ['conformance', name]));
  });

  it('finds the bad byte at the end of a 1 MB body (a decode per length took hours)', () => {
    const body = new Uint8Array(1024 * 1024).fill(0x20);
    body[body.length - 1] = 0xff;
    expect(checkResponse('showSnapshot', { status: 200, contentType: json, body }).map(withoutCheck)).toEqual([
      { pointer: '', problem: 'the body is not valid UTF-8', expected: 'a JSON text in UTF-8', actual: `an invalid byte sequence at byte ${body.length - 1}` },
    ]);
  });
});
