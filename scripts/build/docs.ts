// Step 3 of the build: the self-contained HTML docs (English and Chinese) from a bundle, for
// offline reading. The Chinese page is the bundle with the zh-CN overlay applied.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { fromRoot } from '../lib/paths.js';
import { redocly } from '../lib/redocly.js';
import { withChineseLineBreaks } from './chinese-text.js';

export interface DocsPage {
  file: string;
  lang: string;
  title: string;
  /** Text of the link to the other language's page. */
  otherLabel: string;
  /** Overlay with this language's wording, applied to the bundle before rendering. */
  overlay?: string;
  /** The renderer's labels in this language (see spec/overlays/zh-CN.ui.yaml). */
  labels?: string;
  /** Applied to the bundle after the overlay: the line breaks this language's typography wants. */
  typography?: <T>(document: T) => T;
}

export const docsPages: readonly DocsPage[] = [
  { file: 'index.html', lang: 'en', title: 'EVS Snapshot API', otherLabel: '中文' },
  {
    file: 'zh-CN.html',
    lang: 'zh-CN',
    title: '云硬盘（EVS）快照 API',
    otherLabel: 'English',
    overlay: fromRoot('spec', 'overlays', 'zh-CN.yaml'),
    labels: fromRoot('spec', 'overlays', 'zh-CN.ui.yaml'),
    typography: withChineseLineBreaks,
  },
];

/**
 * The document a page renders: the bundle itself, or (for a page with an overlay) the bundle with the
 * overlay applied and the language's typography, written into `scratch`. Returns its path.
 */
export async function pageSource(bundlePath: string, page: DocsPage, scratch: string, signal?: AbortSignal): Promise<string> {
  if (!page.overlay) return bundlePath;
  const source = path.join(scratch, `openapi.${page.lang}.json`);
  await redocly(['bundle', bundlePath, '--overlay', page.overlay, '-o', source], signal);
  if (page.typography) {
    const document: unknown = JSON.parse(await readFile(source, 'utf8'));
    await writeFile(source, JSON.stringify(page.typography(document), null, 2));
  }
  return source;
}

async function renderPage(bundlePath: string, page: DocsPage, other: DocsPage, outDir: string, scratch: string, signal?: AbortSignal): Promise<void> {
  const source = await pageSource(bundlePath, page, scratch, signal);
  await redocly(
    [
      'build-docs',
      source,
      '--inlineBundle',
      '--template',
      fromRoot('scripts', 'build', 'docs-template.hbs'),
      '--title',
      page.title,
      `--templateOptions.lang=${page.lang}`,
      `--templateOptions.otherLang=${other.lang}`,
      `--templateOptions.otherHref=${other.file}`,
      `--templateOptions.otherLabel=${page.otherLabel}`,
      '-o',
      path.join(outDir, page.file),
    ],
    signal,
  );
  await finish(path.join(outDir, page.file), page);
}

/**
 * The renderer's attribution logo comes from Redocly's CDN, which the page's Content-Security-Policy
 * forbids (the page reads the same offline): it is drawn as an inline SVG instead, so that the page
 * shows no broken image and logs no error.
 */
const attributionLogo = (text: string, width: number): string =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#6b6b6b">${text}</text></svg>`)}`;
const cdnLogos: Record<string, string> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': attributionLogo('Redocly', 48),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': attributionLogo('R', 10),
};

/** What the rendered page needs besides Redocly's output: the inline logo, and the labels of its language. */
async function finish(file: string, page: DocsPage): Promise<void> {
  let html = await readFile(file, 'utf8');
  for (const [url, inline] of Object.entries(cdnLogos)) html = html.replaceAll(url, () => inline);
  if (/https:\/\/cdn\.redoc\.ly\//.test(html)) throw new Error(`${path.basename(file)} still loads something from cdn.redoc.ly: inline it in scripts/build/docs.ts`);
  if (page.labels) {
    const labels = JSON.stringify(parse(await readFile(page.labels, 'utf8'))).replace(/</g, '\\u003c');
    const script = (await readFile(fromRoot('scripts', 'build', 'docs-labels.js'), 'utf8')).replace('__LABELS__', () => labels);
    // The renderer's own script holds `</body>` in its strings: the page's end is the last one.
    const end = html.lastIndexOf('</body>');
    html = `${html.slice(0, end)}<script>${script}</script>\n${html.slice(end)}`;
  }
  await writeFile(file, html);
}

/** Renders every page of `docsPages` from the bundle at `bundlePath` into `outDir`; `signal` stops Redocly. */
export async function buildDocs(bundlePath: string, outDir: string, signal?: AbortSignal): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-docs-'));
  try {
    const [english, chinese] = docsPages as [DocsPage, DocsPage];
    await Promise.all([renderPage(bundlePath, english, chinese, outDir, scratch, signal), renderPage(bundlePath, chinese, english, outDir, scratch, signal)]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
