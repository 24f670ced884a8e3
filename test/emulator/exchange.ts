// What the emulator tests share that needs no client: ids, a settable clock, one request sent to
// the emulator's fetch and read whole, and the check that an answer is one the spec documents.
import { checkResponse } from '../../src/contract/checker.js';
import type { OperationId } from '../../src/contract/scenarios.js';
import type { EvsEmulator } from '../../src/emulator/index.js';

export const projectId = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
export const otherProjectId = '0c7e3b5a9d2f4e6a8c1b3d5f7a9e2c4b';
export const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';
export const otherVolumeId = '7c0d9f3e-2b4a-4c6d-8e1f-3a5b7c9d1e2f';
export const token = 'emulator-test-token-0123456789';
export const base = `http://evs.emulator/v2/${projectId}/cloudsnapshots`;

/** A clock the test moves by hand: the lifecycle advances only when it does. */
export function manualClock(start = Date.UTC(2026, 11, 1, 9, 0, 0)): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Sends one request to the emulator's fetch and reads the whole answer. */
export async function send(emulator: EvsEmulator, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Exchange> {
  const init: RequestInit = { method, headers: { 'X-Auth-Token': token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await emulator.fetch(`http://evs.emulator${path}`, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The violations of the spec in an answer to `operation` (empty: a documented status with a valid body). */
export const violations = (operation: OperationId, exchange: Exchange) =>
  checkResponse(operation, { status: exchange.status, contentType: exchange.headers.get('content-type'), body: exchange.text });
