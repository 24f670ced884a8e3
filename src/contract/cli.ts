#!/usr/bin/env node
// evs-contract: the contract checks as a command for CI jobs (see command.ts and cli-args.ts).
import { writeFile } from 'node:fs/promises';
import { checkWritable, main } from './command.js';
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

main(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTerminal: process.stdout.isTTY === true,
  writeFile: (path, text) => writeFile(path, text),
  checkWritable,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The error may quote a server's answer: only its kind is shown.
    process.stderr.write(`evs-contract: unexpected failure (${(error as Error).name}); please report it\n`);
    process.exitCode = 1;
  },
);
