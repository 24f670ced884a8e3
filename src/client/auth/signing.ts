// signRequest, the `evs-snapshot-openapi/signing` entry point: AK/SK signing of any request,
// with every input checked and the secret key never shown. The client signs its own requests
// through `signTrusted`, which skips the checks its options already passed.

import { isCredentialHeader } from '../../shared/credential-headers.js';
import { describeValue } from '../../shared/describe.js';
import { checkHttpUrl } from '../../shared/http-url.js';
import { Checker, InputProblem } from '../../shared/input-problem.js';
import { ownOptions } from '../../shared/own-options.js';
import {
  authorizationOf,
  canonicalRequestText,
  isSignedHeader,
  type SigningForm,
  sdkDateOf,
  signatureOf,
} from '../../shared/signature.js';
import { EvsValidationError } from '../errors.js';
import { checkCredentials, checkForm, redacted } from './credentials.js';
import type {
  CanonicalRequest,
  SignableRequest,
  SignatureHeaders,
  SigningCredentials,
  SigningOptions,
} from './types.js';

export { signingAlgorithm } from '../../shared/signature.js';
export type {
  CanonicalRequest,
  CredentialSigningForm,
  SignableRequest,
  SignatureHeaders,
  SigningCredentials,
  SigningForm,
  SigningOptions,
} from './types.js';

const tokenPattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const fetchUpperCased = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

const unsignableBody = 'must be a string, Uint8Array, ArrayBuffer or null: a stream cannot be hashed before it is sent';

/** A body that cannot be signed, named by its class (`a ReadableStream`) or, for a plain value, by itself. */
function bodyShown(body: unknown): string {
  const type =
    typeof body === 'object' && body !== null
      ? (body as { constructor?: { name?: unknown } }).constructor?.name
      : undefined;
  return typeof type === 'string' && type !== 'Object' ? `a ${type}` : describeValue(body);
}

/** The error of a client request whose body is a stream (a custom bodySerializer's): it cannot be hashed. */
export const unsignableBodyError = (body: unknown): EvsValidationError =>
  new EvsValidationError({
    operation: 'signRequest',
    field: 'body',
    rule: 'type',
    value: bodyShown(body),
    detail: unsignableBody,
  });

interface Parsed {
  method: string;
  url: URL;
  headers: Map<string, string>;
  body: string | Uint8Array;
}

/**
 * The request's parts, checked: method, absolute URL, ASCII headers
 * (secrets, never empty, shown redacted), a body that can be hashed.
 */
function parseRequest(check: Checker, request: unknown, secrets: readonly string[]): Parsed {
  const fields = ownOptions(check, 'request', request, ['method', 'url', 'headers', 'body']);
  const { method, url, headers, body } = fields;
  const show = (name: string, value: unknown): string =>
    isCredentialHeader(name) || (typeof value === 'string' && secrets.some((secret) => value.includes(secret)))
      ? redacted(value)
      : describeValue(value);

  if (typeof method !== 'string' || !tokenPattern.test(method))
    check.fail('method', 'format', method, 'must be an HTTP method name');
  // Sign the method as fetch sends it: it upper-cases only these six.
  const canonicalMethod = fetchUpperCased.has(method.toUpperCase()) ? method.toUpperCase() : method;

  if (typeof url !== 'string' && !(url instanceof URL)) check.fail('url', 'type', url, 'must be a string or a URL');
  const checked = checkHttpUrl(String(url), { bare: false });
  if ('problem' in checked)
    check.failShowing(
      'url',
      'format',
      checked.problem.includes('credentials') ? '[URL with credentials]' : show('url', String(url)),
      checked.problem,
    );

  const map = new Map<string, string>();
  const entries: [string, unknown][] = [];
  if (headers instanceof Headers) for (const [name, value] of headers) entries.push([name, value]);
  else if (headers !== undefined && headers !== null)
    entries.push(...Object.entries(ownOptions(check, 'headers', headers, undefined)));
  for (const [name, value] of entries) {
    if (!tokenPattern.test(name)) check.fail('headers', 'format', name, 'must have names that are HTTP tokens');
    if (typeof value !== 'string') check.failShowing(`headers.${name}`, 'type', show(name, value), 'must be a string');
    if (!/^[\t\x20-\x7e]*$/.test(value))
      check.failShowing(
        `headers.${name}`,
        'format',
        show(name, value),
        'must be printable ASCII on one line (no control or non-ASCII characters)',
      );
    addHeader(map, name, value);
  }

  let bytes: string | Uint8Array = '';
  if (typeof body === 'string' || body instanceof Uint8Array) bytes = body;
  else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body);
  else if (body !== undefined && body !== null) check.failShowing('body', 'type', bodyShown(body), unsignableBody);
  return { method: canonicalMethod, url: checked.url, headers: map, body: bytes };
}

/** Values are trimmed, a repeated name joined as fetch joins it. */
function addHeader(map: Map<string, string>, name: string, value: string): void {
  const key = name.toLowerCase();
  const trimmed = value.replace(/^[\t ]+|[\t ]+$/g, '');
  const before = map.get(key);
  map.set(key, before === undefined ? trimmed : `${before}, ${trimmed}`);
}

/** The canonical request of parts whose headers hold everything to sign; `added` replace copies in any case. */
function canonicalOf(parsed: Parsed, added: Readonly<Record<string, string>> = {}): CanonicalRequest {
  const headers = new Map(parsed.headers);
  for (const [name, value] of Object.entries(added)) headers.set(name.toLowerCase(), value);
  if (!headers.has('host')) headers.set('host', parsed.url.host);
  const signedHeaders = [...headers.keys()].filter(isSignedHeader).sort();
  const text = canonicalRequestText({
    method: parsed.method,
    pathname: parsed.url.pathname,
    search: parsed.url.search,
    headers,
    signedHeaders,
    body: parsed.body,
  });
  return { text, signedHeaders: signedHeaders.join(';') };
}

function sign(parsed: Parsed, credentials: SigningCredentials, form: SigningForm, date: Date): SignatureHeaders {
  const sdkDate = sdkDateOf(date);
  const added = {
    'X-Sdk-Date': sdkDate,
    ...(credentials.securityToken === undefined ? {} : { 'X-Security-Token': credentials.securityToken }),
  };
  const { text, signedHeaders } = canonicalOf(parsed, added);
  return {
    ...added,
    Authorization: authorizationOf(signatureOf(text, credentials, sdkDate, form), signedHeaders.split(';')),
  };
}

/** Runs the checks of the entry point, reporting their problems as EvsValidationError of `signRequest`. */
function checked<T>(work: (check: Checker) => T): T {
  try {
    return work(new Checker());
  } catch (error) {
    if (error instanceof InputProblem) throw new EvsValidationError({ operation: 'signRequest', ...error });
    throw error;
  }
}

/**
 * The canonical request of a request whose headers already hold everything to sign (X-Sdk-Date
 * included): for checking a signature step by step against the documented examples.
 */
export function canonicalRequest(request: SignableRequest): CanonicalRequest {
  return checked((check) => canonicalOf(parseRequest(check, request, [])));
}

/**
 * Signs a request with an AK/SK pair: returns X-Sdk-Date, Authorization and, for temporary
 * credentials, X-Security-Token, to be set on the request as it is sent. Throws
 * EvsValidationError (operation `signRequest`) on bad input, never showing the SK or the token.
 */
export function signRequest(
  request: SignableRequest,
  credentials: SigningCredentials,
  options: SigningOptions = {},
): SignatureHeaders {
  return checked((check: Checker) => {
    // A string here is most likely the secret key itself: never shown.
    if (typeof credentials !== 'object' || credentials === null)
      check.failShowing(
        'credentials',
        'type',
        typeof credentials === 'string' ? redacted(credentials) : describeValue(credentials),
        'must be an object { accessKey, secretKey }',
      );
    const keys = checkCredentials(
      check,
      'credentials',
      ownOptions(check, 'credentials', credentials, ['accessKey', 'secretKey', 'securityToken']),
    );
    const given = ownOptions(check, 'options', options, ['date', 'form']);
    const date = given.date === undefined ? new Date() : given.date;
    if (!(date instanceof Date)) check.fail('options.date', 'type', date, 'must be a Date');
    const year = date.getUTCFullYear();
    if (Number.isNaN(date.getTime()) || year < 0 || year > 9999)
      check.failShowing('options.date', 'range', String(date), 'must be a valid date with a four-digit year');
    if (given.form !== undefined && (typeof given.form !== 'object' || given.form === null))
      check.fail(
        'options.form',
        'type',
        given.form,
        'must be { type: "access" } or { type: "credential", region?, service? }',
      );
    const form = checkForm(
      check,
      'options.form',
      given.form === undefined
        ? undefined
        : ownOptions(check, 'options.form', given.form, ['type', 'region', 'service']),
    );
    return sign(
      parseRequest(check, request, [keys.secretKey, ...(keys.securityToken === undefined ? [] : [keys.securityToken])]),
      keys,
      form,
      date,
    );
  });
}

/** The client's own requests: credentials and form were checked once in createEvsClient, headers on the way in. */
export function signTrusted(
  request: { method: string; url: string; headers: Headers; body: string | Uint8Array },
  credentials: SigningCredentials,
  form: SigningForm,
  date: Date,
): SignatureHeaders {
  const headers = new Map<string, string>();
  for (const [name, value] of request.headers) addHeader(headers, name, value);
  return sign(
    { method: request.method, url: new URL(request.url), headers, body: request.body },
    credentials,
    form,
    date,
  );
}
