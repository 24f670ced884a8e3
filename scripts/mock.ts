// npm run mock [-- --dynamic]: Prism serving the spec on 127.0.0.1:4010 (PORT overrides), behind a
// guard that answers malformed requests itself (see scripts/lib/guard.ts). Static mode answers
// with the documented examples; --dynamic generates data from the schemas with a fixed seed, so
// every run serves the same data.
import { startGuard } from './lib/guard.js';
import { mockArgs } from './lib/prism.js';
import { mockSettings, settingsOrExit } from './lib/script-args.js';
import { serveUntilSignal } from './lib/serve.js';

const { dynamic, port } = settingsOrExit(() => mockSettings(process.argv.slice(2), process.env));
await serveUntilSignal('npm run mock', () => startGuard({ prismArgs: mockArgs({ dynamic }), host: '127.0.0.1', port, translateProblems: true }));
