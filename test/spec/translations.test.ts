// The Chinese docs page must be Chinese throughout: once the zh-CN overlay is applied to the
// bundle, every text this project writes (descriptions, summaries, display names, code sample
// labels, status meanings) has Chinese in it. Example values are data and stay as they are.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { noSpaceBetween } from '../../scripts/build/chinese-text.js';
import { docsPages, pageSource } from '../../scripts/build/docs.js';
import { fromRoot } from '../../scripts/lib/paths.js';
import { bundlePath, isObject, type Json, type JsonObject, obj, operations } from '../support/openapi-document.js';

const hasChinese = (value: unknown): boolean => typeof value === 'string' && /[\u4e00-\u9fff]/.test(value);
/** Words that are names, not prose: they read the same in both languages. */
const names = new Set(['curl', 'TypeScript']);

let scratch: string;
let chinese: JsonObject;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-zh-'));
  // The document the Chinese page renders: the bundle with the overlay and the Chinese line breaks.
  const page = docsPages.find((candidate) => candidate.lang === 'zh-CN');
  if (!page) throw new Error('no zh-CN page in docsPages');
  chinese = JSON.parse(await readFile(await pageSource(bundlePath, page, scratch), 'utf8')) as JsonObject;
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Every text of the document with its JSON pointer, skipping example values. */
function texts(node: Json, pointer = '#', found: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((item, index) => void texts(item, `${pointer}/${index}`, found));
  else if (isObject(node))
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key}`;
      if (key === 'value' && /\/examples\/[^/]+$/.test(pointer)) continue;
      if (['description', 'summary', 'x-displayName', 'label'].includes(key) && typeof value === 'string') found.push([at, value]);
      else if (key === 'x-enumDescriptions' && isObject(value)) for (const [name, text] of Object.entries(value)) found.push([`${at}/${name}`, String(text)]);
      else texts(value, at, found);
    }
  return found;
}

describe('zh-CN overlay', () => {
  it('finds the texts (the walk is not vacuous)', () => {
    expect(texts(chinese).length).toBeGreaterThan(200);
  });

  it('leaves no text in English', () => {
    const english = texts(chinese).filter(([, text]) => !hasChinese(text) && !names.has(text));
    expect(english.map(([pointer, text]) => `${pointer}: ${text.slice(0, 60)}`)).toEqual([]);
  });

  it('puts each translation where the English text is, adding only display names (a tag shows its name otherwise)', () => {
    const pointers = (doc: JsonObject) => new Set(texts(doc).map(([pointer]) => pointer));
    const [english, translated] = [pointers(obj('#')), pointers(chinese)];
    expect([...english].filter((pointer) => !translated.has(pointer))).toEqual([]);
    expect([...translated].filter((pointer) => !english.has(pointer) && !pointer.endsWith('/x-displayName'))).toEqual([]);
  });

  it.each(operations().map((op) => [String(op.operation.operationId), op] as const))('translates the summary and description of %s', (_id, op) => {
    const translated = obj(`#/paths/${op.path.replace(/~/g, '~0').replace(/\//g, '~1')}/${op.method}`, chinese);
    expect(hasChinese(translated.summary) && hasChinese(translated.description)).toBe(true);
  });

  it('translates every snapshot status', () => {
    const statuses = obj('#/components/schemas/SnapshotStatus').enum as string[];
    const meanings = obj('#/components/schemas/SnapshotStatus/x-enumDescriptions', chinese);
    expect(Object.keys(meanings)).toEqual(statuses);
    for (const status of statuses) expect(hasChinese(meanings[status]), status).toBe(true);
  });

  it('sets no space where Chinese typography has none: between Chinese characters, or beside full-width punctuation', () => {
    const stray: string[] = [];
    for (const [pointer, text] of texts(chinese)) {
      const lines = text.split('\n');
      lines.forEach((line, index) => {
        // Spaces on one line (not the padding of a table cell, which does not show).
        // Emphasis markers are looked through: `。** 请` shows as `。 请`.
        for (const match of line.replaceAll('**', '').matchAll(/([^\s|])[ \t]+(?=([^\s|]))/gu))
          if (noSpaceBetween(match[1] ?? '', match[2] ?? '')) stray.push(`${pointer}: …${match.input.slice(Math.max(0, match.index - 8), match.index + 10)}…`);
        // A line break inside a paragraph shows as a space too (a blank line, a list item or a table row starts a block).
        const next = lines[index + 1]?.trimStart() ?? '';
        if (line.trim() === '' || next === '' || /^(?:[-*+] |\d+[.)] |#|\||\{%|```)/.test(next) || /^\s*(?:#|\|)/.test(line)) return;
        const before = line.trimEnd().replace(/\*+$/, '').slice(-1);
        if (noSpaceBetween(before, next.replace(/^\*+/, '').charAt(0))) stray.push(`${pointer}: …${line.slice(-8)}⏎${next.slice(0, 8)}…`);
      });
    }
    expect(stray).toEqual([]);
  });
});

/**
 * Huawei's own Chinese EVS reference pages (API 参考 of support.huaweicloud.com, e.g. 创建云硬盘快照 evs_04_2016,
 * 查询云硬盘快照详情列表 evs_04_2021, 回滚快照到云硬盘 evs_04_2020, and 构造请求) name these things so; the page
 * uses their words, so that a reader who knows Huawei's pages reads the same terms here.
 */
const huaweiTerms: { avoid: RegExp; use: string; why: string }[] = [
  { avoid: /必填/u, use: '必选', why: '是否必选 in every parameter table, beside 可选' },
  { avoid: /(?<!时区)标识(?!符)/u, use: 'ID', why: '快照ID, 云硬盘ID, 项目ID (a time-zone designator, 时区标识, is another word)' },
  { avoid: /IAM ?权限/u, use: '授权项', why: 'the 授权信息 table of each operation lists evs:snapshots:* as 授权项' },
  { avoid: /专属存储池/u, use: '专属存储', why: 'dedicated_storage_id is 专属存储ID, dedicated_storage_name 专属存储的名称' },
  { avoid: /请求体|响应体/u, use: '请求消息体 / 响应消息体', why: '构造请求: 请求消息体（可选）, 响应消息头和消息体' },
];

describe('zh-CN wording', () => {
  const uiLabels = parse(readFileSync(fromRoot('spec', 'overlays', 'zh-CN.ui.yaml'), 'utf8')) as { exact: Record<string, string>; patterns: [string, string][] };
  const allTexts = (): [string, string][] => [
    ...texts(chinese),
    ...Object.entries(uiLabels.exact).map(([label, text]): [string, string] => [`zh-CN.ui.yaml exact/${label}`, text]),
    ...uiLabels.patterns.map(([from, to]): [string, string] => [`zh-CN.ui.yaml patterns/${from}`, to]),
  ];

  it.each(huaweiTerms.map((term) => [term.use, term] as const))("uses Huawei's term %s", (_use, term) => {
    const found = allTexts().filter(([, text]) => term.avoid.test(text));
    expect(
      found.map(([pointer, text]) => `${pointer}: ${text.match(term.avoid)?.[0]} in ${text.slice(0, 40)}`),
      term.why,
    ).toEqual([]);
  });

  it("labels the required badge 必选 and the list of servers 终端节点, as Huawei's pages do", () => {
    expect(uiLabels.exact.required).toBe('必选');
    expect(uiLabels.exact.Servers).toBe('终端节点');
  });

  it('says what stays in English, and claims no complete translation', () => {
    const description = String(obj('#/info', chinese).description);
    expect(description).not.toMatch(/完整中文版|都已译为中文/u);
    expect(description).toMatch(/保持英文原文/u);
  });
});
