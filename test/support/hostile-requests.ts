// Requests no client library would send, as raw bytes, with the answer each must get from a
// server of this project (the mock's guard, the emulator): a documented 4xx in the spec's error
// form. `mockOnly` marks the cases about the mock's Prefer header.
import type { OperationId } from '../../src/contract/scenarios.js';
import { screenLimits } from '../../src/shared/request-screen.js';

const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const snapshotId = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';
const item = `/v2/${projectId}/cloudsnapshots/${snapshotId}`;
const collection = `/v2/${projectId}/cloudsnapshots`;

/** A request head (and body) with the headers every case needs, overridable. */
export const head = (requestLine: string, headers: Record<string, string> = {}, body = ''): string =>
  `${requestLine}\r\n${Object.entries({
    Host: '127.0.0.1',
    'X-Auth-Token': 'hostile-test',
    Connection: 'close',
    ...(body ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}),
    ...headers,
  })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')}\r\n\r\n${body}`;
const json = { 'Content-Type': 'application/json' };

export interface HostileCase {
  name: string;
  request: () => string | Buffer;
  /** The operation whose documented statuses apply (undefined: any path, checked against ErrorResponse). */
  operation: OperationId | undefined;
  status: number;
  mockOnly?: boolean;
}

const table: [string, () => string | Buffer, OperationId | undefined, number, boolean?][] = [
  ['a malformed escape in the path (%ZZ)', () => head(`GET ${collection}/%ZZ HTTP/1.1`), 'showSnapshot', 400],
  ['a lone % in the path', () => head(`GET ${collection}/% HTTP/1.1`), 'showSnapshot', 400],
  ['a truncated UTF-8 escape in the path', () => head(`GET ${collection}/%E6%97 HTTP/1.1`), 'showSnapshot', 400],
  ['a malformed escape in the query', () => head(`GET ${collection}/detail?name=%ZZ HTTP/1.1`), 'listSnapshots', 400],
  ['JSON nested 100000 levels deep', () => head(`POST ${collection} HTTP/1.1`, json, `${'['.repeat(100_000)}${']'.repeat(100_000)}`), 'createSnapshot', 400],
  ['a Content-Type of ;;;', () => head(`PUT ${item} HTTP/1.1`, { 'Content-Type': ';;;' }, '{"snapshot":{}}'), 'updateSnapshot', 415],
  ['a body sent as text/plain', () => head(`PUT ${item} HTTP/1.1`, { 'Content-Type': 'text/plain' }, '{"snapshot":{}}'), 'updateSnapshot', 415],
  [
    'a body that is not UTF-8',
    () => Buffer.concat([Buffer.from(head(`PUT ${item} HTTP/1.1`, { ...json, 'Content-Length': '4' })), Buffer.from([0x22, 0xc3, 0x28, 0x22])]),
    'updateSnapshot',
    400,
  ],
  ['malformed JSON', () => head(`POST ${collection} HTTP/1.1`, json, '{"snapshot": {"volume_id": '), 'createSnapshot', 400],
  ['a body of 3 MiB', () => head(`POST ${collection} HTTP/1.1`, json, `{"snapshot":{"name":"${'n'.repeat(3 * 1024 * 1024)}"}}`), 'createSnapshot', 413],
  ['an 8 KB Prefer header', () => head(`GET ${item} HTTP/1.1`, { Prefer: `code=${'4'.repeat(8000)}` }), 'showSnapshot', 400, true],
  ['a Prefer header over the field limit', () => head(`GET ${item} HTTP/1.1`, { Prefer: 'p'.repeat(screenLimits.maxHeaderFieldBytes) }), 'showSnapshot', 431],
  ['a 110 kB URL', () => head(`GET ${collection}/detail?name=${'a'.repeat(110_000)} HTTP/1.1`), 'listSnapshots', 414],
  ['a 160 KB header', () => head(`GET ${item} HTTP/1.1`, { 'X-Padding': 'a'.repeat(160 * 1024) }), 'showSnapshot', 431],
  [
    'headers of 300 KB in all (beyond what the parser takes)',
    () => head(`GET ${item} HTTP/1.1`, Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`X-Pad-${i}`, 'a'.repeat(7500)]))),
    'showSnapshot',
    431,
  ],
  ['a 300 kB URL (beyond what the parser takes)', () => head(`GET ${collection}/detail?name=${'a'.repeat(300_000)} HTTP/1.1`), 'listSnapshots', 414],
  ['a garbage request line', () => 'HELLO WORLD\r\n\r\n', undefined, 400],
  ['an unknown path', () => head('GET /v2/nowhere HTTP/1.1'), undefined, 404],
  ['an undescribed method', () => head(`PATCH ${item} HTTP/1.1`, json, '{}'), 'showSnapshot', 405],
  ['an Accept the server cannot serve', () => head(`GET ${item} HTTP/1.1`, { Accept: 'text/html' }), 'showSnapshot', 406],
  ...['a', ';', ',', 'text/html;q=', 'application/json;\tq=1'].map(
    (accept) => [`a malformed Accept (${JSON.stringify(accept)})`, () => head(`GET ${item} HTTP/1.1`, { Accept: accept }), 'showSnapshot', 400] as (typeof table)[number],
  ),
  [
    'a tab in the Content-Type',
    () => head(`POST ${collection} HTTP/1.1`, { 'Content-Type': 'application/json;\tcharset=utf-8' }, '{"snapshot":{"volume_id":"5aa119a8-d25b-45a7-8d1b-88e127885635"}}'),
    'createSnapshot',
    415,
  ],
  ['a Prefer for an example that does not exist', () => head(`GET ${item} HTTP/1.1`, { Prefer: 'code=404, example=nope' }), 'showSnapshot', 400, true],
  ['CONNECT', () => 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n', undefined, 405],
  ['an Expect other than 100-continue', () => head(`GET ${item} HTTP/1.1`, { Expect: 'bogus' }), 'showSnapshot', 400],
  ['an HTTP/1.1 request without Host', () => `GET ${item} HTTP/1.1\r\nX-Auth-Token: a\r\nConnection: close\r\n\r\n`, 'showSnapshot', 400],
  ['an Upgrade to WebSocket', () => head(`GET ${item} HTTP/1.1`, { Upgrade: 'websocket', Connection: 'Upgrade' }), undefined, 400],
];

export const hostileCases: readonly HostileCase[] = table.map(([name, request, operation, status, mockOnly]) => ({
  name,
  request,
  operation,
  status,
  ...(mockOnly ? { mockOnly } : {}),
}));

/** An ordinary request that a serving server answers 200: the list. */
export const ordinaryRequest = (): string => head(`GET ${collection}/detail HTTP/1.1`);
