// X-Auth-Token authentication: a project-scoped IAM token on every attempt.
import type { Authorizer } from './types.js';

export function tokenAuthorizer(token: string): Authorizer {
  return {
    authorize(request) {
      request.headers.set('X-Auth-Token', token);
    },
    secrets: [token],
  };
}
