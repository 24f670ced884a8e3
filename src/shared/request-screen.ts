// What a server of this project (the mock's guard, later the emulator) checks before it lets a
// request near its routing: sizes, percent-encoding, media type, body bytes and JSON nesting.
// Each refusal is a documented 4xx whose body is valid against the spec's ErrorResponse, so a
// hostile or broken client gets an answer it can read, never a crash, a 5xx or a reset.
import { errorBody } from './error-body.js';

/** The limits the spec's 413, 414 and 431 responses state for this project's servers. */
export const screenLimits = Object.freeze({
  /** Request target (path and query), in bytes. */
  maxUrlBytes: 8192,
  /** One header field, name and value, in bytes. */
  maxHeaderFieldBytes: 8192,
  /** All header fields together, in bytes. */
  maxHeaderBytes: 16_384,
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

const urlEncodingFailed = (where: string): Refusal => ({ status: 400, body: errorBody('error', 'EVS.1025', `url encoding failed! (${where})`) });
const malformedBody = (why: string): Refusal => ({ status: 400, body: errorBody('badRequest', 'EVS.5400', `Malformed request body. (${why})`) });

const byteLength = (text: string): number => Buffer.byteLength(text, 'latin1');
const valuesOf = (rawHeaders: readonly string[], wanted: string): string[] => {
  const values: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === wanted) values.push(rawHeaders[i + 1]!);
  return values;
};
const escapePattern = /%(?![0-9A-Fa-f]{2})/;

/** Whether every escape is `%XY` and the escaped bytes are UTF-8. */
function decodes(text: string): boolean {
  if (escapePattern.test(text)) return false;
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** Checks the request line and headers (raw, as the parser read them). */
export function screenHead(url: string, rawHeaders: readonly string[], httpVersion = '1.1'): Refusal | undefined {
  const urlBytes = byteLength(url);
  if (urlBytes > screenLimits.maxUrlBytes)
    return { status: 414, body: errorBody('error', 414, `The request URL is ${urlBytes} bytes long; at most ${screenLimits.maxUrlBytes} bytes are accepted.`) };
  let total = 0;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!;
    const field = byteLength(name) + byteLength(rawHeaders[i + 1]!) + 2;
    total += field + 2;
    if (field > screenLimits.maxHeaderFieldBytes)
      return {
        status: 431,
        body: errorBody('error', 431, `The ${name.slice(0, 64)} header is ${field} bytes long; at most ${screenLimits.maxHeaderFieldBytes} bytes are accepted per header field.`),
      };
  }
  if (total > screenLimits.maxHeaderBytes)
    return { status: 431, body: errorBody('error', 431, `The request headers are ${total} bytes long; at most ${screenLimits.maxHeaderBytes} bytes are accepted in all.`) };
  const header = (wanted: string): string[] => valuesOf(rawHeaders, wanted);
  if (httpVersion === '1.1' && header('host').length !== 1) return { status: 400, body: errorBody('badRequest', 400, 'An HTTP/1.1 request must carry exactly one Host header.') };
  for (const accept of header('accept'))
    if (accept.trim() !== '' && !accept.split(',').every((range) => mediaTypeOf(range) !== undefined))
      return {
        status: 400,
        body: errorBody('badRequest', 400, `The Accept header ${JSON.stringify(accept.slice(0, 64))} is not a list of media ranges such as application/json.`),
      };

  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  const query = at < 0 ? '' : url.slice(at + 1);
  if (!path.startsWith('/')) return urlEncodingFailed('the request target must be a path');
  for (const segment of path.split('/')) if (!decodes(segment)) return urlEncodingFailed(`path segment ${JSON.stringify(segment.slice(0, 64))}`);
  for (const pair of query.split('&')) if (!decodes(pair.replace(/\+/g, ' '))) return urlEncodingFailed(`query ${JSON.stringify(pair.slice(0, 64))}`);
  return undefined;
}

const token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const typePattern = new RegExp(`^${token}/${token}$`);
// The grammar of the `content-type` package that Prism parses Content-Type and Accept with:
// the type trimmed, then `; name=value` parameters with spaces (never tabs) around `;` and `=`.
const parametersPattern = new RegExp(
  `^(?: *; *${token} *= *(?:${token}|"(?:[\\u000b\\u0020\\u0021\\u0023-\\u005b\\u005d-\\u007e\\u0080-\\u00ff]|\\\\[\\u000b\\u0020-\\u00ff])*") *)+$`,
);

/** The media type of a Content-Type value (or of one range of an Accept), or undefined when it does not parse (`;;;`, `json`, a tab before a parameter, ...). */
export function mediaTypeOf(contentType: string): { type: string; charset: string | undefined } | undefined {
  const at = contentType.indexOf(';');
  const type = (at < 0 ? contentType : contentType.slice(0, at)).trim();
  const parameters = at < 0 ? '' : contentType.slice(at);
  if (!typePattern.test(type) || (parameters !== '' && !parametersPattern.test(parameters))) return undefined;
  const charset = /; *charset *= *("?)([^";]*)\1/i.exec(parameters)?.[2];
  return { type: type.toLowerCase(), charset: charset?.toLowerCase() };
}

const isJsonType = (type: string): boolean => type === 'application/json' || /^application\/[^/]+\+json$/.test(type);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Deepest nesting of arrays and objects, counted outside strings; stops counting past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

/** Checks the body once it has been read (at most maxBodyBytes + 1 bytes of it). */
export function screenBody(contentType: string | undefined, body: Uint8Array): Refusal | undefined {
  if (body.byteLength > screenLimits.maxBodyBytes)
    return { status: 413, body: errorBody('overLimit', 413, `The request body is larger than ${screenLimits.maxBodyBytes} bytes, the most that is accepted.`) };
  if (contentType !== undefined) {
    const media = mediaTypeOf(contentType);
    if (!media) return { status: 415, body: errorBody('badMediaType', 415, `The Content-Type ${JSON.stringify(contentType.slice(0, 64))} is not a media type.`) };
    if (body.byteLength > 0 && !isJsonType(media.type))
      return { status: 415, body: errorBody('badMediaType', 415, `The body is sent as ${media.type}; it must be application/json.`) };
    if (media.charset !== undefined && media.charset !== 'utf-8' && media.charset !== 'utf8')
      return { status: 415, body: errorBody('badMediaType', 415, `The body is sent in charset ${media.charset}; it must be UTF-8.`) };
  } else if (body.byteLength > 0) return { status: 415, body: errorBody('badMediaType', 415, 'The body has no Content-Type; it must be sent as application/json.') };
  if (body.byteLength === 0) return undefined;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return malformedBody('the body is not UTF-8 text');
  }
  if (nestingDepth(text, screenLimits.maxJsonDepth) > screenLimits.maxJsonDepth) return malformedBody(`JSON nested deeper than ${screenLimits.maxJsonDepth} levels`);
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
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, body: errorBody('error', 408, 'The request did not arrive in time.') };
  if (code === 'HPE_HEADER_OVERFLOW') {
    const firstLine = head ? head.indexOf('\r\n') : -1;
    if (firstLine < 0 || firstLine > screenLimits.maxUrlBytes)
      return { status: 414, body: errorBody('error', 414, `The request URL is longer than ${screenLimits.maxUrlBytes} bytes, the most that is accepted.`) };
    return { status: 431, body: errorBody('error', 431, `The request headers are longer than ${screenLimits.maxHeaderBytes} bytes, the most that is accepted.`) };
  }
  return { status: 400, body: errorBody('badRequest', 400, `The request could not be parsed as HTTP/1.1 (${code ?? 'unknown parse error'}).`) };
}
