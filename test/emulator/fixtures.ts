// What the emulator tests share: ids, a client on the emulator's fetch, a settable clock, and
// the check that an answer is one the spec documents (all but the client in exchange.ts, which
// tests that need no client import directly).
import { createEvsClient, type EvsClient, type EvsClientOptions } from '../../src/client/index.js';
import type { EvsEmulator } from '../../src/emulator/index.js';
import { projectId, token } from './exchange.js';

export { pkiToken } from '../../scripts/lib/pki-token.js';
export * from './exchange.js';

export const clientOf = (emulator: EvsEmulator, extra: Partial<EvsClientOptions> = {}): EvsClient =>
  createEvsClient({ endpoint: 'http://evs.emulator', projectId, auth: { token }, fetch: emulator.fetch, retry: false, ...extra } as EvsClientOptions);
