// The mutants a run left alive, per part, as a markdown list that npm run test:mutation writes
// into reports/mutation/survivors.md: where each is (file:line:column, as Stryker's report gives
// them), what Stryker changed, and the code before and after. It is rebuilt from the reports on
// every run, so it never goes stale the way a hand-kept table does.
import type { MutantResult, MutationTestResult } from 'mutation-testing-report-schema';

/** The statuses that lower the score: a test should have failed and none did. */
const alive = new Set<MutantResult['status']>(['Survived', 'NoCoverage']);
const longest = 100;

/** The text of a location in a source, on one line, cut to `longest` characters. */
function excerpt(source: string, { start, end }: MutantResult['location']): string {
  const lines = source.split('\n');
  const text =
    start.line === end.line
      ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1)
      : [(lines[start.line - 1] ?? '').slice(start.column - 1), ...lines.slice(start.line, end.line - 1), (lines[end.line - 1] ?? '').slice(0, end.column - 1)].join('\n');
  return shorten(text);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > longest ? `${flat.slice(0, longest - 1)}…` : flat;
}

/** Inline code that holds any backtick: fenced with one backtick more than the longest run inside. */
function code(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
  return text.startsWith('`') || text.endsWith('`') ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** One line per surviving or uncovered mutant, sorted by file, line and column. */
export function survivorLines(report: MutationTestResult): string[] {
  const found: { file: string; mutant: MutantResult; source: string }[] = [];
  for (const [file, { source, mutants }] of Object.entries(report.files)) for (const mutant of mutants) if (alive.has(mutant.status)) found.push({ file, mutant, source });
  found.sort(
    (a, b) => a.file.localeCompare(b.file) || a.mutant.location.start.line - b.mutant.location.start.line || a.mutant.location.start.column - b.mutant.location.start.column,
  );
  return found.map(({ file, mutant, source }) => {
    const { line, column } = mutant.location.start;
    // A partial run's log holds no source: then only the replacement is shown.
    const before = source ? excerpt(source, mutant.location) : '';
    const change = mutant.replacement === undefined ? '' : `: ${before ? `${code(before)} ` : ''}-> ${code(shorten(mutant.replacement) || ' ')}`;
    const uncovered = mutant.status === 'NoCoverage' ? ' (no test reaches it)' : '';
    return `- \`${file}:${line}:${column}\` ${mutant.mutatorName}${change}${uncovered}`;
  });
}

/** The whole report: a section per part, in the order given, each with its survivors or "none". */
export function survivorsReport(parts: readonly { label: string; report: MutationTestResult }[], written = new Date()): string {
  const sections = parts.map(({ label, report }) => {
    const lines = survivorLines(report);
    return [`## ${label}: ${lines.length} left alive`, '', ...(lines.length ? lines : ['none']), ''].join('\n');
  });
  return [
    '# Surviving mutants',
    '',
    `Written by npm run test:mutation on ${written.toISOString()} from the reports in reports/mutation/.`,
    'Each line: file:line:column, the mutator, the code before -> after. Check a survivor by hand before',
    'writing a test for it or calling it equivalent (CONTRIBUTING.md, Mutation testing).',
    '',
    ...sections,
  ].join('\n');
}
