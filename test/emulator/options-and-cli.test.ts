// createEvsEmulator's options and the evs-emulator command line: each mistake names the option
// (or flag), the rule and the value, secrets never shown; the command itself starts, prints where
// it listens and a line per request, and stops on SIGTERM.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/spec-constants.js';
import { fromRoot } from '../../scripts/lib/paths.js';
import { readCli } from '../../src/emulator/cli-args.js';
import { createEvsEmulator, type EvsEmulatorOptions, EvsEmulatorOptionsError } from '../../src/emulator/index.js';
import { projectId } from './fixtures.js';

const secret = 'super-secret-key-material-0123';

describe('createEvsEmulator options', () => {
  it.each([
    ['an unknown option', { delay: 5 }, 'delay', 'additionalProperties'],
    ['a negative delay', { delays: { create: -1 } }, 'delays.create', 'range'],
    ['a delay that is not whole', { delays: { rollback: 1.5 } }, 'delays.rollback', 'range'],
    ['an empty token list', { tokens: [] }, 'tokens', 'minItems'],
    ['a token with a space', { tokens: ['a token'] }, 'tokens[0]', 'format'],
    ['a bound token without its project', { tokens: [{ token: 'abcd-token' }] }, 'tokens[0].projectId', 'type'],
    ['an access key with punctuation', { accessKeys: [{ accessKey: 'AK-1', secretKey: secret }] }, 'accessKeys[0].accessKey', 'format'],
    ['a volume id that is not a UUID', { volumes: [{ id: 'vol-1' }] }, 'volumes[0].id', 'format'],
    ['an unknown volume status', { volumes: [{ id: '5aa119a8-d25b-45a7-8d1b-88e127885635', status: 'gone' }] }, 'volumes[0].status', 'enum'],
    ['an unknown fault kind', { faults: [{ kind: 'explode' }] }, 'faults[0].kind', 'enum'],
    ['a fault rate above 1', { faults: [{ kind: 'throttle', rate: 1.5 }] }, 'faults[0].rate', 'range'],
    ['a fault on an unknown operation', { faults: [{ kind: 'error', operations: ['listSnapshot'] }] }, 'faults[0].operations[0]', 'enum'],
    ['a create-error fault that leaves out create', { faults: [{ kind: 'create-error', operations: ['listSnapshots'] }] }, 'faults[0].operations', 'enum'],
    ['a seed that is not a whole number', { seed: 'abc' }, 'seed', 'range'],
    ['a now that is not a function', { now: 5 }, 'now', 'type'],
    ['options that are a class instance', new Date(), 'options', 'type'],
  ] as const)('refuses %s, naming the option and the rule', (_name, options, field, rule) => {
    const error = (() => {
      try {
        createEvsEmulator(options as unknown as EvsEmulatorOptions);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(EvsEmulatorOptionsError);
    expect(error).toMatchObject({ field, rule });
    expect(String((error as Error).message)).toMatch(/^createEvsEmulator: /);
  });

  it('never shows a secret key or a token in its errors', () => {
    for (const options of [{ accessKeys: [{ accessKey: 'AK1', secretKey: secret }], faults: [{ kind: secret }] }, { tokens: [secret, { token: secret, projectId: 5 }] }]) {
      const error = (() => {
        try {
          createEvsEmulator(options as unknown as EvsEmulatorOptions);
        } catch (e) {
          return e as Error;
        }
        throw new Error('no error');
      })();
      expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(secret);
    }
  });
});

describe('the evs-emulator command line', () => {
  const read = (argv: string[], env: NodeJS.ProcessEnv = {}) => readCli(argv, env);
  const refusal = (argv: string[], env: NodeJS.ProcessEnv = {}): string => {
    try {
      read(argv, env);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('reads every flag into options', () => {
    const settings = read(
      [
        ...[
          '--port',
          '0',
          '--host',
          '127.0.0.2',
          '--url-file',
          'emulator.url',
          '--seed',
          '12',
          '--create-ms',
          '0',
          '--delete-ms',
          '5',
          '--rollback-ms',
          '7',
          '--restore-ms',
          '0',
          '--volume-delete-ms',
          '3',
          '--cloud',
          'huawei',
          '--quota',
          'volumes=20,snapshots=10,gigabytes=500',
          '--token',
          'tok-a',
          '--token',
          'tok-b',
        ],
        ...['--volume', '5aa119a8-d25b-45a7-8d1b-88e127885635,size=20,status=in-use,zone=eu-de-02,type=SAS,project=p1', '--no-auto-volumes', '--quiet'],
        ...['--fault', 'throttle,rate=0.25,retry-after=2,operations=listSnapshots+showSnapshot', '--fault', 'latency,ms=50', '--max-snapshots', '50'],
      ],
      { EVS_EMULATOR_ACCESS_KEYS: `AK1:${secret}` },
    );
    // The options resolved once, for the emulator to take as they are (the flags' mistakes were reported in their terms).
    const { resolved, ...flagSettings } = settings;
    expect(resolved).toMatchObject({
      seed: 12,
      delays: { create: 0, delete: 5, rollback: 7, restore: 0, volumeDelete: 3 },
      cloud: 'huawei',
      quota: { volumes: 20, snapshots: 10, gigabytes: 500 },
      maxSnapshots: 50,
      autoCreateVolumes: false,
    });
    expect(resolved?.faults.map((fault) => [fault.kind, fault.rate, fault.ms, fault.retryAfter, [...fault.operations]])).toEqual([
      ['throttle', 0.25, 100, 2, ['listSnapshots', 'showSnapshot']],
      ['latency', 1, 50, 1, Object.keys(operations)],
    ]);
    expect(flagSettings).toEqual({
      help: false,
      version: false,
      port: 0,
      host: '127.0.0.2',
      quiet: true,
      urlFile: 'emulator.url',
      options: {
        delays: { create: 0, delete: 5, rollback: 7, restore: 0, volumeDelete: 3 },
        cloud: 'huawei',
        quota: { volumes: 20, snapshots: 10, gigabytes: 500 },
        tokens: ['tok-a', 'tok-b'],
        accessKeys: [{ accessKey: 'AK1', secretKey: secret }],
        volumes: [{ id: '5aa119a8-d25b-45a7-8d1b-88e127885635', size: 20, status: 'in-use', availabilityZone: 'eu-de-02', volumeType: 'SAS', projectId: 'p1' }],
        autoCreateVolumes: false,
        seed: 12,
        faults: [
          { kind: 'throttle', rate: 0.25, retryAfter: 2, operations: ['listSnapshots', 'showSnapshot'] },
          { kind: 'latency', ms: 50 },
        ],
        maxSnapshots: 50,
      },
    });
  });

  it.each([
    [['--frobnicate'], '--frobnicate is not a flag of evs-emulator'],
    [['--create_ms', '5'], '--create_ms is not a flag of evs-emulator; did you mean --create-ms?'],
    [['--port'], '--port needs a value'],
    [['--url-file='], '--url-file must name a file'],
    [['--port', 'http'], '--port must be a whole number (rule: type; got "http"'],
    [['--port', '70000'], '--port must be from 0 to 65535'],
    [['--create-ms=-5'], '--create-ms must be a whole number'],
    [['--fault', 'explode'], '--fault #1 kind must be one of latency, throttle, error, unavailable, reset, stall, create-error, delete-error, restore-error'],
    [['--fault', 'throttle,often=1'], '--fault #1 takes rate=, ms=, retry-after=, operations= after the first item; "often=1" is none of them'],
    [['--fault', 'throttle', '--fault', 'error,rate=3'], '--fault #2 rate must be a number from 0 to 1'],
    [['--volume', 'vol-1'], '--volume #1 id must be a UUID'],
    [['serve'], 'arguments are not taken: every option is a --flag'],
  ])('refuses %j: %s', (argv, message) => {
    expect(refusal(argv)).toContain(message);
  });

  it('refuses malformed EVS_EMULATOR_ACCESS_KEYS without showing them', () => {
    const message = refusal([], { EVS_EMULATOR_ACCESS_KEYS: `AK1${secret}` });
    expect(message).toContain('EVS_EMULATOR_ACCESS_KEYS[0] must be <AK>:<SK>');
    expect(message).not.toContain(secret);
  });

  const running: ChildProcess[] = [];
  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  });
  const cli = [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), fromRoot('src', 'emulator', 'cli.ts')];

  it('starts, prints its URL and seed, a line per request, and exits 143 on SIGTERM', async () => {
    const child = spawn(process.execPath, [...cli, '--port', '0', '--seed', '77', '--token', 'cli-token-value'], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(child);
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 20 s:\n${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+) \(seed 77; --seed 77 repeats this run\)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
    });
    const answer = await fetch(`${url}/v2/${projectId}/cloudsnapshots/detail?limit=5`, { headers: { 'X-Auth-Token': 'cli-token-value' } });
    expect(answer.status).toBe(200);
    for (let i = 0; i < 500 && !output.includes('listSnapshots'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(output).toMatch(new RegExp(`GET /v2/${projectId}/cloudsnapshots/detail\\?limit=5 200 \\d+ ms listSnapshots`));
    expect(output).not.toContain('cli-token-value');
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
  });

  it('keeps serving when the reader of its output goes away (evs-emulator | head -n 1), and still stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [...cli, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(child);
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no first line within 20 s')), 20_000);
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (!output.includes('\n')) return;
        clearTimeout(timer);
        resolve(output.split('\n')[0] ?? '');
      });
    });
    // What head does after its first line: the pipe's reading end closes.
    child.stdout?.destroy();
    const list = () => fetch(`${url}/v2/${projectId}/cloudsnapshots/detail`, { headers: { 'X-Auth-Token': 'reader-gone-token' } }).then((answer) => answer.status);
    expect(await list()).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await list()).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(errors).toBe('');
  });

  it('exits 2 with the rule it breaks, before listening', async () => {
    const result = await promisify(execFile)(process.execPath, [...cli, '--seed', 'x']).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toContain('evs-emulator: --seed must be a whole number');
    expect(result.stderr).toContain('Run evs-emulator --help for the options.');
  });
});
