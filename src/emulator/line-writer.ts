// The bin's standard output, written without blocking the answer path. Node writes
// process.stdout synchronously when it is a file, a pipe (on Linux) or a terminal, so each batch
// of request lines held the event loop until the kernel took it: up to a quarter of the
// throughput with `> emulator.log`, and every answer stalled while a pipe's reader did not read.
// Here text is queued and handed to the kernel by fs.write on the libuv thread pool, one write at
// a time, in order, after a short linger so that a busy server makes a few large writes rather than
// one per turn of the event loop (each hand-over to the thread pool costs CPU). The bin
// waits for drain() before it exits, and flushSync() covers an exit that no await reaches.
// The lingering matters: without it (a write per turn of the event loop) the request lines cost
// 1.39x --quiet's CPU a request with output to a file; with it, 0.99 (npm run bench -- logging).
import fs from 'node:fs';

/** The two calls of node:fs this module makes, replaceable in tests. */
export interface FdWrites {
  write: (
    fd: number,
    buffer: Buffer,
    offset: number,
    length: number,
    done: (error: NodeJS.ErrnoException | null, written: number) => void,
  ) => void;
  writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => number;
}

export interface LineWriterOptions {
  /**
   * Most characters held while the output is slower than the requests (a pipe nobody reads);
   * beyond, lines are dropped and counted rather than memory growing without end or the server
   * stalling. 16 MiB by default: about 150,000 request lines.
   */
  maxQueued?: number;
  /** Ms text waits for more before it is written, unless 64 KiB are queued first; 0 writes at once; 10 by default. */
  lingerMs?: number;
  /** Told how many lines were dropped, once the output takes text again or drain(stallMs) gives up on it. */
  onDropped?: (lines: number) => void;
  io?: FdWrites;
}

export interface LineWriter {
  /** Queues text for the output, after everything queued before it. */
  write: (text: string) => void;
  /**
   * Resolves once everything queued so far is written, or the output has failed, or no write has
   * completed for `stallMs` (a reader that stopped reading must not keep a stopped server alive).
   */
  drain: (stallMs?: number) => Promise<void>;
  /**
   * Writes what is queued now, synchronously: for process 'exit', where no callback runs. Writes
   * nothing once drain(stallMs) gave up on the output, which would block.
   */
  flushSync: () => void;
}

const nodeWrites: FdWrites = {
  write: (fd, buffer, offset, length, done) => fs.write(fd, buffer, offset, length, null, done),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
};

/** A non-blocking descriptor (a pipe its reader opened so) answers EAGAIN when full: try again shortly. */
const retryLaterMs = 5;
/** Queued this much, text is written without waiting out the linger. */
const fullBatch = 64 * 1024;

export function lineWriter(fd: number, options: LineWriterOptions = {}): LineWriter {
  const io = options.io ?? nodeWrites;
  const maxQueued = options.maxQueued ?? 16 * 1024 * 1024;
  const lingerMs = options.lingerMs ?? 10;
  let lingering: NodeJS.Timeout | undefined;
  // Set while someone waits in drain(): nothing lingers then.
  let draining = false;
  let lastProgress = Date.now();
  let queue: string[] = [];
  let queued = 0;
  let busy = false;
  // Set once a write fails other than with EAGAIN (EPIPE: the reader went away): the server
  // keeps serving, without its lines.
  let failed = false;
  let dropped = 0;
  // Set once drain(stallMs) gave up: the output takes nothing (a pipe whose reader stopped reading),
  // so flushSync() must not write: with a blocking descriptor (the built bin's stdout on a pipe) a
  // synchronous write would hold the exit forever (seen: the process alive 8 s after SIGTERM, in
  // anon_pipe_write).
  let stalled = false;
  let waiting: (() => void)[] = [];

  const idle = (): boolean => failed || (!busy && queue.length === 0);
  const settle = (): void => {
    if (!idle()) return;
    const resolved = waiting;
    waiting = [];
    draining = false;
    for (const resolve of resolved) resolve();
  };

  const take = (): Buffer => {
    const buffer = Buffer.from(queue.join(''));
    queue = [];
    queued = 0;
    return buffer;
  };

  const writeFrom = (buffer: Buffer, offset: number): void => {
    io.write(fd, buffer, offset, buffer.length - offset, (error, written) => {
      if (error?.code === 'EAGAIN') {
        setTimeout(() => writeFrom(buffer, offset), retryLaterMs);
        return;
      }
      if (error) {
        failed = true;
        busy = false;
        queue = [];
        queued = 0;
        settle();
        return;
      }
      lastProgress = Date.now();
      // A pipe may take part of a write: the rest goes next, before anything newer.
      if (offset + written < buffer.length) {
        writeFrom(buffer, offset + written);
        return;
      }
      busy = false;
      if (dropped > 0) {
        options.onDropped?.(dropped);
        dropped = 0;
      }
      soon();
    });
  };

  const next = (): void => {
    clearTimeout(lingering);
    lingering = undefined;
    if (busy || failed || queue.length === 0) {
      settle();
      return;
    }
    busy = true;
    writeFrom(take(), 0);
  };

  /** Writes now if a full batch waits or nothing should linger, else once the linger is over. */
  const soon = (): void => {
    if (lingerMs === 0 || draining || queued >= fullBatch) next();
    else if (queue.length === 0) settle();
    else lingering ??= setTimeout(next, lingerMs);
  };

  return {
    write: (text) => {
      if (failed || text === '') return;
      if (queued + text.length > maxQueued) {
        dropped += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
        return;
      }
      queue.push(text);
      queued += text.length;
      if (!busy) soon();
    },
    drain: (stallMs = Number.POSITIVE_INFINITY) => {
      if (idle()) return Promise.resolve();
      // Whoever waits for the output (the bin before it exits) does not wait out the linger.
      draining = true;
      if (!busy) next();
      lastProgress = Date.now();
      return new Promise<void>((resolve) => {
        let watch: NodeJS.Timeout | undefined;
        const done = (): void => {
          clearTimeout(watch);
          resolve();
        };
        waiting.push(done);
        if (!Number.isFinite(stallMs)) return;
        const check = (): void => {
          if (Date.now() - lastProgress >= stallMs) {
            // Given up: what is queued will not be written either; told with the dropped lines, so
            // that a stop behind a stalled reader does not lose up to maxQueued of lines unsaid.
            if (!stalled) {
              const unwritten = dropped + queue.reduce((lines, text) => lines + text.split('\n').length - 1, 0);
              if (unwritten > 0) options.onDropped?.(unwritten);
              dropped = 0;
            }
            stalled = true;
            done();
          } else watch = setTimeout(check, Math.max(1, stallMs - (Date.now() - lastProgress)));
        };
        watch = setTimeout(check, stallMs);
      });
    },
    flushSync: () => {
      clearTimeout(lingering);
      if (failed || stalled || queue.length === 0) return;
      // A write still on the thread pool cannot be waited for here; what is queued goes after it
      // in all likelihood, and is written rather than lost.
      const buffer = take();
      let offset = 0;
      for (let attempts = 0; offset < buffer.length && attempts < 10_000; attempts++) {
        try {
          offset += io.writeSync(fd, buffer, offset, buffer.length - offset);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return;
        }
      }
    },
  };
}
