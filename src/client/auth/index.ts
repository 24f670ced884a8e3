// How requests are authenticated: the authorizer for checked credentials.
import { akskAuthorizer } from './aksk.js';
import { tokenAuthorizer } from './token.js';
import type { Authorizer, CheckedAuth } from './types.js';

export function createAuthorizer(auth: CheckedAuth, projectId: string): Authorizer {
  return auth.kind === 'token' ? tokenAuthorizer(auth.token) : akskAuthorizer(auth.credentials, auth.form, projectId);
}
