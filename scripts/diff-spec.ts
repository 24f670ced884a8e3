// npm run diff:spec -- <old bundle> [<new bundle>]: every change between two bundled descriptions,
// classed as breaking, potentially breaking or compatible for existing clients; exits 1 when a
// breaking change comes without a version that allows it (a major bump, or a minor one while 0.x).
import { readFile } from 'node:fs/promises';
import { fromRoot } from './lib/paths.js';
import { gate } from './spec-diff/gate.js';

const [oldPath, newPath = fromRoot('generated', 'openapi.json')] = process.argv.slice(2);
if (!oldPath) {
  console.error('usage: npm run diff:spec -- <old bundle.json> [<new bundle.json>, default generated/openapi.json]');
  process.exit(2);
}
const read = async (file: string): Promise<Record<string, unknown>> => {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    console.error(`diff:spec: cannot read ${file} as a JSON bundle: ${(error as Error).message}`);
    process.exit(2);
  }
};
const { code, report } = gate(await read(oldPath), await read(newPath));
console.log(report);
process.exitCode = code;
