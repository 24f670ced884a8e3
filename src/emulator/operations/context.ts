// What an operation of the emulator gets: the checked request parts, the state, the time, and
// the means to make ids. Operations are synchronous, so each one sees and leaves a consistent state.
import type { EmulatorRequest } from '../exchange.js';
import type { ResolvedOptions } from '../options.js';
import type { Store } from '../store.js';

export interface OperationContext {
  request: EmulatorRequest;
  projectId: string;
  /** The snapshot ID of the path, checked and lower-cased (operations on one snapshot). */
  snapshotId: string;
  now: number;
  store: Store;
  options: ResolvedOptions;
  newId: () => string;
  /** A fault says the snapshot this create or delete starts ends in error. */
  failsLater: boolean;
  redact: (text: string) => string;
}
