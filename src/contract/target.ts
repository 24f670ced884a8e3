// Where `npm run test:contract` sends its requests: a server named by EVS_BASE_URL (with its
// credentials in the environment), or by default the Prism mock of the spec that the test run
// starts on a free port (test/support/global-setup.ts). The same variables as evs-contract.
import { readCli, UsageError } from './cli-args.js';
import type { ContractOptions } from './options.js';

const mockTarget = (mockUrl: string): ContractOptions => ({
  baseUrl: mockUrl,
  auth: { token: 'contract-suite-mock-token' },
  projectId: 'bab7d5c60cd041a0a36f7c4b6e1dd978',
  volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635',
  stateless: true,
  rollback: true,
  generate: 30,
  seed: 2026,
  pollIntervalMs: 0,
  waitTimeoutMs: 10_000,
});

/** The options of the run: EVS_BASE_URL and friends, read as evs-contract reads them, or the mock. */
export function resolveTarget(mockUrl: string, env: NodeJS.ProcessEnv = process.env): ContractOptions {
  if (!env.EVS_BASE_URL) return mockTarget(mockUrl);
  const flags: string[] = [];
  if (env.EVS_CONTRACT_ROLLBACK !== undefined) {
    if (!['0', '1'].includes(env.EVS_CONTRACT_ROLLBACK))
      throw new UsageError(
        `EVS_CONTRACT_ROLLBACK must be 1 (roll EVS_VOLUME_ID back to a snapshot of itself) or 0, got ` +
          `${JSON.stringify(env.EVS_CONTRACT_ROLLBACK.slice(0, 20))}`,
      );
    if (env.EVS_CONTRACT_ROLLBACK === '1') flags.push('--rollback');
  }
  // The restore creates a billed disk: only when asked for, as the command's --restore.
  if (env.EVS_CONTRACT_RESTORE !== undefined) {
    if (!['0', '1'].includes(env.EVS_CONTRACT_RESTORE))
      throw new UsageError(
        `EVS_CONTRACT_RESTORE must be 1 (restore a snapshot to a new, billed disk and delete it) or 0, got ` +
          `${JSON.stringify(env.EVS_CONTRACT_RESTORE.slice(0, 20))}`,
      );
    if (env.EVS_CONTRACT_RESTORE === '1') flags.push('--restore');
  }
  if (env.EVS_CONTRACT_CLOUD) flags.push('--cloud', env.EVS_CONTRACT_CLOUD);
  const numeric: [string, string][] = [
    ['EVS_POLL_INTERVAL_MS', '--poll-interval'],
    ['EVS_WAIT_TIMEOUT_MS', '--wait-timeout'],
    ['EVS_CONTRACT_GENERATE', '--generate'],
    ['EVS_CONTRACT_SEED', '--seed'],
  ];
  for (const [name, flag] of numeric) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (!/^\d+$/.test(value))
      throw new UsageError(`${name} must be a whole number, got ${JSON.stringify(value.slice(0, 20))}`);
    flags.push(flag, value);
  }
  // Read (and resolved, to refuse a bad value here) as evs-contract reads it; runContract takes the options as given.
  const { options } = readCli(flags, env);
  if (!options) throw new UsageError('EVS_BASE_URL is set but no options were read');
  return options;
}
