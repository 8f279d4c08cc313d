import { CUT, type RowedGalley } from './galleyRows.js';

/**
 * Where to end a column of a galley. The rules, from the most to the least wanted:
 *   A. break nothing: no paragraph leaves a single line, no kept block is split, no heading is
 *      separated from what follows, no title or chip row is split;
 *   B. split a kept block (a card, an entry) between its lines or paragraphs, when keeping it whole
 *      would leave more than a quarter of the page empty: holes are worse than a split card;
 *   C–E. only when the block cannot fit on an empty page at all (taller than a page): allow a single
 *      line alone, then a heading alone, then a title split — anything rather than losing text.
 */
export const PASSES = [
  0,
  CUT.together,
  CUT.together | CUT.widow,
  CUT.together | CUT.widow | CUT.keepWithNext,
  CUT.together | CUT.widow | CUT.keepWithNext | CUT.unbreakable,
] as const;

/** Height of rows s…k−1 placed together: from the first row's top to the last one's bottom, with their decorations. */
export function heightOf(r: RowedGalley, s: number, k: number): number {
  if (k <= s) return 0;
  return r.rows[k - 1]!.bottom - r.rows[s]!.top + r.above[s]! + r.below[k]!;
}

/** The first forced break after row s (before `end`), or `end`. */
export function nextForced(r: RowedGalley, s: number, end: number): number {
  for (let k = s + 1; k < end; k += 1) if (r.forced.has(k)) return k;
  return end;
}

/** The largest k in (s, end] such that rows s…k−1 fit in `capacity` and a cut before k breaks only what `allowed` allows. */
export function bestCut(r: RowedGalley, s: number, end: number, capacity: number, allowed: number): number | undefined {
  const limit = nextForced(r, s, end);
  for (let k = limit; k > s; k -= 1) {
    if (heightOf(r, s, k) > capacity + 0.01) continue;
    if (k === limit || (r.cuts[k]! & ~allowed) === 0) return k;
  }
  return undefined;
}

/** What to do with a column: place rows s…k−1, go on to the next column, or give up (nothing fits anywhere). */
export type ColumnChoice = { readonly k: number } | 'next' | 'tooTall';

/**
 * Chooses where the column starting at row `s` ends. `fresh`: the column is empty and as tall as
 * a column can be, so waiting for the next one cannot help. `voidLimit`: the empty space at a
 * column's foot beyond which splitting a kept block is preferred.
 */
export function chooseCut(
  r: RowedGalley,
  s: number,
  end: number,
  capacity: number,
  fresh: boolean,
  voidLimit: number,
): ColumnChoice {
  const a = bestCut(r, s, end, capacity, PASSES[0]);
  const leftA = capacity - (a === undefined ? 0 : heightOf(r, s, a));
  if (a !== undefined && leftA <= voidLimit) return { k: a };
  if (leftA > voidLimit) {
    const b = bestCut(r, s, end, capacity, PASSES[1]);
    if (b !== undefined && (a === undefined || b > a)) return { k: b };
  }
  if (a !== undefined) return { k: a };
  if (!fresh) return 'next';
  for (const allowed of PASSES.slice(1)) {
    const k = bestCut(r, s, end, capacity, allowed);
    if (k !== undefined) return { k };
  }
  return 'tooTall';
}

/**
 * Splits rows s…end−1 into two columns of about the same height, both within `capacity`, at an
 * allowed cut (rule A, else B). Undefined when they do not fit in two columns.
 */
export function balanceCut(r: RowedGalley, s: number, end: number, capacity: number): number | undefined {
  if (nextForced(r, s, end) !== end) return undefined;
  for (const allowed of PASSES.slice(0, 2)) {
    let best: { k: number; height: number } | undefined;
    // From the longest first column down: on equal heights the first column stays the longer.
    for (let k = end; k > s; k -= 1) {
      if (k < end && (r.cuts[k]! & ~allowed) !== 0) continue;
      const first = heightOf(r, s, k);
      const second = heightOf(r, k, end);
      if (first > capacity + 0.01 || second > capacity + 0.01) continue;
      const height = Math.max(first, second);
      if (!best || height < best.height - 0.01) best = { k, height };
    }
    if (best) return best.k;
  }
  return undefined;
}
