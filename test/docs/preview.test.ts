// npm run preview: serves both docs pages with a reload channel, rebuilds when the spec changes
// and tells the open pages to reload. Run on a copy of spec/, which the test edits.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { type PrismServer, startScript } from '../support/prism.js';

let scratch: string;
let preview: PrismServer;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-preview-test-'));
  await cp(fromRoot('spec'), path.join(scratch, 'spec'), { recursive: true });
  preview = await startScript('preview.ts', ['--spec', path.join(scratch, 'spec', 'openapi.yaml')], 'preview: docs on');
}, 60_000);
afterAll(async () => {
  await preview?.stop();
  await rm(scratch, { recursive: true, force: true });
});

/** Resolves with the data of the first `reload` event on the page's channel. */
async function nextReload(): Promise<string> {
  const response = await fetch(`${preview.url}/__reload`, { signal: AbortSignal.timeout(45_000) });
  const reader = response.body!.getReader();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`the reload channel closed after: ${text}`);
      text += new TextDecoder().decode(value);
      const event = /event: reload\ndata: (\d+)\n\n/.exec(text);
      if (event) return event[1]!;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

describe('npm run preview', () => {
  it('serves both pages with the reload script and without the offline CSP', async () => {
    for (const page of ['/', '/zh-CN.html']) {
      const response = await fetch(`${preview.url}${page}`);
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html).toContain("new EventSource('/__reload')");
      expect(html).not.toContain('Content-Security-Policy');
    }
    expect((await fetch(`${preview.url}/elsewhere.html`)).status).toBe(404);
  });

  it('puts the reload script just before the last </body>, not into the renderer script that holds "</body>" in a string', async () => {
    for (const page of ['/', '/zh-CN.html']) {
      const html = await (await fetch(`${preview.url}${page}`)).text();
      const script = "<script>new EventSource('/__reload')";
      expect(html.split(script).length - 1).toBe(1);
      // Inside the renderer's script, the script's own </script> would end that script early and break the page.
      expect(html.slice(html.indexOf(script)).slice(0, 300)).toMatch(/^<script>[^<]*<\/script><\/body>\s*<\/html>\s*$/);
    }
  });

  it('rebuilds when a spec file changes and tells the page to reload', async () => {
    const reload = nextReload();
    const file = path.join(scratch, 'spec', 'paths', 'cloudsnapshots.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('summary: Create a snapshot', 'summary: Create a snapshot (edited while previewing)'));
    expect(Number(await reload)).toBeGreaterThan(1);
    expect(await (await fetch(`${preview.url}/`)).text()).toContain('Create a snapshot (edited while previewing)');
  }, 60_000);
});
