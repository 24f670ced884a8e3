// AK/SK request signing, SDK-HMAC-SHA256 as the API Gateway in front of EVS verifies it: Huawei's
// current `Access=` form and the older `Credential=` scope form of Open Telekom Cloud's Go SDK.
// Pure: it reads a request and returns the headers to add; the secret key never leaves this module.
import { createHash, createHmac } from 'node:crypto';
import { describeValue } from '../validation.js';
import {
  checkCredentials,
  checkForm,
  credentialHeaders,
  fail,
  redacted,
  signing,
  tokenPattern,
  type CanonicalRequest,
  type SignableRequest,
  type SignatureHeaders,
  type SigningCredentials,
  type SigningOptions,
} from './credentials.js';

export type { CanonicalRequest, CredentialSigningForm, SignableRequest, SignatureHeaders, SigningCredentials, SigningForm, SigningOptions } from './credentials.js';

export const signingAlgorithm = 'SDK-HMAC-SHA256';

function checkDate(date: unknown): Date {
  if (date === undefined) return new Date();
  if (!(date instanceof Date)) fail(signing, 'options.date', 'type', describeValue(date), 'must be a Date');
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 0 || year > 9999) fail(signing, 'options.date', 'range', String(date), 'must be a valid date with a four-digit year');
  return date;
}

function checkUrl(url: unknown, show: (value: unknown) => string): URL {
  if (typeof url !== 'string' && !(url instanceof URL)) fail(signing, 'url', 'type', describeValue(url), 'must be a string or a URL');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail(signing, 'url', 'format', show(String(url)), 'must be an absolute URL');
  }
  if (parsed.username || parsed.password) fail(signing, 'url', 'format', '[URL with credentials]', 'must not carry credentials');
  return parsed;
}

/** Bodies that can be hashed before sending, as bytes; anything else (streams, Blob, FormData, ...) is refused. */
function checkBody(body: unknown): string | Uint8Array {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  const type = typeof body === 'object' ? (body as { constructor?: { name?: unknown } }).constructor?.name : undefined;
  const kind = typeof type === 'string' && type !== 'Object' ? `a ${type}` : describeValue(body);
  return fail(signing, 'body', 'type', kind, 'must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent');
}

/** The request's headers by lower-case name, checked to be ASCII; values are trimmed, duplicates joined as fetch joins them. */
function headerMap(headers: unknown, show: (name: string, value: unknown) => string): Map<string, string> {
  const map = new Map<string, string>();
  if (headers === undefined || headers === null) return map;
  const entries: [string, unknown][] = [];
  if (headers instanceof Headers) headers.forEach((value, name) => entries.push([name, value]));
  else if (typeof headers === 'object' && !Array.isArray(headers)) entries.push(...Object.entries(headers));
  else fail(signing, 'headers', 'type', describeValue(headers), 'must be a Headers or an object of strings');
  for (const [name, value] of entries) {
    if (!tokenPattern.test(name)) fail(signing, 'headers', 'format', describeValue(name), 'must have names that are HTTP tokens');
    if (typeof value !== 'string') fail(signing, `headers.${name}`, 'type', show(name, value), 'must be a string');
    if (!/^[\t\x20-\x7e]*$/.test(value)) fail(signing, `headers.${name}`, 'format', show(name, value), 'must be printable ASCII on one line (no control or non-ASCII characters)');
    const key = name.toLowerCase();
    const trimmed = value.replace(/^[\t ]+|[\t ]+$/g, '');
    const before = map.get(key);
    map.set(key, before === undefined ? trimmed : `${before}, ${trimmed}`);
  }
  return map;
}

const fetchUpperCased = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

function checkMethod(method: unknown): string {
  if (typeof method !== 'string' || !tokenPattern.test(method)) fail(signing, 'method', 'format', describeValue(method), 'must be an HTTP method name');
  // Sign the method as fetch sends it: it upper-cases only these six.
  return fetchUpperCased.has(method.toUpperCase()) ? method.toUpperCase() : method;
}

// ---- canonicalisation -----------------------------------------------------------------------

/** Percent-decodes to bytes; a `%` not followed by two hex digits stays a literal `%`. */
function decodeToBytes(text: string): Buffer {
  return Buffer.concat(
    text.split(/(%[0-9A-Fa-f]{2})/).map((piece) => (/^%[0-9A-Fa-f]{2}$/.test(piece) ? Buffer.from([Number.parseInt(piece.slice(1), 16)]) : Buffer.from(piece, 'utf8'))),
  );
}

const isUnreserved = (byte: number): boolean =>
  (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x2e || byte === 0x5f || byte === 0x7e;

/** RFC 3986 encoding: unreserved bytes as they are, every other byte as `%XY` in upper-case hex. */
function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/** Decoding each segment before re-encoding it makes `%2F` stay one segment and raw non-ASCII become UTF-8 escapes. */
function canonicalUri(pathname: string): string {
  const path = pathname.split('/').map((segment) => encodeBytes(decodeToBytes(segment))).join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Names and values are percent-decoded only (a `+` is a literal plus, as for the Python APIG signer;
 * openapi-fetch writes spaces as `%20`), then sorted by their bytes, i.e. by code point, names first
 * and values within a repeated name, and re-encoded.
 */
function canonicalQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece !== '')
    .map((piece) => {
      const at = piece.indexOf('=');
      return at < 0 ? [decodeToBytes(piece), Buffer.alloc(0)] : [decodeToBytes(piece.slice(0, at)), decodeToBytes(piece.slice(at + 1))];
    }) as [Buffer, Buffer][];
  pairs.sort(([nameA, valueA], [nameB, valueB]) => Buffer.compare(nameA, nameB) || Buffer.compare(valueA, valueB));
  return pairs.map(([name, value]) => `${encodeBytes(name)}=${encodeBytes(value)}`).join('&');
}

/**
 * Which headers are signed. The gateway accepts any SignedHeaders list that includes x-sdk-date
 * (Huawei's example signs content-type;host;x-sdk-date, GoV3 nearly everything it sends), so sign
 * every header the request carries, so that none can be changed in transit, and host, taken from
 * the URL as fetch sends it. Left out: authorization, which carries the signature, and names with
 * `_`, which nginx-based proxies drop by default, so that a signed one could never verify.
 */
const isSigned = (name: string): boolean => name !== 'authorization' && !name.includes('_');

function secretShower(secrets: readonly string[]): (value: unknown) => string {
  return (value) => (typeof value === 'string' && secrets.some((secret) => secret !== '' && value.includes(secret)) ? redacted(value) : describeValue(value));
}

/** `added` are headers the signer sets itself; they replace any copies in the request, whatever their case. */
function canonicalize(request: unknown, secrets: readonly string[], added: Readonly<Record<string, string>> = {}): CanonicalRequest {
  if (typeof request !== 'object' || request === null) fail(signing, 'request', 'type', describeValue(request), 'must be an object { method, url, headers?, body? }');
  const { method, url, headers, body } = request as Record<string, unknown>;
  const show = secretShower(secrets);
  const canonicalMethod = checkMethod(method);
  const parsed = checkUrl(url, show);
  const map = headerMap(headers, (name, value) => (credentialHeaders.has(name.toLowerCase()) ? redacted(value) : show(value)));
  const payload = checkBody(body);
  for (const [name, value] of Object.entries(added)) map.set(name.toLowerCase(), value);
  if (!map.has('host')) map.set('host', parsed.host);

  const names = [...map.keys()].filter(isSigned).sort();
  const signedHeaders = names.join(';');
  const text = [
    canonicalMethod,
    canonicalUri(parsed.pathname),
    canonicalQuery(parsed.search),
    names.map((name) => `${name}:${map.get(name) ?? ''}\n`).join(''),
    signedHeaders,
    createHash('sha256').update(payload).digest('hex'),
  ].join('\n');
  return { text, signedHeaders };
}

/**
 * The canonical request of a request whose headers already hold everything to sign (X-Sdk-Date
 * included): for checking a signature step by step against the documented examples.
 */
export function canonicalRequest(request: SignableRequest): CanonicalRequest {
  return canonicalize(request, []);
}

// ---- signing --------------------------------------------------------------------------------

const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** `YYYYMMDDTHHMMSSZ` in UTC. */
const sdkDateOf = (date: Date): string => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/**
 * Signs a request with an AK/SK pair: returns X-Sdk-Date, Authorization and, for temporary
 * credentials, X-Security-Token, to be set on the request as it is sent. Throws
 * EvsValidationError (operation `signRequest`) on bad input, never showing the SK or the token.
 */
export function signRequest(request: SignableRequest, credentials: SigningCredentials, options: SigningOptions = {}): SignatureHeaders {
  const { accessKey, secretKey, securityToken } = checkCredentials(credentials);
  if (typeof options !== 'object' || options === null) fail(signing, 'options', 'type', describeValue(options), 'must be an object');
  const date = checkDate(options.date);
  const form = checkForm(options.form, { operation: 'signRequest', field: 'options.form' });
  const sdkDate = sdkDateOf(date);

  const added = { 'X-Sdk-Date': sdkDate, ...(securityToken === undefined ? {} : { 'X-Security-Token': securityToken }) };
  const { text, signedHeaders } = canonicalize(request, [secretKey, ...(securityToken === undefined ? [] : [securityToken])], added);
  const requestHash = createHash('sha256').update(text, 'utf8').digest('hex');

  let credential: string;
  let stringToSign: string;
  let key: string | Buffer;
  if (form.type === 'access') {
    credential = `Access=${accessKey}`;
    stringToSign = `${signingAlgorithm}\n${sdkDate}\n${requestHash}`;
    key = secretKey;
  } else {
    const day = sdkDate.slice(0, 8);
    const region = form.region ?? '';
    const service = form.service ?? '';
    const scope = `${day}/${region}/${service}/sdk_request`;
    credential = `Credential=${accessKey}/${scope}`;
    stringToSign = `${signingAlgorithm}\n${sdkDate}\n${scope}\n${requestHash}`;
    key = hmac(hmac(hmac(hmac(`SDK${secretKey}`, day), region), service), 'sdk_request');
  }
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  return { ...added, Authorization: `${signingAlgorithm} ${credential}, SignedHeaders=${signedHeaders}, Signature=${signature}` };
}

