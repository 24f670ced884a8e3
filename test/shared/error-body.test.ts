// Reading the two documented error forms, and only those, as the client and the contract tool do.
import { describe, expect, it } from 'vitest';
import { errorBody, parseErrorBody } from '../../src/shared/error-body.js';

describe('parseErrorBody', () => {
  it.each<[string, unknown, unknown]>([
    ['the EVS form', { itemNotFound: { code: 'EVS.5404', message: 'not found' } }, { wrapper: 'itemNotFound', code: 'EVS.5404', message: 'not found' }],
    ['the Cinder form, an integer code as its decimal text', { badRequest: { code: 400, message: 'bad' } }, { wrapper: 'badRequest', code: '400', message: 'bad' }],
    ['a wrapper without a code', { error: { message: 'bad' } }, { wrapper: 'error', message: 'bad' }],
    ['a wrapper whose code is neither text nor number', { error: { code: true, message: 'bad' } }, { wrapper: 'error', message: 'bad' }],
    ['the gateway form', { error_code: 'APIGW.0301', error_msg: 'no', request_id: 'r-1' }, { code: 'APIGW.0301', message: 'no', requestId: 'r-1' }],
    ['the gateway form without a request id', { error_code: 'APIGW.0301', error_msg: 'no' }, { code: 'APIGW.0301', message: 'no' }],
    ['the gateway form with a request id that is no text', { error_code: 'APIGW.0301', error_msg: 'no', request_id: 7 }, { code: 'APIGW.0301', message: 'no' }],
  ])('reads %s', (_case, body, parsed) => {
    expect(parseErrorBody(body)).toEqual(parsed);
  });

  it.each<[string, unknown]>([
    ['no object', 'not found'],
    ['null', null],
    ['an array', [{ error: { message: 'x' } }]],
    ['an empty object', {}],
    ['two wrappers', { a: { message: 'x' }, b: { message: 'y' } }],
    ['a wrapper around no object', { error: 'x' }],
    ['a wrapper without a message', { error: { code: 'EVS.5404' } }],
    ['a wrapper whose message is no text', { error: { message: 5 } }],
    ['a gateway code without a message', { error_code: 'APIGW.0301' }],
    ['a gateway message with a code that is no text', { error_code: 301, error_msg: 'no' }],
  ])('reads %s as no documented form', (_case, body) => {
    expect(parseErrorBody(body)).toBeUndefined();
  });
});

describe('errorBody', () => {
  it('writes the EVS form', () => {
    expect(errorBody('itemNotFound', 'EVS.5404', 'gone')).toEqual({ itemNotFound: { code: 'EVS.5404', message: 'gone' } });
  });
});
