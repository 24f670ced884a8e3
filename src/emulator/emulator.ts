// createEvsEmulator: one core, three faces (fetch, a node:http server, the evs-emulator command),
// sharing one state.
import { createRedactor } from '../shared/redact.js';
import { assertFollowsSpec } from './behaviour-gaps.js';
import { EmulatorCore, type EmulatorLogEntry } from './core.js';
import { fetchFace } from './fetch-face.js';
import { type Listening, type ListenOptions, listenFace } from './http-face.js';
import { type EvsEmulatorOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { readStateFile, StateSaver, writeStateFileSync } from './state-file.js';
import type { EmulatorState } from './state-format.js';
import { lockStateFile, unlockStateFile } from './state-lock.js';

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
  const saver =
    resolved.stateFile === undefined ? undefined : keepState(core, resolved, resolved.stateFile, redactor.text);
  const servers: Listening[] = [];
  return {
    fetch: fetchFace(core),
    async listen(listenOptions = {}) {
      // Listening again after close(): the file is held again first (another emulator may have taken it).
      if (saver?.stopped && resolved.stateFile !== undefined) lockStateFile(resolved.stateFile);
      const server = await listenFace(core, listenOptions, (error) => {
        process.emitWarning(redactor.text(`evs-emulator: ${(error as Error)?.message ?? String(error)}`));
      });
      servers.push(server);
      saver?.resume();
      return server.url;
    },
    async close() {
      await Promise.all(servers.splice(0).map((server) => server.close()));
      if (saver === undefined || resolved.stateFile === undefined) return;
      try {
        await saver.flush();
      } finally {
        unlockStateFile(resolved.stateFile);
      }
    },
    reset: () => core.reset(),
    state: () => core.state(),
    log: () => core.log.list(),
    seed: resolved.seed,
  };
}

/**
 * Loads the state file (a file that cannot be read is refused: EvsEmulatorStateError, and left
 * alone), or writes the first one at once when there is none yet, so that a path that cannot be
 * written is reported at the start; then saves after every change.
 */
function keepState(
  core: EmulatorCore,
  options: ResolvedOptions,
  file: string,
  redact: (text: string) => string,
): StateSaver {
  const { maxSnapshots, maxVolumes } = options;
  const dump = (): string => JSON.stringify(core.state());
  lockStateFile(file);
  try {
    const loaded = readStateFile(file, { now: options.now(), maxSnapshots, maxVolumes }, redact);
    if (loaded) core.load(loaded);
    else writeStateFileSync(file, dump());
  } catch (error) {
    unlockStateFile(file);
    throw error;
  }
  const saver = new StateSaver(file, options.saveMs, dump, (error) =>
    process.emitWarning(
      redact(`evs-emulator: ${error.message}; the last save is kept, and saving is tried again at the next change`),
    ),
  );
  core.onChange = () => saver.changed();
  return saver;
}
