// The gate as a function: the report of every change between two bundles and whether the version
// step allows the breaking ones (npm run diff:spec prints it and exits with its code).
import { documentChanges, versionAllowsBreaking } from './document-changes.js';
import type { Severity } from './schema-changes.js';

type Document = Record<string, unknown>;
const versionOf = (document: Document): string => String((document.info as { version?: unknown } | undefined)?.version ?? '?');

export function gate(before: Document, after: Document): { code: 0 | 1; report: string } {
  const changes = documentChanges(before, after);
  const lines = [`${versionOf(before)} -> ${versionOf(after)}: ${changes.length} change${changes.length === 1 ? '' : 's'}`];
  for (const severity of ['breaking', 'potentially breaking', 'compatible'] as Severity[]) {
    const group = changes.filter((change) => change.severity === severity);
    if (!group.length) continue;
    // A shared schema changes in every place that uses it: one line per change, with its places.
    const kinds = new Map<string, string[]>();
    for (const change of group) {
      const key = `${change.rule}: ${change.pointer || '(operation)'}: ${change.detail}`;
      kinds.set(key, [...(kinds.get(key) ?? []), change.where]);
    }
    lines.push('', `${severity} (${group.length} in ${kinds.size} kinds)`);
    for (const [line, places] of kinds)
      lines.push(`  ${line}`, `    at ${places.length > 3 ? `${places.slice(0, 3).join('; ')} and ${places.length - 3} more` : places.join('; ')}`);
  }
  const breaking = changes.filter((change) => change.severity === 'breaking').length;
  if (breaking && !versionAllowsBreaking(versionOf(before), versionOf(after))) {
    lines.push('', `${breaking} breaking change${breaking === 1 ? '' : 's'}, but ${versionOf(before)} -> ${versionOf(after)} is not a major bump (or a minor one while 0.x)`);
    return { code: 1, report: lines.join('\n') };
  }
  return { code: 0, report: lines.join('\n') };
}
