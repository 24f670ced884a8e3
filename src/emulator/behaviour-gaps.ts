// The emulator's hand-written behaviour is keyed by the names of the generated operations table,
// so that a spec change the emulator does not follow fails to compile. A copy run without the
// compiler (tsx) would still start and silently ignore what it does not know: the same gaps are
// looked for once here, and createEvsEmulator refuses to start while any is left, naming each.
import { handlerGaps } from './operations/handlers.js';
import { cinderQueryGaps } from './operations/list-cinder-snapshots.js';
import { listQueryGaps } from './operations/list-snapshots.js';
import { volumeQueryGaps } from './operations/list-volumes.js';
import { pathParameterGaps } from './path-parameters.js';

let found: readonly string[] | undefined;

/** Every place where the operations table has something the emulator has no behaviour for. */
export function behaviourGaps(): readonly string[] {
  found ??= [...handlerGaps(), ...pathParameterGaps(), ...listQueryGaps(), ...cinderQueryGaps(), ...volumeQueryGaps()];
  return found;
}

/** Throws, naming every gap, when the emulator does not follow the spec it was built from. */
export function assertFollowsSpec(): void {
  const gaps = behaviourGaps();
  if (gaps.length)
    throw new Error(
      `createEvsEmulator: the emulator does not follow the spec it was built ` +
        `from:\n${gaps.map((gap) => `- ${gap}`).join('\n')}`,
    );
}
