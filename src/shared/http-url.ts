// The one check of a URL that names a server (the client's endpoint, the proxy's upstream, the
// contract suite's target, a request to sign): absolute, http or https, no user info.

/**
 * A URL refused: what is wrong, in words, and which rule it breaks,
 * for callers that act on it (a URL with credentials is not shown).
 */
export type HttpUrlCheck = { url: URL } | { problem: string; rule: 'absolute' | 'protocol' | 'credentials' | 'bare' };

/** With `bare`, a query or fragment (even an empty `?` or `#`) is refused too: a base URL has none. */
export function checkHttpUrl(text: string, options: { bare: boolean }): HttpUrlCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'must be an absolute URL such as https://evs.eu-de.otc.t-systems.com', rule: 'absolute' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: `must use http or https, not ${url.protocol}`, rule: 'protocol' };
  if (url.username || url.password) return { problem: 'must not carry credentials (user info)', rule: 'credentials' };
  // The text, not url.search or url.hash: an empty `?` or `#` leaves both empty.
  if (options.bare && /[?#]/.test(text)) return { problem: 'must not have a query or fragment', rule: 'bare' };
  return { url };
}

/** A base URL as requests are built on it: the URL without trailing slashes. */
export const baseUrlOf = (url: URL): string => url.href.replace(/\/+$/, '');
