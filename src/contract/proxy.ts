// The proxies evs-contract sends through, from the environment as curl and most CI tools read it:
// HTTPS_PROXY for https targets, HTTP_PROXY for http ones, NO_PROXY for hosts to reach directly
// (the lower-case names win, as in undici and curl). Node's own fetch ignores them all, so a
// self-hosted runner in a company network could not reach the cloud. Only the command installs
// the agent (cli.ts with proxy-agent.ts); runContract, a library function, changes no global.

export interface ProxySettings {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

/**
 * A proxy setting that is not a proxy URL; the message names the variable, never its value (it may hold a password).
 */
export class ProxySettingError extends Error {}

function proxyUrl(env: NodeJS.ProcessEnv, upper: string): string {
  const lower = upper.toLowerCase();
  const name = env[lower] !== undefined ? lower : upper;
  const value = (env[name] ?? '').trim();
  if (value === '') return '';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
    throw new ProxySettingError(
      `${name} must be a proxy URL such as http://proxy.example.com:3128 (with http:// or https://); its value is ` +
        `not shown, as it may hold a password`,
    );
  return value;
}

/**
 * The proxies the environment sets, or undefined when it sets none;
 * throws a ProxySettingError on a value that is not a proxy URL.
 */
export function proxySettingsFrom(env: NodeJS.ProcessEnv): ProxySettings | undefined {
  const httpProxy = proxyUrl(env, 'HTTP_PROXY');
  const httpsProxy = proxyUrl(env, 'HTTPS_PROXY');
  if (!httpProxy && !httpsProxy) return undefined;
  return { httpProxy, httpsProxy, noProxy: env.no_proxy ?? env.NO_PROXY ?? '' };
}
