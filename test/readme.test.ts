// README.md is the user's first page: at most 300 lines, and every code block in it is a named
// example that this file runs as written (the JavaScript ones as the .mjs files they are meant
// for, the shell ones with sh and `npx` standing for the installed bins), so a sample that no
// longer works fails here. The guides in docs/ have their samples run by the tests of each product;
// the Biome check of all the samples, README's and the guides', is here.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromRoot } from '../scripts/lib/paths.js';
import { pkiToken } from '../scripts/lib/pki-token.js';
import { createEvsEmulator, type EvsEmulator } from '../src/emulator/index.js';
import { biomeCheckOfSamples, docSampleAsWritten, fencedBlocks, runDocSample, withEnvironment } from './support/doc-samples.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';

/** The names of the README's examples, each run by a test below. */
const runHere = ['client', 'emulator-in-tests', 'emulator-command', 'contract-command', 'description'];

describe('README.md', () => {
  it('is at most 300 lines', async () => {
    const lines = (await readFile(fromRoot('README.md'), 'utf8')).trimEnd().split('\n').length;
    expect(lines).toBeLessThanOrEqual(300);
  });

  it('has only code blocks that are named examples this file runs, each name once', async () => {
    const blocks = fencedBlocks(await readFile(fromRoot('README.md'), 'utf8'));
    expect(blocks.filter((block) => block.name === undefined).map((block) => `line ${block.line}`)).toEqual([]);
    expect(blocks.map((block) => block.name)).toEqual(runHere);
  });

  it('has JavaScript samples with no TypeScript in them (no `!` assertion, no type annotation)', async () => {
    for (const block of fencedBlocks(await readFile(fromRoot('README.md'), 'utf8')).filter((b) => b.language === 'js')) {
      expect(block.code, block.name).not.toMatch(/[\w)\]]!(?!=)|\bas (const|unknown|never)\b|: (string|number|boolean)\b|\binterface\b|\btype \w+ =/);
    }
  });
});

describe('the samples of README.md and docs/*.md', () => {
  it('pass npx biome check (lint, format, import order) as files of the project, as a user copies them in', async () => {
    const { files, code, output } = await biomeCheckOfSamples();
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(code, output).toBe(0);
    // Nothing at all reported, not even an info (useLiteralKeys is one) or a warning.
    expect(output.trim()).toMatch(new RegExp(`^Checked ${files.length} files in [\\d.]+\\s?[µm]?s\\. No fixes applied\\.$`));
  });
});

describe('the README client sample (a .mjs file)', () => {
  let emulator: EvsEmulator;
  const token = pkiToken(16_384);
  beforeEach(() => {
    emulator = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0 }, tokens: [token], seed: 7 });
  });
  afterEach(() => emulator.close());

  it('creates a snapshot and renames it, printing both steps', async () => {
    const endpoint = await emulator.listen();
    const printed = await withEnvironment({ EVS_ENDPOINT: endpoint, EVS_PROJECT_ID: projectId, EVS_AUTH_TOKEN: token, EVS_VOLUME_ID: volumeId }, () =>
      runDocSample('README.md', 'client', 'js'),
    );
    const [snapshot] = emulator.state().projects[projectId]?.snapshots ?? [];
    expect(printed).toEqual([`created ${snapshot?.id}, status creating`, 'renamed to nightly-2026-11-23-kept']);
    expect(snapshot).toMatchObject({ name: 'nightly-2026-11-23-kept', description: 'Before the kernel upgrade', metadata: { owner: 'platform-team' } });
  });

  it('reports a refused token on stderr and sets the exit code 1', async () => {
    const endpoint = await emulator.listen();
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    const exitCode = process.exitCode;
    try {
      await withEnvironment({ EVS_ENDPOINT: endpoint, EVS_PROJECT_ID: projectId, EVS_AUTH_TOKEN: pkiToken(16_384, 'expired'), EVS_VOLUME_ID: volumeId }, () =>
        runDocSample('README.md', 'client', 'js'),
      );
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = exitCode;
      spy.mockRestore();
    }
    expect(errors).toEqual([expect.stringMatching(/^EVS answered 401 APIGW\.0301: createSnapshot failed with HTTP 401/)]);
    expect(errors.join('')).not.toContain(token.slice(0, 40));
  });

  it('refuses a volume_id that is no UUID before sending, naming the field and the rule', async () => {
    const endpoint = await emulator.listen();
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    const exitCode = process.exitCode;
    try {
      await withEnvironment({ EVS_ENDPOINT: endpoint, EVS_PROJECT_ID: projectId, EVS_AUTH_TOKEN: token, EVS_VOLUME_ID: 'my-disk' }, () =>
        runDocSample('README.md', 'client', 'js'),
      );
    } finally {
      process.exitCode = exitCode;
      spy.mockRestore();
    }
    expect(errors).toEqual(['not sent: snapshot.volume_id breaks rule format: got "my-disk" (string, 7 UTF-8 bytes)']);
    expect(emulator.log()).toEqual([]);
  });
});

describe('the README emulator sample (a .mjs file)', () => {
  it('creates, shows, deletes and waits, printing the status and every request with its answer', async () => {
    expect(await runDocSample('README.md', 'emulator-in-tests', 'js')).toEqual(['available', 'createSnapshot 202, showSnapshot 200, deleteSnapshot 202, showSnapshot 404']);
  });
});

describe('the README description sample (a .mjs file)', () => {
  it('lists the thirty-eight operations of the bundle with their methods and paths', async () => {
    const printed = await runDocSample('README.md', 'description', 'js');
    expect(printed).toHaveLength(38);
    expect(printed).toEqual(
      expect.arrayContaining([
        'POST /v2/{project_id}/cloudsnapshots createSnapshot',
        'GET /v2/{project_id}/cloudsnapshots/detail listSnapshots',
        'POST /v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback rollbackSnapshot',
        'POST /v2/{project_id}/cloudvolumes createVolume',
        'GET /v1/{project_id}/jobs/{job_id} showJob',
        'GET /v2/{project_id}/snapshots/detail listCinderSnapshotsDetail',
        'DELETE /v2/{project_id}/snapshots/{snapshot_id}/metadata/{key} deleteSnapshotMetadataItem',
        'PUT /v3/{project_id}/snapshots/{snapshot_id}/metadata updateSnapshotMetadataV3',
      ]),
    );
  });
});

/** A scratch folder whose bin/npx runs the package's bins from src/ (through tsx), as npx runs the installed ones. */
async function scratchWithNpx(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'evs-readme-sh-'));
  const bin = path.join(dir, 'bin');
  await mkdir(bin);
  const tsx = pathToFileURL(fromRoot('node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
  const run = (product: string) => `shift; exec "${process.execPath}" --import "${tsx}" "${fromRoot('src', product, 'cli.ts')}" "$@"`;
  const npx = [
    '#!/bin/sh',
    'case "$1" in',
    `  evs-emulator) ${run('emulator')} ;;`,
    `  evs-contract) ${run('contract')} ;;`,
    '  *) echo "npx: $1 is not a bin of evs-snapshot-openapi" >&2; exit 127 ;;',
    'esac',
    '',
  ].join('\n');
  await writeFile(path.join(bin, 'npx'), npx);
  await chmod(path.join(bin, 'npx'), 0o755);
  return { dir, env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` } };
}

describe('the README emulator-command sample (sh)', () => {
  it('prints the URL alone first, answers a list there, and stops on SIGTERM', async () => {
    const written = await docSampleAsWritten('README.md', 'emulator-command', 'sh');
    // Port 4020 may be in use by another run on this machine: the sample runs on a free port instead.
    expect(written).toContain('--port 4020');
    const { dir, env } = await scratchWithNpx();
    let child: ChildProcess | undefined;
    try {
      child = spawn('sh', ['-e', '-c', written.replace('--port 4020', '--port 0')], { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      for (let i = 0; i < 300 && !output.includes('\n') && child.exitCode === null; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      const url = output.split('\n')[0] ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const answer = await fetch(`${url}/v2/${projectId}/cloudsnapshots/detail?limit=5`, { headers: { 'X-Auth-Token': pkiToken(8_192) } });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ count: 0, snapshots: [] });
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      process.kill(-(child.pid as number), 'SIGTERM');
      await exited;
      child = undefined;
      expect(output).toMatch(/^http:\/\/127\.0\.0\.1:\d+\nevs-emulator: listening on http:\/\/127\.0\.0\.1:\d+ \(seed \d+; --seed \d+ repeats this run\)\n/);
    } finally {
      if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the README contract-command sample (sh)', () => {
  it('passes against the emulator: exit 0 and a JUnit report with no failure', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0 } });
    const { dir, env } = await scratchWithNpx();
    try {
      const baseUrl = await emulator.listen();
      const block = await docSampleAsWritten('README.md', 'contract-command', 'sh');
      const { stdout } = await promisify(execFile)('sh', ['-e', '-c', block], {
        cwd: dir,
        env: { ...env, EVS_BASE_URL: baseUrl, EVS_PROJECT_ID: projectId, EVS_VOLUME_ID: volumeId, EVS_AUTH_TOKEN: pkiToken(16_384), CI: '1' },
        timeout: 50_000,
      });
      expect(stdout).toMatch(/evs-contract: \d+ passed, 0 failed/);
      expect(await readFile(path.join(dir, 'junit.xml'), 'utf8')).toMatch(/<testsuites name="evs-contract" tests="\d+" failures="0"/);
      // Everything the run created was deleted.
      expect(emulator.state().projects[projectId]?.snapshots).toEqual([]);
    } finally {
      await emulator.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
