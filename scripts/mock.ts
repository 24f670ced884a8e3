// npm run mock [-- --dynamic]: Prism serving the spec on 127.0.0.1:4010 (PORT overrides).
// Static mode answers with the documented examples; --dynamic generates data from the schemas
// with a fixed seed, so every run serves the same data.
import { listenArgs, mockArgs } from './lib/prism.js';
import { portFromEnv } from './lib/port.js';
import { runPrism } from './lib/run-prism.js';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--dynamic');
if (unknown.length) {
  console.error(`npm run mock: unknown argument ${unknown.join(' ')}; the only option is --dynamic`);
  process.exit(2);
}
try {
  runPrism([...mockArgs({ dynamic: args.includes('--dynamic') }), ...listenArgs('127.0.0.1', portFromEnv(process.env, 4010))]);
} catch (error) {
  console.error(`npm run mock: ${(error as Error).message}`);
  process.exit(2);
}
