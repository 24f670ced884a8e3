// evs-contract's flags and environment read in-process, word for word: every usage error names the
// flag or variable and never the secret; every flag lands in the option it names.
import { describe, expect, it } from 'vitest';
import { readCli, UsageError } from '../../src/contract/cli-args.js';

const P = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const base = ['--base-url', 'http://127.0.0.1:9', '--project-id', P, '--volume-id', V];

/** The settings of a run (not help nor the version). */
const runOf = (argv: string[], env: NodeJS.ProcessEnv) => {
  const settings = readCli(argv, env);
  if (!settings.run) throw new Error('read as help or the version');
  return settings;
};

const usageErrorOf = (argv: string[], env: NodeJS.ProcessEnv): string => {
  try {
    readCli(argv, env);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return 'no error';
};

describe('evs-contract refuses, word for word', () => {
  it.each<[string, string[], NodeJS.ProcessEnv, string]>([
    [
      'a credential flag with its value',
      ['--token', 'tok-secret-1234', ...base],
      {},
      '--token is not a flag: credentials are read from EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and EVS_SECRET_KEY, so that they stay out of shell history',
    ],
    [
      'a short credential flag with =',
      ['-sk=tok-secret-1234', ...base],
      {},
      '-sk is not a flag: credentials are read from EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and EVS_SECRET_KEY, so that they stay out of shell history',
    ],
    [
      'a password flag in capitals',
      ['--PASSWORD', 'tok-secret-1234', ...base],
      {},
      '--PASSWORD is not a flag: credentials are read from EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and EVS_SECRET_KEY, so that they stay out of shell history',
    ],
    ['an unknown flag with a value', ['--frobnicate=tok-secret-1234', ...base], { EVS_AUTH_TOKEN: 'tok-1234' }, '--frobnicate is not a flag of evs-contract'],
    ['a value for a switch', [...base, '--rollback=yes'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--rollback takes no value'],
    ['a flag without its value', [...base, '--generate'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--generate needs a value'],
    [
      'a negative number',
      [...base, '--seed', '-5'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--seed needs a value (the argument after it starts with - and is read as a flag; write --seed=<value> for a value that starts with -)',
    ],
    ['a negative number glued with =', [...base, '--seed=-5'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--seed must be a whole number, got "-5"'],
    [
      'the token given to --timeout, by its length only',
      [...base, '--timeout', 'MIIZ+dGVzdC10b2tlbi/0123456789abcdefghij=='],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--timeout must be a whole number, got an argument of 42 characters (not shown: it may be a credential)',
    ],
    [
      'a proxy without its scheme',
      [...base],
      { EVS_AUTH_TOKEN: 'tok-1234', HTTPS_PROXY: 'proxy.example.com:3128' },
      'HTTPS_PROXY must be a proxy URL such as http://proxy.example.com:3128 (with http:// or https://); its value is not shown, as it may hold a password',
    ],
    [
      'a lower-case proxy of another scheme, over a good upper-case one',
      [...base],
      { EVS_AUTH_TOKEN: 'tok-1234', HTTP_PROXY: 'http://proxy.example.com:3128', http_proxy: 'socks5://proxy.example.com:1080' },
      'http_proxy must be a proxy URL such as http://proxy.example.com:3128 (with http:// or https://); its value is not shown, as it may hold a password',
    ],
    ['a mistyped flag', [...base, '--max_snapshots', '5'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--max_snapshots is not a flag of evs-contract; did you mean --max-snapshots?'],
    [
      'a positional argument that is the token too',
      [...base, 'tok-1234'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      'arguments are not taken, every option is a --flag; got 1 ("[redacted]" ...)',
    ],
    ['a positional argument', [...base, 'run', 'now'], { EVS_AUTH_TOKEN: 'tok-1234' }, 'arguments are not taken, every option is a --flag; got 2 ("run" ...)'],
    [
      'a long positional argument',
      [...base, 'x'.repeat(100)],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      'arguments are not taken, every option is a --flag; got 1 (an argument of 100 characters (not shown: it may be a credential) ...)',
    ],
    ['nothing', [], { EVS_AUTH_TOKEN: 'tok-1234' }, 'missing --base-url (or EVS_BASE_URL), --project-id (or EVS_PROJECT_ID), --volume-id (or EVS_VOLUME_ID)'],
    ['no volume', ['--base-url', 'http://127.0.0.1:9', '--project-id', P], { EVS_AUTH_TOKEN: 'tok-1234' }, 'missing --volume-id (or EVS_VOLUME_ID)'],
    ['an empty base URL variable', ['--project-id', P, '--volume-id', V], { EVS_AUTH_TOKEN: 'tok-1234', EVS_BASE_URL: '' }, 'missing --base-url (or EVS_BASE_URL)'],
    ['no credentials', [...base], {}, 'no credentials: set EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and EVS_SECRET_KEY, in the environment'],
    ['a token and a key', [...base], { EVS_AUTH_TOKEN: 'tok-1234', EVS_SECRET_KEY: 'SK1234' }, 'set EVS_AUTH_TOKEN or EVS_ACCESS_KEY and EVS_SECRET_KEY, not both'],
    ['an access key alone', [...base], { EVS_ACCESS_KEY: 'AK1234' }, 'AK/SK needs both EVS_ACCESS_KEY and EVS_SECRET_KEY; EVS_SECRET_KEY is not set'],
    ['a secret key alone', [...base], { EVS_SECRET_KEY: 'SK1234' }, 'AK/SK needs both EVS_ACCESS_KEY and EVS_SECRET_KEY; EVS_ACCESS_KEY is not set'],
    [
      'a short token',
      [...base],
      { EVS_AUTH_TOKEN: 'abc' },
      'EVS_AUTH_TOKEN must be at least 4 characters: a shorter one could not be removed from reports without mangling them (got [redacted])',
    ],
    ['a token with a space', [...base], { EVS_AUTH_TOKEN: 'tok 1234' }, 'EVS_AUTH_TOKEN must be printable ASCII with no spaces (it is sent in a header) (got [redacted])'],
    [
      'a short secret key',
      [...base],
      { EVS_ACCESS_KEY: 'AK1234', EVS_SECRET_KEY: 'SK1' },
      'EVS_SECRET_KEY must be at least 4 characters: a shorter one could not be removed from reports without mangling them (got [redacted])',
    ],
    [
      'a bad security token',
      [...base],
      { EVS_ACCESS_KEY: 'AK1234', EVS_SECRET_KEY: 'SK1234', EVS_SECURITY_TOKEN: 'st 1234' },
      'EVS_SECURITY_TOKEN must be printable ASCII with no spaces (it is sent in a header) (got [redacted])',
    ],
    ['a generate that is not a number', [...base, '--generate', 'many'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--generate must be a whole number, got "many"'],
    ['a long seed', [...base, '--seed', '12345678901'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--seed must be a whole number, got "12345678901"'],
    ['a generate past 10000', [...base, '--generate', '10001'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--generate must be from 0 to 10000 (got 10001)'],
    ['a seed past 2^31 - 1', [...base, '--seed', '2147483648'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--seed must be from 0 to 2147483647 (got 2147483648)'],
    ['a timeout of 0', [...base, '--timeout', '0'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--timeout must be from 1 to 600000 (got 0)'],
    ['a poll interval past 10 minutes', [...base, '--poll-interval', '600001'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--poll-interval must be from 0 to 600000 (got 600001)'],
    ['a wait past a day', [...base, '--wait-timeout', '86400001'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--wait-timeout must be from 0 to 86400000 (got 86400001)'],
    ['a max-snapshots past 1000', [...base, '--max-snapshots', '1001'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--max-snapshots must be from 0 to 1000 (got 1001)'],
    ['a max-disks past 100', [...base, '--max-disks', '101'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--max-disks must be from 0 to 100 (got 101)'],
    ['a cloud neither otc nor huawei', [...base, '--cloud', 'aws'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--cloud must be one of otc, huawei (got "aws")'],
    [
      'an unknown scenario',
      [...base, '--only', 'create,nothing-such'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--only must name scenarios: a name (create: minimal, …), a group (create, quotas, show, update, list, cinder, cross-family, metadata, cinder-v3, restore, delete, rollback), an operationId, or generated (got "nothing-such")',
    ],
    [
      'an --only naming only the /v3 forms, which the run leaves out without --openstack-v3',
      [...base, '--only', 'cinder-v3'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--only names only scenarios this run leaves out: the deprecated /v3 forms are not part of this run: add --openstack-v3 (openstackV3: true) (got "cinder-v3")',
    ],
    [
      'an --only naming only the /v3 forms with --no-openstack: the flag that brings them in is still --openstack-v3',
      [...base, '--only', 'cinder-v3', '--no-openstack'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--only names only scenarios this run leaves out: the deprecated /v3 forms are not part of this run: add --openstack-v3 (openstackV3: true) (got "cinder-v3")',
    ],
    [
      'an --only naming only the OpenStack-compatible family with --no-openstack',
      [...base, '--only', 'metadata', '--no-openstack'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--only names only scenarios this run leaves out: the OpenStack-compatible family is left out of this run (--no-openstack, openstack: false) (got "metadata")',
    ],
    [
      'an unknown skip',
      [...base, '--skip', 'nothing-such'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--skip must name scenarios: a name (create: minimal, …), a group (create, quotas, show, update, list, cinder, cross-family, metadata, cinder-v3, restore, delete, rollback), an operationId, or generated (got "nothing-such")',
    ],
    [
      'a base URL with credentials',
      ['--base-url', 'http://u:tok-secret-1234@127.0.0.1:9', '--project-id', P, '--volume-id', V],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--base-url must not carry credentials (user info) (got [URL with credentials])',
    ],
    [
      'a project with a slash',
      ['--base-url', 'http://127.0.0.1:9', '--project-id', 'a/b', '--volume-id', V],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--project-id must be a project ID (letters, digits and -, at most 64) (got "a/b" (string, 3 UTF-8 bytes))',
    ],
    [
      'a volume that is not a UUID',
      ['--base-url', 'http://127.0.0.1:9', '--project-id', P, '--volume-id', 'disk-1'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--volume-id must be the UUID of a disk (got "disk-1" (string, 6 UTF-8 bytes))',
    ],
    [
      'a report of another kind',
      [...base, '--report', 'out.txt'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--report takes a *.xml file (JUnit XML), a *.json file, or junit or json for standard output, got "out.txt"',
    ],
    [
      'a short access key',
      [...base],
      { EVS_ACCESS_KEY: 'AK1', EVS_SECRET_KEY: 'SK1234' },
      'EVS_ACCESS_KEY must be at least 4 characters: a shorter one could not be removed from reports without mangling them (got [redacted])',
    ],
    [
      'a number of 50 characters, by its length only',
      [...base, '--generate', 'x'.repeat(50)],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--generate must be a whole number, got an argument of 50 characters (not shown: it may be a credential)',
    ],
    ['a timeout that is not a number', [...base, '--timeout', 'soon'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--timeout must be a whole number, got "soon"'],
    ['a poll interval that is not a number', [...base, '--poll-interval', '1s'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--poll-interval must be a whole number, got "1s"'],
    ['a wait that is not a number', [...base, '--wait-timeout', '1m'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--wait-timeout must be a whole number, got "1m"'],
    ['a max-snapshots that is not a number', [...base, '--max-snapshots', 'all'], { EVS_AUTH_TOKEN: 'tok-1234' }, '--max-snapshots must be a whole number, got "all"'],
    [
      'a report named .xml inside',
      [...base, '--report', 'out.xml.txt'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--report takes a *.xml file (JUnit XML), a *.json file, or junit or json for standard output, got "out.xml.txt"',
    ],
    [
      'a report named .json inside',
      [...base, '--report', 'out.json.bak'],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--report takes a *.xml file (JUnit XML), a *.json file, or junit or json for standard output, got "out.json.bak"',
    ],
    [
      'a report of 100 characters, by its length only',
      [...base, '--report', 'r'.repeat(100)],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--report takes a *.xml file (JUnit XML), a *.json file, or junit or json for standard output, got an argument of ' + '100 characters (not shown: it may be a credential)',
    ],
    [
      'a base URL with a query',
      ['--base-url', 'http://127.0.0.1:9?x=1', '--project-id', P, '--volume-id', V],
      { EVS_AUTH_TOKEN: 'tok-1234' },
      '--base-url must not have a query or fragment (got "http://127.0.0.1:9?x=1")',
    ],
  ])('%s', (_case, argv, env, message) => {
    const shown = usageErrorOf(argv, env);
    expect(shown).toBe(message);
    expect(shown).not.toContain('secret');
  });
});

describe('evs-contract reads', () => {
  it('every flag into the option it names, and resolves them once into the run', () => {
    const { run, ...settings } = runOf(
      [
        ...base,
        ...['--rollback', '--stateless', '--only', 'create, list', '--only', 'show', '--skip', 'generated', '--generate', '7', '--seed', '42'],
        ...['--timeout', '1000', '--poll-interval', '0', '--wait-timeout', '5000', '--max-snapshots', '3', '--report', 'junit', '--report', 'out.JSON', '--report', 'r.XML'],
        ...['--restore', '--cloud', 'huawei', '--max-disks', '2'],
      ],
      { EVS_AUTH_TOKEN: 'tok-1234' },
    );
    expect(settings).toEqual({
      help: false,
      version: false,
      options: {
        baseUrl: 'http://127.0.0.1:9',
        projectId: P,
        volumeId: V,
        auth: { token: 'tok-1234' },
        rollback: true,
        restore: true,
        cloud: 'huawei',
        stateless: true,
        dryRun: false,
        only: ['create', 'list', 'show'],
        skip: ['generated'],
        generate: 7,
        seed: 42,
        timeoutMs: 1000,
        pollIntervalMs: 0,
        waitTimeoutMs: 5000,
        maxSnapshots: 3,
        maxDisks: 2,
      },
      reports: [
        { format: 'junit', file: undefined },
        { format: 'json', file: 'out.JSON' },
        { format: 'junit', file: 'r.XML' },
      ],
    });
    // The run starts from these options resolved: defaults filled in, the scenarios they select chosen.
    expect(run.options).toMatchObject({ ...settings.options, checks: [], excludeChecks: [], strict: false });
    expect(run.chosen.generated).toBe(false);
  });

  it('only the options given: no key for a flag left out', () => {
    expect(Object.keys(runOf(base, { EVS_AUTH_TOKEN: 'tok-1234' }).options).sort()).toEqual([
      'auth',
      'baseUrl',
      'dryRun',
      'projectId',
      'restore',
      'rollback',
      'stateless',
      'volumeId',
    ]);
    expect(Object.keys(runOf(base, { EVS_ACCESS_KEY: 'AK12', EVS_SECRET_KEY: 'SK12' }).options.auth)).toEqual(['accessKey', 'secretKey']);
  });

  it('the target from the environment, the flags winning over it', () => {
    const env = { EVS_BASE_URL: 'http://127.0.0.1:8', EVS_PROJECT_ID: 'p-env', EVS_VOLUME_ID: V, EVS_AUTH_TOKEN: 'tok-1234' };
    expect(runOf([], env).options).toMatchObject({ baseUrl: 'http://127.0.0.1:8', projectId: 'p-env', volumeId: V });
    expect(runOf(['--project-id', P], env).options).toMatchObject({ baseUrl: 'http://127.0.0.1:8', projectId: P });
    expect(readCli(['--report', 'json'], env).reports).toEqual([{ format: 'json', file: undefined }]);
  });

  it('an AK/SK pair, with its security token only when one is set', () => {
    expect(runOf(base, { EVS_ACCESS_KEY: 'AK12', EVS_SECRET_KEY: 'SK12' }).options.auth).toEqual({ accessKey: 'AK12', secretKey: 'SK12' });
    expect(runOf(base, { EVS_ACCESS_KEY: 'AK12', EVS_SECRET_KEY: 'SK12', EVS_SECURITY_TOKEN: 'ST12' }).options.auth).toEqual({
      accessKey: 'AK12',
      secretKey: 'SK12',
      securityToken: 'ST12',
    });
    expect(runOf(base, { EVS_ACCESS_KEY: 'AK12', EVS_SECRET_KEY: 'SK12', EVS_SECURITY_TOKEN: '' }).options.auth).toEqual({ accessKey: 'AK12', secretKey: 'SK12' });
  });

  it('a dry run without credentials, and with them when they are set', () => {
    expect(runOf([...base, '--dry-run'], {}).options).toMatchObject({ dryRun: true, auth: { token: 'dry-run-sends-nothing' } });
    for (const env of [{ EVS_AUTH_TOKEN: 'abc' }, { EVS_ACCESS_KEY: 'AK12' }, { EVS_SECRET_KEY: 'SK12' }]) expect(usageErrorOf([...base, '--dry-run'], env)).not.toBe('no error');
  });

  it('--help alone, whatever else is missing', () => {
    expect(readCli(['--help'], {})).toEqual({ help: true, version: false, reports: [] });
    expect(readCli(['-h', '--generate', 'many'], {})).toMatchObject({ help: true });
    expect(readCli(['--version'], {})).toEqual({ help: false, version: true, reports: [] });
  });

  it('no options for empty list entries', () => {
    const { options } = runOf([...base, '--only', ' , ', '--skip', ','], { EVS_AUTH_TOKEN: 'tok-1234' });
    expect(options.only).toEqual([]);
    expect(options.skip).toEqual([]);
  });
});
