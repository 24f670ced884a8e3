// What a server of this project (the mock's guard, later the emulator) checks before it lets a
// request near its routing: sizes, percent-encoding, media type, body bytes and JSON nesting.
// Each refusal is a documented 4xx whose body is valid against the spec's ErrorResponse, so a
// hostile or broken client gets an answer it can read, never a crash, a 5xx or a reset.
import { errorMessages } from '../../generated/spec-constants.js';
import { errorBody } from './error-body.js';

/** The limits the spec's 413, 414 and 431 responses state for this project's servers. */
export const screenLimits = Object.freeze({
  /** Request target (path and query), in bytes. */
  maxUrlBytes: 8192,
  /**
   * One header field, name and value, in bytes: an IAM token (a PKI blob that grows with roles
   * and projects) of the 100,000 characters some Huawei API pages allow for X-Auth-Token fits.
   */
  maxHeaderFieldBytes: 128 * 1024,
  /** All header fields together, in bytes, however many there are. */
  maxHeaderBytes: 192 * 1024,
  /** Request body: twice the largest metadata EVS accepts (1 MiB). */
  maxBodyBytes: 2 * 1024 * 1024,
  /** JSON nesting: an EVS body is 3 levels deep (snapshot, metadata, value). */
  maxJsonDepth: 32,
});

export interface Refusal {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** A refusal whose EVS-form body carries the HTTP status as its code. */
const refusal = (wrapper: string, status: number, message: string): Refusal => ({
  status,
  body: errorBody(wrapper, status, message),
});
const urlEncodingFailed = (where: string): Refusal => ({
  status: 400,
  body: errorBody('error', 'EVS.1025', `url encoding failed! (${where})`),
});
const malformedBody = (why: string): Refusal => ({
  status: 400,
  body: errorBody('badRequest', 'EVS.5400', `${errorMessages['EVS.5400']} (${why})`),
});

const byteLength = (text: string): number => Buffer.byteLength(text, 'latin1');
/** Node's raw headers, [name, value, name, value, ...], as pairs. */
const pairsOf = (rawHeaders: readonly string[]): [string, string][] =>
  Array.from({ length: rawHeaders.length >> 1 }, (_, i) => [rawHeaders[2 * i]!, rawHeaders[2 * i + 1]!]);

/** Whether every escape is `%XY` and the escaped bytes are UTF-8 (decodeURIComponent checks both). */
function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
  } catch {
    return false;
  }
  return true;
}

/** Checks the request line and headers (raw, as the parser read them). */
export function screenHead(url: string, rawHeaders: readonly string[], httpVersion = '1.1'): Refusal | undefined {
  const urlBytes = byteLength(url);
  if (urlBytes > screenLimits.maxUrlBytes)
    return refusal(
      'error',
      414,
      `The request URL is ${urlBytes} bytes long; at most ${screenLimits.maxUrlBytes} bytes are accepted.`,
    );
  const headers = pairsOf(rawHeaders);
  let total = 0;
  for (const [name, value] of headers) {
    // As HTTP/1.1 counts a field: `name: value` and its CRLF.
    const field = byteLength(name) + byteLength(value) + 2;
    total += field + 2;
    if (field > screenLimits.maxHeaderFieldBytes)
      return refusal(
        'error',
        431,
        `The ${name.slice(0, 64)} header is ${field} bytes long; at most ${screenLimits.maxHeaderFieldBytes} ` +
          `bytes are accepted per header field.`,
      );
  }
  if (total > screenLimits.maxHeaderBytes)
    return refusal(
      'error',
      431,
      `The request headers are ${total} bytes long; ` +
        `at most ${screenLimits.maxHeaderBytes} bytes are accepted in all.`,
    );
  const valuesOf = (wanted: string): string[] =>
    headers.filter(([name]) => name.toLowerCase() === wanted).map(([, value]) => value);
  if (httpVersion === '1.1' && valuesOf('host').length !== 1)
    return refusal('badRequest', 400, 'An HTTP/1.1 request must carry exactly one Host header.');
  for (const accept of valuesOf('accept'))
    if (accept.trim() !== '' && !accept.split(',').every((range) => mediaTypeOf(range) !== undefined))
      return refusal(
        'badRequest',
        400,
        `The Accept header ${JSON.stringify(accept.slice(0, 64))} is not a list of media ranges such as ` +
          `application/json.`,
      );

  if (!url.startsWith('/')) return urlEncodingFailed('the request target must be a path');
  // Each segment, name and value on its own, only to name the part that does not decode.
  for (const part of url.split(/[/?&=]/))
    if (!decodes(part)) return urlEncodingFailed(`${JSON.stringify(part.slice(0, 64))} does not decode`);
  return undefined;
}

const token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const typePattern = new RegExp(`^${token}/${token}$`);
/** A quoted parameter value: its characters (not `"` or a backslash), or a backslash and the one it quotes. */
const quotedValue =
  '"(?:[\\u000b\\u0020\\u0021\\u0023-\\u005b\\u005d-\\u007e\\u0080-\\u00ff]|\\\\[\\u000b\\u0020-\\u00ff])*"';
// The grammar of the `content-type` package that Prism parses Content-Type and Accept with:
// the type trimmed, then `; name=value` parameters with spaces (never tabs) around `;` and `=`.
const parametersPattern = new RegExp(`^(?: *; *${token} *= *(?:${token}|${quotedValue}) *)+$`);

/**
 * The media type of a Content-Type value (or of one range of an Accept), or
 * undefined when it does not parse (`;;;`, `json`, a tab before a parameter, ...).
 */
export function mediaTypeOf(contentType: string): { type: string; charset: string | undefined } | undefined {
  const at = contentType.indexOf(';');
  const type = (at < 0 ? contentType : contentType.slice(0, at)).trim();
  const parameters = at < 0 ? '' : contentType.slice(at);
  if (!typePattern.test(type) || (parameters !== '' && !parametersPattern.test(parameters))) return undefined;
  const charset = /; *charset *= *("?)([^";]*)\1/i.exec(parameters)?.[2];
  return { type: type.toLowerCase(), charset: charset?.toLowerCase() };
}

const isJsonType = (type: string): boolean => type === 'application/json' || /^application\/[^/]+\+json$/.test(type);
const utf8 = new TextDecoder(undefined, { fatal: true });

/** Whether arrays and objects nest deeper than `limit`, counted outside strings. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (escaped) escaped = false;
    else if (inString) {
      if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > limit) return true;
    } else if (char === '}' || char === ']') depth--;
  }
  return false;
}

/** Checks the body once it has been read (at most maxBodyBytes + 1 bytes of it). */
export function screenBody(contentType: string | undefined, body: Uint8Array): Refusal | undefined {
  if (body.byteLength > screenLimits.maxBodyBytes)
    return refusal(
      'overLimit',
      413,
      `The request body is larger than ${screenLimits.maxBodyBytes} bytes, the most that is accepted.`,
    );
  if (contentType !== undefined) {
    const media = mediaTypeOf(contentType);
    if (!media)
      return refusal(
        'badMediaType',
        415,
        `The Content-Type ${JSON.stringify(contentType.slice(0, 64))} is not a media type.`,
      );
    if (body.byteLength > 0 && !isJsonType(media.type))
      return refusal('badMediaType', 415, `The body is sent as ${media.type}; it must be application/json.`);
    if (media.charset !== undefined && media.charset !== 'utf-8' && media.charset !== 'utf8')
      return refusal('badMediaType', 415, `The body is sent in charset ${media.charset}; it must be UTF-8.`);
  } else if (body.byteLength > 0)
    return refusal('badMediaType', 415, 'The body has no Content-Type; it must be sent as application/json.');
  if (body.byteLength === 0) return undefined;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return malformedBody('the body is not UTF-8 text');
  }
  if (nestsDeeperThan(text, screenLimits.maxJsonDepth))
    return malformedBody(`JSON nested deeper than ${screenLimits.maxJsonDepth} levels`);
  try {
    JSON.parse(text);
  } catch {
    return malformedBody('the body is not valid JSON');
  }
  return undefined;
}

/**
 * The answer to a request the HTTP parser itself rejected (Node's `clientError`): a head larger
 * than the parser takes, a malformed request line or header. `head` is what arrived of it.
 */
export function refusalForParseError(code: string | undefined, head: Buffer | undefined): Refusal {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return refusal('error', 408, 'The request did not arrive in time.');
  if (code === 'HPE_HEADER_OVERFLOW') {
    const firstLine = head ? head.indexOf('\r\n') : -1;
    if (firstLine < 0 || firstLine > screenLimits.maxUrlBytes)
      return refusal(
        'error',
        414,
        `The request URL is longer than ${screenLimits.maxUrlBytes} bytes, the most that is accepted.`,
      );
    return refusal(
      'error',
      431,
      `The request headers are longer than ${screenLimits.maxHeaderBytes} bytes, the most that is accepted.`,
    );
  }
  return refusal('badRequest', 400, `The request could not be parsed as HTTP/1.1 (${code ?? 'unknown parse error'}).`);
}
