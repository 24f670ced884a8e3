// What a failed fetch says about the connection: its error code, and whether the request can
// have reached the server at all.

/** Connection errors that prove the request never reached the server, so even a POST may be sent again. */
const notSentCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The error code behind a failed fetch (undici wraps it as `cause`). */
export function networkErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const neverReachedServer = (error: unknown): boolean => notSentCodes.has(networkErrorCode(error) ?? '');
