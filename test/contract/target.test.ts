// Where `npm run test:contract` sends its requests: the Prism mock by default (stateless, with the
// rollback, its own ids), or EVS_BASE_URL read as evs-contract reads the environment.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/contract/cli-args.js';
import { resolveTarget } from '../../src/contract/target.js';

const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const env = { EVS_BASE_URL: 'http://127.0.0.1:9', EVS_PROJECT_ID: 'p1', EVS_VOLUME_ID: V, EVS_AUTH_TOKEN: 'tok-1234' };
const refusal = (extra: Record<string, string>) => {
  try {
    resolveTarget('http://mock', { ...env, ...extra });
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return 'no error';
};

describe('resolveTarget', () => {
  it('is the mock, stateless and with the rollback, when EVS_BASE_URL is not set or empty', () => {
    const mock = {
      baseUrl: 'http://mock',
      auth: { token: 'contract-suite-mock-token' },
      projectId: 'bab7d5c60cd041a0a36f7c4b6e1dd978',
      volumeId: V,
      stateless: true,
      rollback: true,
      generate: 30,
      seed: 2026,
      pollIntervalMs: 0,
      waitTimeoutMs: 10_000,
    };
    expect(resolveTarget('http://mock', {})).toEqual(mock);
    expect(resolveTarget('http://mock', { EVS_BASE_URL: '' })).toEqual(mock);
  });

  it('reads the variables into the options, the rollback only with 1, empty numbers left out', () => {
    expect(resolveTarget('http://mock', env)).toMatchObject({ baseUrl: 'http://127.0.0.1:9', projectId: 'p1', volumeId: V, auth: { token: 'tok-1234' }, rollback: false });
    expect(resolveTarget('http://mock', { ...env, EVS_CONTRACT_ROLLBACK: '1' }).rollback).toBe(true);
    expect(resolveTarget('http://mock', { ...env, EVS_CONTRACT_ROLLBACK: '0' }).rollback).toBe(false);
    expect(resolveTarget('http://mock', env).restore).toBe(false);
    expect(resolveTarget('http://mock', { ...env, EVS_CONTRACT_RESTORE: '1', EVS_CONTRACT_CLOUD: 'huawei' })).toMatchObject({ restore: true, cloud: 'huawei' });
    const numbers = resolveTarget('http://mock', { ...env, EVS_POLL_INTERVAL_MS: '5', EVS_WAIT_TIMEOUT_MS: '60', EVS_CONTRACT_GENERATE: '7', EVS_CONTRACT_SEED: '' });
    expect(numbers).toMatchObject({ pollIntervalMs: 5, waitTimeoutMs: 60, generate: 7 });
    expect(Object.hasOwn(numbers, 'seed')).toBe(false);
    expect(resolveTarget('http://mock', { ...env, EVS_CONTRACT_SEED: '42' }).seed).toBe(42);
  });

  it.each([
    [{ EVS_CONTRACT_ROLLBACK: 'yes-please-roll-it-back' }, 'EVS_CONTRACT_ROLLBACK must be 1 (roll EVS_VOLUME_ID back to a snapshot of itself) or 0, got "yes-please-roll-it-b"'],
    [{ EVS_CONTRACT_RESTORE: 'true' }, 'EVS_CONTRACT_RESTORE must be 1 (restore a snapshot to a new, billed disk and delete it) or 0, got "true"'],
    [{ EVS_CONTRACT_CLOUD: 'azure' }, '--cloud must be one of otc, huawei (got "azure")'],
    [{ EVS_POLL_INTERVAL_MS: '2s' }, 'EVS_POLL_INTERVAL_MS must be a whole number, got "2s"'],
    [{ EVS_WAIT_TIMEOUT_MS: '-1' }, 'EVS_WAIT_TIMEOUT_MS must be a whole number, got "-1"'],
    [{ EVS_CONTRACT_GENERATE: '1e3' }, 'EVS_CONTRACT_GENERATE must be a whole number, got "1e3"'],
    [{ EVS_CONTRACT_SEED: 'x'.repeat(30) }, `EVS_CONTRACT_SEED must be a whole number, got "${'x'.repeat(20)}"`],
    [{ EVS_CONTRACT_GENERATE: '10001' }, '--generate must be from 0 to 10000 (got 10001)'],
  ])('refuses %j', (extra, message) => {
    expect(refusal(extra)).toBe(message);
  });
});
