// The command line of `npm start`: its own flags (the two ports, --help) are read here; every
// other argument goes to the emulator as typed, which reads it strictly (evs-emulator's flags).
// This module imports nothing of the emulator: that needs generated/, which npm start may have
// to build first.
import { parseArgs } from 'node:util';
import { UsageError } from './script-args.js';

export interface StartSettings {
  help: boolean;
  /** 0: a free port. */
  docsPort: number;
  emulatorPort: number;
  /** The arguments for the emulator, in the order typed. */
  emulatorArgs: string[];
}

export const startUsage = `npm start: the docs (English and Chinese, reloaded when spec/ changes) and the emulator,
side by side on 127.0.0.1, after building whatever generated/ lacks. Ctrl-C (or SIGTERM) stops both.

Usage: npm start [-- options]

  --docs-port <n>       the docs' port (default: a free one; or EVS_DOCS_PORT)
  --emulator-port <n>   the emulator's port (default: a free one; or EVS_EMULATOR_PORT)
  -h, --help            this text

Any other option goes to the emulator: every flag of evs-emulator but --port and --host
(npm run emulator -- --help lists them), e.g. npm start -- --seed 7 --create-ms 0.

It prints each URL on a line of its own, "docs: <url>" and "emulator: <url>", before anything
else of theirs; a script can wait for the line "emulator: " and read the rest of it.`;

const own = {
  'docs-port': { type: 'string' },
  'emulator-port': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Flags of the emulator that npm start decides itself, with what to use instead. */
const taken: Record<string, string> = {
  port: 'npm start takes the emulator port as --emulator-port (and the docs port as --docs-port)',
  host: 'npm start serves on 127.0.0.1 only; npm run emulator -- --host <address> serves elsewhere',
};

/** A port from a flag or the environment: a whole number from 0 (a free one) to 65535. */
function portOf(where: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65535) throw new UsageError(`npm start: ${where} must be a port from 0 (a free one) to 65535, got ${JSON.stringify(text.slice(0, 40))}`);
  return port;
}

export function startSettings(argv: readonly string[], env: NodeJS.ProcessEnv): StartSettings {
  // Lenient, so that the emulator's flags pass; each token says where it was typed.
  const { values, tokens } = parseArgs({ args: [...argv], options: own, strict: false, allowPositionals: true, tokens: true });
  const emulatorArgs: string[] = [];
  const passed = new Set<number>();
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      emulatorArgs.push(token.value);
      continue;
    }
    if (Object.hasOwn(taken, token.name)) throw new UsageError(`npm start: ${token.rawName} is not taken: ${taken[token.name]}`);
    if (Object.hasOwn(own, token.name)) {
      if (own[token.name as keyof typeof own].type === 'string' && token.value === undefined) throw new UsageError(`npm start: ${token.rawName} needs a value`);
      continue;
    }
    // Grouped short flags (-ab) are tokens of one argument: it goes once.
    if (!passed.has(token.index)) emulatorArgs.push(argv[token.index]!);
    passed.add(token.index);
  }
  const text = (value: string | boolean | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
  const docsPort = portOf('--docs-port', text(values['docs-port'])) ?? portOf('EVS_DOCS_PORT', env.EVS_DOCS_PORT || undefined) ?? 0;
  const emulatorPort = portOf('--emulator-port', text(values['emulator-port'])) ?? portOf('EVS_EMULATOR_PORT', env.EVS_EMULATOR_PORT || undefined) ?? 0;
  if (docsPort !== 0 && docsPort === emulatorPort) throw new UsageError(`npm start: the docs and the emulator need two ports, both are ${docsPort}`);
  return { help: values.help === true, docsPort, emulatorPort, emulatorArgs };
}
