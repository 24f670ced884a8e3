// How requests are authenticated: an IAM token in X-Auth-Token, or AK/SK request signing.
import type { Middleware } from 'openapi-fetch';
import type { EvsRequest } from '../request.js';
import { akskAuth, type AkSkAuth } from './aksk.js';
import { tokenAuth, type TokenAuth } from './token.js';

export type { TokenAuth } from './token.js';
export type { AkSkAuth } from './aksk.js';

/** Credentials for `createEvsClient`: `{ token }` or `{ accessKey, secretKey, securityToken?, signingForm? }`. */
export type EvsAuth = TokenAuth | AkSkAuth;

export interface AuthSetup {
  middleware: Middleware;
  /** The secret strings of these credentials, to scrub from anything echoed back. */
  secrets: readonly string[];
  /** Renews what expires before a retry is sent (a signature's date). */
  beforeRetry?: (request: EvsRequest) => Promise<void>;
}

/** What the client knows that an auth mode may need. */
export interface AuthContext {
  /** Sent as X-Project-Id with signed requests. */
  projectId: string;
}

export function authSetup(auth: EvsAuth, context: AuthContext): AuthSetup {
  return 'token' in auth ? tokenAuth(auth) : akskAuth(auth, context);
}
