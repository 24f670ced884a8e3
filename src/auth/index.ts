// How requests are authenticated. Token auth today; the union leaves room for AK/SK signing.
import type { Middleware } from 'openapi-fetch';
import { tokenAuth, type TokenAuth } from './token.js';

export type { TokenAuth } from './token.js';

/** Credentials for `createEvsClient`. */
export type EvsAuth = TokenAuth;

export interface AuthSetup {
  middleware: Middleware;
  /** The secret strings of these credentials, to scrub from anything echoed back. */
  secrets: readonly string[];
}

export function authSetup(auth: EvsAuth): AuthSetup {
  return tokenAuth(auth);
}
