// Opens the generated docs in headless Chromium with the network cut off, as a reader offline
// would, and checks that both operations and every snapshot status are shown.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsDir } from '../../scripts/lib/paths.js';
import { obj, operations } from '../support/openapi-document.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Redoc's "API docs by" badge tries to load Redocly's logo from its CDN; the page's
// Content-Security-Policy blocks it, and it is decoration, not content.
const knownDecoration = 'https://cdn.redoc.ly/redoc/logo-mini-full.svg';
const statuses = obj('#/components/schemas/SnapshotStatus').enum as string[];
const zhStatusTexts = ['云硬盘快照正在创建中。', '云硬盘快照已创建成功，可以使用。', '删除云硬盘快照时出错。'];

let browser: Browser;
const opened = new Map<string, { page: Page; external: string[] }>();

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(async () => browser?.close());

/**
 * Shows a route of a docs page, with every non-file request refused. Each file is loaded once
 * (it is 2.6 MB of inlined Redoc); later routes are reached the way a reader's clicks reach
 * them, through the hash.
 */
async function openOffline(file: string, route: string): Promise<{ page: Page; external: string[] }> {
  const known = opened.get(file);
  if (known) {
    await known.page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
    return known;
  }
  const page = await browser.newPage();
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) external.push(request.url());
  });
  await page.route(/^(?!file:)/, (r) => r.abort('internetdisconnected'));
  await page.goto(`${pathToFileURL(path.join(docsDir, file)).href}#/${route}`);
  opened.set(file, { page, external });
  return { page, external };
}

// innerText, not textContent: only what the page shows counts, not text a collapsed section hides.
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
const bodyText = (page: Page): Promise<string> => page.locator('body').innerText();

describe('English docs page', () => {
  it('shows all six operations with their paths, offline', async () => {
    const { page, external } = await openOffline('index.html', 'snapshots');
    await page.getByRole('heading', { name: 'Create a snapshot' }).waitFor();
    const text = await bodyText(page);
    for (const summary of operations().map((op) => String(op.operation.summary))) expect(text).toContain(summary);
    expect(operations()).toHaveLength(6);
    for (const path of [
      '/v2/{project_id}/cloudsnapshots',
      '/v2/{project_id}/cloudsnapshots/{snapshot_id}',
      '/v2/{project_id}/cloudsnapshots/detail',
      '/v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback',
    ])
      expect(text).toContain(path);
    expect(external.filter((url) => url !== knownDecoration)).toEqual([]);
  });

  it('shows all seven status values with their meaning', async () => {
    const { page } = await openOffline('index.html', 'snapshotstatuses');
    await page
      .locator('td')
      .filter({ hasText: /^backing-up$/ })
      .waitFor();
    const cells = await page.locator('td').allInnerTexts();
    for (const status of statuses) expect(cells.map((c) => c.trim())).toContain(status);
    expect(await bodyText(page)).toContain('Deleting the snapshot failed.');
  });

  it('shows the error body forms and the code table', async () => {
    const { page } = await openOffline('index.html', 'errors');
    await page.getByText('EVS.5404').first().waitFor();
    const text = await bodyText(page);
    for (const code of ['EVS.5400', 'EVS.5401', 'APIGW.0301', 'EVS.5403', 'EVS.5413', 'EVS.5500']) expect(text).toContain(code);
    expect(text).toContain('error_code');
  });
});

describe('Chinese docs page', () => {
  it('shows the translated operation summaries', async () => {
    const { page } = await openOffline('zh-CN.html', 'snapshots');
    await page.getByRole('heading', { name: '创建云硬盘快照' }).waitFor();
    const text = await bodyText(page);
    for (const summary of ['更新云硬盘快照', '查询云硬盘快照详情列表', '查询单个云硬盘快照详情', '删除云硬盘快照', '回滚快照数据到云硬盘']) expect(text).toContain(summary);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('shows the status table in Chinese', async () => {
    const { page } = await openOffline('zh-CN.html', 'snapshotstatuses');
    await page.getByText(zhStatusTexts[0] ?? '').waitFor();
    const text = await bodyText(page);
    for (const phrase of zhStatusTexts) expect(text).toContain(phrase);
    for (const status of statuses) expect(text).toContain(status);
  });

  it('links to the English page and back', async () => {
    // Runs last: it navigates the shared Chinese page away.
    const { page } = await openOffline('zh-CN.html', 'snapshots');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/index\.html/);
    await page.getByRole('link', { name: '中文' }).waitFor();
    opened.delete('zh-CN.html');
  });
});
