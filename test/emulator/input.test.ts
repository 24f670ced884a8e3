// What the emulator reads from a request, on its own: the path's snapshot ID (decoded, a UUID,
// lower-cased), the JSON body (present, UTF-8, JSON, then the spec's rules) and the refusals
// each gives, exactly.
import { describe, expect, it } from 'vitest';
import { readBody, readSnapshotId } from '../../src/emulator/input.js';

const plain = (text: string) => text;
const bytes = (text: string) => new TextEncoder().encode(text);
const refusalOf = (checked: { value: unknown } | { refusal: { status: number; body: string | undefined } }) =>
  'refusal' in checked ? [checked.refusal.status, JSON.parse(checked.refusal.body ?? 'null')] : undefined;
const id = 'f9faf7df-fdc1-4093-9ef3-5cba06eef995';

describe('readSnapshotId', () => {
  it.each([
    ['as it is', id],
    ['in upper case, lower-cased', id.toUpperCase()],
    ['percent-encoded', encodeURIComponent(id).replace(/f/g, '%66')],
  ])('reads an ID %s', (_case, raw) => {
    expect(readSnapshotId(raw, plain)).toEqual({ value: id });
  });

  it('refuses an ID whose escapes do not decode, as EVS.2045 naming the rule', () => {
    const [status, body] = refusalOf(readSnapshotId('%E6%97', plain)) ?? [];
    expect(status).toBe(400);
    expect(body.badRequest.code).toBe('EVS.2045');
    expect(body.badRequest.message).toMatch(/^invalid snapshot_id! snapshot_id must be a UUID such as f9faf7df-fdc1-4093-9ef3-5cba06eef995 \(rule: format; got "%E6%97"/);
  });

  it('refuses an ID that decodes to no UUID, as EVS.2045', () => {
    const [status, body] = refusalOf(readSnapshotId('..%2Fvolumes', plain)) ?? [];
    expect([status, body.badRequest.code]).toEqual([400, 'EVS.2045']);
    expect(body.badRequest.message).toMatch(/^invalid snapshot_id! /);
  });

  it('redacts what it quotes', () => {
    const [, body] = refusalOf(readSnapshotId('secret-%ZZ', (text) => text.replaceAll('secret', '[redacted]'))) ?? [];
    expect(body.badRequest.message).not.toContain('secret');
  });
});

describe('readBody', () => {
  it.each([
    ['no body', new Uint8Array(0), 'Malformed request body. The request has no body; it must be a JSON object.'],
    ['bytes that are not UTF-8', Uint8Array.of(0x7b, 0xc3, 0x28, 0x7d), 'Malformed request body. The body is not UTF-8 JSON.'],
    ['text that is not JSON', bytes('{"snapshot":'), 'Malformed request body. The body is not UTF-8 JSON.'],
    [
      'JSON whose string holds bytes that are not UTF-8',
      Uint8Array.from([...bytes(`{"snapshot":{"volume_id":"${id}","name":"`), 0xc3, 0x28, ...bytes('"}}')]),
      'Malformed request body. The body is not UTF-8 JSON.',
    ],
  ])('refuses %s as EVS.5400', (_case, body, message) => {
    expect(refusalOf(readBody(body, 'createSnapshotRequest', plain))).toEqual([400, { badRequest: { code: 'EVS.5400', message } }]);
  });

  it('refuses a body that breaks a rule of the spec, naming the field', () => {
    const [status, body] = refusalOf(readBody(bytes('{"snapshot":{"volume_id":"not-a-uuid"}}'), 'createSnapshotRequest', plain)) ?? [];
    expect([status, body.badRequest.code]).toEqual([400, 'EVS.1002']);
    expect(body.badRequest.message).toMatch(/^invalid volume id! snapshot\.volume_id /);
  });

  it('takes the reserved name prefix, which the service only advises against', () => {
    const text = `{"snapshot":{"volume_id":"${id}","name":"autobk_snapshot_1"}}`;
    expect(readBody(bytes(text), 'createSnapshotRequest', plain)).toEqual({ value: JSON.parse(text) });
  });
});
