// npm run preview [-- --spec <root>]: the docs pages of spec/ on http://127.0.0.1:4000 (PORT
// overrides), rebuilt whenever a file under the spec's folder changes, and reloaded in the
// browser when the new build is ready. Redocly CLI 2 no longer previews plain API docs offline,
// so this serves what `npm run docs` writes, from a scratch folder, with a reload script added.
import { watch } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { bundle } from './build/bundle.js';
import { buildDocs, docsPages } from './build/docs.js';
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
const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-preview-'));
const clients = new Set<ServerResponse>();
let version = 0;

// The pages forbid every fetch (their Content-Security-Policy); the preview lifts that for its own reload channel only.
const reloadScript = `<script>new EventSource('/__reload').addEventListener('reload', () => location.reload());</script>`;
const servable = (html: string): string => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${reloadScript}</body>`);

async function rebuild(): Promise<void> {
  const started = Date.now();
  try {
    await buildDocs(await bundle(root, scratch), scratch);
    version++;
    console.log(`preview: built ${path.relative(process.cwd(), root)} in ${Date.now() - started} ms${version > 1 ? '; reloading' : ''}`);
    for (const client of clients) client.write(`event: reload\ndata: ${version}\n\n`);
  } catch (error) {
    console.error(`preview: the build failed, still serving the last good one:\n${(error as Error).message}`);
  }
}

let pending: NodeJS.Timeout | undefined;
let building = Promise.resolve();
const schedule = (): void => {
  clearTimeout(pending);
  // Editors write in bursts; build once the burst is over, and never two builds at once.
  pending = setTimeout(() => {
    building = building.then(rebuild);
  }, 200);
};

await rebuild();
const watcher = watch(path.dirname(root), { recursive: true }, schedule);

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://preview');
  if (request.method !== 'GET') {
    response.writeHead(405, { Allow: 'GET' }).end();
    return;
  }
  if (url.pathname === '/__reload') {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    response.write(': connected\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return;
  }
  const page = url.pathname === '/' ? docsPages[0] : docsPages.find((candidate) => `/${candidate.file}` === url.pathname);
  if (!page) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`no such page; try ${docsPages.map((p) => `/${p.file}`).join(' or ')}`);
    return;
  }
  readFile(path.join(scratch, page.file), 'utf8').then(
    (html) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(servable(html)),
    () => response.writeHead(503, { 'Content-Type': 'text/plain' }).end('the first build has not finished'),
  );
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(`npm run preview: ${error.code === 'EADDRINUSE' ? `port ${port} is in use (EADDRINUSE)` : error.message}`);
  process.exit(2);
});
server.listen(port, '127.0.0.1', () =>
  console.log(`preview: docs on http://127.0.0.1:${port}/ (and /zh-CN.html), watching ${path.relative(process.cwd(), path.dirname(root)) || '.'}`),
);

const stop = (): void => {
  watcher.close();
  for (const client of clients) client.end();
  server.close();
  void rm(scratch, { recursive: true, force: true }).finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
