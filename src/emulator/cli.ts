#!/usr/bin/env node
// evs-emulator: the emulator on a port, for CI jobs and for trying the API by hand. Prints where it
// listens and the seed (to repeat a run), then one line per request; stops cleanly on Ctrl-C.
import { parseArgs } from 'node:util';
import { type CliSettings, readCli, usage } from './cli-args.js';
import { createEvsEmulator } from './emulator.js';
import { EvsEmulatorOptionsError } from './options.js';

function settings(): CliSettings | undefined {
  try {
    return readCli(process.argv.slice(2), process.env, parseArgs);
  } catch (error) {
    if (!(error instanceof EvsEmulatorOptionsError) && !(error instanceof TypeError)) throw error;
    console.error(`evs-emulator: ${error.message.replace(/^createEvsEmulator: /, '')}\nRun evs-emulator --help for the options.`);
    process.exitCode = 2;
    return undefined;
  }
}

/** Request lines leave in one write per turn of the event loop, not one write per request. */
function batchedLines(write: (text: string) => void): { line: (text: string) => void; flush: () => void } {
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    write(`${pending.join('\n')}\n`);
    pending = [];
  };
  return {
    line: (text) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push(text);
    },
    flush,
  };
}

const chosen = settings();
if (chosen?.help) console.log(usage);
else if (chosen) {
  const { options, port, host, quiet } = chosen;
  const lines = batchedLines((text) => process.stdout.write(text));
  const emulator = createEvsEmulator({
    ...options,
    onRequest: quiet
      ? undefined
      : (entry) =>
          lines.line(
            `${entry.method} ${entry.path.slice(0, 200)}${entry.query ? `?${entry.query.slice(0, 200)}` : ''} ${entry.status ?? 'reset'} ${entry.ms} ms${entry.operation ? ` ${entry.operation}` : ''}${entry.fault ? ` [fault: ${entry.fault}]` : ''}`,
          ),
  });
  try {
    const url = await emulator.listen({ port, host });
    console.log(`evs-emulator: listening on ${url} (seed ${emulator.seed}; --seed ${emulator.seed} repeats this run)`);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    console.error(`evs-emulator: cannot listen on ${host}:${port}: ${code === 'EADDRINUSE' ? 'the port is in use (EADDRINUSE)' : message}`);
    process.exit(2);
  }
  const stop = (exitCode: number) => () =>
    void emulator.close().finally(() => {
      lines.flush();
      process.exit(exitCode);
    });
  process.once('SIGINT', stop(130));
  process.once('SIGTERM', stop(143));
}
