/** The lines of a page that went away and the ones that came, in page order. */
export interface LineDiff {
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

/**
 * A line diff of two texts (longest common subsequence): lines only in `before` are removed,
 * lines only in `after` are added. Lines are compared after collapsing spaces.
 */
export function diffLines(before: readonly string[], after: readonly string[]): LineDiff {
  const a = before.map(normaliseLine);
  const b = after.map(normaliseLine);
  // lengths[i][j]: the longest common subsequence of a[i…] and b[j…].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      removed.push(before[i]!);
      i += 1;
    } else {
      added.push(after[j]!);
      j += 1;
    }
  }
  removed.push(...before.slice(i));
  added.push(...after.slice(j));
  return { removed, added };
}

function normaliseLine(line: string): string {
  return line.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
