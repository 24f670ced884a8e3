// npm run preview [-- --spec <root>]: the docs pages of spec/ on http://127.0.0.1:4000 (PORT
// overrides), rebuilt whenever a file under the spec's folder changes, and reloaded in the
// browser when the new build is ready (scripts/lib/docs-preview.ts). Built first, then served.
import path from 'node:path';
import { startDocsPreview } from './lib/docs-preview.js';
import { specRoot } from './lib/paths.js';
import { portFromEnv } from './lib/port.js';

const args = process.argv.slice(2);
const specAt = args.indexOf('--spec');
const unknown = args.filter((arg, index) => arg !== '--spec' && index !== specAt + 1);
if (unknown.length || (specAt >= 0 && !args[specAt + 1])) {
  console.error('usage: npm run preview [-- --spec <path to openapi.yaml>]   (PORT overrides 4000)');
  process.exit(2);
}
const root = specAt >= 0 ? path.resolve(args[specAt + 1]!) : specRoot;
let port: number;
try {
  port = portFromEnv(process.env, 4000);
} catch (error) {
  console.error(`npm run preview: ${(error as Error).message}`);
  process.exit(2);
}

let preview: Awaited<ReturnType<typeof startDocsPreview>>;
try {
  preview = await startDocsPreview({ root, host: '127.0.0.1', port, log: (line) => console.log(`preview: ${line}`) });
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  console.error(`npm run preview: ${code === 'EADDRINUSE' ? `port ${port} is in use (EADDRINUSE)` : message}`);
  process.exit(2);
}
console.log(`preview: docs on ${preview.url} (and zh-CN.html), watching ${path.relative(process.cwd(), path.dirname(root)) || '.'}`);

const stop = (): void => {
  void preview.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
