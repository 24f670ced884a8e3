// One version for the package and its description: package.json, the spec's info.version, the
// Chinese overlay, the bundle and the newest CHANGELOG release must all say the same.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../scripts/lib/paths.js';

const text = (...parts: string[]) => readFile(fromRoot(...parts), 'utf8');

describe('one version', () => {
  it('package.json, spec/openapi.yaml, the zh-CN overlay, the bundle and CHANGELOG.md agree', async () => {
    const versions = {
      'package.json': (JSON.parse(await text('package.json')) as { version: string }).version,
      'spec/openapi.yaml info.version': (parse(await text('spec', 'openapi.yaml')) as { info: { version: string } }).info.version,
      'spec/overlays/zh-CN.yaml info.version': (parse(await text('spec', 'overlays', 'zh-CN.yaml')) as { info: { version: string } }).info.version,
      'generated/openapi.json info.version': (JSON.parse(await text('generated', 'openapi.json')) as { info: { version: string } }).info.version,
      'CHANGELOG.md newest release': /^## \[(\d+\.\d+\.\d+[^\]]*)\]/m.exec((await text('CHANGELOG.md')).replace(/^## \[Unreleased\]\s*$/m, ''))?.[1],
    };
    const expected = versions['package.json'];
    expect(expected).toMatch(/^\d+\.\d+\.\d+$/);
    expect(versions).toEqual(Object.fromEntries(Object.keys(versions).map((key) => [key, expected])));
  });
});
