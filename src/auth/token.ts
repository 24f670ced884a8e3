// X-Auth-Token authentication: a project-scoped IAM token sent with every request.
import type { Middleware } from 'openapi-fetch';
import type { AuthSetup } from './index.js';

export interface TokenAuth {
  /** A project-scoped IAM token (the `X-Subject-Token` IAM returned). Never logged or shown. */
  token: string;
}

export function tokenAuth({ token }: TokenAuth): AuthSetup {
  const middleware: Middleware = {
    onRequest({ request }) {
      request.headers.set('X-Auth-Token', token);
      return request;
    },
  };
  return { middleware, secrets: [token] };
}
