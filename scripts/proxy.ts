// npm run proxy -- <upstream-url>: Prism's validation proxy in front of any EVS-like server, on
// 127.0.0.1:4010 (PORT overrides). Requests and responses that break the spec are reported.
import { listenArgs, proxyArgs } from './lib/prism.js';
import { portFromEnv } from './lib/port.js';
import { runPrism } from './lib/run-prism.js';

const [upstream, ...rest] = process.argv.slice(2);
const usage = 'usage: npm run proxy -- <upstream-url>   (e.g. https://evs.eu-de.otc.t-systems.com)';
if (!upstream || rest.length) {
  console.error(usage);
  process.exit(2);
}
let url: URL;
try {
  url = new URL(upstream);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`it uses ${url.protocol}`);
} catch (error) {
  console.error(`npm run proxy: the upstream must be an absolute http(s) URL, got ${JSON.stringify(upstream)} (${(error as Error).message})\n${usage}`);
  process.exit(2);
}
try {
  runPrism([...proxyArgs(url.href.replace(/\/+$/, '')), ...listenArgs('127.0.0.1', portFromEnv(process.env, 4010))]);
} catch (error) {
  console.error(`npm run proxy: ${(error as Error).message}`);
  process.exit(2);
}
