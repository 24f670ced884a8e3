// The agent that sends evs-contract's requests through the proxies of proxy.ts: undici's
// EnvHttpProxyAgent, loaded only when a proxy is set (undici takes some 70 ms to load).
import { type Dispatcher, EnvHttpProxyAgent } from 'undici';
import type { ProxySettings } from './proxy.js';

/** An agent that sends each request through the proxy its URL calls for, or directly when NO_PROXY names its host. */
export function proxyAgent(settings: ProxySettings): Dispatcher {
  // undici 6 warns on every start that EnvHttpProxyAgent is experimental: noise in each CI log.
  // The version is pinned exactly, so a change in it is met when undici is upgraded.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if ((rest[0] as { code?: unknown } | undefined)?.code === 'UNDICI-EHPA') return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    // Every value given, even when empty, so that the agent reads nothing from process.env itself.
    return new EnvHttpProxyAgent({
      httpProxy: settings.httpProxy,
      httpsProxy: settings.httpsProxy,
      noProxy: settings.noProxy,
    });
  } finally {
    process.emitWarning = emitWarning;
  }
}
