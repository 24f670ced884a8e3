// npm run proxy -- <upstream-url>: Prism's validation proxy in front of any EVS-like server, on
// 127.0.0.1:4010 (PORT overrides), behind the same guard as the mock. Requests and responses that
// break the spec are reported.
import { startGuard } from './lib/guard.js';
import { proxyArgs } from './lib/prism.js';
import { proxySettings, settingsOrExit } from './lib/script-args.js';
import { serveUntilSignal } from './lib/serve.js';

const { upstream, port } = settingsOrExit(() => proxySettings(process.argv.slice(2), process.env));
await serveUntilSignal('npm run proxy', () => startGuard({ prismArgs: proxyArgs(upstream), host: '127.0.0.1', port, translateProblems: false }));
