// The file behind --state (option `state`): read once at the start, saved whole after changes.
// A save writes a temporary file beside it, fsyncs it and renames it over the old one, so that a
// kill at any moment leaves either the previous save or the new one, never half a file. Saves
// come at most every `saveMs` (a burst of requests makes one save), and once more at the stop.
// A file this emulator cannot read (damaged, or of a newer format) is refused and left alone.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { Checker, InputProblem } from '../shared/input-problem.js';
import { type LoadedState, readState, type StateLimits } from './state-read.js';

/** The state file cannot be read or written: `file` and `problem` say which and why. */
export class EvsEmulatorStateError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`state file ${file}: ${problem}`);
    this.name = 'EvsEmulatorStateError';
  }
}

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The state in `file`; undefined when there is no such file yet (the first run). */
export function readStateFile(
  file: string,
  limits: StateLimits,
  redact: (text: string) => string = (text) => text,
): LoadedState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw new EvsEmulatorStateError(file, `cannot be read (${codeOf(error)})`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new EvsEmulatorStateError(
      file,
      `is damaged: it is not JSON (${(error as Error).message}); it is left as it is: move it away to start afresh`,
    );
  }
  try {
    return readState(new Checker(redact), document, limits);
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    throw new EvsEmulatorStateError(file, `is refused and left as it is: ${error.message}`);
  }
}

/**
 * Where a save writes before the rename: beside the file (a rename is atomic only within one file
 * system), under one name, so that the temporary file a kill left behind is overwritten next time.
 */
const tempOf = (file: string): string => `${file}.tmp`;

/** Writes `text` to `file` whole or not at all, now (the first save, and the last one at exit). */
export function writeStateFileSync(file: string, text: string): void {
  const temp = tempOf(file);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new EvsEmulatorStateError(file, `cannot be written (${codeOf(error)})`);
  }
}

async function writeStateFile(file: string, text: string): Promise<void> {
  const temp = tempOf(file);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text);
      // Without the fsync a crash of the machine could leave the renamed file empty.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new EvsEmulatorStateError(file, `cannot be written (${codeOf(error)})`);
  }
}

/** A save's time of making the JSON, times this, is the least gap to the next one. */
const dumpShare = 5;

/** Saves the state after changes, at most every `intervalMs` (longer for a large state), and at `flush()`. */
export class StateSaver {
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  /** How long the last save held the event loop (making the state's JSON, which cannot be done aside). */
  private lastDumpMs = 0;
  /** Flushed by close(): no save until resume(). */
  stopped = false;

  constructor(
    private readonly file: string,
    private readonly intervalMs: number,
    private readonly dump: () => string,
    private readonly onError: (error: EvsEmulatorStateError) => void,
  ) {}

  /** The state changed: a save comes within intervalMs (at once when the last one is older). */
  changed(): void {
    this.dirty = true;
    if (this.stopped || this.timer !== undefined || this.saving !== undefined) return;
    // A large state takes long to write out, and requests wait meanwhile: saves then come further
    // apart, so that they hold the event loop at most a fifth of the time.
    const gap = Math.max(this.intervalMs, dumpShare * this.lastDumpMs);
    const wait = Math.max(0, this.lastStart + gap - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.saving = this.save();
    }, wait);
    // A program that uses the emulator and ends without close() is not kept alive by a save to come.
    this.timer.unref();
  }

  private async save(): Promise<void> {
    this.dirty = false;
    this.lastStart = Date.now();
    try {
      const text = this.dump();
      this.lastDumpMs = Date.now() - this.lastStart;
      await writeStateFile(this.file, text);
    } catch (error) {
      // Tried again at the next change; the file on disk is still the last good save.
      this.dirty = true;
      this.onError(error as EvsEmulatorStateError);
    } finally {
      this.saving = undefined;
    }
    if (this.dirty && this.timer === undefined) this.changed();
  }

  /** Waits for a save under way and saves what changed since: the stop's last save. */
  async flush(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.saving;
    if (this.dirty) {
      this.dirty = false;
      await writeStateFile(this.file, this.dump());
    }
  }

  /** Saves again after a flush (an emulator closed and listening again). */
  resume(): void {
    this.stopped = false;
  }
}
