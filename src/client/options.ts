// The options of createEvsClient, checked and completed once: every mistake names the option,
// the rule and the value, and nothing is checked again per call.
import { type EvsRegion, regionEndpoints } from '../../generated/spec-constants.js';
import { isCredentialHeader } from '../shared/credential-headers.js';
import { describeValue } from '../shared/describe.js';
import { baseUrlOf, checkHttpUrl } from '../shared/http-url.js';
import type { Checker } from '../shared/input-problem.js';
import { integerIn } from '../shared/integer-range.js';
import { ownOptions } from '../shared/own-options.js';
import { checkCredentials, checkForm, redacted } from './auth/credentials.js';
import type { CheckedAuth, EvsAuth } from './auth/types.js';
import { maxTimerMs } from './input.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import type { RetryEvent } from './transport.js';

interface CommonOptions {
  /** Project ID, filled into every path. */
  projectId: string;
  /**
   * How to authenticate: `{ token }` for an IAM token in X-Auth-Token,
   * or `{ accessKey, secretKey, securityToken? }` for AK/SK signing.
   */
  auth: EvsAuth;
  /** Time allowed for each attempt, from sending to the end of the response body, in ms. Default 60000. */
  timeoutMs?: number | undefined;
  /** Retry policy for idempotent requests (and for creates that never left the machine), or `false`. */
  retry?: Partial<RetryPolicy> | false | undefined;
  /** The fetch to use (default: the global one). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Extra headers sent with every request. Credentials go in `auth`, not here. */
  headers?: Record<string, string> | undefined;
  /** Called before each retry, e.g. for logging; it receives no request data and no secrets. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /**
   * Largest response body read, in bytes after decompression; a larger one fails with EvsResponseError. Default 8 MiB.
   */
  maxResponseBytes?: number | undefined;
  /**
   * Which paths `evs.cinder.*` and `evs.metadata.*` use: `v2` (default, the recommended `/v2/{project_id}/snapshots`)
   * or `v3` (the reference's unrecommended `/v3/{project_id}/snapshots`, whose lists take more filters).
   */
  openStackApi?: OpenStackApi | undefined;
  /**
   * With `openStackApi: 'v3'`: the microversion, `3.<n>` (e.g. `3.50`), sent as `OpenStack-API-Version: volume 3.<n>`
   * on the calls that document that header (the `/v3` lists). Left out, the service assumes `3.0`.
   */
  openStackMicroversion?: string | undefined;
}

/** The OpenStack-compatible paths the `cinder` and `metadata` namespaces use. */
export type OpenStackApi = 'v2' | 'v3';

export type EvsClientOptions = CommonOptions &
  (
    | { /** Base URL of EVS, e.g. `https://evs.eu-de.otc.t-systems.com`. */ endpoint: string; region?: undefined }
    | { /** A region of the spec's servers, e.g. `eu-de` or `cn-north-4`. */ region: EvsRegion; endpoint?: undefined }
  );

export interface ResolvedOptions {
  baseUrl: string;
  projectId: string;
  auth: CheckedAuth;
  timeoutMs: number;
  retry: RetryPolicy;
  fetch: typeof globalThis.fetch;
  headers: Record<string, string>;
  onRetry: ((event: RetryEvent) => void) | undefined;
  maxResponseBytes: number;
  openStackApi: OpenStackApi;
  openStackMicroversion: string | undefined;
}

const defaultTimeoutMs = 60_000;
/** Far above any EVS answer (a page of 1000 snapshots is about 1 MB), far below what hurts a process. */
const defaultMaxResponseBytes = 8 * 1024 * 1024;
const maxResponseBytesCeiling = 1024 * 1024 * 1024;

const optionKeys = [
  'endpoint',
  'region',
  'projectId',
  'auth',
  'timeoutMs',
  'retry',
  'fetch',
  'headers',
  'onRetry',
  'maxResponseBytes',
  'openStackApi',
  'openStackMicroversion',
] as const;
const akskKeys = ['accessKey', 'secretKey', 'securityToken', 'signingForm'] as const;
/** Headers the client sets itself: the signature's date, the project, and what fetch derives from the request. */
const managedHeaders = [
  'x-sdk-date',
  'x-project-id',
  'content-type',
  'content-length',
  'host',
  'transfer-encoding',
  'connection',
];
const tokenPattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function baseUrlFrom(check: Checker, endpoint: unknown, region: unknown): string {
  if (endpoint !== undefined && region !== undefined)
    check.fail('endpoint', 'oneOf', endpoint, 'and region are exclusive: give one of them');
  if (region !== undefined) {
    // Object.hasOwn reads a non-string as its string form, which names no region either.
    if (!Object.hasOwn(regionEndpoints, region as PropertyKey))
      check.fail(
        'region',
        'enum',
        region,
        `must be one of the spec's regions: ${Object.keys(regionEndpoints).join(', ')}`,
      );
    return regionEndpoints[region as EvsRegion];
  }
  if (endpoint === undefined) check.failShowing('endpoint', 'required', 'nothing', 'or region is required');
  if (typeof endpoint !== 'string') check.fail('endpoint', 'type', endpoint, 'must be a string');
  const checked = checkHttpUrl(endpoint, { bare: true });
  if ('problem' in checked)
    return checked.problem.includes('credentials')
      ? check.failShowing('endpoint', 'format', '[URL with credentials]', `${checked.problem}; use auth`)
      : check.fail('endpoint', 'format', endpoint, checked.problem);
  return baseUrlOf(checked.url);
}

function authFrom(check: Checker, auth: unknown): CheckedAuth {
  // A string here is most likely the token itself: never shown.
  if (typeof auth !== 'object' || auth === null)
    check.failShowing(
      'auth',
      'type',
      typeof auth === 'string' ? redacted(auth) : describeValue(auth),
      'must be an object: { token } or { accessKey, secretKey }',
    );
  const fields = ownOptions(check, 'auth', auth, ['token', ...akskKeys]);
  const keysGiven = akskKeys.filter((key) => fields[key] !== undefined);
  const { token } = fields;
  if (token !== undefined && keysGiven.length > 0)
    check.failShowing(
      'auth',
      'oneOf',
      `an object with token and ${keysGiven.join(', ')}`,
      'takes either { token } or { accessKey, secretKey }, not both',
    );
  if (keysGiven.length > 0) {
    const credentials = checkCredentials(check, 'auth', fields);
    const { signingForm } = fields;
    if (signingForm === undefined || signingForm === 'access')
      return { kind: 'aksk', credentials, form: { type: 'access' } };
    if (typeof signingForm !== 'object' || signingForm === null)
      check.fail(
        'auth.signingForm',
        'type',
        signingForm,
        'must be "access", { type: "access" } or { type: "credential", region?, service? }',
      );
    return {
      kind: 'aksk',
      credentials,
      form: checkForm(
        check,
        'auth.signingForm',
        ownOptions(check, 'auth.signingForm', signingForm, ['type', 'region', 'service']),
      ),
    };
  }
  if (token === undefined)
    check.failShowing('auth.token', 'required', 'nothing', 'is required, or accessKey and secretKey for AK/SK signing');
  if (typeof token !== 'string' || token.trim() === '')
    check.failShowing('auth.token', 'type', redacted(token), 'must be a non-empty string');
  if (/[^\t\x20-\x7e]/.test(token))
    check.failShowing('auth.token', 'format', redacted(token), 'must be printable ASCII on one line');
  return { kind: 'token', token };
}

function retryFrom(check: Checker, retry: unknown): RetryPolicy {
  if (retry === false) return { ...defaultRetryPolicy, retries: 0 };
  if (retry === undefined) return { ...defaultRetryPolicy };
  if (typeof retry !== 'object' || retry === null) check.fail('retry', 'type', retry, 'must be false or an object');
  const { retries, baseDelayMs, maxDelayMs } = {
    ...defaultRetryPolicy,
    ...(ownOptions(check, 'retry', retry, ['retries', 'baseDelayMs', 'maxDelayMs']) as Partial<RetryPolicy>),
  };
  return {
    retries: integerIn(check, 'retry.retries', retries, 0, 10),
    baseDelayMs: integerIn(check, 'retry.baseDelayMs', baseDelayMs, 0, maxTimerMs),
    maxDelayMs: integerIn(check, 'retry.maxDelayMs', maxDelayMs, 0, maxTimerMs),
  };
}

/** The extra headers, checked here so that a bad one fails at once rather than on every call. */
function headersFrom(check: Checker, given: unknown): Record<string, string> {
  if (given === undefined) return {};
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    check.fail('headers', 'type', given, 'must be an object of header names to strings');
  const headers = ownOptions(check, 'headers', given, undefined);
  const checked: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(headers)) {
    const lower = key.toLowerCase();
    // A name with control characters is shown escaped, so the error message stays on one line.
    const field = tokenPattern.test(key) ? `headers.${key}` : `headers[${JSON.stringify(key)}]`;
    if (isCredentialHeader(key))
      check.failShowing(field, 'credentials', redacted(value), 'must not be set here; pass credentials in auth');
    if (!tokenPattern.test(key))
      check.fail(
        field,
        'format',
        key,
        "must be a header name: letters, digits and !#$%&'*+.^_`|~- only (no spaces, colons or line breaks)",
      );
    if (managedHeaders.includes(lower))
      check.fail(field, 'reserved', value, 'is set by the client itself and cannot be given here');
    if (seen.has(lower)) check.fail(field, 'unique', value, 'is given twice (header names are case-insensitive)');
    seen.add(lower);
    if (typeof value !== 'string') check.fail(field, 'type', value, 'must be a string');
    if (value !== '' && !/^[\x21-\x7e]([\t\x20-\x7e]*[\x21-\x7e])?$/.test(value))
      check.fail(
        field,
        'format',
        value,
        'must be printable ASCII on one line, without leading or trailing spaces (fetch would trim or refuse it, ' +
          'and AK/SK signing signs ASCII only)',
      );
    checked[key] = value;
  }
  return checked;
}

/** `3.<n>`: a microversion of the volume API v3, without leading zeros (the header's form, `volume 3.50`). */
const microversionPattern = /^3\.(0|[1-9][0-9]{0,3})$/;

function openStackFrom(
  check: Checker,
  api: unknown,
  microversion: unknown,
): Pick<ResolvedOptions, 'openStackApi' | 'openStackMicroversion'> {
  if (api !== undefined && api !== 'v2' && api !== 'v3')
    check.fail('openStackApi', 'enum', api, "must be 'v2' or 'v3'");
  const openStackApi = api ?? 'v2';
  if (microversion === undefined) return { openStackApi, openStackMicroversion: undefined };
  if (typeof microversion !== 'string' || !microversionPattern.test(microversion))
    check.fail(
      'openStackMicroversion',
      'format',
      microversion,
      "must be a volume API v3 microversion '3.<n>', such as '3.50'",
    );
  // On v2 no call documents the header: the microversion would be dropped without a word.
  if (openStackApi !== 'v3')
    check.fail(
      'openStackMicroversion',
      'dependency',
      microversion,
      "is sent only on the /v3 paths: give openStackApi: 'v3' with it",
    );
  return { openStackApi, openStackMicroversion: microversion };
}

export function resolveOptions(check: Checker, input: unknown): ResolvedOptions {
  const options = ownOptions(check, '', input, optionKeys);
  const { projectId, fetch, onRetry } = options;
  if (typeof projectId !== 'string' || !/^[A-Za-z0-9_-]+$/.test(projectId))
    check.fail('projectId', 'format', projectId, 'must be a non-empty project ID of letters, digits, "-" or "_"');
  if (fetch !== undefined && typeof fetch !== 'function') check.fail('fetch', 'type', fetch, 'must be a function');
  if (onRetry !== undefined && typeof onRetry !== 'function')
    check.fail('onRetry', 'type', onRetry, 'must be a function');
  return {
    baseUrl: baseUrlFrom(check, options.endpoint, options.region),
    projectId,
    auth: authFrom(check, options.auth),
    timeoutMs:
      options.timeoutMs === undefined
        ? defaultTimeoutMs
        : integerIn(check, 'timeoutMs', options.timeoutMs, 1, maxTimerMs),
    retry: retryFrom(check, options.retry),
    fetch: (fetch as typeof globalThis.fetch | undefined) ?? ((...args) => globalThis.fetch(...args)),
    headers: headersFrom(check, options.headers),
    onRetry: onRetry as ResolvedOptions['onRetry'],
    maxResponseBytes:
      options.maxResponseBytes === undefined
        ? defaultMaxResponseBytes
        : integerIn(check, 'maxResponseBytes', options.maxResponseBytes, 1, maxResponseBytesCeiling),
    ...openStackFrom(check, options.openStackApi, options.openStackMicroversion),
  };
}
