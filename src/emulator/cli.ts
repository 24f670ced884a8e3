#!/usr/bin/env node
// evs-emulator: the emulator on a port, for CI jobs and for trying the API by hand (see
// command.ts and cli-args.ts); stops cleanly on Ctrl-C and SIGTERM, and only then: it outlives
// the shell that started it (a CI step that starts it ends while later steps use it).
import { runEmulatorCommand } from './command.js';
import { lineWriter } from './line-writer.js';
import { nonBlockingStdout } from './stdout-descriptor.js';

/**
 * Writes to a stream until it fails. A reader that goes away (`evs-emulator | head -n 1`, a CI
 * step's log pipe closed) makes writes fail with EPIPE; the server keeps serving without its lines.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on('error', () => {
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

const stderr = writerTo(process.stderr);
// Standard output (the URL, the request lines) leaves without blocking the answers; what is still
// queued is written before the process exits, on a stop signal as on an error.
const stdout = lineWriter(nonBlockingStdout(), {
  onDropped: (lines) => stderr(`evs-emulator: ${lines} request lines dropped: the standard output did not keep up\n`),
});
process.once('exit', () => stdout.flushSync());
const code = await runEmulatorCommand(process.argv.slice(2), process.env, {
  stdout: stdout.write,
  stderr,
  onStop: (stop) => {
    process.once('SIGINT', () => stop(130));
    process.once('SIGTERM', () => stop(143));
  },
});
// A served run ends here after its stop: exit at once, whatever sockets a client left open.
process.exitCode = code;
// Every line still queued is written; only an output that takes nothing for 2 s is given up on.
await stdout.drain(2000);
if (code === 130 || code === 143) process.exit(code);
