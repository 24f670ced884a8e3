// Opens the generated docs in headless Chromium with the network cut off, as a reader offline
// would, and checks what a reader sees: every operation with its code samples, every snapshot
// status, the error forms, the Chinese page in Chinese, and no error in the browser console.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { joinChineseLines, noSpaceBetween } from '../../scripts/build/chinese-text.js';
import { docsDir, fromRoot } from '../../scripts/lib/paths.js';
import { type OperationEntry, obj, operationById, operations } from '../support/openapi-document.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const uiLabels = parse(readFileSync(fromRoot('spec', 'overlays', 'zh-CN.ui.yaml'), 'utf8')) as { exact: Record<string, string> };
const statuses = obj('#/components/schemas/SnapshotStatus').enum as string[];
const englishMeanings = obj('#/components/schemas/SnapshotStatus')['x-enumDescriptions'] as Record<string, string>;

let browser: Browser;
interface OpenPage {
  page: Page;
  /** Every request that left file:, refused. */
  external: string[];
  /** Console errors and uncaught exceptions, as the browser reported them. */
  problems: string[];
}
const opened = new Map<string, OpenPage>();
/**
 * How long one wait on the page may take. Drawing a route costs the renderer seconds of CPU, and
 * CI runs this file beside Prism, npm and other browsers on 2 cores: a wait bounds a hang, it
 * measures nothing.
 */
const patience = 20_000;

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Loading a page is the costly part (about 6 s of CPU each): each is loaded once, both at once.
  await Promise.all([openOffline('index.html', 'snapshots'), openOffline('zh-CN.html', 'snapshots')]);
});
afterAll(async () => browser?.close());

/**
 * Shows a route of a docs page, with every non-file request refused. Each file is loaded once
 * (it is 2.6 MB with the renderer inlined); later routes are reached the way a reader's clicks reach
 * them, through the hash.
 */
async function openOffline(file: string, route: string): Promise<OpenPage> {
  const known = opened.get(file);
  if (known) {
    await known.page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
    return known;
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const open: OpenPage = { page, external: [], problems: [] };
  page.on('request', (request) => {
    if (!/^(file|data):/.test(request.url())) open.external.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') open.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => open.problems.push(`page error: ${error.message}`));
  await page.route(/^(?!file:|data:)/, (r) => r.abort('internetdisconnected'));
  await page.goto(`${pathToFileURL(path.join(docsDir, file)).href}#/${route}`);
  opened.set(file, open);
  return open;
}

const normalized = (text: string): string => text.replace(/\s+/g, ' ').trim();

const zhOverlay = parse(readFileSync(fromRoot('spec', 'overlays', 'zh-CN.yaml'), 'utf8')) as {
  actions: { target: string; update?: { title?: string; summary?: string; 'x-displayName'?: string; 'x-enumDescriptions'?: Record<string, string> } }[];
};
/** What the zh-CN overlay sets at a target. */
const zhUpdate = (target: string) => zhOverlay.actions.find((action) => action.target === target)?.update ?? {};

/** The Chinese meaning of each status, as the overlay gives it. */
function chineseStatusMeanings(): Record<string, string> {
  const found = zhOverlay.actions.map((action) => action.update?.['x-enumDescriptions']).find((value) => value !== undefined);
  if (!found) throw new Error('the zh-CN overlay gives no x-enumDescriptions');
  return found;
}

/** The Chinese summary of each operation, as the overlay gives it. */
function chineseSummaries(): Map<string, string> {
  return new Map(operations().map((entry) => [String(entry.operation.operationId), String(zhUpdate(`$.paths['${entry.path}'].${entry.method}`).summary)]));
}
const englishSummaries = new Map(operations().map((entry) => [String(entry.operation.operationId), String(entry.operation.summary)]));

/**
 * The heading that shows an operation: its summary, and for a deprecated one (the `/v3` OpenStack-compatible
 * calls) the renderer's badge after it, in the page's language.
 */
const headingOf = (entry: OperationEntry, summary: string, lang: 'en' | 'zh-CN'): string =>
  entry.operation.deprecated === true ? `${summary} ${lang === 'en' ? 'deprecated' : String(uiLabels.exact.deprecated)}` : summary;

/**
 * Picks a language in the request-sample menu, then visits every operation and waits until the
 * page shows its summary as a heading, its method and path, and its sample file, whole, as the
 * code. The menu's choice holds across operations.
 */
async function expectOperations(page: Page, summaries: Map<string, string>, language: 'TypeScript' | 'curl', lang: 'en' | 'zh-CN'): Promise<void> {
  await page
    .locator('[data-component-name="Dropdown/Dropdown"]')
    .filter({ hasText: /^(TypeScript|curl)$/ })
    .first()
    .click({ timeout: patience });
  await page
    .locator('[data-component-name="Dropdown/DropdownMenuItem"]')
    .filter({ hasText: new RegExp(`^${language}$`) })
    .click({ timeout: patience });
  for (const entry of operations()) {
    const operationId = String(entry.operation.operationId);
    await page.evaluate((hash) => (window.location.hash = hash), `#/${routeOf(entry)}`);
    const expected = {
      summary: headingOf(entry, summaries.get(operationId) ?? '', lang),
      endpoint: `${entry.method.toUpperCase()} ${entry.path}`,
      sample: normalized(readFileSync(fromRoot('spec', 'code-samples', `${operationId}.${language === 'curl' ? 'sh' : 'ts'}`), 'utf8')),
    };
    // What is missing, polled until nothing is: a failure names the parts the page lacks.
    const lacking = (want: typeof expected) => {
      const texts = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
      return [
        texts('h2').includes(want.summary) ? '' : `the heading ${want.summary}`,
        // The endpoint menu: the method and the path side by side with no text between them, then
        // the server list; the path must end there, not run on into a longer path.
        texts('[data-component-name="Dropdown/Dropdown"]').some((text) => {
          const endpoint = want.endpoint.replace(' ', '');
          return text?.startsWith(endpoint) && !/^[/?]/.test(text.slice(endpoint.length));
        })
          ? ''
          : `the endpoint ${want.endpoint}`,
        texts('[data-component-name="CodeBlock/CodeBlock"]').includes(want.sample) ? '' : 'the whole sample',
      ].filter(Boolean);
    };
    await expect.poll(() => page.evaluate(lacking, expected), { timeout: patience, interval: 50, message: `${operationId}, ${language}` }).toEqual([]);
  }
}

// innerText, not textContent: only what the page shows counts, not text a collapsed section hides.
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
const bodyText = (page: Page): Promise<string> => page.locator('body').innerText();

/** The texts the page does not show yet, inline code shown as text. */
async function missingFrom(page: Page, texts: string[]): Promise<string[]> {
  const shown = normalized(await bodyText(page));
  return texts.filter((text) => !shown.includes(normalized(text.replaceAll('`', ''))));
}

/**
 * Opens every nested schema the route shows (a property's own properties are drawn only once opened), so
 * that their texts and labels can be read. Bounded: the schemas of this description nest a few levels deep.
 */
async function expandSchemas(page: Page): Promise<void> {
  for (let round = 0; round < 8; round++) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('[data-schema-nested-open="false"] > button')].filter((button) => button instanceof HTMLElement && button.offsetParent !== null);
      for (const button of closed) (button as HTMLElement).click();
      return closed.length;
    });
    if (opened === 0) return;
    await page.waitForTimeout(50);
  }
}

/** The page's route of an operation: its tag, then its operationId, both in lower case (`disks/createvolume`). */
const routeOf = (entry: OperationEntry): string => `${String((entry.operation.tags as string[])[0]).toLowerCase()}/${String(entry.operation.operationId).toLowerCase()}`;

/** The routes of the docs page, each with the heading that shows it is drawn. */
function chineseRoutes(): [string, string][] {
  const tagName = (name: string) => String(zhUpdate(`$.tags[?(@.name == '${name}')]`)['x-displayName']);
  return [
    ['', `${String(zhUpdate('$.info').title)} (${String(obj('#/info').version)})`],
    ...[...chineseSummaries()].map(([id, summary]): [string, string] => [routeOf(operationById(id)), headingOf(operationById(id), summary, 'zh-CN')]),
    ['snapshotstatuses', tagName('SnapshotStatuses')],
    ['cindersnapshots', tagName('CinderSnapshots')],
    ['snapshotmetadata', tagName('SnapshotMetadata')],
    ['cinderv3', tagName('CinderV3')],
    ['diskstatuses', tagName('DiskStatuses')],
    ['errors', tagName('Errors')],
  ];
}

/**
 * The routes of the deprecated (/v3) operations: their bodies and answers are the /v2 forms' components, whose
 * nested schemas the walk opens at the /v2 routes, so at these it reads the texts without opening them again.
 */
const twinRoutes = new Set(
  operations()
    .filter((entry) => entry.operation.deprecated === true)
    .map(routeOf),
);

/** Shows a route, waits for its heading, and opens its nested schemas (unless told not to). */
async function showRoute(page: Page, route: string, heading: string, expand = true): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
  await page
    .locator('h1, h2')
    .filter({ hasText: new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), visible: true })
    .first()
    .waitFor({ timeout: patience });
  if (expand) await expandSchemas(page);
}

/** The error code table of the Errors section as drawn: whether it is cut or scrolls, and the codes that take more than one line. */
async function errorTableLayout(page: Page) {
  await page.getByText('EVS.5404').filter({ visible: true }).first().waitFor({ timeout: patience });
  return page.evaluate(() => {
    const table = [...document.querySelectorAll('table')].find((candidate) => candidate.offsetParent !== null && candidate.textContent?.includes('EVS.5404'));
    if (!table) return undefined;
    const edge = table.getBoundingClientRect().right;
    const codes = [...table.querySelectorAll('code')];
    return {
      codes: codes.length,
      // A code on one line has one box; one broken across lines has one per line.
      split: codes.filter((code) => code.getClientRects().length > 1).map((code) => code.textContent),
      hiddenWidth: table.scrollWidth - table.clientWidth,
      // Cells of the last column that end beyond the table's visible edge.
      lastColumnCut: [...table.querySelectorAll('tr')]
        .map((row) => row.lastElementChild)
        .filter((cell) => cell !== null && cell.getBoundingClientRect().right > edge + 0.5)
        .map((cell) => cell?.textContent),
    };
  });
}

describe.each([
  ['English', 'index.html'],
  ['Chinese', 'zh-CN.html'],
])('%s docs page, error code table', (_language, file) => {
  it('breaks no code across lines (EVS.0|001) and shows the last column whole, in the 1280 px window', async () => {
    const { page } = await openOffline(file, 'errors');
    expect(page.viewportSize()?.width).toBe(1280);
    const layout = await errorTableLayout(page);
    expect(layout?.codes).toBeGreaterThan(40);
    expect(layout?.split).toEqual([]);
    expect(layout?.hiddenWidth).toBe(0);
    expect(layout?.lastColumnCut).toEqual([]);
  });
});

describe('English docs page', () => {
  // Each sample is checked on one page (the TypeScript ones here, the curl ones on the Chinese page): both pages
  // draw the same bundle's samples, and a visit per operation, page and language cost 40 s of a 90 s suite.
  it('shows every operation under its summary, with its method, path and TypeScript sample', async () => {
    const { page } = await openOffline('index.html', 'snapshots/createsnapshot');
    expect(operations()).toHaveLength(38);
    await expectOperations(page, englishSummaries, 'TypeScript', 'en');
  });

  it('shows all seven status values with their meaning', async () => {
    const { page } = await openOffline('index.html', 'snapshotstatuses');
    // Visible ones only: the DOM keeps the operation pages visited before, with their own enum tables.
    await page
      .locator('td')
      .filter({ hasText: /^backing-up$/, visible: true })
      .first()
      .waitFor();
    // The table draws its rows one after another (slower under load): poll until every value shows.
    const missingStatuses = async () => {
      const cells = (await page.locator('td').filter({ visible: true }).allInnerTexts()).map((cell) => cell.trim());
      return statuses.filter((status) => !cells.includes(status));
    };
    await expect.poll(missingStatuses, { timeout: patience, interval: 100 }).toEqual([]);
    // Each meaning as the description gives it, inline code shown as text.
    await expect
      .poll(
        () =>
          missingFrom(
            page,
            statuses.map((status) => String(englishMeanings[status])),
          ),
        { timeout: patience, interval: 100 },
      )
      .toEqual([]);
  });

  it('shows the error body forms and the code table', async () => {
    const { page } = await openOffline('index.html', 'errors');
    await page.getByText('EVS.5404').filter({ visible: true }).first().waitFor();
    const text = await bodyText(page);
    for (const code of ['EVS.5400', 'EVS.5401', 'APIGW.0301', 'EVS.5403', 'EVS.5413', 'EVS.5500']) expect(text).toContain(code);
    expect(text).toContain('error_code');
  });

  it('logs no error and asks nothing of the network', async () => {
    const { problems, external } = await openOffline('index.html', 'snapshots');
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });
});

/**
 * One walk over every route of the Chinese page (and a page that does not exist), shared by the label and the
 * typography tests: what a reader sees outside code (with the labels screen readers and tooltips use), which of it
 * stands outside the description's own texts, and each block of the description's Markdown as drawn. A walk
 * opens each route's nested schemas, the costliest part of these tests, so it is done once.
 */
let chineseWalkDone: Promise<{ seen: Set<string>; outsideTexts: Set<string>; markdownBlocks: string[] }> | undefined;
const chineseWalk = () => {
  chineseWalkDone ??= (async () => {
    const { page } = await openOffline('zh-CN.html', 'snapshots');
    const seen = new Set<string>();
    const outsideTexts = new Set<string>();
    const markdownBlocks = new Set<string>();
    const routes: [string, string][] = [...chineseRoutes(), ['no-such-page', String(uiLabels.exact['No page at this address'])]];
    for (const [route, heading] of routes) {
      await showRoute(page, route, heading, !twinRoutes.has(route));
      const found = await page.evaluate(() => {
        const texts: [string, boolean][] = [];
        const skip = 'code, pre, script, style, .evs-language-switch';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node instanceof Text) {
            if (!node.parentElement?.closest(skip) && node.nodeValue?.trim())
              texts.push([node.nodeValue.trim(), node.parentElement?.closest('[data-component-name="Markdown/Markdown"]') === null]);
          } else if (node instanceof Element && !node.closest(skip))
            for (const attribute of ['placeholder', 'title', 'aria-label', 'alt']) {
              const value = node.getAttribute(attribute)?.trim();
              if (value) texts.push([value, true]);
            }
        }
        // Each block of the description's Markdown as drawn, inline code and emphasis included; a table cell apart.
        const blocks = [...document.querySelectorAll('[data-component-name="Markdown/Markdown"] :is(p, li, td, th, h1, h2, h3, h4, h5, h6)')].map(
          (block) => block.textContent ?? '',
        );
        return { texts, blocks };
      });
      for (const [text, outside] of found.texts) {
        seen.add(text);
        if (outside) outsideTexts.add(text);
      }
      // The page keeps the routes drawn before: a block seen twice is kept once.
      for (const block of found.blocks) markdownBlocks.add(block);
    }
    return { seen, outsideTexts, markdownBlocks: [...markdownBlocks] };
  })();
  return chineseWalkDone;
};

describe('Chinese docs page', () => {
  it('shows every operation under its Chinese summary, with its method, path and curl sample', async () => {
    const { page } = await openOffline('zh-CN.html', 'snapshots/createsnapshot');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expectOperations(page, chineseSummaries(), 'curl', 'zh-CN');
  });

  it('shows the status table in Chinese: all seven meanings the overlay gives', async () => {
    const zhMeanings = chineseStatusMeanings();
    expect(Object.keys(zhMeanings)).toEqual(statuses);
    const { page } = await openOffline('zh-CN.html', 'snapshotstatuses');
    // Polled: a meaning can show on the page left behind (the list operation's status filter)
    // before the status table is drawn.
    await expect
      .poll(
        () =>
          missingFrom(
            page,
            // With the line breaks the page's Chinese typography joins (scripts/build/chinese-text.ts).
            statuses.flatMap((status) => [status, joinChineseLines(String(zhMeanings[status]))]),
          ),
        { timeout: patience, interval: 100 },
      )
      .toEqual([]);
  });

  it('shows the renderer labels in Chinese: none of the dictionary, of the renderer’s own wording, nor any English label-like phrase', async () => {
    const { seen, outsideTexts } = await chineseWalk();
    expect([...seen].filter((text) => Object.hasOwn(uiLabels.exact, text))).toEqual([]);
    // A capitalised English word or phrase is a label the dictionary lacks; 'Token' is the IAM term the Chinese reference uses too.
    expect([...seen].filter((text) => /^[A-Z][a-z]+(?: [a-z]+)*:?$/.test(text) && text !== 'Token')).toEqual([]);
    // Outside the description's texts, two or more English words are a label (`additional property`,
    // `property name*`), and so is a link's `link to …`; names, types and values are single tokens.
    expect([...outsideTexts].filter((text) => /^[A-Za-z]+(?: [A-Za-z]+)+[*:!.]?$/.test(text) || /^link to /.test(text))).toEqual([]);
    // Nor any label of the renderer's own wording: the default it gives each label it looks up, read from its
    // script, except the JSON Schema type names, which stay as the description writes them.
    const html = readFileSync(path.join(docsDir, 'zh-CN.html'), 'utf8');
    const rendererWording = new Set([...html.matchAll(/\(`[\w.]+`,`([^`$]*[A-Za-z][^`$]*)`\)/g)].map((match) => String(match[1])));
    const typeNames = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
    expect(rendererWording.size).toBeGreaterThan(100);
    expect([...outsideTexts].filter((text) => rendererWording.has(text) && !typeNames.has(text))).toEqual([]);
    for (const label of ['必选', '请求', '响应', '复制', '附加属性', '属性名*', '指向“请求”的链接']) expect(seen).toContain(label);
  });

  it('sets no space where Chinese typography has none, in any text the page draws from the description', async () => {
    const stray = new Set<string>();
    for (const block of (await chineseWalk()).markdownBlocks)
      for (const match of block.matchAll(/(\S)\s+(?=(\S))/gu))
        if (noSpaceBetween(match[1] ?? '', match[2] ?? '')) stray.add(`…${block.slice(Math.max(0, match.index - 10), match.index + 10)}…`);
    expect([...stray]).toEqual([]);
  });

  it('logs no error and asks nothing of the network', async () => {
    const { problems, external } = await openOffline('zh-CN.html', 'snapshots');
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
  });

  // Last in the file: it navigates the shared pages away.
  it('links to the English page, and the English page back to it: a click goes there', async () => {
    for (const [file, label, other, lang] of [
      ['zh-CN.html', 'English', 'index.html', 'en'],
      ['index.html', '中文', 'zh-CN.html', 'zh-CN'],
    ] as const) {
      const { page } = await openOffline(file, 'snapshots');
      const target = pathToFileURL(path.join(docsDir, other)).href;
      const link = page.getByRole('link', { name: label, exact: true });
      expect(await link.getAttribute('hreflang')).toBe(lang);
      // The click is followed; the other page answers with a stub, since loading it costs seconds of CPU.
      const requested: string[] = [];
      await page.route(`${target}*`, (route) => {
        requested.push(route.request().url());
        return route.fulfill({ contentType: 'text/html', body: `<html lang="${lang}"><title>other page</title></html>` });
      });
      await Promise.all([page.waitForURL(`${target}*`), link.click()]);
      expect(requested.map((url) => url.split('#')[0])).toEqual([target]);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    }
  });
});
