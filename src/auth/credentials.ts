// What AK/SK credentials and signing forms must look like, checked where they enter (signRequest,
// createEvsClient). Kept apart from the signing itself so that a client using a token never
// loads the signing code (src/auth/aksk.ts imports it on first use).
import { EvsValidationError } from '../errors.js';
import { describeValue } from '../validation.js';

export interface SignableRequest {
  method: string;
  /** Absolute URL as it goes on the wire; its path may already be percent-encoded. */
  url: string | URL;
  headers?: Record<string, string> | Headers | undefined;
  /** The exact bytes to send (a string is sent as UTF-8). Streams cannot be hashed beforehand. */
  body?: string | Uint8Array | ArrayBuffer | null | undefined;
}

export interface SigningCredentials {
  accessKey: string;
  /** Never logged or shown. */
  secretKey: string;
  /** For temporary AK/SK: sent, and signed, as X-Security-Token. Never logged or shown. */
  securityToken?: string | undefined;
}

/** The older scope form; gophertelekomcloud leaves region and service empty (`YYYYMMDD///sdk_request`). */
export interface CredentialSigningForm {
  type: 'credential';
  region?: string | undefined;
  service?: string | undefined;
}

/** `access` (default): `Access=<AK>`, keyed with the raw SK; `credential`: `Credential=<AK>/<scope>`, with a derived key. */
export type SigningForm = { type: 'access' } | CredentialSigningForm;

export interface SigningOptions {
  /** Signing time (default: now). The gateway rejects a request more than 15 minutes off its clock. */
  date?: Date | undefined;
  form?: SigningForm | undefined;
}

/** The headers to add to the request. */
export interface SignatureHeaders {
  'X-Sdk-Date': string;
  Authorization: string;
  'X-Security-Token'?: string;
}

export interface CanonicalRequest {
  /** The canonical request text that is hashed into the string to sign. */
  text: string;
  /** Lower-case names of the signed headers, sorted, joined with `;`. */
  signedHeaders: string;
}

/** Where a check runs, so that createEvsClient can report `auth.accessKey` with its own operation. */
export interface CheckContext {
  operation: string;
  /** Name of the checked option as errors report it, e.g. `credentials`, `auth` or `auth.signingForm`. */
  field: string;
}

/** signRequest's own checks; their other fields are named where they fail. */
export const signing: CheckContext = { operation: 'signRequest', field: 'credentials' };
export const credentialHeaders = new Set(['authorization', 'x-auth-token', 'x-security-token']);
export const tokenPattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const visibleAscii = /^[\x21-\x7e]+$/;
const scopePart = /^[A-Za-z0-9._~-]*$/;

/** How a secret is shown in errors: its type and length, never its characters. */
export const redacted = (value: unknown): string =>
  typeof value === 'string' ? `[redacted string of ${value.length} characters]` : `[redacted ${value === null ? 'null' : typeof value}]`;

export function fail(where: CheckContext, field: string, rule: string, value: string, detail: string): never {
  throw new EvsValidationError({ operation: where.operation, field, rule, value, detail });
}

// ---- input checks ---------------------------------------------------------------------------

/** Checks AK, SK and security token; the SK and the token are only ever shown redacted. */
export function checkCredentials(credentials: unknown, where: CheckContext = signing): SigningCredentials {
  if (typeof credentials !== 'object' || credentials === null) fail(where, where.field, 'type', describeValue(credentials), 'must be an object { accessKey, secretKey }');
  const { accessKey, secretKey, securityToken } = credentials as Record<string, unknown>;
  const field = (name: string): string => `${where.field}.${name}`;

  if (accessKey === undefined) fail(where, field('accessKey'), 'required', 'nothing', 'is required');
  if (typeof accessKey !== 'string') fail(where, field('accessKey'), 'type', describeValue(accessKey), 'must be a string');
  if (accessKey === '') fail(where, field('accessKey'), 'minLength', describeValue(accessKey), 'must not be empty');
  // Commas and slashes would break the Authorization header apart (`Access=AK, ...`, `Credential=AK/scope`).
  if (!visibleAscii.test(accessKey) || /[,/]/.test(accessKey))
    fail(where, field('accessKey'), 'format', describeValue(accessKey), 'must be printable ASCII without spaces, commas or slashes');

  if (secretKey === undefined) fail(where, field('secretKey'), 'required', 'nothing', 'is required');
  if (typeof secretKey !== 'string') fail(where, field('secretKey'), 'type', redacted(secretKey), 'must be a string');
  if (secretKey === '') fail(where, field('secretKey'), 'minLength', redacted(secretKey), 'must not be empty');
  // Catches the newline of a key read from a file, which would otherwise only show up as HTTP 401.
  if (!visibleAscii.test(secretKey)) fail(where, field('secretKey'), 'format', redacted(secretKey), 'must be printable ASCII without spaces or line breaks');

  if (securityToken === undefined) return { accessKey, secretKey };
  if (typeof securityToken !== 'string') fail(where, field('securityToken'), 'type', redacted(securityToken), 'must be a string');
  if (!visibleAscii.test(securityToken)) fail(where, field('securityToken'), 'format', redacted(securityToken), 'must be non-empty printable ASCII without spaces or line breaks');
  return { accessKey, secretKey, securityToken };
}

/** Checks a signing form; `field` is the full name of the option, e.g. `options.form`. */
export function checkForm(form: unknown, where: CheckContext): SigningForm {
  if (form === undefined) return { type: 'access' };
  if (typeof form !== 'object' || form === null) fail(where, where.field, 'type', describeValue(form), 'must be { type: "access" } or { type: "credential", region?, service? }');
  const { type, region, service } = form as Record<string, unknown>;
  if (type === 'access') return { type };
  if (type !== 'credential') fail(where, `${where.field}.type`, 'enum', describeValue(type), 'must be "access" or "credential"');
  for (const [name, value] of [['region', region], ['service', service]] as const)
    if (value !== undefined && (typeof value !== 'string' || !scopePart.test(value)))
      fail(where, `${where.field}.${name}`, 'format', describeValue(value), 'must be a string of letters, digits, ".", "_", "~" or "-" (it goes into the credential scope)');
  return { type, ...(typeof region === 'string' ? { region } : {}), ...(typeof service === 'string' ? { service } : {}) };
}
