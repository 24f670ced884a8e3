// npm run diff:spec -- <old bundle> [<new bundle>]: every change between two bundled descriptions,
// classed as breaking, potentially breaking or compatible for existing clients; exits 1 when a
// breaking change comes without a version that allows it (a major bump, or a minor one while 0.x).
import { readFile } from 'node:fs/promises';
import { fromRoot } from './lib/paths.js';
import { documentChanges, versionAllowsBreaking } from './spec-diff/document-changes.js';
import type { Severity } from './spec-diff/schema-changes.js';

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
const before = await read(oldPath);
const after = await read(newPath);
const versionOf = (document: Record<string, unknown>): string => String((document.info as { version?: unknown } | undefined)?.version ?? '?');
const changes = documentChanges(before, after);
const order: Severity[] = ['breaking', 'potentially breaking', 'compatible'];
console.log(`${versionOf(before)} -> ${versionOf(after)}: ${changes.length} change${changes.length === 1 ? '' : 's'}`);
for (const severity of order) {
  const group = changes.filter((change) => change.severity === severity);
  if (!group.length) continue;
  // A shared schema changes in every place that uses it: one line per change, with its places.
  const lines = new Map<string, string[]>();
  for (const change of group) {
    const key = `${change.rule}: ${change.pointer || '(operation)'}: ${change.detail}`;
    lines.set(key, [...(lines.get(key) ?? []), change.where]);
  }
  console.log(`\n${severity} (${group.length} in ${lines.size} kinds)`);
  for (const [line, places] of lines) console.log(`  ${line}\n    at ${places.length > 3 ? `${places.slice(0, 3).join('; ')} and ${places.length - 3} more` : places.join('; ')}`);
}
const breaking = changes.filter((change) => change.severity === 'breaking').length;
if (breaking && !versionAllowsBreaking(versionOf(before), versionOf(after))) {
  console.log(`\n${breaking} breaking change${breaking === 1 ? '' : 's'}, but ${versionOf(before)} -> ${versionOf(after)} is not a major bump (or a minor one while 0.x)`);
  process.exit(1);
}
