#!/usr/bin/env node
// evs-contract: the contract checks as a command for CI jobs (see command.ts and cli-args.ts).
import { writeFile } from 'node:fs/promises';
import { checkWritable, type InterruptSignal, main } from './command.js';
import { proxySettingsFrom } from './proxy.js';

// HTTPS_PROXY, HTTP_PROXY and NO_PROXY, for every request of this process (fetch reads the global
// dispatcher). A value that is not a proxy URL installs nothing here: readCli refuses it (exit 2).
const proxies = (() => {
  try {
    return proxySettingsFrom(process.env);
  } catch {
    return undefined;
  }
})();
if (proxies) {
  const [{ setGlobalDispatcher }, { proxyAgent }] = await Promise.all([import('undici'), import('./proxy-agent.js')]);
  setGlobalDispatcher(proxyAgent(proxies));
}

let settled = false;
// Node ends a process whose event loop has nothing left to do, even with a promise pending: the
// run must never end that way with code 0, as if it had passed. (Every request holds a timer
// until it settles, so this is a guard against a bug, not a path a run takes.)
process.once('beforeExit', () => {
  if (settled) return;
  process.stderr.write('evs-contract: the run stopped with work still pending, before its end; please report it\n');
  process.exitCode = 1;
});

main(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTerminal: process.stdout.isTTY === true,
  writeFile: (path, text) => writeFile(path, text),
  checkWritable,
  onSignal: (handler) => {
    const listeners = (['SIGINT', 'SIGTERM'] as const).map((signal: InterruptSignal) => {
      const listener = () => handler(signal);
      process.on(signal, listener);
      return () => process.off(signal, listener);
    });
    return () => {
      for (const off of listeners) off();
    };
  },
}).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    // The error may quote a server's answer: only its kind is shown.
    process.stderr.write(`evs-contract: unexpected failure (${(error as Error).name}); please report it\n`);
    process.exitCode = 1;
  },
);
