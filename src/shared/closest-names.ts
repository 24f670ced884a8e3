// The known names closest to a mistyped one, for a "did you mean": a few edits away (a swap of
// two neighbours counts as one), or the same once case and `_` against `-` are set aside, or one
// the start of the other (`--max` for `--max-snapshots`).

/** Beyond this length a name is not compared: the distance costs its length times the other's. */
const longestCompared = 64;

const normal = (name: string): string => name.replace(/^-+/, '').toLowerCase().replaceAll('_', '-');

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How many edits still read as a slip of the fingers: one in a short name, two in a longer one, three past ten letters.
 */
const editsAllowed = (length: number): number => (length <= 4 ? 1 : length <= 10 ? 2 : 3);

/** Up to `most` of `known`, closest first (ties in the order given); none when nothing is close. */
export function closestNames(typed: string, known: readonly string[], most = 3): string[] {
  const wanted = normal(typed);
  if (wanted.length === 0 || wanted.length > longestCompared) return [];
  const scored = known.flatMap((name, order) => {
    const candidate = normal(name);
    const distance = editDistance(wanted, candidate);
    if (distance <= editsAllowed(wanted.length)) return [{ name, order, score: distance }];
    // A start of at least three letters: scored after every near miss.
    const prefix =
      Math.min(wanted.length, candidate.length) >= 3 && (candidate.startsWith(wanted) || wanted.startsWith(candidate));
    return prefix ? [{ name, order, score: longestCompared }] : [];
  });
  return scored
    .sort((x, y) => x.score - y.score || x.order - y.order)
    .slice(0, most)
    .map(({ name }) => name);
}
