// The command lines of `npm run mock` and `npm run proxy`, read before anything starts, so that a
// typo is refused with the rule it breaks (exit 2) rather than half-started servers.
import { baseUrlOf, checkHttpUrl } from '../../src/shared/http-url.js';
import { portFromEnv } from './port.js';

/** A command line the script cannot run with; `message` is what the user reads. */
export class UsageError extends Error {}

export interface MockSettings {
  dynamic: boolean;
  port: number;
}

export interface ProxySettings {
  /** The upstream's base URL, checked. */
  upstream: string;
  port: number;
}

const proxyUsage = 'usage: npm run proxy -- <upstream-url>   (e.g. https://evs.eu-de.otc.t-systems.com)';

function port(name: string, env: NodeJS.ProcessEnv): number {
  try {
    return portFromEnv(env, 4010);
  } catch (error) {
    throw new UsageError(`${name}: ${(error as Error).message}`);
  }
}

export function mockSettings(argv: readonly string[], env: NodeJS.ProcessEnv): MockSettings {
  const unknown = argv.filter((arg) => arg !== '--dynamic');
  if (unknown.length) throw new UsageError(`npm run mock: unknown argument ${unknown.join(' ')}; the only option is --dynamic`);
  return { dynamic: argv.includes('--dynamic'), port: port('npm run mock', env) };
}

export function proxySettings(argv: readonly string[], env: NodeJS.ProcessEnv): ProxySettings {
  const [upstream, ...rest] = argv;
  if (!upstream || rest.length) throw new UsageError(proxyUsage);
  const checked = checkHttpUrl(upstream, { bare: true });
  if ('problem' in checked) throw new UsageError(`npm run proxy: the upstream ${checked.problem}, got ${JSON.stringify(upstream)}\n${proxyUsage}`);
  return { upstream: baseUrlOf(checked.url), port: port('npm run proxy', env) };
}

/** Runs `read`; on a UsageError prints its message and exits 2. */
export function settingsOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
