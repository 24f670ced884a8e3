// The arithmetic of SDK-HMAC-SHA256, the AK/SK signature the API Gateway in front of EVS checks:
// the canonical request, the string to sign and the HMAC, in Huawei Cloud's current `Access=`
// form and the older `Credential=` scope form of Open Telekom Cloud's Go SDK. Pure: the client
// signs with it, the emulator verifies with it; neither checks its input here.
import { createHash, createHmac } from 'node:crypto';

export const signingAlgorithm = 'SDK-HMAC-SHA256';

/**
 * `access` (default): `Access=<AK>`, keyed with the raw SK;
 * `credential`: `Credential=<AK>/<scope>`, with a derived key.
 */
export type SigningForm =
  | { type: 'access' }
  | { type: 'credential'; region?: string | undefined; service?: string | undefined };

export interface CanonicalInput {
  method: string;
  /** As on the wire: its segments may be percent-encoded. */
  pathname: string;
  /** As on the wire, with or without the leading `?`. */
  search: string;
  /**
   * Lower-case names to values as they are signed (trimmed, repeated ones joined
   * with ", "); an `x-sdk-content-sha256` of UNSIGNED-PAYLOAD leaves the body out.
   */
  headers: ReadonlyMap<string, string>;
  /** Lower-case names of the headers to sign; every one must be in `headers`. */
  signedHeaders: readonly string[];
  body: string | Uint8Array;
}

/**
 * The payload hash Huawei's signing guide documents for a body that is not hashed: sent as the
 * `X-Sdk-Content-Sha256` header, it stands in the canonical request for the body's SHA-256.
 */
export const unsignedPayload = 'UNSIGNED-PAYLOAD';

/** Whether a request's X-Sdk-Content-Sha256 value says its body is not signed. */
export const isUnsignedPayload = (contentSha256: string | undefined): boolean =>
  contentSha256?.trim() === unsignedPayload;

/**
 * Which headers a signer signs. The gateway accepts any SignedHeaders list that includes
 * x-sdk-date (Huawei's example signs content-type;host;x-sdk-date, GoV3 nearly everything it
 * sends), so every header is signed except authorization, which carries the signature, and
 * names with `_`, which nginx-based proxies drop by default, so that a signed one never arrives.
 */
export const isSignedHeader = (name: string): boolean => name !== 'authorization' && !name.includes('_');

/** Percent-decodes to bytes; a `%` not followed by two hex digits stays a literal `%`. */
function decodeToBytes(text: string): Buffer {
  return Buffer.concat(
    // Split on a capturing pattern: the escapes are the odd pieces.
    text
      .split(/(%[0-9A-Fa-f]{2})/)
      .map((piece, i) => (i % 2 === 1 ? Buffer.from([Number.parseInt(piece.slice(1), 16)]) : Buffer.from(piece))),
  );
}

const isUnreserved = (byte: number): boolean =>
  (byte >= 0x41 && byte <= 0x5a) ||
  (byte >= 0x61 && byte <= 0x7a) ||
  (byte >= 0x30 && byte <= 0x39) ||
  byte === 0x2d ||
  byte === 0x2e ||
  byte === 0x5f ||
  byte === 0x7e;

/** RFC 3986 encoding: unreserved bytes as they are, every other byte as `%XY` in upper-case hex. */
function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes)
    out += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/**
 * Decoding each segment before re-encoding it makes `%2F` stay one segment
 * and raw non-ASCII become UTF-8 escapes; the URI always ends with `/`.
 */
function canonicalUri(pathname: string): string {
  const path = pathname
    .split('/')
    .map((segment) => encodeBytes(decodeToBytes(segment)))
    .join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Names and values are percent-decoded only (a `+` is a literal plus, as for the Python APIG
 * signer; openapi-fetch writes spaces as `%20`), then sorted by their bytes, names first and
 * values within a repeated name, and re-encoded; empty values stay as `k=`.
 */
function canonicalQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece !== '')
    .map((piece) => {
      const at = piece.indexOf('=');
      return at < 0
        ? [decodeToBytes(piece), Buffer.alloc(0)]
        : [decodeToBytes(piece.slice(0, at)), decodeToBytes(piece.slice(at + 1))];
    }) as [Buffer, Buffer][];
  pairs.sort(([nameA, valueA], [nameB, valueB]) => Buffer.compare(nameA, nameB) || Buffer.compare(valueA, valueB));
  return pairs.map(([name, value]) => `${encodeBytes(name)}=${encodeBytes(value)}`).join('&');
}

const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();

export function canonicalRequestText(input: CanonicalInput): string {
  const names = [...input.signedHeaders].sort();
  return [
    input.method,
    canonicalUri(input.pathname),
    canonicalQuery(input.search),
    names.map((name) => `${name}:${input.headers.get(name) ?? ''}\n`).join(''),
    names.join(';'),
    isUnsignedPayload(input.headers.get('x-sdk-content-sha256')) ? unsignedPayload : sha256Hex(input.body),
  ].join('\n');
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export const sdkDateOf = (date: Date): string => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The time an X-Sdk-Date names, in ms, or undefined when it is not `YYYYMMDDTHHMMSSZ`. */
export function timeOfSdkDate(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(time)
    .toISOString()
    .startsWith(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`)
    ? time
    : undefined;
}

export interface Signature {
  /** `Access=<AK>` or `Credential=<AK>/<scope>`. */
  credential: string;
  /** Hex HMAC-SHA256 of the string to sign. */
  signature: string;
}

/** The signature of a canonical request text, signed at `sdkDate` with this key pair and form. */
export function signatureOf(
  canonicalText: string,
  keys: { accessKey: string; secretKey: string },
  sdkDate: string,
  form: SigningForm,
): Signature {
  const requestHash = sha256Hex(canonicalText);
  if (form.type === 'access') {
    return {
      credential: `Access=${keys.accessKey}`,
      signature: hmac(keys.secretKey, `${signingAlgorithm}\n${sdkDate}\n${requestHash}`).toString('hex'),
    };
  }
  const day = sdkDate.slice(0, 8);
  const region = form.region ?? '';
  const service = form.service ?? '';
  const scope = `${day}/${region}/${service}/sdk_request`;
  const key = hmac(hmac(hmac(hmac(`SDK${keys.secretKey}`, day), region), service), 'sdk_request');
  return {
    credential: `Credential=${keys.accessKey}/${scope}`,
    signature: hmac(key, `${signingAlgorithm}\n${sdkDate}\n${scope}\n${requestHash}`).toString('hex'),
  };
}

export const authorizationOf = (signature: Signature, signedHeaders: readonly string[]): string =>
  `${signingAlgorithm} ${signature.credential}, SignedHeaders=${[...signedHeaders].sort().join(';')}, ` +
  `Signature=${signature.signature}`;
