// The emulator's AK/SK verifier against a signer this project did not write: Huawei's own Node
// SDK core (AKSKSigner), with the body hashed and with `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`
// (Huawei's signing guide: the body is not hashed), and the same with this project's signer.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/client/auth/signing.js';
import { createEvsEmulator, type EvsEmulator } from '../../src/emulator/index.js';
import { projectId, volumeId } from './fixtures.js';

interface HuaweiRequest {
  method: string;
  endpoint: string;
  headers: Record<string, string>;
  queryParams: Record<string, string>;
  data?: unknown;
}
interface HuaweiSdkCore {
  AKSKSigner: { sign(request: HuaweiRequest, credentials: unknown): Record<string, string> };
  BasicCredentials: new () => { withAk(ak: string): { withSk(sk: string): unknown } };
}
// The SDK core is CommonJS, and its package has no exports map: its files are required by path.
const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as Pick<HuaweiSdkCore, 'AKSKSigner'>;
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials') as Pick<HuaweiSdkCore, 'BasicCredentials'>;

const accessKey = 'QTWAOYTTINDUT2QVKYUC';
const secretKey = 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc';
const collection = `/v2/${projectId}/cloudsnapshots`;
const unsigned = { 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' };

let emulator: EvsEmulator;
let origin: string;
beforeAll(async () => {
  emulator = createEvsEmulator({ accessKeys: [{ accessKey, secretKey }], delays: { create: 0 }, seed: 8 });
  origin = await emulator.listen();
});
afterAll(() => emulator.close());

/** Signs with Huawei's signer and sends the request as its SDK would: the body is JSON.stringify(data), the one it hashes. */
async function huaweiSigned(method: string, path: string, options: { query?: Record<string, string>; data?: unknown; headers?: Record<string, string>; tamper?: string } = {}) {
  const request: HuaweiRequest = {
    method,
    endpoint: `${origin}${path}`,
    headers: { 'content-type': 'application/json', ...options.headers },
    queryParams: options.query ?? {},
    ...(options.data === undefined ? {} : { data: options.data }),
  };
  const { host: _host, ...headers } = AKSKSigner.sign(request, new BasicCredentials().withAk(accessKey).withSk(secretKey));
  const search = new URLSearchParams(options.query ?? {}).toString();
  const body = options.tamper ?? (options.data === undefined ? undefined : JSON.stringify(options.data));
  const response = await fetch(`${origin}${path}${search ? `?${search}` : ''}`, { method, headers, ...(body === undefined ? {} : { body }) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("Huawei's Node signer (@huaweicloud/huaweicloud-sdk-core AKSKSigner) against the emulator's socket", () => {
  it('is verified for a create whose body it hashed', async () => {
    const answer = await huaweiSigned('POST', collection, { data: { snapshot: { volume_id: volumeId, name: 'hashed' } } });
    expect([answer.status, answer.json.snapshot]).toEqual([202, expect.objectContaining({ name: 'hashed' })]);
  });

  it('is verified for a list with a query', async () => {
    const answer = await huaweiSigned('GET', `${collection}/detail`, { query: { limit: '5', name: 'hashed' } });
    expect(answer.status).toBe(200);
  });

  it('is verified for a create signed with X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD (the body is not hashed)', async () => {
    const answer = await huaweiSigned('POST', collection, { data: { snapshot: { volume_id: volumeId, name: 'unsigned' } }, headers: unsigned });
    expect([answer.status, answer.json.error_code ?? answer.json.snapshot]).toEqual([202, expect.objectContaining({ name: 'unsigned' })]);
  });

  it('with UNSIGNED-PAYLOAD, takes another body than the one signed (it is not part of the signature)', async () => {
    const answer = await huaweiSigned('POST', collection, {
      data: { snapshot: { volume_id: volumeId, name: 'signed' } },
      headers: unsigned,
      tamper: JSON.stringify({ snapshot: { volume_id: volumeId, name: 'sent' } }),
    });
    expect([answer.status, answer.json.snapshot]).toEqual([202, expect.objectContaining({ name: 'sent' })]);
  });

  it('without UNSIGNED-PAYLOAD, refuses another body than the one signed (401 APIGW.0301)', async () => {
    const answer = await huaweiSigned('POST', collection, {
      data: { snapshot: { volume_id: volumeId, name: 'signed' } },
      tamper: JSON.stringify({ snapshot: { volume_id: volumeId, name: 'sent' } }),
    });
    expect([answer.status, answer.json.error_code]).toEqual([401, 'APIGW.0301']);
  });
});

describe("this project's signer with UNSIGNED-PAYLOAD", () => {
  it.each([
    ['the Access= form', { type: 'access' as const }],
    ['the Credential= form', { type: 'credential' as const, region: 'eu-de' }],
  ])('is verified in %s, whatever the body', async (_name, form) => {
    const url = `${origin}${collection}`;
    const headers = { 'Content-Type': 'application/json', ...unsigned };
    const signature = signRequest({ method: 'POST', url, headers, body: '{"ignored":true}' }, { accessKey, secretKey }, { form });
    const body = JSON.stringify({ snapshot: { volume_id: volumeId } });
    const response = await fetch(url, { method: 'POST', headers: { ...headers, ...signature }, body });
    expect(response.status, await response.text()).toBe(202);
  });
});
