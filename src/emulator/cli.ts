#!/usr/bin/env node
// evs-emulator: the emulator on a port, for CI jobs and for trying the API by hand (see
// command.ts and cli-args.ts); stops cleanly on Ctrl-C and SIGTERM.
import { runEmulatorCommand } from './command.js';

const code = await runEmulatorCommand(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  onStop: (stop) => {
    process.once('SIGINT', () => stop(130));
    process.once('SIGTERM', () => stop(143));
  },
});
// A served run ends here after its stop: exit at once, whatever sockets a client left open.
process.exitCode = code;
if (code === 130 || code === 143) process.exit(code);
