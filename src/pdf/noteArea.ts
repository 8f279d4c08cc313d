import type { RowedGalley } from './galleyRows.js';

/** The footnotes, laid out once (at the width of a notes column), and the rows of each. */
export interface NotesInput {
  readonly rowed: RowedGalley;
  /** Note number → its first and last row. */
  readonly rows: ReadonlyMap<number, { readonly first: number; readonly last: number }>;
}

/** How the notes are set at the foot of a page. */
export interface NoteLayout {
  readonly columns: number;
  readonly gap: number;
  /** Height of the rule above the notes, with its space. */
  readonly separator: number;
  /** Height of the "continued" line that opens a note going on from the page before. */
  readonly continued: number;
}

/** Rows from…to−1 of the notes, placed at (x, y); `continued`: the note this piece goes on with, when it opens with one. */
export interface NotePiece {
  readonly from: number;
  readonly to: number;
  readonly x: number;
  readonly y: number;
  readonly continued: number | undefined;
}

/** One row of the notes area, with a "continued" line above it when it goes on with a note begun earlier. */
interface Entry {
  readonly row: number;
  readonly label: number | undefined;
}

/** Room between two notes set one under the other when they are not next to each other in the notes galley. */
const NOTE_GAP = 2;

/**
 * The notes area at the foot of a page: note rows in order, in balanced columns, under a rule. A
 * row that goes on with a note begun on an earlier page is opened by a "continued" line.
 */
export class NoteArea {
  /** Note number of every row of the notes galley. */
  private readonly noteOfRow: number[] = [];

  constructor(
    private readonly notes: NotesInput,
    private readonly layout: NoteLayout,
    private readonly columnWidth: number,
  ) {
    for (const [note, span] of notes.rows)
      for (let row = span.first; row <= span.last; row += 1) this.noteOfRow[row] = note;
  }

  /** The rows of notes, in number order. */
  rowsOf(notes: Iterable<number>): number[] {
    const rows: number[] = [];
    for (const note of [...notes].sort((a, b) => a - b)) {
      const span = this.notes.rows.get(note);
      if (span) for (let row = span.first; row <= span.last; row += 1) rows.push(row);
    }
    return rows;
  }

  /** The first row of each note. */
  firstRows(notes: Iterable<number>): number[] {
    return [...notes].sort((a, b) => a - b).flatMap((note) => this.notes.rows.get(note)?.first ?? []);
  }

  /** Height of the area holding `rows` (rule included; 0 when there are none). */
  height(rows: readonly number[]): number {
    if (rows.length === 0) return 0;
    return this.layout.separator + this.split(this.entries(rows), Number.POSITIVE_INFINITY).height;
  }

  /**
   * The rows that fit in `free` points, in order, always keeping the `required` ones (the first row
   * of every note first referenced on the page): a note that does not fit whole goes on at the foot
   * of the next page. Returns what is placed and what is left over.
   */
  fit(rows: readonly number[], required: ReadonlySet<number>, free: number): { placed: number[]; leftOver: number[] } {
    if (this.height(rows) <= free + 0.01) return { placed: [...rows], leftOver: [] };
    const placed: number[] = [];
    const leftOver: number[] = [];
    rows.forEach((row, index) => {
      const still = rows.slice(index + 1).filter((later) => required.has(later));
      if (required.has(row) || this.height([...placed, row, ...still]) <= free + 0.01) placed.push(row);
      else leftOver.push(row);
    });
    return { placed, leftOver };
  }

  /** Lays `rows` out in columns from (left, top): the rule first, then the rows. */
  place(rows: readonly number[], left: number, top: number): NotePiece[] {
    const { columns } = this.split(this.entries(rows), Number.POSITIVE_INFINITY);
    const r = this.notes.rowed.rows;
    const pieces: NotePiece[] = [];
    columns.forEach((column, index) => {
      const x = left + index * (this.columnWidth + this.layout.gap);
      let y = top + this.layout.separator;
      let start = 0;
      // Rows next to each other in the notes galley, with no "continued" line between, make one piece.
      for (let i = 1; i <= column.length; i += 1) {
        const next = column[i];
        if (next !== undefined && next.row === column[i - 1]!.row + 1 && next.label === undefined) continue;
        const first = column[start]!;
        if (first.label !== undefined) y += this.layout.continued;
        const to = column[i - 1]!.row + 1;
        pieces.push({ from: first.row, to, x, y, continued: first.label });
        y += r[to - 1]!.bottom - r[first.row]!.top + NOTE_GAP;
        start = i;
      }
    });
    return pieces;
  }

  /** The rows as entries: a "continued" line opens each row that goes on with a note without its row before it. */
  private entries(rows: readonly number[]): Entry[] {
    return rows.map((row, index) => {
      const note = this.noteOfRow[row]!;
      const startsNote = this.notes.rows.get(note)!.first === row;
      const followsOn = index > 0 && rows[index - 1] === row - 1;
      return { row, label: startsNote || followsOn ? undefined : note };
    });
  }

  /** Shares entries out, in order, between the columns so that the tallest is about as short as it can be, within `limit`. */
  private split(entries: readonly Entry[], limit: number): { columns: Entry[][]; height: number } {
    const r = this.notes.rowed.rows;
    const own = (entry: Entry) =>
      r[entry.row]!.bottom - r[entry.row]!.top + (entry.label === undefined ? 0 : this.layout.continued);
    const before = (i: number) => {
      if (i === 0) return 0;
      const [row, previous] = [entries[i]!.row, entries[i - 1]!.row];
      return row === previous + 1 ? Math.max(0, r[row]!.top - r[previous]!.bottom) : NOTE_GAP;
    };
    const total = entries.reduce((sum, entry, i) => sum + own(entry) + before(i), 0);
    const count = this.layout.columns;
    const target = Math.min(limit, total / count);
    const columns: Entry[][] = Array.from({ length: count }, () => []);
    let column = 0;
    let used = 0;
    let height = 0;
    for (const [i, entry] of entries.entries()) {
      let add = used === 0 ? own(entry) : own(entry) + before(i);
      if (used > 0 && used + add > target + 0.01 && column < count - 1) {
        column += 1;
        used = 0;
        add = own(entry);
      }
      columns[column]!.push(entry);
      used += add;
      height = Math.max(height, used);
    }
    return { columns, height };
  }
}
