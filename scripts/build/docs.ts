// Step 3 of the build: the self-contained HTML docs (English and Chinese) from a bundle, for
// offline reading. The Chinese page is the bundle with the zh-CN overlay applied.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../lib/paths.js';
import { redocly } from '../lib/redocly.js';

interface DocsPage {
  file: string;
  lang: string;
  title: string;
  /** Text of the link to the other language's page. */
  otherLabel: string;
  /** Overlay with this language's wording, applied to the bundle before rendering. */
  overlay?: string;
}

export const docsPages: readonly DocsPage[] = [
  { file: 'index.html', lang: 'en', title: 'EVS Snapshot API', otherLabel: '中文' },
  { file: 'zh-CN.html', lang: 'zh-CN', title: '云硬盘（EVS）快照 API', otherLabel: 'English', overlay: fromRoot('spec', 'overlays', 'zh-CN.yaml') },
];

async function renderPage(bundlePath: string, page: DocsPage, other: DocsPage, outDir: string, scratch: string): Promise<void> {
  let source = bundlePath;
  if (page.overlay) {
    source = path.join(scratch, `openapi.${page.lang}.json`);
    await redocly(['bundle', bundlePath, '--overlay', page.overlay, '-o', source]);
  }
  await redocly([
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
  ]);
}

/** Renders every page of `docsPages` from the bundle at `bundlePath` into `outDir`. */
export async function buildDocs(bundlePath: string, outDir: string): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-docs-'));
  try {
    const [english, chinese] = docsPages as [DocsPage, DocsPage];
    await Promise.all([renderPage(bundlePath, english, chinese, outDir, scratch), renderPage(bundlePath, chinese, english, outDir, scratch)]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
