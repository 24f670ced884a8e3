// The command line of evs-emulator as createEvsEmulator options. Flags are read strictly: an
// unknown flag (with the flags it is near), a missing value or a malformed one stops the command
// with the rule it breaks. AK/SK pairs come from the environment (EVS_EMULATOR_ACCESS_KEYS),
// never from flags, which other users of the machine can read in the process list.
import { commonFlags, readFlags, shownArgument } from '../shared/command-line.js';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { createRedactor } from '../shared/redact.js';
import { readFixturesFile } from './fixtures-file.js';
import {
  type EvsEmulatorOptions,
  EvsEmulatorOptionsError,
  type FaultRule,
  type OptionNames,
  quotaNames,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';

export interface CliSettings {
  help: boolean;
  version: boolean;
  port: number;
  host: string;
  quiet: boolean;
  /** Where to write the URL once it listens (removed again after the stop). */
  urlFile: string | undefined;
  /** The options the flags give, as createEvsEmulator would take them. */
  options: EvsEmulatorOptions;
  /** Those options checked and completed, once; undefined for --help and --version, which read nothing else. */
  resolved: ResolvedOptions | undefined;
}

export const defaultPort = 4020;

export const usage = `evs-emulator: a stateful EVS snapshot API on this machine: the snapshots, and the disks
restored from them with their jobs and quotas.

Usage: evs-emulator [options]

  --port <n>            port to listen on (default ${defaultPort}; 0 picks a free one)
  --host <address>      address to listen on (default 127.0.0.1)
  --url-file <file>     once it listens, write the URL to this file (replaced whole, at once;
                        removed after the stop), for a CI step to wait for
  --seed <n>            repeat the ids, request ids and fault draws of an earlier run
  --create-ms <n>       how long a new snapshot stays creating (default 1000; 0: at once)
  --delete-ms <n>       how long a deleted snapshot stays deleting (default 1000)
  --rollback-ms <n>     how long a rollback keeps the snapshot rollbacking (default 1000)
  --restore-ms <n>      how long a disk create's job runs, the disk creating (default 1000)
  --volume-delete-ms <n>
                        how long a disk delete's job runs, the disk deleting (default 1000)
  --cloud <otc|huawei>  whose answers to give where the clouds differ (default otc): otc answers
                        a disk create 200 and has no /v2.1 create (404); huawei answers 202 on
                        both and honours X-Client-Token on /v2.1
  --quota <spec>        the quotas of every project (default -1: unlimited), e.g.
                        volumes=20,snapshots=10,gigabytes=500
  --token <token>       accept only this X-Auth-Token (repeat for more; default: any non-empty token)
  --volume <spec>       a disk that exists from the start (repeat for more):
                        <uuid>[,size=<GB>][,status=<status>][,zone=<az>][,type=<disk type>]
                        [,project=<project_id>]
  --no-auto-volumes     refuse (404) a volume_id that no --volume names; by default a disk is
                        created, available and 10 GB, the first time a UUID is used
  --fault <spec>        a fault rule (repeat for more):
                        <kind>[,rate=<0..1>][,ms=<n>][,retry-after=<s>][,operations=<id>+<id>]
                        kinds: latency, throttle (429), error (500), unavailable (503), reset,
                        stall, create-error (the snapshot ends in error), delete-error
                        (it ends in error_deleting), restore-error (a disk create's job
                        ends in FAIL, the disk in error)
  --max-snapshots <n>   the most snapshots held; past it, create answers 413 (default 100000)
  --max-volumes <n>     the most disks the emulator makes (on first use or by a create), counted
                        apart from snapshots; past it, such a create answers 413 (default 100000)
  --state <file>        keep the state in this file: loaded at the start (a damaged file or one
                        of a newer version is refused, never replaced), saved whole and
                        atomically after changes and at the stop
  --save-ms <n>         the least time between two saves of --state (default 200)
  --fixtures <file>     disks, snapshots, jobs to start from (JSON, or YAML for .yaml/.yml), in
                        the format GET /__emulator/state gives; a reset goes back to them
  --quiet               no line per request
  -h, --help            this text
  --version             the version of evs-emulator

The first line it prints is the URL it listens on, alone. Stop it with Ctrl-C or SIGTERM.

AK/SK: EVS_EMULATOR_ACCESS_KEYS="<AK>:<SK>[,<AK>:<SK>...]" in the environment; signed requests
are verified with these keys (both SDK-HMAC-SHA256 forms, 15 minutes of clock skew).
Beside the API: POST /__emulator/reset empties the state (back to --fixtures), GET
/__emulator/state shows it, PUT /__emulator/state loads one in the same format.`;

export const flags = {
  port: { type: 'string' },
  host: { type: 'string' },
  'url-file': { type: 'string' },
  seed: { type: 'string' },
  'create-ms': { type: 'string' },
  'delete-ms': { type: 'string' },
  'rollback-ms': { type: 'string' },
  'restore-ms': { type: 'string' },
  'volume-delete-ms': { type: 'string' },
  cloud: { type: 'string' },
  quota: { type: 'string' },
  token: { type: 'string', multiple: true },
  volume: { type: 'string', multiple: true },
  'no-auto-volumes': { type: 'boolean' },
  fault: { type: 'string', multiple: true },
  'max-snapshots': { type: 'string' },
  'max-volumes': { type: 'string' },
  state: { type: 'string' },
  'save-ms': { type: 'string' },
  fixtures: { type: 'string' },
  quiet: { type: 'boolean' },
  ...commonFlags,
} as const;

function wholeNumber(check: Checker, flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text)) check.fail(`--${flag}`, 'type', text, 'must be a whole number');
  return Number(text);
}

/** `<head>,key=value,...` with only the keys given. */
function pairs(
  check: Checker,
  flag: string,
  spec: string,
  keys: readonly string[],
): { head: string; values: Map<string, string> } {
  const [head = '', ...rest] = spec.split(',');
  const values = new Map<string, string>();
  for (const part of rest) {
    const at = part.indexOf('=');
    const key = at < 0 ? part : part.slice(0, at);
    if (at < 0 || !keys.includes(key))
      check.fail(
        `--${flag}`,
        'format',
        spec,
        `takes ${keys.map((k) => `${k}=`).join(', ')} after the first item; "${part}" is none of them`,
      );
    values.set(key, part.slice(at + 1));
  }
  return { head, values };
}

function volumeOf(check: Checker, spec: string, index: number): NonNullable<EvsEmulatorOptions['volumes']>[number] {
  const flag = `volume #${index + 1}`;
  const { head, values } = pairs(check, flag, spec, ['size', 'status', 'zone', 'type', 'project']);
  const size = wholeNumber(check, `${flag} size`, values.get('size'));
  return {
    id: head,
    ...(size === undefined ? {} : { size }),
    ...(values.has('status') ? { status: values.get('status') as never } : {}),
    ...(values.has('zone') ? { availabilityZone: values.get('zone') } : {}),
    ...(values.has('type') ? { volumeType: values.get('type') } : {}),
    ...(values.has('project') ? { projectId: values.get('project') } : {}),
  };
}

function faultOf(check: Checker, spec: string, index: number): FaultRule {
  const flag = `fault #${index + 1}`;
  const { head, values } = pairs(check, flag, spec, ['rate', 'ms', 'retry-after', 'operations']);
  const rate = values.get('rate');
  if (rate !== undefined && !/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(rate))
    check.fail(`--${flag} rate`, 'range', rate, 'must be a number from 0 to 1');
  const ms = wholeNumber(check, `${flag} ms`, values.get('ms'));
  const retryAfter = wholeNumber(check, `${flag} retry-after`, values.get('retry-after'));
  return {
    kind: head as FaultRule['kind'],
    ...(rate === undefined ? {} : { rate: Number(rate) }),
    ...(ms === undefined ? {} : { ms }),
    ...(retryAfter === undefined ? {} : { retryAfter }),
    ...(values.has('operations') ? { operations: (values.get('operations') ?? '').split('+') as never } : {}),
  };
}

/** `volumes=20,snapshots=10,gigabytes=500`: each quota a whole number, or -1 for unlimited. */
function quotaOf(check: Checker, spec: string | undefined): EvsEmulatorOptions['quota'] {
  if (spec === undefined) return undefined;
  const quota: Record<string, number> = {};
  for (const part of spec.split(',')) {
    const at = part.indexOf('=');
    const name = at < 0 ? part : part.slice(0, at);
    if (at < 0 || !(quotaNames as readonly string[]).includes(name))
      check.fail(
        '--quota',
        'format',
        spec,
        `takes ${quotaNames.map((known) => `${known}=<n>`).join(', ')}, separated by commas; "${part}" is none of them`,
      );
    if (Object.hasOwn(quota, name)) check.fail(`--quota ${name}`, 'uniqueItems', spec, 'must be given once');
    const text = part.slice(at + 1);
    if (!/^(-1|\d{1,10})$/.test(text))
      check.fail(`--quota ${name}`, 'type', text, 'must be a whole number, or -1 for unlimited');
    quota[name] = Number(text);
  }
  return quota;
}

/**
 * `<AK>:<SK>` split at its first colon (a secret key may hold more), both
 * parts trimmed; without a colon, all of it is taken for the secret.
 */
function pairOf(pair: string): { at: number; accessKey: string; secretKey: string } {
  const at = pair.indexOf(':');
  return { at, accessKey: pair.slice(0, Math.max(at, 0)).trim(), secretKey: pair.slice(at + 1).trim() };
}

function accessKeysOf(
  check: Checker,
  text: string | undefined,
): { accessKey: string; secretKey: string }[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return text.split(',').map((pair, index) => {
    const { at, accessKey, secretKey } = pairOf(pair);
    if (at <= 0 || at === pair.length - 1)
      check.failShowing(
        `EVS_EMULATOR_ACCESS_KEYS[${index}]`,
        'format',
        'a value (not shown: it holds a secret key)',
        'must be <AK>:<SK>',
      );
    return { accessKey, secretKey };
  });
}

/** The options that one flag sets, by path, named as that flag. */
const flagOfOption = new Map([
  ['delays.create', '--create-ms'],
  ['delays.delete', '--delete-ms'],
  ['delays.rollback', '--rollback-ms'],
  ['delays.restore', '--restore-ms'],
  ['delays.volumeDelete', '--volume-delete-ms'],
  ['cloud', '--cloud'],
  ['quota.volumes', '--quota volumes'],
  ['quota.snapshots', '--quota snapshots'],
  ['quota.gigabytes', '--quota gigabytes'],
  ['maxSnapshots', '--max-snapshots'],
  ['maxVolumes', '--max-volumes'],
  ['seed', '--seed'],
  ['state', '--state'],
  ['saveMs', '--save-ms'],
]);

/** An entry of a list option as the flag (or variable) that gave it: `faults[1].rate` is `--fault #2 rate`. */
const entryOfFlag = {
  faults: (index: number, field?: string) => `--fault #${index + 1}${field === undefined ? '' : ` ${field}`}`,
  volumes: (index: number, field?: string) => `--volume #${index + 1}${field === undefined ? '' : ` ${field}`}`,
  // A token flag holds the token alone; `.token` and `.projectId` come only from the API.
  tokens: (index: number, field?: string) => `--token #${index + 1}${field === undefined ? '' : `.${field}`}`,
  accessKeys: (index: number, field?: string) =>
    `EVS_EMULATOR_ACCESS_KEYS[${index}]${field === undefined ? '' : ` ${field}`}`,
} satisfies Record<Parameters<OptionNames['entry']>[0], unknown>;

/**
 * The options named as the flags that set them, so that resolveOptions reports a mistake in the
 * user's terms; a field of the fixtures as `--fixtures <file>: volumes[0].size`.
 */
const flagNames = (fixtures: string | undefined): OptionNames => ({
  option: (path) => (path === 'fixtures' ? `--fixtures ${fixtures}:` : (flagOfOption.get(path) ?? path)),
  entry: (list, index, field) => entryOfFlag[list](index, field),
});

/** The settings read from `argv` and `env`; throws a FlagError or an EvsEmulatorOptionsError on a mistake. */
export function readCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliSettings {
  const { values, positionals } = readFlags('evs-emulator', argv, flags);
  // Asked for help or the version, nothing else is read: the answer does not depend on it.
  if (values.help || values.version)
    return {
      help: values.help === true,
      version: values.version === true,
      port: defaultPort,
      host: '127.0.0.1',
      quiet: false,
      urlFile: undefined,
      options: {},
      resolved: undefined,
    };
  // The secret keys as accessKeysOf reads them, whole: a key holding a colon is hidden whole too.
  const secretKeys = (env.EVS_EMULATOR_ACCESS_KEYS ?? '').split(',').map((pair) => pairOf(pair).secretKey);
  const secrets = [...(values.token ?? []), ...secretKeys].filter((secret) => secret.length >= 4);
  const redact = createRedactor(secrets).text;
  const check = new Checker(redact);
  try {
    const detail = 'are not taken: every option is a --flag';
    // Any token is taken by default, so a pasted one is not known to hide: a long argument is not quoted.
    if (positionals.some((argument) => argument.length > 32))
      check.failShowing(
        'arguments',
        'additionalProperties',
        positionals.map((argument) => shownArgument(argument, redact)).join(' '),
        detail,
      );
    if (positionals.length) check.fail('arguments', 'additionalProperties', positionals.join(' '), detail);
    if (values['url-file'] === '') check.fail('--url-file', 'minLength', '', 'must name a file');
    const port = wholeNumber(check, 'port', values.port) ?? defaultPort;
    if (port > 65535) check.fail('--port', 'range', port, 'must be from 0 to 65535');
    const createMs = wholeNumber(check, 'create-ms', values['create-ms']);
    const deleteMs = wholeNumber(check, 'delete-ms', values['delete-ms']);
    const rollbackMs = wholeNumber(check, 'rollback-ms', values['rollback-ms']);
    const restoreMs = wholeNumber(check, 'restore-ms', values['restore-ms']);
    const volumeDeleteMs = wholeNumber(check, 'volume-delete-ms', values['volume-delete-ms']);
    const quota = quotaOf(check, values.quota);
    const seed = wholeNumber(check, 'seed', values.seed);
    const maxSnapshots = wholeNumber(check, 'max-snapshots', values['max-snapshots']);
    const maxVolumes = wholeNumber(check, 'max-volumes', values['max-volumes']);
    const accessKeys = accessKeysOf(check, env.EVS_EMULATOR_ACCESS_KEYS);
    const saveMs = wholeNumber(check, 'save-ms', values['save-ms']);
    const options: EvsEmulatorOptions = {
      delays: {
        ...(createMs === undefined ? {} : { create: createMs }),
        ...(deleteMs === undefined ? {} : { delete: deleteMs }),
        ...(rollbackMs === undefined ? {} : { rollback: rollbackMs }),
        ...(restoreMs === undefined ? {} : { restore: restoreMs }),
        ...(volumeDeleteMs === undefined ? {} : { volumeDelete: volumeDeleteMs }),
      },
      ...(values.cloud === undefined ? {} : { cloud: values.cloud as EvsEmulatorOptions['cloud'] }),
      ...(quota === undefined ? {} : { quota }),
      ...(values.token ? { tokens: values.token } : {}),
      ...(accessKeys ? { accessKeys } : {}),
      ...(values.volume ? { volumes: values.volume.map((spec, index) => volumeOf(check, spec, index)) } : {}),
      autoCreateVolumes: !values['no-auto-volumes'],
      ...(seed === undefined ? {} : { seed }),
      faults: (values.fault ?? []).map((spec, index) => faultOf(check, spec, index)),
      ...(maxSnapshots === undefined ? {} : { maxSnapshots }),
      ...(maxVolumes === undefined ? {} : { maxVolumes }),
      ...(values.state === undefined ? {} : { state: values.state }),
      ...(saveMs === undefined ? {} : { saveMs }),
      ...(values.fixtures === undefined ? {} : { fixtures: readFixturesFile(check, '--fixtures', values.fixtures) }),
    };
    // Resolved here, once, so that a mistake is reported before anything listens, in terms of the flags.
    const resolved = resolveOptions(options, flagNames(values.fixtures));
    return {
      help: false,
      version: false,
      port,
      host: values.host ?? '127.0.0.1',
      quiet: values.quiet === true,
      urlFile: values['url-file'],
      options,
      resolved,
    };
  } catch (error) {
    if (error instanceof InputProblem) throw new EvsEmulatorOptionsError(error);
    throw error;
  }
}
