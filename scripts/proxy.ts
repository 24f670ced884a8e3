// npm run proxy -- <upstream-url>: Prism's validation proxy in front of any EVS-like server, on
// 127.0.0.1:4010 (PORT overrides), behind the same guard as the mock. Requests and responses that
// break the spec are reported.
import { baseUrlOf, checkHttpUrl } from '../src/shared/http-url.js';
import { startGuard } from './lib/guard.js';
import { portFromEnv } from './lib/port.js';
import { proxyArgs } from './lib/prism.js';
import { serveUntilSignal } from './lib/serve.js';

const [upstream, ...rest] = process.argv.slice(2);
const usage = 'usage: npm run proxy -- <upstream-url>   (e.g. https://evs.eu-de.otc.t-systems.com)';
if (!upstream || rest.length) {
  console.error(usage);
  process.exit(2);
}
const checked = checkHttpUrl(upstream, { bare: true });
if ('problem' in checked) {
  console.error(`npm run proxy: the upstream ${checked.problem}, got ${JSON.stringify(upstream)}\n${usage}`);
  process.exit(2);
}
await serveUntilSignal('npm run proxy', () =>
  startGuard({ prismArgs: proxyArgs(baseUrlOf(checked.url)), host: '127.0.0.1', port: portFromEnv(process.env, 4010), translateProblems: false }),
);
