import type { Decoration } from './blocks.js';
import type { Galley } from './layoutGalley.js';

/** Items that share a horizontal band of the galley: a line, or lines side by side in columns. */
export interface Row {
  readonly top: number;
  readonly bottom: number;
  /** Indexes into the galley's items. */
  readonly items: readonly number[];
}

/** Why a galley may not be cut between two rows (bits: several may hold). */
export const CUT = {
  /** Leaves one line of a paragraph alone at the foot or the head of a column. */
  widow: 1,
  /** Splits a block kept together (a card, a timeline entry, a list item, the credits). */
  together: 2,
  /** Separates a heading (or a call-out) from the first lines of what follows it. */
  keepWithNext: 4,
  /** Splits a block that is never split (a title, a chip row, a tile). */
  unbreakable: 8,
} as const;

/** A galley seen as rows, with what each cut between rows would break. */
export interface RowedGalley {
  readonly galley: Galley;
  readonly rows: readonly Row[];
  /** `cuts[k]`: the CUT bits of a break before row k (k = 1…rows.length − 1; 0 and the end are free). */
  readonly cuts: readonly number[];
  /** Rows before which a new page (or column) must start. */
  readonly forced: ReadonlyMap<number, 'page' | 'column'>;
  /** Room that decorations need above row k when a page or column starts there (a box's padding, a rule). */
  readonly above: readonly number[];
  /** Room that decorations need below row k − 1 when a page or column ends before row k. */
  readonly below: readonly number[];
  /** The rows of every block that has items, first and last (inclusive), and its items (its blocks' included). */
  readonly spans: ReadonlyMap<string, Span>;
}

/** Where a block is in the rows of its galley. */
export interface Span {
  readonly first: number;
  readonly last: number;
  /** Indexes of the galley items of the block and of the blocks inside it. */
  readonly items: readonly number[];
}

const EPSILON = 0.01;

/** How rows are cut: blocks kept together only up to a height (a long entry is split like any text). */
export interface RowOptions {
  /** Blocks with keep: together taller than this (pt) may be split between their lines. */
  readonly longBlock?: number;
}

/** Groups a galley's items into rows and works out, for every place between two rows, what a cut there breaks. */
export function rowGalley(galley: Galley, options: RowOptions = {}): RowedGalley {
  const rows = groupRows(galley);
  const rowOfItem = new Map<number, number>();
  rows.forEach((row, index) => {
    for (const item of row.items) rowOfItem.set(item, index);
  });
  const spans = blockSpans(galley, rowOfItem);
  const cuts = new Array<number>(rows.length + 1).fill(0);
  const forced = new Map<number, 'page' | 'column'>();
  const above = new Array<number>(rows.length + 1).fill(0);
  const below = new Array<number>(rows.length + 1).fill(0);

  for (const [id, span] of spans) {
    const meta = galley.blocks.get(id)!.meta;
    const inside = (bit: number) => {
      for (let k = span.first + 1; k <= span.last; k += 1) cuts[k]! |= bit;
    };
    if (meta.keep === 'unbreakable') inside(CUT.unbreakable);
    const height = rows[span.last]!.bottom - rows[span.first]!.top;
    if (meta.keep === 'together' && height <= (options.longBlock ?? Number.POSITIVE_INFINITY)) inside(CUT.together);
    if (meta.keepWithNext) {
      // Never cut between the block's first row and the end of the second row after it.
      const end = Math.min(span.last + 2, rows.length - 1);
      for (let k = span.first + 1; k <= end; k += 1) cuts[k]! |= CUT.keepWithNext;
    }
    if (meta.breakBefore && span.first > 0) forced.set(span.first, meta.breakBefore);
    for (const decoration of meta.decorations ?? []) {
      const [overAbove, overBelow] = overhang(decoration);
      above[span.first] = Math.max(above[span.first]!, overAbove);
      below[span.last + 1] = Math.max(below[span.last + 1]!, overBelow);
      if (decoration.kind === 'fill') {
        // A box split across pages is closed at the foot of one and reopened at the head of the next.
        for (let k = span.first + 1; k <= span.last; k += 1) {
          above[k] = Math.max(above[k]!, decoration.padding[0]);
          below[k] = Math.max(below[k]!, decoration.padding[2]);
        }
      }
    }
  }
  markWidows(galley, rowOfItem, cuts);
  return { galley, rows, cuts, forced, above, below, spans };
}

/** Room a decoration takes above the block's first row and below its last. */
function overhang(decoration: Decoration): [number, number] {
  switch (decoration.kind) {
    case 'fill':
      return [decoration.padding[0], decoration.padding[2]];
    case 'ruleAbove':
      return [decoration.gap + decoration.width, 0];
    default:
      return [0, 0];
  }
}

function groupRows(galley: Galley): Row[] {
  const order = galley.items
    .map((_, index) => index)
    .sort((a, b) => galley.items[a]!.top - galley.items[b]!.top || a - b);
  const rows: { top: number; bottom: number; items: number[] }[] = [];
  for (const index of order) {
    const item = galley.items[index]!;
    const last = rows[rows.length - 1];
    if (last && item.top < last.bottom - EPSILON) {
      last.bottom = Math.max(last.bottom, item.bottom);
      last.items.push(index);
    } else {
      rows.push({ top: item.top, bottom: item.bottom, items: [index] });
    }
  }
  for (const row of rows) row.items.sort((a, b) => a - b);
  return rows;
}

/** The first and last row of each block: its own items and those of the blocks inside it. */
function blockSpans(galley: Galley, rowOfItem: ReadonlyMap<number, number>): Map<string, Span> {
  const spans = new Map<string, { first: number; last: number; items: number[] }>();
  galley.items.forEach((item, index) => {
    const row = rowOfItem.get(index)!;
    for (let id = item.owner; id !== undefined; id = galley.blocks.get(id)?.parent) {
      const span = spans.get(id);
      if (!span) spans.set(id, { first: row, last: row, items: [index] });
      else {
        span.first = Math.min(span.first, row);
        span.last = Math.max(span.last, row);
        span.items.push(index);
      }
    }
  });
  // Document order: a parent before its children, as the galley lists its blocks.
  return new Map([...galley.blocks.keys()].filter((id) => spans.has(id)).map((id) => [id, spans.get(id)!]));
}

/**
 * No paragraph leaves a single line at the foot of a column (an orphan) or at the head of the
 * next (a widow): cuts after its first line and before its last are marked.
 */
function markWidows(galley: Galley, rowOfItem: ReadonlyMap<number, number>, cuts: number[]): void {
  const linesOf = new Map<string, number[]>();
  galley.items.forEach((item, index) => {
    if (item.type !== 'line' || item.owner === undefined) return;
    const list = linesOf.get(item.owner) ?? [];
    const row = rowOfItem.get(index)!;
    if (list[list.length - 1] !== row) list.push(row);
    linesOf.set(item.owner, list);
  });
  for (const lines of linesOf.values()) {
    if (lines.length < 2) continue;
    // A cut before the second line strands the first; a cut before the last strands the last.
    for (let k = lines[0]! + 1; k <= lines[1]!; k += 1) cuts[k]! |= CUT.widow;
    const last = lines[lines.length - 1]!;
    for (let k = lines[lines.length - 2]! + 1; k <= last; k += 1) cuts[k]! |= CUT.widow;
  }
}
