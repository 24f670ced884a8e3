// createEvsEmulator: one core, three faces (fetch, a node:http server, the evs-emulator command),
// sharing one state.
import { createRedactor } from '../shared/redact.js';
import { assertFollowsSpec } from './behaviour-gaps.js';
import { EmulatorCore, type EmulatorLogEntry } from './core.js';
import { fetchFace } from './fetch-face.js';
import { type Listening, type ListenOptions, listenFace } from './http-face.js';
import { type EvsEmulatorOptions, type ResolvedOptions, resolveOptions } from './options.js';
import type { EmulatorState } from './state-format.js';

export interface EvsEmulator {
  /** A fetch that the emulator answers, for createEvsClient({ endpoint, fetch }); any origin works. */
  readonly fetch: typeof globalThis.fetch;
  /** Serves the emulator on a socket (127.0.0.1 and a free port by default) and resolves with its URL. */
  listen(options?: ListenOptions): Promise<string>;
  /** Stops every server `listen` started; the state stays. */
  close(): Promise<void>;
  /** Back to the start: no snapshots, the seeded disks, an empty log, the seed's ids again. */
  reset(): void;
  /** A copy of the state, with the lifecycle changes due by now applied. */
  state(): EmulatorState;
  /** A copy of the request log, oldest first. */
  log(): EmulatorLogEntry[];
  /** The seed in use (the one given, or the random one chosen), to repeat a run. */
  readonly seed: number;
}

export function createEvsEmulator(options?: EvsEmulatorOptions): EvsEmulator {
  assertFollowsSpec();
  return emulatorOf(resolveOptions(options));
}

/**
 * The emulator of options resolved already (evs-emulator resolves its flags once, to report mistakes in their terms).
 */
export function emulatorOf(resolved: ResolvedOptions): EvsEmulator {
  assertFollowsSpec();
  const redactor = createRedactor(resolved.secrets);
  const core = new EmulatorCore(resolved, redactor.text);
  const servers: Listening[] = [];
  return {
    fetch: fetchFace(core),
    async listen(listenOptions = {}) {
      const server = await listenFace(core, listenOptions, (error) => {
        process.emitWarning(redactor.text(`evs-emulator: ${(error as Error)?.message ?? String(error)}`));
      });
      servers.push(server);
      return server.url;
    },
    async close() {
      await Promise.all(servers.splice(0).map((server) => server.close()));
    },
    reset: () => core.reset(),
    state: () => core.state(),
    log: () => core.log.list(),
    seed: resolved.seed,
  };
}
