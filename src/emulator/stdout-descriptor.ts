// The descriptor the bin writes its standard output to, chosen so that no write can block for
// good. A pipe, socket or terminal on stdout is a blocking descriptor (until process.stdout is
// made); a write to one whose reader stopped reading (a pipe nobody reads, a terminal paused with
// Ctrl-S) holds a thread of the pool, and the exit waits for that thread: the bin ran on after
// SIGTERM until SIGKILL. Non-blocking, such a write answers EAGAIN and the line writer tries again.
import { constants, fstatSync, openSync } from 'node:fs';

export function nonBlockingStdout(): number {
  const output = fstatSync(1);
  if (output.isCharacterDevice()) {
    // A terminal (or /dev/null): opened anew, without blocking, so that the shell's own descriptor
    // keeps its flags. /proc is Linux's; elsewhere stdout stays as it is.
    try {
      return openSync('/proc/self/fd/1', constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    } catch {
      return 1;
    }
  }
  // Making process.stdout sets O_NONBLOCK on a pipe or socket (libuv); Node restores the flags at exit.
  if (output.isFIFO() || output.isSocket()) void process.stdout;
  return 1;
}
