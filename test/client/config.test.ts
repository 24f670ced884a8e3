// createEvsClient checks its options and resolves regions from the spec's servers.
import { describe, expect, it } from 'vitest';
import { createEvsClient, type EvsClientOptions, EvsValidationError, regionEndpoints } from '../../src/client/index.js';
import { projectId, token } from './fixtures.js';

function optionError(options: unknown): EvsValidationError {
  try {
    createEvsClient(options as EvsClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(EvsValidationError);
    return error as EvsValidationError;
  }
  throw new Error('createEvsClient accepted bad options');
}

describe('createEvsClient options', () => {
  it('resolves a region to its endpoint from the spec', () => {
    expect(createEvsClient({ region: 'eu-de', projectId, auth: { token } }).baseUrl).toBe('https://evs.eu-de.otc.t-systems.com');
    expect(createEvsClient({ region: 'cn-north-4', projectId, auth: { token } }).baseUrl).toBe('https://evs.cn-north-4.myhuaweicloud.com');
    expect(Object.keys(regionEndpoints)).toHaveLength(36);
  });

  it('takes an endpoint and drops a trailing slash', () => {
    expect(createEvsClient({ endpoint: 'http://127.0.0.1:4010/', projectId, auth: { token } }).baseUrl).toBe('http://127.0.0.1:4010');
  });

  it.each([
    ['neither endpoint nor region', { projectId, auth: { token } }, 'endpoint', 'required'],
    ['both endpoint and region', { endpoint: 'https://x.example', region: 'eu-de', projectId, auth: { token } }, 'endpoint', 'oneOf'],
    ['an unknown region', { region: 'eu-xx', projectId, auth: { token } }, 'region', 'enum'],
    ['a relative endpoint', { endpoint: 'evs.eu-de', projectId, auth: { token } }, 'endpoint', 'format'],
    ['an ftp endpoint', { endpoint: 'ftp://evs.example', projectId, auth: { token } }, 'endpoint', 'format'],
    ['a missing project', { region: 'eu-de', auth: { token } }, 'projectId', 'format'],
    ['a project with a slash', { region: 'eu-de', projectId: 'a/b', auth: { token } }, 'projectId', 'format'],
    ['no auth', { region: 'eu-de', projectId }, 'auth', 'type'],
    ['an empty token', { region: 'eu-de', projectId, auth: { token: '' } }, 'auth.token', 'type'],
    ['a token with a line break', { region: 'eu-de', projectId, auth: { token: 'a\nb' } }, 'auth.token', 'format'],
    ['a zero timeout', { region: 'eu-de', projectId, auth: { token }, timeoutMs: 0 }, 'timeoutMs', 'range'],
    ['a fractional retry count', { region: 'eu-de', projectId, auth: { token }, retry: { retries: 1.5 } }, 'retry.retries', 'range'],
    ['a token among the extra headers', { region: 'eu-de', projectId, auth: { token }, headers: { 'x-auth-token': token } }, 'headers.x-auth-token', 'credentials'],
    ['a header value that is not a string', { region: 'eu-de', projectId, auth: { token }, headers: { 'X-Trace': 1 } }, 'headers.X-Trace', 'type'],
    ['a fetch that is not a function', { region: 'eu-de', projectId, auth: { token }, fetch: 'fetch' }, 'fetch', 'type'],
  ])('rejects %s', (_case, options, field, rule) => {
    const error = optionError(options);
    expect([error.operation, error.field, error.rule]).toEqual(['createEvsClient', field, rule]);
  });

  it('lists the valid regions when one is unknown', () => {
    expect(optionError({ region: 'eu-xx', projectId, auth: { token } }).message).toContain('eu-de, eu-nl');
  });
});
