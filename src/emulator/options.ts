// The options of createEvsEmulator, checked and completed once: each mistake names the option, the
// rule and the value (secrets redacted), and nothing is checked again per request.

import { requestSchemas } from '../../generated/request-schemas.js';
import type { OperationId } from '../../generated/spec-constants.js';
import { operations } from '../../generated/spec-constants.js';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { aWholeNumber, integerOr } from '../shared/integer-range.js';
import { OptionsError } from '../shared/options-error.js';
import { ownOptions } from '../shared/own-options.js';
import { createRedactor } from '../shared/redact.js';
import { isUuid } from '../shared/uuid.js';
import { defaultMsOf, type FaultKind, faultBehaviours, faultKinds, type ResolvedFault } from './faults.js';
import type { EmulatorLogEntry } from './log.js';
import { defaultVolumeType, defaultZone } from './records.js';
import { type LoadedState, readState, type StateLimits } from './state-read.js';

/** Disk statuses the emulator knows; `rollbacking` is set while a rollback runs. */
export const volumeStatuses = [
  'available',
  'in-use',
  'attaching',
  'creating',
  'deleting',
  'error',
  'error_rollbacking',
  'rollbacking',
] as const;
/** The statuses a seeded disk may be given. */
export type SeedStatus = (typeof volumeStatuses)[number];
/** The disk types of the spec (VolumeType), which a seeded disk and a create may name. */
export const volumeTypes: readonly string[] =
  requestSchemas.createVolumeRequest.properties.volume.properties.volume_type.enum;

/** The clouds whose answers the emulator gives where they differ (status codes, the /v2.1 create). */
export const clouds = ['otc', 'huawei'] as const;
export type Cloud = (typeof clouds)[number];

/** The quotas a project has; -1 is unlimited. */
export const quotaNames = ['volumes', 'snapshots', 'gigabytes'] as const;
export type QuotaName = (typeof quotaNames)[number];
export type Quotas = Readonly<Record<QuotaName, number>>;
/** The largest quota the options take (and -1, unlimited). */
export const maxQuota = 1_000_000_000;

export interface EmulatorVolume {
  id: string;
  /** Project the disk belongs to; default: every project sees it. */
  projectId?: string | undefined;
  /** Size in GB, which its snapshots take. Default 10. */
  size?: number | undefined;
  status?: SeedStatus | undefined;
  availabilityZone?: string | undefined;
  /** Disk type, one of the spec's VolumeType. Default SSD; a restore of its snapshots must name the same. */
  volumeType?: string | undefined;
}

export interface FaultRule {
  /**
   * `latency` waits `ms` first; `throttle` answers 429 and `unavailable` 503 (both with
   * Retry-After), `error` 500; `reset` cuts the connection without an answer; `stall` sends the
   * head and part of the body, then nothing for `ms`, then cuts; `create-error` lets a create
   * succeed but the snapshot end in `error`; `delete-error` lets a delete end in `error_deleting`;
   * `restore-error` lets a disk create be accepted but its job end in FAIL and the disk in `error`.
   */
  kind: FaultKind;
  /** Share of the matching requests hit, from 0 to 1. Default 1. */
  rate?: number | undefined;
  /** Operations it applies to; default all of them. */
  operations?: readonly OperationId[] | undefined;
  /** Milliseconds for `latency` (default 100) and `stall` (default 10000). */
  ms?: number | undefined;
  /** Seconds in Retry-After for `throttle` and `unavailable`. Default 1. */
  retryAfter?: number | undefined;
}

export interface EvsEmulatorOptions {
  /**
   * How long a snapshot stays `creating`, `deleting` and `rollbacking`, how long a disk create's
   * job runs (`restore`: the disk is `creating`) and a disk delete's (`volumeDelete`: the disk is
   * `deleting`), in ms. Default 1000 each; 0: the next request sees the change.
   */
  delays?:
    | {
        create?: number | undefined;
        delete?: number | undefined;
        rollback?: number | undefined;
        restore?: number | undefined;
        volumeDelete?: number | undefined;
      }
    | undefined;
  /**
   * Which cloud's answers to give where they differ: `otc` (default) answers a disk create 200 and
   * does not serve `POST /v2.1/{project_id}/cloudvolumes` (404 from the gateway); `huawei` answers
   * both creates 202, and the /v2.1 one honours X-Client-Token and `create_for_volume_id`.
   */
  cloud?: Cloud | undefined;
  /** The quotas of every project: disks, snapshots, GB of both. Default -1 each (unlimited). */
  quota?: { volumes?: number | undefined; snapshots?: number | undefined; gigabytes?: number | undefined } | undefined;
  /**
   * Accepted X-Auth-Token values; a token bound to a project is
   * refused for others (Common.0018). Default: any non-empty token.
   */
  tokens?: readonly (string | { token: string; projectId: string })[] | undefined;
  /** AK/SK pairs whose SDK-HMAC-SHA256 signatures are verified. Without any, signed requests are refused. */
  accessKeys?: readonly { accessKey: string; secretKey: string }[] | undefined;
  /** Disks that exist from the start. */
  volumes?: readonly EmulatorVolume[] | undefined;
  /**
   * Create an available 10 GB disk the first time a project uses a
   * UUID as a volume_id; the disk is that project's. Default true.
   */
  autoCreateVolumes?: boolean | undefined;
  /**
   * Disks the emulator makes (on first use or by a disk create) that it holds at most, over all
   * projects (counted apart from snapshots and quotas, to bound memory); past it, such a create
   * answers 413 EVS.5413. Deleted disks make room again. Default 100000.
   */
  maxVolumes?: number | undefined;
  /** Makes ids, request ids and fault draws repeat from run to run. Default: a random seed, shown by `seed`. */
  seed?: number | undefined;
  faults?: readonly FaultRule[] | undefined;
  /** The clock, in ms since the epoch. Default Date.now. */
  now?: (() => number) | undefined;
  /** Snapshots the emulator holds at most, over all projects; past it, create answers 413 EVS.5413. Default 100000. */
  maxSnapshots?: number | undefined;
  /** Entries the request log keeps; older ones are dropped. Default 10000. */
  logLimit?: number | undefined;
  /** Called after each answer with its log entry (no headers, no body), e.g. to print a line. */
  onRequest?: ((entry: EmulatorLogEntry) => void) | undefined;
  /**
   * Disks, snapshots, jobs and changes to start from, in the format `state()` gives (checked against
   * the spec's schemas); a reset goes back to them. Not with `volumes`: list the disks here.
   */
  fixtures?: unknown;
  /**
   * A file that keeps the state: loaded at the start when it exists, saved (whole, atomically) at
   * most every `saveMs` after a change and at `close()`. A newer format or a damaged file is refused.
   */
  state?: string | undefined;
  /** The least time between two saves of `state`, in ms. Default 200. */
  saveMs?: number | undefined;
}

export const delayNames = ['create', 'delete', 'rollback', 'restore', 'volumeDelete'] as const;
export type DelayName = (typeof delayNames)[number];

export interface ResolvedOptions {
  delays: Readonly<Record<DelayName, number>>;
  cloud: Cloud;
  quota: Quotas;
  /** Token to its project ('' for any project); undefined when any token goes. */
  tokens: ReadonlyMap<string, string> | undefined;
  accessKeys: ReadonlyMap<string, string>;
  seededVolumes: readonly {
    id: string;
    projectId: string | undefined;
    size: number;
    status: SeedStatus;
    availabilityZone: string;
    volumeType: string;
  }[];
  autoCreateVolumes: boolean;
  maxVolumes: number;
  seed: number;
  faults: readonly ResolvedFault[];
  now: () => number;
  maxSnapshots: number;
  logLimit: number;
  onRequest: ((entry: EmulatorLogEntry) => void) | undefined;
  /** The fixtures read and checked; undefined: start from the seeded disks. */
  fixtures: LoadedState | undefined;
  /** The state file, and the least time between two saves. */
  stateFile: string | undefined;
  saveMs: number;
  /** Every secret given, for the redactor. */
  secrets: readonly string[];
}

/**
 * A mistake in the options of createEvsEmulator (or the flags of
 * evs-emulator): `field`, `rule`, `value` (secrets redacted), `detail`.
 */
export class EvsEmulatorOptionsError extends OptionsError {
  constructor(problem: InputProblem) {
    super('createEvsEmulator', problem);
  }
}

const optionKeys = [
  'delays',
  'cloud',
  'quota',
  'tokens',
  'accessKeys',
  'volumes',
  'autoCreateVolumes',
  'maxVolumes',
  'seed',
  'faults',
  'now',
  'maxSnapshots',
  'logLimit',
  'onRequest',
  'fixtures',
  'state',
  'saveMs',
] as const;
const maxDelayMs = 24 * 3600 * 1000;
export const defaultDelayMs = 1000;

const integer = (check: Checker, field: string, value: unknown, fallback: number, min: number, max: number): number =>
  integerOr(check, field, value, fallback, min, max, aWholeNumber);

/** A pattern as a RegExp, or as the test of one (the shared isUuid). */
type TextRule = RegExp | ((value: string) => boolean);
const passes = (rule: TextRule, value: string): boolean =>
  typeof rule === 'function' ? rule(value) : rule.test(value);

function text(check: Checker, field: string, value: unknown, pattern?: TextRule, what = 'a non-empty string'): string {
  if (typeof value !== 'string' || value === '' || (pattern !== undefined && !passes(pattern, value)))
    check.fail(field, pattern ? 'format' : 'type', value, `must be ${what}`);
  return value as string;
}

function list(check: Checker, field: string, value: unknown, max: number): unknown[] {
  if (value === undefined) return [];
  // A Proxy can throw from isArray (revoked), length or any entry: reported like a bad value, not passed on.
  return check.reading(field, 'an array that cannot be read', 'must be an array whose entries can be read', () => {
    if (!Array.isArray(value)) check.fail(field, 'type', value, 'must be an array');
    if ((value as unknown[]).length > max) check.fail(field, 'maxItems', value, `must have at most ${max} entries`);
    return [...(value as unknown[])];
  });
}

/** Characters a header value may carry (no control characters, so no header splitting). */
const headerValue = /^[\x21-\x7e]+$/;

function resolveTokens(check: Checker, names: OptionNames, value: unknown): Map<string, string> | undefined {
  if (value === undefined) return undefined;
  const tokens = new Map<string, string>();
  list(check, names.option('tokens'), value, 10_000).forEach((entry, index) => {
    const field = names.entry('tokens', index);
    if (typeof entry !== 'string' && (typeof entry !== 'object' || entry === null))
      check.fail(field, 'type', entry, 'must be a token (a string) or { token, projectId }');
    const fields = typeof entry === 'string' ? undefined : ownOptions(check, field, entry, ['token', 'projectId']);
    const tokenField = fields ? names.entry('tokens', index, 'token') : field;
    const token = text(
      check,
      tokenField,
      fields ? fields.token : entry,
      headerValue,
      'a token: visible ASCII, no spaces',
    );
    // A second entry for a token would silently replace the first one's project.
    if (tokens.has(token)) check.fail(tokenField, 'uniqueItems', token, 'must not repeat a token given before it');
    tokens.set(token, fields ? text(check, names.entry('tokens', index, 'projectId'), fields.projectId) : '');
  });
  if (tokens.size === 0)
    check.fail(names.option('tokens'), 'minItems', value, 'must list at least one token, or be left out to accept any');
  return tokens;
}

function resolveKeys(check: Checker, names: OptionNames, value: unknown): Map<string, string> {
  const keys = new Map<string, string>();
  list(check, names.option('accessKeys'), value, 10_000).forEach((entry, index) => {
    const fields = ownOptions(check, names.entry('accessKeys', index), entry, ['accessKey', 'secretKey']);
    const accessKeyField = names.entry('accessKeys', index, 'accessKey');
    const accessKey = text(
      check,
      accessKeyField,
      fields.accessKey,
      /^[A-Za-z0-9]+$/,
      'an access key: letters and digits',
    );
    // A second pair for a key would silently replace the first one's secret.
    if (keys.has(accessKey))
      check.fail(accessKeyField, 'uniqueItems', accessKey, 'must not repeat an access key given before it');
    keys.set(accessKey, text(check, names.entry('accessKeys', index, 'secretKey'), fields.secretKey));
  });
  return keys;
}

const volumeKeys = ['id', 'projectId', 'size', 'status', 'availabilityZone', 'volumeType'];

function resolveVolumes(check: Checker, names: OptionNames, value: unknown): ResolvedOptions['seededVolumes'] {
  return list(check, names.option('volumes'), value, 100_000).map((entry, index) => {
    const name = (key: string): string => names.entry('volumes', index, key);
    const fields = ownOptions(check, names.entry('volumes', index), entry, volumeKeys);
    const status = fields.status ?? 'available';
    if (!volumeStatuses.includes(status as SeedStatus))
      check.fail(name('status'), 'enum', status, `must be one of ${volumeStatuses.join(', ')}`);
    return {
      id: text(
        check,
        name('id'),
        fields.id,
        isUuid,
        'a UUID such as 5aa119a8-d25b-45a7-8d1b-88e127885635',
      ).toLowerCase(),
      projectId: fields.projectId === undefined ? undefined : text(check, name('projectId'), fields.projectId),
      size: integer(check, name('size'), fields.size, 10, 1, 65_536),
      status: status as SeedStatus,
      availabilityZone:
        fields.availabilityZone === undefined
          ? defaultZone
          : text(check, name('availabilityZone'), fields.availabilityZone),
      volumeType: volumeTypeOf(check, name('volumeType'), fields.volumeType),
    };
  });
}

function volumeTypeOf(check: Checker, field: string, value: unknown): string {
  if (value === undefined) return defaultVolumeType;
  if (typeof value !== 'string' || !volumeTypes.includes(value))
    check.fail(field, 'enum', value, `must be one of ${volumeTypes.join(', ')}`);
  return value as string;
}

function resolveQuota(check: Checker, names: OptionNames, value: unknown): Quotas {
  const given = ownOptions(check, names.option('quota'), value ?? {}, quotaNames);
  const quota = (name: QuotaName): number =>
    integer(check, names.option(`quota.${name}`), given[name], -1, -1, maxQuota);
  return { volumes: quota('volumes'), snapshots: quota('snapshots'), gigabytes: quota('gigabytes') };
}

const operationIds = Object.keys(operations) as OperationId[];

const faultKeys = ['kind', 'rate', 'operations', 'ms', 'retryAfter'];

function resolveFaults(check: Checker, names: OptionNames, value: unknown): ResolvedFault[] {
  return list(check, names.option('faults'), value, 100).map((entry, index) => {
    const name = (key: string): string => names.entry('faults', index, key);
    const fields = ownOptions(check, names.entry('faults', index), entry, faultKeys);
    const kind = fields.kind as FaultKind;
    if (!faultKinds.includes(kind))
      check.fail(name('kind'), 'enum', fields.kind, `must be one of ${faultKinds.join(', ')}`);
    const rate = fields.rate ?? 1;
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1))
      check.fail(name('rate'), 'range', rate, 'must be a number from 0 to 1');
    const chosen =
      fields.operations === undefined
        ? operationIds
        : list(check, name('operations'), fields.operations, operationIds.length * 2);
    chosen.forEach((operation, at) => {
      if (!operationIds.includes(operation as OperationId))
        check.fail(name(`operations[${at}]`), 'enum', operation, `must be one of ${operationIds.join(', ')}`);
    });
    // A fault that only some operation can suffer must be allowed to hit it.
    const behaviour = faultBehaviours[kind];
    if (behaviour.effect === 'failsLater' && !behaviour.operations.some((operation) => chosen.includes(operation)))
      check.fail(
        name('operations'),
        'enum',
        chosen,
        `must include ${behaviour.operations.join(' or ')} for a ${kind} fault`,
      );
    return {
      kind,
      rate: rate as number,
      operations: new Set(chosen as OperationId[]),
      ms: integer(check, name('ms'), fields.ms, defaultMsOf(kind), 0, 600_000),
      retryAfter: integer(check, name('retryAfter'), fields.retryAfter, 1, 0, 3600),
    };
  });
}

/** Secrets found in the raw options, before any is checked, so that no error can show one. */
function secretsOf(options: unknown): string[] {
  const found: string[] = [];
  try {
    const { tokens, accessKeys } = (options ?? {}) as { tokens?: unknown; accessKeys?: unknown };
    if (Array.isArray(tokens))
      for (const entry of tokens)
        found.push(typeof entry === 'string' ? entry : String((entry as { token?: unknown })?.token ?? ''));
    // A pair given as one string ('AK:SK', the form of the environment variable) holds its secret too.
    if (Array.isArray(accessKeys))
      for (const entry of accessKeys)
        found.push(typeof entry === 'string' ? entry : String((entry as { secretKey?: unknown })?.secretKey ?? ''));
  } catch {
    // unreadable options are reported by the checks below
  }
  return found.filter((secret) => secret.length >= 4);
}

/**
 * How the options name a field in errors: as createEvsEmulator's
 * options, or as the flags of evs-emulator that set them.
 */
export interface OptionNames {
  /** An option by its path: `tokens`, `delays.create`, `maxSnapshots`, ... */
  option(path: string): string;
  /** An entry of a list option, or a field of it: `faults[1]`, `faults[1].rate`, `faults[1].operations[0]`. */
  entry(list: 'tokens' | 'accessKeys' | 'volumes' | 'faults', index: number, field?: string): string;
}

/** The names of createEvsEmulator's options. */
export const optionNames: OptionNames = {
  option: (path) => path,
  entry: (list, index, field) => `${list}[${index}]${field === undefined ? '' : `.${field}`}`,
};

/**
 * The options checked and completed; a mistake throws an EvsEmulatorOptionsError that names the
 * field as `names` say (the flags name it as the flag that set it).
 */
export function resolveOptions(
  options: EvsEmulatorOptions | undefined,
  names: OptionNames = optionNames,
): ResolvedOptions {
  const secrets = secretsOf(options);
  const check = new Checker(createRedactor(secrets).text);
  try {
    const given = ownOptions(check, '', options ?? {}, optionKeys);
    const delays = ownOptions(check, names.option('delays'), given.delays ?? {}, delayNames);
    if (given.cloud !== undefined && !clouds.includes(given.cloud as Cloud))
      check.fail(names.option('cloud'), 'enum', given.cloud, `must be one of ${clouds.join(', ')}`);
    if (given.autoCreateVolumes !== undefined && typeof given.autoCreateVolumes !== 'boolean')
      check.fail(names.option('autoCreateVolumes'), 'type', given.autoCreateVolumes, 'must be true or false');
    for (const name of ['now', 'onRequest'] as const)
      if (given[name] !== undefined && typeof given[name] !== 'function')
        check.fail(names.option(name), 'type', given[name], 'must be a function');
    const seededVolumes = resolveVolumes(check, names, given.volumes);
    const delay = (kind: DelayName): number =>
      integer(check, names.option(`delays.${kind}`), delays[kind], defaultDelayMs, 0, maxDelayMs);
    if (
      given.fixtures !== undefined &&
      given.volumes !== undefined &&
      !(Array.isArray(given.volumes) && given.volumes.length === 0)
    )
      check.fail(
        names.option('volumes'),
        'not',
        'disks',
        'must be left out with fixtures: list the disks in the fixtures',
      );
    if (given.state !== undefined && (typeof given.state !== 'string' || given.state === ''))
      check.fail(names.option('state'), 'type', given.state, 'must be the path of a file');
    const whole = (
      option: 'maxVolumes' | 'seed' | 'maxSnapshots' | 'logLimit' | 'saveMs',
      fallback: number,
      min: number,
      max: number,
    ): number => integer(check, names.option(option), given[option], fallback, min, max);
    const now = (given.now as (() => number) | undefined) ?? Date.now;
    const maxVolumes = whole('maxVolumes', 100_000, 1, 10_000_000);
    const maxSnapshots = whole('maxSnapshots', 100_000, 1, 10_000_000);
    const fixtures =
      given.fixtures === undefined
        ? undefined
        : readFixtures(check, names.option('fixtures'), given.fixtures, { now: now(), maxSnapshots, maxVolumes });
    return {
      delays: Object.fromEntries(delayNames.map((kind) => [kind, delay(kind)])) as Record<DelayName, number>,
      cloud: (given.cloud as Cloud | undefined) ?? 'otc',
      quota: resolveQuota(check, names, given.quota),
      tokens: resolveTokens(check, names, given.tokens),
      accessKeys: resolveKeys(check, names, given.accessKeys),
      seededVolumes,
      autoCreateVolumes: (given.autoCreateVolumes as boolean | undefined) ?? true,
      maxVolumes,
      seed: whole('seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 32 - 1),
      faults: resolveFaults(check, names, given.faults),
      now,
      maxSnapshots,
      logLimit: whole('logLimit', 10_000, 0, 1_000_000),
      onRequest: given.onRequest as ((entry: EmulatorLogEntry) => void) | undefined,
      fixtures,
      stateFile: given.state as string | undefined,
      saveMs: whole('saveMs', 200, 0, 3_600_000),
      secrets,
    };
  } catch (error) {
    if (error instanceof InputProblem) throw new EvsEmulatorOptionsError(error);
    throw error;
  }
}

/** The fixtures read; a mistake names its field under `root` (`fixtures.volumes[0].size`). */
function readFixtures(check: Checker, root: string, value: unknown, limits: StateLimits): LoadedState {
  try {
    return readState(check, value, limits);
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    // `fixtures.volumes[0]`, or as the flag names it, `--fixtures f.yaml: volumes[0]`.
    const field = `${root}${root.endsWith(':') ? ' ' : '.'}${error.field}`;
    throw new InputProblem(field, error.rule, error.value, error.detail, error.facts);
  }
}

export type { VolumeStatus } from './records.js';
export { defaultVolumeType, defaultZone } from './records.js';
