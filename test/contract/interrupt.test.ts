// Ctrl-C (SIGINT) or a cancelled CI job (SIGTERM) in the middle of a run, on a real process
// against the emulator: no new case is sent, what the run created is deleted, the reports cover
// what ran, leftovers are listed, and the exit code is 130 or 143; a second signal stops the
// clean-up at once. Node's default on either signal is to end at once, leaking snapshots.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import { resolveOptions } from '../../src/contract/options.js';
import type { ContractResult } from '../../src/contract/result.js';
import { runContract } from '../../src/contract/run.js';
import { Session } from '../../src/contract/session.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { type ContractProcess, spawnContract } from '../support/contract-process.js';
import { type FakeEvs, startFakeEvs } from '../support/fake-evs.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
/** A token shaped like a real IAM PKI token (base64 with + / =), of the 32,768 characters Huawei's API pages allow. */
const token = pkiToken(32_768, 'token');

describe('evs-contract interrupted', () => {
  let running: ContractProcess | undefined;
  let emulator: EvsEmulator | undefined;
  let folder: string | undefined;
  afterEach(async () => {
    running?.kill();
    await emulator?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** The emulator, slowed so that a signal lands mid-run, and the command against it with a JSON and a JUnit report. */
  async function start(createMs: number): Promise<{ process: ContractProcess; report: string; junit: string; target: EvsEmulator }> {
    const target = createEvsEmulator({ delays: { create: createMs, delete: 0 }, faults: [{ kind: 'latency', ms: 100 }], seed: 24 });
    emulator = target;
    const url = await target.listen();
    folder = await mkdtemp(join(tmpdir(), 'evs-contract-interrupt-'));
    const report = join(folder, 'result.json');
    const junit = join(folder, 'junit.xml');
    const argv = ['--base-url', url, '--project-id', projectId, '--volume-id', volumeId, '--poll-interval', '20', '--wait-timeout', '60000'];
    running = spawnContract([...argv, '--generate', '10', '--report', report, '--report', junit], { EVS_AUTH_TOKEN: token });
    return { process: running, report, junit, target };
  }

  const snapshotsOf = (target: EvsEmulator) => target.state().projects[projectId]?.snapshots ?? [];

  it('on SIGINT sends no new case, deletes every snapshot the run made, writes the reports of what ran and exits 130', async () => {
    const { process, report, junit, target } = await start(0);
    await process.waitFor(/^PASS createSnapshot \[create: minimal\]/m);
    process.child.kill('SIGINT');
    expect(await process.exited(), process.output()).toBe(130);
    const output = process.output();
    expect(output).toContain('evs-contract: SIGINT: no new cases are sent; deleting what the run created (at most 60 s; SIGINT again stops it)');
    expect(output).toMatch(/^clean-up: 1 of \d, snapshot [0-9a-f-]{36}: waiting until it can be deleted, then deleting it$/m);
    expect(output).toContain('evs-contract: interrupted (SIGINT): the cases after it were not sent');
    expect(output).toContain('evs-contract: the clean-up deleted everything the run knew it created');
    // The server saw a delete for every snapshot it made, and holds none but deleted ones.
    const log = target.log();
    const made = log.filter((entry) => entry.operation === 'createSnapshot' && entry.status === 202).length;
    expect(made).toBeGreaterThan(0);
    expect(log.filter((entry) => entry.operation === 'deleteSnapshot' && entry.status === 202)).toHaveLength(made);
    expect(snapshotsOf(target).filter((snapshot) => snapshot.status !== 'deleting')).toEqual([]);
    // Nothing was sent after the clean-up's deletes but polls: the run did not go on.
    expect(log.filter((entry) => entry.operation === 'listSnapshots')).toEqual([]);
    const json = JSON.parse(await readFile(report, 'utf8')) as ContractResult;
    expect([json.exitCode, json.interrupted, json.leftovers]).toEqual([130, 'SIGINT', []]);
    expect(json.cases.length).toBeGreaterThan(0);
    expect(json.cases.length).toBeLessThan(10);
    const xml = await readFile(junit, 'utf8');
    expect(xml).toContain('name="create: minimal"');
    expect(xml).toMatch(/<testsuites name="evs-contract" tests="\d+" failures="0" errors="1"/);
    expect(xml).toContain(
      '<testcase classname="evs-contract.run" name="interrupted" time="0.000">\n      <error message="interrupted (SIGINT): the cases after it were not sent; the clean-up deleted everything the run knew it created" type="Interrupted"/>',
    );
    expect(output).not.toContain(token.slice(0, 40));
  });

  it('on a second SIGTERM stops the clean-up at once, lists what is left, writes the reports and exits 143', async () => {
    // Snapshots stay `creating` for a minute: the clean-up waits for each before it may delete it.
    const { process, report, junit, target } = await start(60_000);
    await process.waitFor(/^PASS createSnapshot \[create: minimal\]/m);
    process.child.kill('SIGTERM');
    await process.waitFor(/^clean-up: 1 of \d/m);
    process.child.kill('SIGTERM');
    expect(await process.exited(10_000), process.output()).toBe(143);
    const output = process.output();
    expect(output).toContain('evs-contract: SIGTERM again: the clean-up stops; what is left is listed');
    // Newest first in the emulator, in creation order in the run's list.
    const left = snapshotsOf(target)
      .map((snapshot) => String(snapshot.id))
      .reverse();
    expect(left.length).toBeGreaterThan(0);
    expect(output).toContain(`evs-contract: could not delete these snapshots it created, delete them by hand: ${left.join(', ')}`);
    expect(target.log().filter((entry) => entry.operation === 'deleteSnapshot')).toEqual([]);
    const json = JSON.parse(await readFile(report, 'utf8')) as ContractResult;
    expect([json.exitCode, json.interrupted, json.leftovers]).toEqual([143, 'SIGTERM', left]);
    expect(await readFile(junit, 'utf8')).toContain(
      `<error message="interrupted (SIGTERM): the cases after it were not sent; could not delete these snapshots it created, delete them by hand: ${left.join(', ')}" type="Interrupted"/>`,
    );
  });
});

describe('runContract with a signal', () => {
  let fake: FakeEvs | undefined;
  afterEach(() => fake?.close());
  const options = (baseUrl: string) => ({ baseUrl, projectId, volumeId, auth: { token: 'interrupt-token' }, pollIntervalMs: 5, generate: 5 });

  it.each([
    ['an Error as its reason', new Error('stop'), 'aborted', 130],
    ['a word as its reason', 'deploy cancelled', 'deploy cancelled', 130],
    ['SIGTERM as its reason', 'SIGTERM', 'SIGTERM', 143],
  ] as const)('aborted with %s after the first case: returns what ran, cleaned up, with exit code 130 or 143', async (_case, reason, interrupted, exitCode) => {
    fake = await startFakeEvs({ token: 'interrupt-token', projectId });
    const controller = new AbortController();
    const events: string[] = [];
    const result = await runContract({
      ...options(fake.url),
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event.type);
        if (event.type === 'case') controller.abort(reason);
      },
    });
    expect([result.exitCode, result.ok, result.interrupted, result.cases.map((c) => c.name), result.leftovers]).toEqual([exitCode, false, interrupted, ['create: minimal'], []]);
    expect(events).toEqual(['case', 'interrupted', 'deleting', 'cleanup']);
    expect([...(fake?.snapshots.values() ?? [])].map((s) => s.status)).toEqual(['deleting']);
  });

  it('aborted after the restore made its disk: deletes the disk first, then the snapshots, and exits 130', async () => {
    fake = await startFakeEvs({ token: 'interrupt-token', projectId });
    const controller = new AbortController();
    const deleting: string[] = [];
    const result = await runContract({
      ...options(fake.url),
      restore: true,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'case' && event.result.name.startsWith('restore: create a disk')) controller.abort('SIGINT');
        if (event.type === 'deleting') deleting.push(`${event.what ?? 'snapshot'} ${event.index}/${event.total}`);
      },
    });
    expect([result.exitCode, result.interrupted, result.leftovers]).toEqual([130, 'SIGINT', []]);
    expect(deleting).toEqual(['disk 1/4', 'snapshot 2/4', 'snapshot 3/4', 'snapshot 4/4']);
    const deletes = (fake?.requests ?? []).filter((r) => r.method === 'DELETE').map((r) => r.url.split('/')[3]);
    expect(deletes).toEqual(['cloudvolumes', 'cloudsnapshots', 'cloudsnapshots', 'cloudsnapshots']);
    expect([...(fake?.disks.disks.values() ?? [])].filter((disk) => disk.snapshot_id !== null)).toEqual([]);
  });

  it('ends the clean-up of an interrupted run when its time is up, listing what is left without deleting it', async () => {
    // Snapshots stay `creating` for a minute: none can be deleted in time.
    fake = await startFakeEvs({ token: 'interrupt-token', projectId, transitionMs: 60_000 });
    const session = new Session(resolveOptions({ ...options(fake.url), waitTimeoutMs: 60_000 }), 100);
    const create = { method: 'POST' as const, path: `/v2/${projectId}/cloudsnapshots`, body: JSON.stringify({ snapshot: { volume_id: volumeId } }), authenticated: true };
    await session.run({ name: 'create', kind: 'scenario', operationId: 'createSnapshot', expectedStatus: 202, request: create });
    const started = Date.now();
    session.interrupt('SIGINT');
    const { deleted, leftovers } = await session.cleanUp();
    session.dispose();
    expect([deleted, leftovers]).toEqual([0, [...fake.snapshots.keys()]]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fake.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(session.cleanUpStopped).toBe(true);
  });

  it('sends nothing when the signal has aborted before the run starts, and says so', async () => {
    fake = await startFakeEvs({ token: 'interrupt-token', projectId });
    const result = await runContract({ ...options(fake.url), signal: AbortSignal.abort('SIGINT') });
    expect([result.exitCode, result.cases, fake.requests]).toEqual([130, [], []]);
  });
});
