// Packs the package as npm would publish it, installs the tarball into a fresh project, and
// runs the client samples against a local EVS: the README's JavaScript one with node, as the
// .mjs file it is meant for, and the TypeScript one of docs/client.md typechecked against the
// installed types and run by tsx as the .mts file the guide says to save it as. The project is
// what `npm init -y` makes, CommonJS (no "type"): a sample saved as .ts fails there on its
// top-level await, an .mts one runs in any project. Packaging mistakes fail here, not for users.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLib } from '../../scripts/build/lib.js';
import { fromRoot } from '../../scripts/lib/paths.js';
import { createEvsEmulator } from '../../src/emulator/index.js';
import { docSampleAsWritten } from '../support/doc-samples.js';
import { type FakeEvs, startFakeEvs } from '../support/fake-evs.js';
import { projectId, token, volumeId } from './fixtures.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch: string;
let project: string;
let tarballFiles: string[];
let tarball: string;
let evs: FakeEvs;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'evs-pack-'));
  // A staged copy of what npm would pack, compiled on its own: dist/ of the working tree, which
  // other commands may be using, is never deleted or rebuilt by the tests.
  const staged = path.join(scratch, 'package');
  await mkdir(path.join(staged, 'generated'), { recursive: true });
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'generated/openapi.json', 'generated/openapi.yaml'])
    await copyFile(fromRoot(...file.split('/')), path.join(staged, ...file.split('/')));
  // Emitted without a second type-check: test/project-checks.test.ts type-checks the same sources.
  await buildLib(path.join(staged, 'dist'), { check: false });
  const { stdout } = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: staged, maxBuffer: 16 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarballFiles = packed!.files.map((f) => f.path);
  tarball = path.join(scratch, packed!.filename);
  project = path.join(scratch, 'consumer');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(scratch, packed!.filename)], { cwd: project });
  await writeFile(path.join(project, 'example.mts'), await docSampleAsWritten('docs/client.md', 'create-then-update', 'ts'));
  await writeFile(path.join(project, 'readme-client.mjs'), await docSampleAsWritten('README.md', 'client', 'js'));
  await writeFile(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [fromRoot('node_modules', '@types')],
      },
      files: ['example.mts'],
    }),
  );
  evs = await startFakeEvs({ token, projectId });
}, 120_000);

afterAll(async () => {
  await evs?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** What the tarball must hold, derived from the source tree. */
async function expectedFiles(): Promise<string[]> {
  const compiled: string[] = [];
  for (const product of ['client', 'shared', 'contract', 'emulator']) {
    const files = (await readdir(fromRoot('src', product), { recursive: true })).filter((file) => file.endsWith('.ts'));
    for (const file of files) compiled.push(`dist/src/${product}/${file.replace(/\.ts$/, '.js')}`, `dist/src/${product}/${file.replace(/\.ts$/, '.d.ts')}`);
  }
  for (const file of (await readdir(fromRoot('generated'))).filter((name) => name.endsWith('.ts')))
    compiled.push(
      ...(file.endsWith('.d.ts') ? [`dist/generated/${file}`] : [`dist/generated/${file.replace(/\.ts$/, '.js')}`, `dist/generated/${file.replace(/\.ts$/, '.d.ts')}`]),
    );
  return [...compiled, 'generated/openapi.json', 'generated/openapi.yaml', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].sort();
}

/** Runs a sample in the consumer project: an .mts file by tsx, an .mjs file by node alone. */
async function runExample(env: Record<string, string>, file = 'example.mts'): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = file.endsWith('.mts') ? [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), file] : [file];
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: project,
      env: { ...process.env, EVS_PROJECT_ID: projectId, EVS_AUTH_TOKEN: token, EVS_VOLUME_ID: volumeId, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// The checks share the packed and installed tarball and nothing else: they run side by side.
describe.concurrent('the published package', () => {
  it('ships the compiled client, its types and the bundles, and nothing else', async () => {
    expect(tarballFiles).toEqual(
      expect.arrayContaining([
        'dist/src/client/index.js',
        'dist/src/client/index.d.ts',
        'dist/src/client/auth/signing.js',
        'dist/generated/schema.d.ts',
        'dist/generated/spec-constants.js',
        'dist/generated/request-validators.js',
        'generated/openapi.json',
        'generated/openapi.yaml',
        'dist/src/emulator/cli.js',
        'dist/src/contract/cli.js',
        'dist/src/contract/index.d.ts',
        'package.json',
        'README.md',
        'CHANGELOG.md',
        'LICENSE',
      ]),
    );
    // Exactly these: each module of src/ and generated/ compiled (.js and .d.ts), the bundles and
    // the four documents. Any other file, under dist/ or not, fails here.
    expect([...tarballFiles].sort()).toEqual(await expectedFiles());
  });

  it('passes publint, strict, on the tarball', async () => {
    const { stdout } = await run(process.execPath, [fromRoot('node_modules', 'publint', 'src', 'cli.js'), 'run', tarball, '--strict'], { cwd: scratch });
    expect(stdout).toMatch(/All good!/);
  });

  // openapi.yaml is a data file for other tools: TypeScript resolves no .yaml module, by design.
  it('passes arethetypeswrong for an ESM-only package, on every entry point but the YAML bundle', async () => {
    const { stdout } = await run(
      process.execPath,
      [fromRoot('node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), tarball, '--profile', 'esm-only', '--exclude-entrypoints', './openapi.yaml', '--format', 'json'],
      {
        cwd: scratch,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const report = JSON.parse(stdout) as { analysis: { entrypoints: Record<string, unknown> }; problems?: Record<string, { entrypoint: string; resolutionKind: string }[]> };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './contract', './emulator', './openapi.json', './package.json', './signing']);
    // The esm-only profile leaves out require() and node10 resolution, which an ESM-only package cannot serve.
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs');
    expect(problems).toEqual([]);
  });

  it('typechecks the TypeScript sample of docs/client.md against the installed types', async () => {
    await expect(run(process.execPath, [fromRoot('node_modules', 'typescript', 'bin', 'tsc'), '-p', project])).resolves.toBeDefined();
  });

  it.each(['example.mts', 'readme-client.mjs'])('runs the client sample %s: create, then update', async (file) => {
    const result = await runExample({ EVS_ENDPOINT: evs.url }, file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const snapshot = [...evs.snapshots.values()].find((made) => result.stdout.startsWith(`created ${made.id},`));
    expect(result.stdout).toBe(`created ${snapshot?.id}, status creating\nrenamed to nightly-2026-11-23-kept\n`);
    expect(snapshot).toMatchObject({ name: 'nightly-2026-11-23-kept', description: 'Before the kernel upgrade', metadata: { owner: 'platform-team' } });
  });

  it.each(['example.mts', 'readme-client.mjs'])("runs the client sample %s's error handling when EVS refuses the token", async (file) => {
    const result = await runExample({ EVS_ENDPOINT: evs.url, EVS_AUTH_TOKEN: 'expired-token' }, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^EVS answered 401 APIGW\.0301: createSnapshot failed with HTTP 401 APIGW\.0301: Incorrect IAM authentication information: decrypt token fail/);
  });

  it.each(['example.mts', 'readme-client.mjs'])('runs the client sample %s with a volume_id that is no UUID: not sent, the field, rule and value on one line', async (file) => {
    const result = await runExample({ EVS_ENDPOINT: evs.url, EVS_VOLUME_ID: 'not-a-uuid' }, file);
    expect([result.code, result.stderr]).toEqual([1, 'not sent: snapshot.volume_id breaks rule format: got "not-a-uuid" (string, 10 UTF-8 bytes)\n']);
    // The other checks use the same server at the same time: none of its requests carries this volume_id.
    expect(evs.requests.filter((request) => request.body.includes('not-a-uuid'))).toEqual([]);
  });

  it('exports signRequest from the signing entry point, reproducing the published signature', async () => {
    const script = [
      "import { signRequest } from 'evs-snapshot-openapi/signing';",
      'const headers = signRequest(',
      "  { method: 'GET', url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0', headers: { 'Content-Type': 'application/json' } },",
      "  { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' },",
      "  { date: new Date('2019-11-15T03:36:55Z') },",
      ');',
      'console.log(headers.Authorization);',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    expect(stdout.trim()).toBe(
      'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
  });

  it('exports the emulator: the package client runs a create and a show on the package emulator', async () => {
    const script = [
      "import { createEvsClient } from 'evs-snapshot-openapi';",
      "import { createEvsEmulator } from 'evs-snapshot-openapi/emulator';",
      'const emulator = createEvsEmulator({ delays: { create: 0 } });',
      "const evs = createEvsClient({ endpoint: 'http://evs.emulator', projectId: 'p1', auth: { token: 'any' }, fetch: emulator.fetch });",
      "const { id } = await evs.createSnapshot({ volume_id: '5aa119a8-d25b-45a7-8d1b-88e127885635' });",
      'console.log((await evs.showSnapshot(id)).status);',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    expect(stdout.trim()).toBe('available');
  });

  it('installs the evs-emulator command: --help and -h print the flags, --version the package version, a bad flag exits 2', async () => {
    const bin = path.join(project, 'node_modules', '.bin', 'evs-emulator');
    const { stdout } = await run(bin, ['--help']);
    expect(stdout).toMatch(/^evs-emulator: a stateful EVS snapshot API on this machine/);
    expect(stdout).toContain('--fault <spec>');
    expect((await run(bin, ['-h'])).stdout).toBe(stdout);
    // Read from the installed package.json, three folders above dist/src/shared/.
    const { version } = JSON.parse(await readFile(fromRoot('package.json'), 'utf8')) as { version: string };
    expect((await run(bin, ['--version'])).stdout).toBe(`evs-emulator ${version}\n`);
    expect((await run(path.join(project, 'node_modules', '.bin', 'evs-contract'), ['--version'])).stdout).toBe(`evs-contract ${version}\n`);
    const failed = await run(bin, ['--port', 'x']).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('--port must be a whole number') });
  });

  it('installs the evs-contract command: a run against the emulator passes, writes JUnit XML, and exits 0', async () => {
    const emulator = createEvsEmulator({ delays: { create: 0, delete: 0, rollback: 0 }, seed: 3 });
    try {
      const url = await emulator.listen();
      const bin = path.join(project, 'node_modules', '.bin', 'evs-contract');
      const args = [
        '--base-url',
        url,
        '--project-id',
        'p1',
        '--volume-id',
        '5aa119a8-d25b-45a7-8d1b-88e127885635',
        '--generate',
        '20',
        '--poll-interval',
        '5',
        '--report',
        'junit.xml',
      ];
      const { stdout } = await run(bin, args, { cwd: project, env: { ...process.env, EVS_AUTH_TOKEN: 'package-test-token' } });
      expect(stdout).toMatch(/evs-contract: \d+ passed, 0 failed, 13 skipped in [\d.]+ s against http:\/\/127\.0\.0\.1:\d+ \(seed \d+;/);
      expect(await readFile(path.join(project, 'junit.xml'), 'utf8')).toMatch(/<testsuites name="evs-contract" tests="\d+" failures="0"/);
      const failed = await run(bin, ['--token', 'x']).catch((error: { code: number; stderr: string }) => error);
      expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('--token is not a flag') });
    } finally {
      await emulator.close();
    }
  });

  it('exports the bundle for consumers who fetch the description', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', "import d from 'evs-snapshot-openapi/openapi.json' with { type: 'json' }; console.log(d.openapi)"],
      { cwd: project },
    );
    expect(stdout.trim()).toBe('3.1.0');
  });
});
