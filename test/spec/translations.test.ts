// The Chinese docs page must be Chinese throughout: once the zh-CN overlay is applied to the
// bundle, every text this project writes (descriptions, summaries, display names, code sample
// labels, status meanings) has Chinese in it. Example values are data and stay as they are.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { redocly } from '../../scripts/lib/redocly.js';
import { bundlePath, isObject, type Json, type JsonObject, obj, operations } from '../support/openapi-document.js';

const hasChinese = (value: unknown): boolean => typeof value === 'string' && /[\u4e00-\u9fff]/.test(value);
/** Words that are names, not prose: they read the same in both languages. */
const names = new Set(['curl', 'TypeScript']);

let scratch: string;
let chinese: JsonObject;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-zh-'));
  const out = path.join(scratch, 'zh.json');
  await redocly(['bundle', bundlePath, '--overlay', fromRoot('spec', 'overlays', 'zh-CN.yaml'), '-o', out]);
  chinese = JSON.parse(await readFile(out, 'utf8')) as JsonObject;
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
});
