// The samples of docs/emulator.md, run as written: what they print is what the guide's lifecycle
// promises; the CI snippet starts the bin, waits for its URL file, and leaves a server that
// outlives its shell and stops on kill.
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../scripts/lib/paths.js';
import { docSample, fencedBlocks, runDocSample, runDocSamplesByTsx } from '../support/doc-samples.js';
import { projectId } from './fixtures.js';

describe('the emulator samples of docs/emulator.md', () => {
  it('emulator-fetch plays the whole lifecycle through fetch', async () => {
    expect(await runDocSample('docs/emulator.md', 'emulator-fetch', 'js')).toEqual([expect.stringMatching(/^listed 1; \d+ requests, the last answered 404$/)]);
  });

  it('emulator-listen plays it over a socket and closes the server', async () => {
    expect(await runDocSample('docs/emulator.md', 'emulator-listen', 'js')).toEqual(['available', 'gone; 0 left']);
  });

  it('both run as the guide says TypeScript users may: .mts files run by tsx in a project with no "type"', async () => {
    expect(
      await runDocSamplesByTsx('docs/emulator.md', [
        ['emulator-fetch', 'js'],
        ['emulator-listen', 'js'],
      ]),
    ).toEqual({ 'emulator-fetch': [expect.stringMatching(/^listed 1; \d+ requests, the last answered 404$/)], 'emulator-listen': ['available', 'gone; 0 left'] });
  });
});

/** Waits, bounded, until `ready` resolves true. */
async function until(ready: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`still waiting for ${what} after 10 s`);
}

describe('the emulator-in-ci snippet of docs/emulator.md', () => {
  it('starts the bin, waits for its URL file; the emulator serves on after the shell ends and stops on kill', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-docs-ci-'));
    let pid: number | undefined;
    try {
      // node_modules/.bin/evs-emulator as npm installs it runs node itself (no process in between): so does this one.
      const bin = path.join(scratch, 'node_modules', '.bin', 'evs-emulator');
      await mkdir(path.dirname(bin), { recursive: true });
      const tsx = pathToFileURL(fromRoot('node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
      await writeFile(bin, `#!/bin/sh\nexec "${process.execPath}" --import "${tsx}" "${fromRoot('src', 'emulator', 'cli.ts')}" "$@"\n`);
      await chmod(bin, 0o755);
      // The snippet as a CI step runs it; the step's shell then ends.
      await promisify(execFile)('sh', ['-e', '-c', `${await docSample('docs/emulator.md', 'emulator-in-ci', 'sh')}echo "$emulator" > emulator.pid\n`], {
        cwd: scratch,
        timeout: 40_000,
      });
      pid = Number(await readFile(path.join(scratch, 'emulator.pid'), 'utf8'));
      const url = (await readFile(path.join(scratch, 'emulator.url'), 'utf8')).trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const answer = await fetch(`${url}/v2/${projectId}/cloudsnapshots/detail`, { headers: { 'X-Auth-Token': 'ci-snippet-token' } });
      expect(answer.status).toBe(200);
      // `kill "$emulator"`: the pid is the emulator's own, so the signal reaches it.
      process.kill(pid, 'SIGTERM');
      await until(
        () =>
          fetch(url).then(
            () => false,
            () => true,
          ),
        'the emulator to stop answering',
      );
      await until(
        () =>
          stat(path.join(scratch, 'emulator.url')).then(
            () => false,
            () => true,
          ),
        'the URL file to go',
      );
      pid = undefined;
    } finally {
      if (pid !== undefined) process.kill(pid, 'SIGKILL');
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('is what the GitHub Actions and GitLab CI examples run', async () => {
    const snippet = (await docSample('docs/emulator.md', 'emulator-in-ci', 'sh')).trim().split('\n');
    const guide = await readFile(fromRoot('docs', 'emulator.md'), 'utf8');
    const yamls = fencedBlocks(guide)
      .filter((block) => block.language === 'yaml')
      .map((block) => parse(block.code) as Record<string, unknown>);
    const github = yamls.find((doc) => (doc.jobs as Record<string, unknown> | undefined)?.['with-emulator']) as { jobs: { 'with-emulator': { steps: { run?: string }[] } } };
    const gitlab = yamls.find((doc) => doc['with-emulator']) as { 'with-emulator': { script: string[] } };
    expect(
      github.jobs['with-emulator'].steps
        .find((step) => step.run?.includes('evs-emulator'))
        ?.run?.trim()
        .split('\n'),
    ).toEqual(snippet);
    const script = gitlab['with-emulator'].script;
    const start = script.findIndex((line) => line.includes('evs-emulator'));
    expect(script.slice(start, start + snippet.length)).toEqual(snippet);
  });
});
