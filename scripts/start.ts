// npm start [-- options] (node --import tsx scripts/start.ts: one process, no tsx parent
// in between to relay signals): builds what generated/ lacks (scripts/lib/build-missing.ts), then runs the
// emulator (as evs-emulator does, in this process) and the docs with live reload
// (scripts/lib/docs-preview.ts) side by side on 127.0.0.1, prints both URLs, each on a line of its
// own, and stops both on SIGINT (exit 130) or SIGTERM (143), with any build in progress. A port in
// use or bad options exit 2, a failed build 1, each with the reason; nothing is left running.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildMissing } from './lib/build-missing.js';
import { type DocsPreview, startDocsPreview } from './lib/docs-preview.js';
import { docsDir, generatedDir, specRoot } from './lib/paths.js';
import { settingsOrExit } from './lib/script-args.js';
import { startSettings, startUsage } from './lib/start-args.js';

const name = 'npm start';
const settings = settingsOrExit(() => startSettings(process.argv.slice(2), process.env));
if (settings.help) {
  console.log(startUsage);
  process.exit(0);
}
// A reader that goes away (npm start | head) must not stop the servers.
process.stdout.on('error', () => undefined);
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const complain = (line: string): void => void process.stderr.write(`${line}\n`);

// A stop asked for before both servers run ends the build in progress and exits at once.
const early = new AbortController();
let stopRequested: number | undefined;
let onStop = (code: number): void => {
  stopRequested = code;
  early.abort();
};
process.once('SIGINT', () => onStop(130));
process.once('SIGTERM', () => onStop(143));
// npm runs this through sh, and passes a SIGTERM it gets to sh only, which dies without passing
// it on: this process then has a new parent. It stops as on SIGTERM rather than run on unowned.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid === parent) return;
  complain(`${name}: the process that started it (pid ${parent}) is gone; stopping`);
  onStop(143);
}, 250).unref();

try {
  await buildMissing({ specRoot, dir: generatedDir, log: (line) => say(`${name}: ${line}`), signal: early.signal });
} catch (error) {
  if (stopRequested !== undefined) process.exit(stopRequested);
  complain(`${name}: ${(error as Error).message}`);
  process.exit(1);
}
if (stopRequested !== undefined) process.exit(stopRequested);

// Imported only now: the emulator imports generated/, which the step above may have written.
const { runEmulatorCommand } = await import('../src/emulator/command.js');

interface RunningEmulator {
  url: string;
  /** Its own line after the URL: where it listens and the seed. */
  listening: string;
  stop(code: number): Promise<number>;
}

/** Starts the emulator command; resolves once it listens, or with its exit code when it could not start (it said why). */
async function startEmulator(): Promise<RunningEmulator | number> {
  let stopper: ((code: number) => void) | undefined;
  let reportUrl: (text: string) => void = () => undefined;
  const listening = new Promise<string>((resolve) => {
    reportUrl = resolve;
  });
  let first = true;
  const argv = ['--port', String(settings.emulatorPort), '--host', '127.0.0.1', ...settings.emulatorArgs];
  const done = runEmulatorCommand(argv, process.env, {
    // Its first write begins with the URL alone on a line (its contract for scripts); the request lines follow.
    stdout: (text) => {
      if (!first) return void process.stdout.write(text);
      first = false;
      reportUrl(text);
    },
    stderr: (text) => void process.stderr.write(text),
    onStop: (stop) => {
      stopper = stop;
    },
  });
  const started = await Promise.race([listening, done]);
  if (typeof started === 'number') return started;
  const [url = '', ...rest] = started.split('\n');
  return {
    url,
    listening: rest.join('\n').trimEnd(),
    stop: (code) => {
      stopper?.(code);
      return done;
    },
  };
}

const emulator = await startEmulator();
if (typeof emulator === 'number') {
  complain(`${name}: the emulator did not start (see above); nothing is left running`);
  process.exit(emulator);
}
if (stopRequested !== undefined) process.exit(await emulator.stop(stopRequested));

const relative = (file: string): string => path.relative(process.cwd(), file) || file;
const generatedBundle = path.join(generatedDir, 'openapi.json');
let docs: DocsPreview;
try {
  docs = await startDocsPreview({
    root: specRoot,
    host: '127.0.0.1',
    port: settings.docsPort,
    initialPages: docsDir,
    log: (line) => say(`${name}: docs ${line}`),
    // The docs follow spec/; the emulator runs the code generated from it, which only a build and a restart change.
    onBuilt: async (bundlePath) => {
      const [fresh, generated] = await Promise.all([readFile(bundlePath, 'utf8'), readFile(generatedBundle, 'utf8').catch(() => '')]);
      if (fresh !== generated) say(`${name}: spec/ differs from ${relative(generatedBundle)}: the emulator serves what was generated; run npm run build, then npm start again`);
    },
  });
} catch (error) {
  await emulator.stop(2);
  const { code, message } = error as NodeJS.ErrnoException;
  complain(
    code === 'EADDRINUSE'
      ? `${name}: the docs cannot listen on 127.0.0.1:${settings.docsPort}: the port is in use (EADDRINUSE); choose another with --docs-port or EVS_DOCS_PORT, or 0 for a free one`
      : `${name}: the docs cannot start: ${message}`,
  );
  process.exit(2);
}

say(`docs: ${docs.url}`);
say(`emulator: ${emulator.url}`);
say(emulator.listening);
say(`${name}: the docs (English; Chinese at ${docs.url}zh-CN.html) reload when ${relative(path.dirname(specRoot))}/ changes. Ctrl-C stops both.`);

let stopping = false;
onStop = (code) => {
  if (stopping) return;
  stopping = true;
  void Promise.all([emulator.stop(code), docs.close()]).finally(() => process.exit(code));
};
if (stopRequested !== undefined) onStop(stopRequested);
