// Renders the self-contained HTML docs (English and Chinese) from spec/, for offline reading.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { apiName, docsDir, fromRoot } from './lib/paths.js';
import { redocly } from './lib/redocly.js';

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
  {
    file: 'zh-CN.html',
    lang: 'zh-CN',
    title: '云硬盘（EVS）快照 API',
    otherLabel: 'English',
    overlay: fromRoot('spec', 'overlays', 'zh-CN.yaml'),
  },
];

async function renderPage(page: DocsPage, other: DocsPage, outDir: string, scratch: string): Promise<void> {
  let source = apiName;
  if (page.overlay) {
    source = path.join(scratch, `openapi.${page.lang}.yaml`);
    await redocly(['bundle', apiName, '--overlay', page.overlay, '-o', source]);
  }
  await redocly([
    'build-docs',
    source,
    '--inlineBundle',
    '--template',
    fromRoot('scripts', 'docs', 'template.hbs'),
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

export async function buildDocs(outDir: string = docsDir): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-docs-'));
  try {
    const [english, chinese] = docsPages as [DocsPage, DocsPage];
    await Promise.all([renderPage(english, chinese, outDir, scratch), renderPage(chinese, english, outDir, scratch)]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildDocs();
  console.log(`wrote ${docsPages.map((p) => path.join(path.relative(process.cwd(), docsDir), p.file)).join(', ')}`);
}
