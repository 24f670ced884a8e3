// npm run bench [-- client|emulator|logging|restore|state]: the project's speed and size targets, each measured as a
// ratio against a baseline taken in the same run (absolute figures on these machines move 2x
// from day to day).
import { benchClient } from './bench/client.js';
import { benchEmulator } from './bench/emulator.js';
import { benchLogging } from './bench/logging.js';
import { benchRestore } from './bench/restore.js';
import { benchState } from './bench/state.js';

const sections = { client: benchClient, emulator: benchEmulator, logging: benchLogging, restore: benchRestore, state: benchState } as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in sections));
if (unknown.length) {
  console.error(`npm run bench: unknown section ${unknown.join(' ')}; the sections are ${Object.keys(sections).join(', ')}`);
  process.exit(2);
}
for (const name of asked.length ? asked : Object.keys(sections)) {
  console.log(`\n== ${name}`);
  await sections[name as keyof typeof sections]();
}
