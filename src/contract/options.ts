// The options of runContract, read once: every field checked (which field, what rule, what value),
// defaults applied, secrets never shown. A real cloud is the default assumption: the destructive
// rollback is off, waits are long, and a run creates at most `maxSnapshots` snapshots.
import { describeValue } from '../shared/describe.js';
import { baseUrlOf, checkHttpUrl } from '../shared/http-url.js';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { aWholeNumberThenRange, integerOr } from '../shared/integer-range.js';
import { isRecord } from '../shared/is-record.js';
import { OptionsError } from '../shared/options-error.js';
import { ownOptions } from '../shared/own-options.js';
import { createRedactor } from '../shared/redact.js';
import { isUuid } from '../shared/uuid.js';
import { unknownCheckProblem } from './checks.js';
import type { ContractAuth } from './credentials.js';
import { type Cloud, clouds } from './disks.js';
import type { ContractEvent } from './result.js';

export interface ContractOptions {
  /**
   * The service's base URL, e.g. https://evs.eu-de.otc.t-systems.com
   * (a path is kept as a prefix; no query, fragment or credentials).
   */
  baseUrl: string;
  projectId: string;
  /** The disk whose snapshots the run creates (and, with `rollback`, rolls back). */
  volumeId: string;
  /** `{ token }`, or `{ accessKey, secretKey, securityToken? }` for AK/SK signing. */
  auth: ContractAuth;
  /** Run the rollback scenario, which overwrites the disk with its snapshot. Default false. */
  rollback?: boolean;
  /**
   * Run the restore scenarios and the rule-breaking disk creates: they create a disk from a snapshot
   * (billed on a real cloud until the run deletes it). Default false.
   */
  restore?: boolean;
  /**
   * Check the OpenStack-compatible snapshots (/v2/{project_id}/snapshots) and the snapshot metadata.
   * Default true; a server that answers their create 404 has them skipped, the reason reported.
   */
  openstack?: boolean;
  /** Also check their deprecated /v3 forms. Default false. */
  openstackV3?: boolean;
  /** Which cloud's disk create the restore uses: `otc` (POST /v2/…/cloudvolumes, default) or `huawei` (/v2.1). */
  cloud?: Cloud;
  /** The most disks a run makes: disk creates answered 2xx, or not answered at all. Default 3. */
  maxDisks?: number;
  /**
   * Run only the scenarios these select: a scenario name, its
   * group (`create`, `list`, …), an operationId, or `generated`.
   */
  only?: readonly string[];
  /** Leave out the scenarios these select (same forms as `only`). */
  skip?: readonly string[];
  /** Generated cases (valid and rule-breaking requests from the schemas). Default 25; 0 for none. */
  generate?: number;
  /** Seed of the generated cases; the result reports it, so a run can be repeated. Default: random. */
  seed?: number;
  /** Deadline of each request, in ms. Default 30,000. */
  timeoutMs?: number;
  /** Pause between polls while waiting for a snapshot's state, in ms. Default 3,000. */
  pollIntervalMs?: number;
  /** Longest wait for a snapshot's state, in ms. Default 600,000. */
  waitTimeoutMs?: number;
  /** The most snapshots a run makes: creates answered 2xx, or not answered at all. Default 20. */
  maxSnapshots?: number;
  /** The target is a stateless mock (Prism): Prefer headers where it needs them; behaviour checks are skipped. */
  stateless?: boolean;
  /** Plan only: return the cases the run would send, send nothing. */
  dryRun?: boolean;
  /** Called as each case ends (progress lines). */
  onEvent?: (event: ContractEvent) => void;
  /**
   * The fetch every request goes through, e.g. undici's with a proxy
   * dispatcher. Default: the global fetch, looked up at each request.
   */
  fetch?: typeof fetch;
  /** Findings of the strictness class fail the run; by default they are warnings. Default false. */
  strict?: boolean;
  /**
   * Apply only these checks: class names (conformance, behaviour,
   * documented-refusal, strictness) or check names. Default: all.
   */
  checks?: readonly string[];
  /** Leave out these checks (same forms as `checks`). */
  excludeChecks?: readonly string[];
  /**
   * Interrupts the run: no new case is sent (a request under way gets its answer), what the run
   * created is deleted within 60 s, and the result says `interrupted` with exit code 130 (143
   * when the abort reason is 'SIGTERM'). Its reports cover what ran.
   */
  signal?: AbortSignal;
  /**
   * Ends the clean-up of an interrupted run at once (a second
   * Ctrl-C): what is not deleted yet is listed in `leftovers`.
   */
  cleanUpSignal?: AbortSignal;
}

export interface ResolvedOptions
  extends Required<
    Omit<ContractOptions, 'only' | 'skip' | 'onEvent' | 'checks' | 'excludeChecks' | 'signal' | 'cleanUpSignal'>
  > {
  only: string[];
  skip: string[];
  checks: string[];
  excludeChecks: string[];
  onEvent: (event: ContractEvent) => void;
  signal: AbortSignal | undefined;
  cleanUpSignal: AbortSignal | undefined;
}

/**
 * A bad option: `field`, the `rule` it breaks, the `value`
 * (secrets shown as [redacted]) and what it must be (`detail`).
 */
export class ContractOptionsError extends OptionsError {
  constructor(field: string, rule: string, value: string, detail: string) {
    super('runContract', { field, rule, value, detail });
  }
}

const whole = (check: Checker, field: string, value: unknown, fallback: number, min: number, max: number): number =>
  integerOr(check, field, value, fallback, min, max, aWholeNumberThenRange);

/** Shorter secrets cannot be scrubbed from reports without mangling every word that holds their letters. */
const minSecretLength = 4;

function text(check: Checker, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '')
    check.failShowing(field, 'required', value === undefined ? 'nothing' : '[redacted]', 'must be a non-empty string');
  if (value.length < minSecretLength)
    check.failShowing(
      field,
      'minLength',
      '[redacted]',
      `must be at least ${minSecretLength} characters: a shorter one could not be removed from reports without ` +
        `mangling them`,
    );
  if (!/^[\x21-\x7e]+$/.test(value))
    check.failShowing(field, 'format', '[redacted]', 'must be printable ASCII with no spaces (it is sent in a header)');
  return value;
}

function readAuth(check: Checker, auth: unknown): ContractAuth {
  // A string here is most likely the token itself: never shown.
  if (typeof auth !== 'object' || auth === null)
    check.failShowing(
      'auth',
      'required',
      typeof auth === 'string' ? '[redacted]' : describeValue(auth),
      'must be { token } or { accessKey, secretKey, securityToken? }',
    );
  const fields = ownOptions(check, 'auth', auth, ['token', 'accessKey', 'secretKey', 'securityToken']);
  if (fields.token !== undefined) {
    if (fields.accessKey !== undefined || fields.secretKey !== undefined)
      check.failShowing('auth', 'oneOf', '[redacted]', 'must hold a token or an AK/SK pair, not both');
    return { token: text(check, 'auth.token', fields.token) };
  }
  const accessKey = text(check, 'auth.accessKey', fields.accessKey);
  const secretKey = text(check, 'auth.secretKey', fields.secretKey);
  const securityToken =
    fields.securityToken === undefined ? undefined : text(check, 'auth.securityToken', fields.securityToken);
  return { accessKey, secretKey, ...(securityToken === undefined ? {} : { securityToken }) };
}

function names(check: Checker, field: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === ''))
    check.fail(field, 'type', value, 'must be a list of scenario names, groups or operationIds');
  return value.map((item: string) => item.trim());
}

/** Class or check names, each one the registry knows (checks.ts). */
function checkList(check: Checker, field: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === ''))
    check.fail(field, 'type', value, 'must be a list of check classes or check names');
  const items = value.map((item: string) => item.trim());
  for (const item of items) {
    const problem = unknownCheckProblem(item);
    if (problem)
      check.failShowing(
        field,
        'enum',
        JSON.stringify(item.slice(0, 60)),
        `must name check classes or checks: ${problem}`,
      );
  }
  return items;
}

const flag = (check: Checker, field: string, value: unknown): boolean => {
  if (value !== undefined && typeof value !== 'boolean') check.fail(field, 'type', value, 'must be true or false');
  return value === true;
};

function cloudOf(check: Checker, value: unknown): Cloud {
  if (value === undefined) return 'otc';
  if (!clouds.includes(value as Cloud)) check.fail('cloud', 'enum', value, `must be one of ${clouds.join(', ')}`);
  return value as Cloud;
}

function abortSignal(check: Checker, field: string, value: unknown): AbortSignal | undefined {
  if (value !== undefined && !(value instanceof AbortSignal))
    check.fail(field, 'type', value, 'must be an AbortSignal');
  return value;
}

/**
 * The secrets among the options as given, read before they are checked, so that every refusal hides
 * them: a token passed by mistake as the project ID is not shown either. Reading may throw (a getter,
 * a Proxy): then the checks below say so.
 */
function secretsGiven(options: unknown): string[] {
  try {
    const auth = isRecord(options) ? options.auth : undefined;
    if (!isRecord(auth)) return [];
    return [auth.token, auth.secretKey, auth.securityToken].filter(
      (secret): secret is string => typeof secret === 'string' && secret.length >= minSecretLength,
    );
  } catch {
    return [];
  }
}

export function resolveOptions(options: unknown): ResolvedOptions {
  const check = new Checker(createRedactor(secretsGiven(options)).text);
  try {
    if (typeof options !== 'object' || options === null) check.fail('options', 'type', options, 'must be an object');
    const given = ownOptions(check, '', options, [
      'baseUrl',
      'projectId',
      'volumeId',
      'auth',
      'rollback',
      'restore',
      'openstack',
      'openstackV3',
      'cloud',
      'maxDisks',
      'only',
      'skip',
      'generate',
      'seed',
      'timeoutMs',
      'pollIntervalMs',
      'waitTimeoutMs',
      'maxSnapshots',
      'stateless',
      'dryRun',
      'onEvent',
      'fetch',
      'strict',
      'checks',
      'excludeChecks',
      'signal',
      'cleanUpSignal',
    ]);
    const { baseUrl, projectId, volumeId } = given;
    if (typeof baseUrl !== 'string')
      return check.fail(
        'baseUrl',
        'required',
        baseUrl,
        'must be the service URL, such as https://evs.eu-de.otc.t-systems.com',
      );
    const url = checkHttpUrl(baseUrl, { bare: true });
    if ('problem' in url)
      return check.failShowing(
        'baseUrl',
        'format',
        url.rule === 'credentials' ? '[URL with credentials]' : JSON.stringify(baseUrl),
        url.problem,
      );
    if (typeof projectId !== 'string' || !/^[0-9A-Za-z-]{1,64}$/.test(projectId))
      return check.fail('projectId', 'format', projectId, 'must be a project ID (letters, digits and -, at most 64)');
    if (typeof volumeId !== 'string' || !isUuid(volumeId))
      return check.fail('volumeId', 'format', volumeId, 'must be the UUID of a disk');
    if (given.onEvent !== undefined && typeof given.onEvent !== 'function')
      check.fail('onEvent', 'type', given.onEvent, 'must be a function');
    if (given.fetch !== undefined && typeof given.fetch !== 'function')
      check.fail('fetch', 'type', given.fetch, 'must be a function like fetch');
    return {
      baseUrl: baseUrlOf(url.url),
      projectId,
      volumeId,
      auth: readAuth(check, given.auth),
      rollback: flag(check, 'rollback', given.rollback),
      restore: flag(check, 'restore', given.restore),
      openstack: given.openstack === undefined ? true : flag(check, 'openstack', given.openstack),
      openstackV3: flag(check, 'openstackV3', given.openstackV3),
      cloud: cloudOf(check, given.cloud),
      maxDisks: whole(check, 'maxDisks', given.maxDisks, 3, 0, 100),
      only: names(check, 'only', given.only),
      skip: names(check, 'skip', given.skip),
      generate: whole(check, 'generate', given.generate, 25, 0, 10_000),
      seed: whole(check, 'seed', given.seed, Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31 - 1),
      timeoutMs: whole(check, 'timeoutMs', given.timeoutMs, 30_000, 1, 600_000),
      pollIntervalMs: whole(check, 'pollIntervalMs', given.pollIntervalMs, 3000, 0, 600_000),
      waitTimeoutMs: whole(check, 'waitTimeoutMs', given.waitTimeoutMs, 600_000, 0, 24 * 3_600_000),
      maxSnapshots: whole(check, 'maxSnapshots', given.maxSnapshots, 20, 0, 1000),
      stateless: flag(check, 'stateless', given.stateless),
      dryRun: flag(check, 'dryRun', given.dryRun),
      strict: flag(check, 'strict', given.strict),
      checks: checkList(check, 'checks', given.checks),
      excludeChecks: checkList(check, 'excludeChecks', given.excludeChecks),
      onEvent: (given.onEvent as ResolvedOptions['onEvent'] | undefined) ?? (() => undefined),
      fetch: (given.fetch as typeof fetch | undefined) ?? ((input, init) => fetch(input, init)),
      signal: abortSignal(check, 'signal', given.signal),
      cleanUpSignal: abortSignal(check, 'cleanUpSignal', given.cleanUpSignal),
    };
  } catch (error) {
    if (error instanceof InputProblem)
      throw new ContractOptionsError(error.field, error.rule, error.value, error.detail);
    throw error;
  }
}
