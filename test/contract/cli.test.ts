// evs-contract's command line: usage errors name the flag and never echo a secret; credentials
// come only from the environment; a dry run sends nothing; the reports are written as asked.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.js';
import { flags, usage } from '../../src/contract/cli-args.js';
import { startServer } from '../support/local-server.js';
import { runContractCommand } from '../support/run-contract-command.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const base = ['--base-url', 'http://127.0.0.1:9', '--project-id', projectId, '--volume-id', volumeId];

const run = (argv: string[], env: Record<string, string> = { EVS_AUTH_TOKEN: 'cli-secret-token' }) => runContractCommand(argv, env);

describe('evs-contract usage', () => {
  it('prints the flags, the credential variables and the exit codes on --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const text of ['--base-url', '--rollback', '--generate', '--report', '--dry-run', 'EVS_AUTH_TOKEN', 'EVS_ACCESS_KEY', 'Exit codes: 0']) expect(stdout).toContain(text);
  });

  it('prints the same usage on -h, with every flag it takes', async () => {
    const { code, stdout, stderr } = await run(['-h'], {});
    expect([code, stdout, stderr]).toEqual([0, `${usage}\n`, '']);
    for (const flag of Object.keys(flags)) expect(usage).toMatch(new RegExp(` --${flag}[ ,\n]`));
  });

  it('prints its name and the package.json version on --version, and exits 0 with nothing else needed', async () => {
    const { version } = JSON.parse(await readFile(fromRoot('package.json'), 'utf8')) as { version: string };
    const { code, stdout, stderr } = await run(['--version'], {});
    expect([code, stdout, stderr]).toEqual([0, `evs-contract ${version}\n`, '']);
  });

  it.each([
    [['--token', 'cli-secret-token', ...base], '--token is not a flag: credentials are read from EVS_AUTH_TOKEN'],
    [[...base, '--poll_interval', '5'], '--poll_interval is not a flag of evs-contract; did you mean --poll-interval?\nRun evs-contract --help'],
    [[...base, '--dryrun'], '--dryrun is not a flag of evs-contract; did you mean --dry-run?'],
    [['--secret-key=cli-secret-token', ...base], '--secret-key is not a flag'],
    [['--frobnicate=cli-secret-token', ...base], '--frobnicate is not a flag of evs-contract'],
    [[...base, '--generate', 'many'], '--generate must be a whole number, got "many"'],
    [[...base, '--rollback=yes'], '--rollback takes no value'],
    [[...base, '--generate', '-1'], '--generate needs a value (the argument after it starts with - and is read as a flag'],
    [[...base, '--timeout', '0'], '--timeout must be from 1 to 600000 (got 0)'],
    [[...base, '--report', '/nonexistent-folder/junit.xml'], 'cannot write the report /nonexistent-folder/junit.xml: the folder /nonexistent-folder does not exist'],
    [[...base, '--report', 'out.txt'], '--report takes a *.xml file (JUnit XML), a *.json file'],
    [[...base, '--only', 'no-such-scenario'], '--only must name scenarios'],
    [['--base-url', 'http://127.0.0.1:9'], 'missing --project-id (or EVS_PROJECT_ID), --volume-id (or EVS_VOLUME_ID)'],
    [['--base-url', 'ftp://x', '--project-id', projectId, '--volume-id', volumeId], '--base-url must use http or https'],
    [['--base-url', 'http://127.0.0.1:9', '--project-id', projectId, '--volume-id', 'disk-1'], '--volume-id must be the UUID of a disk'],
  ])('exits 2 on %j, naming the flag and not the secret', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`evs-contract: ${message}`);
    expect(stderr).not.toContain('cli-secret-token');
  });

  it.each([
    [{}, 'no credentials: set EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and EVS_SECRET_KEY'],
    [{ EVS_AUTH_TOKEN: 't', EVS_ACCESS_KEY: 'ak' }, 'set EVS_AUTH_TOKEN or EVS_ACCESS_KEY and EVS_SECRET_KEY, not both'],
    [{ EVS_ACCESS_KEY: 'ak' }, 'AK/SK needs both EVS_ACCESS_KEY and EVS_SECRET_KEY; EVS_SECRET_KEY is not set'],
    [{ EVS_AUTH_TOKEN: 'abc' }, 'EVS_AUTH_TOKEN must be at least 4 characters'],
  ])('exits 2 when the credentials in the environment are %j', async (env, message) => {
    const { code, stderr } = await run(base, env);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('evs-contract --dry-run', () => {
  it('prints the plan with every request and sends nothing', async () => {
    const server = await startServer((_request, response) => {
      response.end();
    });
    try {
      // No credentials: a dry run sends nothing, so it needs none.
      const { code, stdout } = await run(['--base-url', server.url, '--project-id', projectId, '--volume-id', volumeId, '--dry-run', '--generate', '12'], {});
      expect(code).toBe(0);
      expect(server.requests).toEqual([]);
      expect(stdout).toContain(`PLAN createSnapshot [create: minimal]`);
      expect(stdout).toContain(`request: POST ${server.url}/v2/${projectId}/cloudsnapshots {"snapshot":{"volume_id":"${volumeId}"}}`);
      expect(stdout).toContain(`request: GET ${server.url}/v2/${projectId}/cloudsnapshots/{snapshot}`);
      expect(stdout).toMatch(/SKIP rollbackSnapshot \[rollback: to the source disk\]: it rolls the disk back to the snapshot, overwriting its data: allow it with --rollback/);
      expect(stdout).toContain('PLAN createSnapshot [generated: 12 cases (seed');
      // The OpenStack-compatible family by default, its deprecated /v3 forms only with --openstack-v3.
      expect(stdout).toContain(`request: POST ${server.url}/v2/${projectId}/snapshots {"snapshot":{"volume_id":"${volumeId}","name":"contract-suite-cinder"`);
      expect(stdout).toContain(`request: PUT ${server.url}/v2/${projectId}/snapshots/{cinder snapshot}/metadata {"metadata":{"team":"evs","tier":"gold"}}`);
      expect(stdout).not.toContain('/v3/');
      expect(stdout).toMatch(/evs-contract: dry run, nothing sent: \d+ cases planned, 13 skipped; at most 20 snapshots/);
    } finally {
      await server.close();
    }
  });
});

describe('evs-contract against nothing', () => {
  it('reports every case that got no answer and exits 1, with no crash', async () => {
    const { code, stdout } = await run([...base, '--generate', '3', '--timeout', '2000']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL createSnapshot \[create: minimal\]\n {2}request: POST/m);
    expect(stdout).toMatch(/^SKIP listSnapshots \[list: filters\]: no snapshot was created earlier in the run/m);
    expect(stdout).toMatch(/evs-contract: \d+ passed, \d+ failed, \d+ skipped/);
    expect(stdout).not.toContain('[redacted]');
  });
});

describe('evs-contract reports', () => {
  it('writes JUnit XML and JSON files, and JSON to stdout with progress on stderr', async () => {
    // Nothing listens on port 9: every case fails with no answer, which the reports must carry.
    const { code, stdout, stderr, written } = await run([
      ...base,
      '--generate',
      '0',
      '--timeout',
      '2000',
      '--only',
      'show',
      '--report',
      'junit.xml',
      '--report',
      'result.json',
      '--report',
      'json',
    ]);
    expect(code).toBe(1);
    const xml = written.get('junit.xml') ?? '';
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="evs-contract" tests="\d+" failures="\d+"/);
    expect(xml).toContain('<testsuite name="evs-contract.showSnapshot"');
    expect(xml).toMatch(/<testcase classname="evs-contract.showSnapshot" name="show" time="[\d.]+">\n {6}<skipped message="no snapshot was created earlier/);
    expect(xml).toMatch(
      /<testcase classname="evs-contract.createSnapshot" name="create: minimal"[^>]*>\n {6}<failure message="\(request\): no answer from http:\/\/127.0.0.1:9" type="ContractViolation">/,
    );
    const json = JSON.parse(written.get('result.json') ?? '{}') as { exitCode: number; cases: { name: string; outcome: string }[] };
    expect(json.exitCode).toBe(1);
    expect(json.cases.find((c) => c.name === 'create: minimal')?.outcome).toBe('failed');
    expect(JSON.parse(stdout)).toEqual(json);
    expect(stderr).toMatch(/^FAIL createSnapshot \[create: minimal\]/m);
  });
});
