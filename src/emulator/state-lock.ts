// One emulator per --state file. Each emulator saves its own state whole, so a second one on the
// same file would overwrite the first one's saves (and it them), losing changes without a word.
// The file is held by FILE.lock beside it, holding the holder's process id; a lock whose process
// is gone (a kill -9) is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EvsEmulatorStateError } from './state-file.js';

const lockOf = (file: string): string => `${file}.lock`;

/** Whether process `pid` runs (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Holds `file` for this process, or throws EvsEmulatorStateError naming the process that holds it. */
export function lockStateFile(file: string): void {
  const lock = lockOf(file);
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST')
      throw new EvsEmulatorStateError(file, `cannot be locked: ${lock} cannot be written (${code})`);
  }
  let holder = Number.NaN;
  try {
    holder = Number(readFileSync(lock, 'utf8').trim());
  } catch {
    // Unreadable or gone meanwhile: taken over below.
  }
  if (Number.isInteger(holder) && holder > 0 && isRunning(holder))
    throw new EvsEmulatorStateError(
      file,
      `is in use by another evs-emulator (process ${holder}${holder === process.pid ? ', this one' : ''}, ` +
        `says ${lock}): two would overwrite each other's saves; stop that one first, ` +
        `or remove ${lock} if no emulator runs`,
    );
  try {
    writeFileSync(lock, String(process.pid));
  } catch (error) {
    throw new EvsEmulatorStateError(
      file,
      `cannot be locked: ${lock} cannot be written (${(error as NodeJS.ErrnoException).code})`,
    );
  }
}

/** Lets `file` go (at close()), when this process still holds it. */
export function unlockStateFile(file: string): void {
  const lock = lockOf(file);
  try {
    if (readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock, { force: true });
  } catch {
    // No lock left to remove.
  }
}
