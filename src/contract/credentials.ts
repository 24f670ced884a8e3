// How the contract tool authenticates: a token in X-Auth-Token, or an AK/SK pair whose
// SDK-HMAC-SHA256 signature (src/shared/signature.ts) covers every header it sends.
import { authorizationOf, canonicalRequestText, isSignedHeader, sdkDateOf, signatureOf } from '../shared/signature.js';

export type ContractAuth =
  | { token: string }
  | { accessKey: string; secretKey: string; securityToken?: string | undefined };

/** The secrets of the credentials: what no report, log or error may show. */
export const secretsOf = (auth: ContractAuth): string[] =>
  'token' in auth ? [auth.token] : [auth.secretKey, ...(auth.securityToken === undefined ? [] : [auth.securityToken])];

/** The secrets the environment holds for the command, whole or not: hidden in what it refuses before reading them. */
export const environmentSecrets = (env: NodeJS.ProcessEnv): string[] =>
  [env.EVS_AUTH_TOKEN, env.EVS_SECRET_KEY, env.EVS_SECURITY_TOKEN].filter(
    (secret): secret is string => secret !== undefined && secret.length >= 4,
  );

/** The headers that authenticate a request about to be sent with `headers` and `body` to `url`. */
export function authHeaders(
  auth: ContractAuth,
  method: string,
  url: URL,
  headers: Readonly<Record<string, string>>,
  body: string,
  now: Date,
): Record<string, string> {
  if ('token' in auth) return { 'X-Auth-Token': auth.token };
  const sdkDate = sdkDateOf(now);
  const added: Record<string, string> = {
    'X-Sdk-Date': sdkDate,
    ...(auth.securityToken === undefined ? {} : { 'X-Security-Token': auth.securityToken }),
  };
  const all = new Map<string, string>([['host', url.host]]);
  for (const [name, value] of Object.entries({ ...headers, ...added })) all.set(name.toLowerCase(), value.trim());
  // The canonical request and the Authorization header sort the names themselves.
  const signedHeaders = [...all.keys()].filter(isSignedHeader);
  const text = canonicalRequestText({
    method,
    pathname: url.pathname,
    search: url.search,
    headers: all,
    signedHeaders,
    body,
  });
  return {
    ...added,
    Authorization: authorizationOf(signatureOf(text, auth, sdkDate, { type: 'access' }), signedHeaders),
  };
}
