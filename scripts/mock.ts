// npm run mock [-- --dynamic]: Prism serving the spec on 127.0.0.1:4010 (PORT overrides), behind a
// guard that answers malformed requests itself (see scripts/lib/guard.ts). Static mode answers
// with the documented examples; --dynamic generates data from the schemas with a fixed seed, so
// every run serves the same data.
import { startGuard } from './lib/guard.js';
import { portFromEnv } from './lib/port.js';
import { mockArgs } from './lib/prism.js';
import { serveUntilSignal } from './lib/serve.js';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--dynamic');
if (unknown.length) {
  console.error(`npm run mock: unknown argument ${unknown.join(' ')}; the only option is --dynamic`);
  process.exit(2);
}
await serveUntilSignal('npm run mock', () =>
  startGuard({ prismArgs: mockArgs({ dynamic: args.includes('--dynamic') }), host: '127.0.0.1', port: portFromEnv(process.env, 4010), translateProblems: true }),
);
