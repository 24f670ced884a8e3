// The docs pages of a spec served on loopback, rebuilt whenever a file under the spec's folder
// changes and reloaded in the browser when a build changed them (npm run preview, npm start).
// Redocly CLI 2 no longer previews plain API docs offline, so this serves what `npm run docs`
// writes, built into a scratch folder, with a reload script added. Stopping it stops a build in
// progress (its Redocly processes are killed), so nothing outlives it.
import { type FSWatcher, watch } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bundle } from '../build/bundle.js';
import { buildDocs, docsPages } from '../build/docs.js';

export interface DocsPreviewOptions {
  /** The spec's root file (openapi.yaml); its whole folder is watched. */
  root: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Pages to serve until the first build is done (generated/docs); without them, the first build comes before listening. */
  initialPages?: string;
  /** Where the lines about builds go, prefixed by the caller. */
  log: (line: string) => void;
  /** Told after every good build, with the bundle it was made from. */
  onBuilt?: (bundlePath: string) => void | Promise<void>;
}

export interface DocsPreview {
  /** The English page's URL, ending in `/`; the others are beside it. */
  url: string;
  close(): Promise<void>;
}

// The pages forbid every fetch (their Content-Security-Policy); the preview lifts that for its own reload channel only.
const reloadScript = `<script>new EventSource('/__reload').addEventListener('reload', () => location.reload());</script>`;
/** The page without its CSP and with the reload script before its end: the last `</body>`, as the renderer's script holds others in its strings. */
function servable(html: string): string {
  const open = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const last = open.lastIndexOf('</body>');
  const end = last < 0 ? open.length : last;
  return `${open.slice(0, end)}${reloadScript}${open.slice(end)}`;
}

async function readPages(folder: string): Promise<Map<string, string>> {
  const pages = await Promise.all(docsPages.map(async (page) => [page.file, servable(await readFile(path.join(folder, page.file), 'utf8'))] as const));
  return new Map(pages);
}

const differ = (a: Map<string, string>, b: Map<string, string>): boolean => [...b].some(([file, html]) => a.get(file) !== html);

/** Listens, builds from `root` (first, or at once in the background when `initialPages` are given) and again on every change. */
export async function startDocsPreview(options: DocsPreviewOptions): Promise<DocsPreview> {
  const { root, log } = options;
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-preview-'));
  const stopping = new AbortController();
  const clients = new Set<ServerResponse>();
  let pages = new Map<string, string>();
  let version = 0;

  async function rebuild(): Promise<void> {
    if (stopping.signal.aborted) return;
    const started = Date.now();
    try {
      const bundlePath = await bundle(root, scratch, stopping.signal);
      await buildDocs(bundlePath, scratch, stopping.signal);
      const built = await readPages(scratch);
      const changed = differ(pages, built);
      pages = built;
      if (changed) version++;
      const note = version > 1 && changed ? '; reloading' : changed ? '' : '; the pages did not change';
      log(`built ${path.relative(process.cwd(), root) || root} in ${Date.now() - started} ms${note}`);
      if (version > 1 && changed) for (const client of clients) client.write(`event: reload\ndata: ${version}\n\n`);
      await options.onBuilt?.(bundlePath);
    } catch (error) {
      if (stopping.signal.aborted) return;
      log(`the build failed, ${pages.size ? 'still serving the last good one' : 'nothing to serve yet'}:\n${(error as Error).message}`);
    }
  }

  let pending: NodeJS.Timeout | undefined;
  let building = Promise.resolve();
  const build = (): Promise<void> => {
    building = building.then(rebuild);
    return building;
  };
  // Editors write in bursts; build once the burst is over, and never two builds at once.
  const schedule = (): void => {
    clearTimeout(pending);
    pending = setTimeout(build, 200);
  };

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
    const html = pages.get(page.file);
    if (html === undefined) response.writeHead(503, { 'Content-Type': 'text/plain' }).end('the first build has not finished');
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  });

  let watcher: FSWatcher | undefined;
  const close = async (): Promise<void> => {
    clearTimeout(pending);
    stopping.abort();
    watcher?.close();
    for (const client of clients) client.end();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await building;
    await rm(scratch, { recursive: true, force: true });
  };

  try {
    if (options.initialPages) {
      pages = await readPages(options.initialPages);
      version = 1;
    } else await build();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
    watcher = watch(path.dirname(root), { recursive: true }, schedule);
  } catch (error) {
    await close();
    throw error;
  }
  // The pages given were built from the spec as it was committed; it may have changed since.
  if (options.initialPages) void build();
  const { port } = server.address() as AddressInfo;
  return { url: `http://${options.host}:${port}/`, close };
}
