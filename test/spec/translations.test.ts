// The Chinese docs page must translate at least every operation summary and every status.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../scripts/lib/paths.js';
import { obj, operations, pointerOf } from '../support/openapi-document.js';

interface OverlayAction {
  target: string;
  update?: Record<string, unknown>;
}
const overlay = parse(readFileSync(fromRoot('spec', 'overlays', 'zh-CN.yaml'), 'utf8')) as { actions: OverlayAction[] };
const updateFor = (target: string): Record<string, unknown> | undefined => overlay.actions.find((a) => a.target === target)?.update;
const hasChinese = (value: unknown): boolean => typeof value === 'string' && /[\u4e00-\u9fff]/.test(value);

describe('zh-CN overlay', () => {
  it.each(operations().map((op) => [String(op.operation.operationId), op] as const))('translates the summary of %s', (_id, op) => {
    const update = updateFor(`$.paths['${op.path}'].${op.method}`);
    expect(hasChinese(update?.summary), `no Chinese summary for ${pointerOf('paths', op.path, op.method)}`).toBe(true);
  });
  it('translates every snapshot status', () => {
    const statuses = obj('#/components/schemas/SnapshotStatus').enum as string[];
    const texts = updateFor('$.components.schemas.SnapshotStatus')?.['x-enumDescriptions'] as Record<string, string>;
    expect(Object.keys(texts)).toEqual(statuses);
    for (const status of statuses) expect(hasChinese(texts[status]), status).toBe(true);
  });
});
