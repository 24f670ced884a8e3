// Checks and completes the options of createEvsClient; every mistake names the option, the rule and the value.
import { regionEndpoints, type EvsRegion } from '../generated/spec-constants.js';
import type { EvsAuth } from './auth/index.js';
import { checkCredentials, checkForm, redacted } from './auth/credentials.js';
import { EvsValidationError } from './errors.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry.js';
import type { RetryEvent } from './transport.js';
import { isRecord } from './is-record.js';
import { ownOptions } from './own-options.js';
import { Checker, describeValue, maxTimerMs } from './validation.js';

interface CommonOptions {
  /** Project ID, filled into every path. */
  projectId: string;
  /** How to authenticate: `{ token }` for an IAM token in X-Auth-Token, or `{ accessKey, secretKey, securityToken? }` for AK/SK signing. */
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
  /** Largest response body read, in bytes after decompression; a larger one fails with EvsResponseError. Default 8 MiB. */
  maxResponseBytes?: number | undefined;
}

export type EvsClientOptions = CommonOptions &
  (
    | { /** Base URL of EVS, e.g. `https://evs.eu-de.otc.t-systems.com`. */ endpoint: string; region?: undefined }
    | { /** A region of the spec's servers, e.g. `eu-de` or `cn-north-4`. */ region: EvsRegion; endpoint?: undefined }
  );

export interface ResolvedOptions {
  baseUrl: string;
  projectId: string;
  auth: EvsAuth;
  timeoutMs: number;
  retry: RetryPolicy;
  fetch: typeof globalThis.fetch;
  headers: Record<string, string>;
  onRetry: ((event: RetryEvent) => void) | undefined;
  maxResponseBytes: number;
}

export const defaultTimeoutMs = 60_000;
/** Far above any EVS answer (a page of 1000 snapshots is about 1 MB), far below what hurts a process. */
export const defaultMaxResponseBytes = 8 * 1024 * 1024;
const maxResponseBytesCeiling = 1024 * 1024 * 1024;
const credentialHeaders = ['x-auth-token', 'authorization', 'x-security-token'];

function fail(field: string, rule: string, value: string, detail: string): never {
  throw new EvsValidationError({ operation: 'createEvsClient', field, rule, value, detail });
}


const integerIn = (field: string, value: unknown, min: number, max: number): number => new Checker('createEvsClient').integerIn(field, value, min, max);

function baseUrlOf(options: Record<string, unknown>): string {
  const { endpoint, region } = options;
  if (endpoint !== undefined && region !== undefined) fail('endpoint', 'oneOf', describeValue(endpoint), 'and region are exclusive: give one of them');
  if (region !== undefined) {
    if (typeof region !== 'string' || !Object.hasOwn(regionEndpoints, region))
      fail('region', 'enum', describeValue(region), `must be one of the spec's regions: ${Object.keys(regionEndpoints).join(', ')}`);
    return regionEndpoints[region as EvsRegion];
  }
  if (endpoint === undefined) fail('endpoint', 'required', 'nothing', 'or region is required');
  if (typeof endpoint !== 'string') fail('endpoint', 'type', describeValue(endpoint), 'must be a string');
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    fail('endpoint', 'format', describeValue(endpoint), 'must be an absolute URL such as https://evs.eu-de.otc.t-systems.com');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('endpoint', 'format', describeValue(endpoint), 'must use http or https');
  if (url.username || url.password) fail('endpoint', 'format', '[URL with credentials]', 'must not carry credentials; use auth');
  if (url.search || url.hash || /[?#]/.test(endpoint)) fail('endpoint', 'format', describeValue(endpoint), 'must not have a query or fragment');
  return url.href.replace(/\/+$/, '');
}

const akskKeys = ['accessKey', 'secretKey', 'securityToken', 'signingForm'] as const;

/** Misspelt option names fail instead of being ignored (`timeOutMs` would otherwise leave the default in force). */
const ownKeys = (field: string, value: unknown, known: readonly string[] | undefined): Record<string, unknown> => ownOptions(new Checker('createEvsClient'), field, value, known);

const optionKeys = ['endpoint', 'region', 'projectId', 'auth', 'timeoutMs', 'retry', 'fetch', 'headers', 'onRetry', 'maxResponseBytes'] as const;

function authOf(auth: unknown): EvsAuth {
  if (typeof auth !== 'object' || auth === null) fail('auth', 'type', describeValue(auth), 'must be an object: { token } or { accessKey, secretKey }');
  const fields = ownKeys('auth', auth, ['token', ...akskKeys]);
  const keysGiven = akskKeys.filter((key) => fields[key] !== undefined);
  const { token } = fields;
  if (token !== undefined && keysGiven.length > 0)
    fail('auth', 'oneOf', `an object with token and ${keysGiven.join(', ')}`, 'takes either { token } or { accessKey, secretKey }, not both');
  if (keysGiven.length > 0) {
    // The same checks signRequest makes, reported against the option's name.
    const credentials = checkCredentials(fields, { operation: 'createEvsClient', field: 'auth' });
    const { signingForm } = fields;
    if (signingForm === undefined || signingForm === 'access') return { ...credentials, ...(signingForm === undefined ? {} : { signingForm }) };
    return { ...credentials, signingForm: checkForm(signingForm, { operation: 'createEvsClient', field: 'auth.signingForm' }) };
  }
  if (token === undefined) fail('auth.token', 'required', 'nothing', 'is required, or accessKey and secretKey for AK/SK signing');
  if (typeof token !== 'string' || token.trim() === '') fail('auth.token', 'type', redacted(token), 'must be a non-empty string');
  if (/[\r\n]/.test(token) || /[^\t\x20-\x7e]/.test(token)) fail('auth.token', 'format', redacted(token), 'must be printable ASCII on one line');
  return { token };
}

function retryOf(retry: unknown): RetryPolicy {
  if (retry === false) return { ...defaultRetryPolicy, retries: 0 };
  if (retry === undefined) return { ...defaultRetryPolicy };
  if (typeof retry !== 'object' || retry === null) fail('retry', 'type', describeValue(retry), 'must be false or an object');
  const { retries, baseDelayMs, maxDelayMs } = { ...defaultRetryPolicy, ...(ownKeys('retry', retry, ['retries', 'baseDelayMs', 'maxDelayMs']) as Partial<RetryPolicy>) };
  const policy = {
    retries: integerIn('retry.retries', retries, 0, 10),
    baseDelayMs: integerIn('retry.baseDelayMs', baseDelayMs, 0, maxTimerMs),
    maxDelayMs: integerIn('retry.maxDelayMs', maxDelayMs, 0, maxTimerMs),
  };
  return policy;
}

/** Headers the client sets itself: credentials, the signature's date, and what fetch derives from the request. */
const managedHeaders = ['x-sdk-date', 'x-project-id', 'content-type', 'content-length', 'host', 'transfer-encoding', 'connection'];
const tokenPattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The extra headers, checked here so that a bad one fails at once rather than on every call. */
function headersOf(given: unknown): Record<string, string> {
  if (given === undefined) return {};
  if (!isRecord(given)) fail('headers', 'type', describeValue(given), 'must be an object of header names to strings');
  const headers = ownKeys('headers', given, undefined);
  const checked: Record<string, string> = {};
  const seen = new Set<string>();
  for (const key of Object.keys(headers)) {
    const value = headers[key];
    const lower = key.toLowerCase();
    // A name with control characters is shown escaped, so the error message stays on one line.
    const field = tokenPattern.test(key) ? `headers.${key}` : `headers[${JSON.stringify(key)}]`;
    const credential = credentialHeaders.some((header) => lower.trim() === header);
    if (credential) fail(field, 'credentials', redacted(value), 'must not be set here; pass credentials in auth');
    if (!tokenPattern.test(key))
      fail(field, 'format', describeValue(key), 'must be a header name: letters, digits and !#$%&\'*+.^_`|~- only (no spaces, colons or line breaks)');
    if (managedHeaders.includes(lower)) fail(field, 'reserved', describeValue(value), 'is set by the client itself and cannot be given here');
    if (seen.has(lower)) fail(field, 'unique', describeValue(value), 'is given twice (header names are case-insensitive)');
    seen.add(lower);
    if (typeof value !== 'string') fail(field, 'type', describeValue(value), 'must be a string');
    if (!/^[\x21-\x7e]([\t\x20-\x7e]*[\x21-\x7e])?$/.test(value) && value !== '')
      fail(field, 'format', describeValue(value), 'must be printable ASCII on one line, without leading or trailing spaces (fetch would trim or refuse it, and AK/SK signing signs ASCII only)');
    checked[key] = value;
  }
  return checked;
}

export function resolveOptions(input: EvsClientOptions): ResolvedOptions {
  if (typeof input !== 'object' || input === null) fail('options', 'type', describeValue(input), 'must be an object');
  const options = ownKeys('', input, optionKeys);
  const { projectId, fetch, onRetry } = options;
  if (typeof projectId !== 'string' || !/^[A-Za-z0-9_-]+$/.test(projectId))
    fail('projectId', 'format', describeValue(projectId), 'must be a non-empty project ID of letters, digits, "-" or "_"');
  if (fetch !== undefined && typeof fetch !== 'function') fail('fetch', 'type', describeValue(fetch), 'must be a function');
  if (onRetry !== undefined && typeof onRetry !== 'function') fail('onRetry', 'type', describeValue(onRetry), 'must be a function');
  return {
    baseUrl: baseUrlOf(options),
    projectId,
    auth: authOf(options.auth),
    timeoutMs: options.timeoutMs === undefined ? defaultTimeoutMs : integerIn('timeoutMs', options.timeoutMs, 1, maxTimerMs),
    retry: retryOf(options.retry),
    fetch: (fetch as typeof globalThis.fetch | undefined) ?? ((...args) => globalThis.fetch(...args)),
    headers: headersOf(options.headers),
    onRetry: onRetry as ResolvedOptions['onRetry'],
    maxResponseBytes: options.maxResponseBytes === undefined ? defaultMaxResponseBytes : integerIn('maxResponseBytes', options.maxResponseBytes, 1, maxResponseBytesCeiling),
  };
}
