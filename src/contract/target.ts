// Where the contract suite sends its requests: a server named by EVS_BASE_URL (with its
// credentials in the environment), or by default the Prism mock of the spec that the test run
// starts on a free port (test/support/global-setup.ts).
import { baseUrlOf, checkHttpUrl } from '../shared/http-url.js';

export interface ContractTarget {
  baseUrl: string;
  token: string;
  projectId: string;
  volumeId: string;
  /** True for the Prism mock, which needs Prefer headers for some scenarios. */
  isMock: boolean;
  /** Run the scenarios that change disk data (the rollback): always on the mock, on request elsewhere. */
  destructive: boolean;
  /** Pause between polls while waiting for a snapshot's state. */
  pollIntervalMs: number;
  /** Longest wait for a snapshot's state. */
  waitTimeoutMs: number;
}

const required = ['EVS_AUTH_TOKEN', 'EVS_PROJECT_ID', 'EVS_VOLUME_ID'] as const;

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number of milliseconds, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

export function resolveTarget(mockUrl: string, env: NodeJS.ProcessEnv = process.env): ContractTarget {
  const baseUrl = env.EVS_BASE_URL;
  if (baseUrl) {
    const missing = required.filter((name) => !env[name]);
    if (missing.length) throw new Error(`EVS_BASE_URL is set, so the contract suite also needs ${missing.join(', ')} in the environment`);
    const checked = checkHttpUrl(baseUrl, { bare: true });
    if ('problem' in checked) throw new Error(`EVS_BASE_URL ${checked.problem}, got ${JSON.stringify(baseUrl)}`);
    if (env.EVS_CONTRACT_ROLLBACK !== undefined && !['0', '1'].includes(env.EVS_CONTRACT_ROLLBACK))
      throw new Error(`EVS_CONTRACT_ROLLBACK must be 1 (roll EVS_VOLUME_ID back to a snapshot of itself) or 0, got ${JSON.stringify(env.EVS_CONTRACT_ROLLBACK)}`);
    return {
      baseUrl: baseUrlOf(checked.url),
      token: env.EVS_AUTH_TOKEN!,
      projectId: env.EVS_PROJECT_ID!,
      volumeId: env.EVS_VOLUME_ID!,
      isMock: false,
      destructive: env.EVS_CONTRACT_ROLLBACK === '1',
      pollIntervalMs: milliseconds(env, 'EVS_POLL_INTERVAL_MS', 3000),
      waitTimeoutMs: milliseconds(env, 'EVS_WAIT_TIMEOUT_MS', 600_000),
    };
  }
  return {
    baseUrl: mockUrl,
    token: 'contract-suite-mock-token',
    projectId: 'bab7d5c60cd041a0a36f7c4b6e1dd978',
    volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635',
    isMock: true,
    destructive: true,
    pollIntervalMs: 0,
    waitTimeoutMs: 10_000,
  };
}
