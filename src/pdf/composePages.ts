import { balanceCut, chooseCut, heightOf } from './cutRules.js';
import type { RowedGalley } from './galleyRows.js';
import { NoteArea, type NotePiece, type NotesInput } from './noteArea.js';

export type { NotePiece, NotesInput } from './noteArea.js';

/** The page: its size and where the body, the columns and the notes go. */
export interface PageFrame {
  readonly width: number;
  readonly height: number;
  readonly body: {
    readonly top: number;
    /** Where the body starts on page 1 (which has no running header). */
    readonly firstTop: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  /** Columns of the flowing parts (and their gap). */
  readonly columns: number;
  readonly gap: number;
  readonly notes: {
    readonly columns: number;
    readonly gap: number;
    /** Height of the rule above the notes, with its space. */
    readonly separator: number;
    /** Height of the "continued" line that opens a note carried over from the page before. */
    readonly continued: number;
  };
}

/** A part of the document laid out once: across the page (`span`) or in the columns (`flow`). */
export interface Band {
  readonly kind: 'span' | 'flow';
  readonly rowed: RowedGalley;
  /** Room above the band when it does not start a page. */
  readonly spaceBefore: number;
  /** Set at the foot of the last page (the credits). */
  readonly foot?: boolean;
  /** For every row, the notes first referenced in it (numbers). */
  readonly markers: readonly (readonly number[])[];
}

/** Rows from…to−1 of a band, placed with the top of the piece at (x, y). */
export interface Piece {
  readonly band: number;
  readonly from: number;
  readonly to: number;
  readonly x: number;
  readonly y: number;
}

/** One composed page. */
export interface ComposedPage {
  readonly pieces: readonly Piece[];
  readonly notes: readonly NotePiece[];
  /** Where the rule above the notes is drawn (undefined: no notes). */
  readonly notesTop: number | undefined;
}

/** A block that cannot be placed on any page (taller than an empty page). */
export class TooTallError extends Error {
  constructor(
    readonly band: number,
    readonly row: number,
  ) {
    super(`row ${row} of band ${band} is taller than a page`);
  }
}

interface PageState {
  readonly pieces: Piece[];
  /** Rows of notes going on from the page before (those that did not fit there), in order. */
  readonly carried: readonly number[];
  /** Notes first referenced on this page. */
  readonly notes: Set<number>;
  /** The lowest point of the body so far. */
  bottom: number;
}

/** A region filled: pieces placed, the first row not placed, how low it reaches, the notes it references. */
interface Region {
  readonly pieces: readonly Piece[];
  readonly to: number;
  readonly bottom: number;
  readonly notes: ReadonlySet<number>;
}

/**
 * Composes the pages: bands one after the other, flowing parts in columns (balanced where a part
 * ends), every footnote at the foot of the page where it is first referenced (in columns; a note
 * too long for the space left goes on at the foot of the next page), kept blocks and headings
 * placed by the rules of cutRules.ts, and the band marked `foot` at the foot of the last page.
 */
export function composePages(frame: PageFrame, bands: readonly Band[], notes: NotesInput): ComposedPage[] {
  return new Composer(frame, bands, notes).compose();
}

class Composer {
  private readonly pages: ComposedPage[] = [];
  private page: PageState;
  /** Where the next band starts on the page. */
  private y: number;
  /** Notes placed on pages already finished. */
  private readonly done = new Set<number>();
  private readonly bodyHeight: number;
  private readonly columnWidth: number;
  private readonly area: NoteArea;

  constructor(
    private readonly frame: PageFrame,
    private readonly bands: readonly Band[],
    notes: NotesInput,
  ) {
    this.bodyHeight = frame.body.bottom - frame.body.top;
    const width = frame.body.right - frame.body.left;
    this.columnWidth = (width - frame.gap * (frame.columns - 1)) / frame.columns;
    const noteWidth = (width - frame.notes.gap * (frame.notes.columns - 1)) / frame.notes.columns;
    this.area = new NoteArea(notes, frame.notes, noteWidth);
    this.page = this.blankPage([]);
    this.y = frame.body.firstTop;
  }

  compose(): ComposedPage[] {
    this.bands.forEach((band, index) => {
      if (!band.foot) this.placeBand(index);
    });
    this.bands.forEach((band, index) => {
      if (band.foot) this.placeFoot(index);
    });
    this.finishPage();
    // Notes longer than the room left at the end go on over pages of their own.
    while (this.page.carried.length > 0) this.finishPage();
    return this.pages;
  }

  private blankPage(carried: readonly number[]): PageState {
    return { pieces: [], carried, notes: new Set(), bottom: this.top() };
  }

  /** Where the body starts on the page being composed. */
  private top(): number {
    return this.pages.length === 0 ? this.frame.body.firstTop : this.frame.body.top;
  }

  private placeBand(index: number): void {
    const end = this.bands[index]!.rowed.rows.length;
    if (end === 0) return;
    if (this.page.pieces.length > 0) this.y += this.bands[index]!.spaceBefore;
    let s = 0;
    while (s < end) {
      const region = this.fillRegion(index, s, this.y);
      this.commit(region);
      s = region.to;
      if (s < end) this.finishPage();
    }
  }

  private commit(region: Region): void {
    this.page.pieces.push(...region.pieces);
    for (const note of region.notes) this.page.notes.add(note);
    if (region.pieces.length > 0) {
      this.page.bottom = Math.max(this.page.bottom, region.bottom);
      this.y = region.bottom;
    }
  }

  /** The band marked foot: at the foot of the last page, or of a page of its own when it does not fit there. */
  private placeFoot(index: number): void {
    const band = this.bands[index]!;
    const end = band.rowed.rows.length;
    if (end === 0) return;
    const height = heightOf(band.rowed, 0, end);
    if (height > this.bodyHeight / 2) {
      this.placeBand(index);
      return;
    }
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const notes = new Set([...this.page.notes, ...this.referenced(band, 0, end)]);
      const y = this.frame.body.bottom - this.notesHeight(notes) - height;
      const free = this.page.pieces.length === 0 ? this.top() : this.page.bottom + band.spaceBefore;
      if (y >= free - 0.01) {
        this.commit({
          pieces: [{ band: index, from: 0, to: end, x: this.frame.body.left, y }],
          to: end,
          notes,
          bottom: y + height,
        });
        return;
      }
      this.finishPage();
    }
    this.placeBand(index);
  }

  /**
   * Fills the region from `top` to the foot of the page with rows from `s` on (one column for a
   * span band, the page's columns for a flowing one), leaving room for the notes the placed rows
   * reference: whole notes first; on an empty page where nothing fits so (a note longer than
   * the page), only their first lines, the rest going on at the foot of the next page.
   */
  private fillRegion(index: number, s: number, top: number): Region {
    const band = this.bands[index]!;
    const fresh = top <= this.top() + 0.01 && this.page.pieces.length === 0;
    for (const whole of [true, false]) {
      const pending = new Set(this.page.notes);
      let result = this.fillColumns(index, s, top, this.capacity(top, pending, whole), fresh);
      // Notes only ever join `pending`, so this ends: at worst when every note is in it.
      for (;;) {
        const added = [...this.referenced(band, s, result.to)].filter((note) => !pending.has(note));
        if (added.length === 0) break;
        for (const note of added) pending.add(note);
        result = this.fillColumns(index, s, top, this.capacity(top, pending, whole), fresh);
      }
      if (result.to > s || !fresh) return { ...result, notes: this.referenced(band, s, result.to) };
    }
    // Nothing fits on an empty page: unless notes going on from the page before take the room, it never will.
    if (this.page.carried.length === 0) throw new TooTallError(index, s);
    return { pieces: [], to: s, bottom: top, notes: new Set() };
  }

  /** Room for body rows from `top` down when the page's notes are `notes`, whole or only their first lines. */
  private capacity(top: number, notes: ReadonlySet<number>, whole: boolean): number {
    const height = whole ? this.notesHeight(notes) : this.firstLinesHeight(notes);
    return this.frame.body.bottom - height - top;
  }

  private fillColumns(index: number, s: number, top: number, capacity: number, fresh: boolean) {
    const r = this.bands[index]!.rowed;
    const end = r.rows.length;
    const columns = this.bands[index]!.kind === 'flow' ? this.frame.columns : 1;
    const x = (column: number) => this.frame.body.left + column * (this.columnWidth + this.frame.gap);
    const pieces: Piece[] = [];
    if (capacity <= 0) return { pieces, to: s, bottom: top };
    // The last rows of a flowing part, when they fit on this page, are shared out evenly.
    if (columns === 2) {
      const k = balanceCut(r, s, end, capacity);
      if (k !== undefined) {
        pieces.push({ band: index, from: s, to: k, x: x(0), y: top });
        if (k < end) pieces.push({ band: index, from: k, to: end, x: x(1), y: top });
        return { pieces, to: end, bottom: top + Math.max(heightOf(r, s, k), heightOf(r, k, end)) };
      }
    }
    let row = s;
    let bottom = top;
    for (let column = 0; column < columns && row < end; column += 1) {
      const columnFresh = fresh || (column > 0 && top <= this.top() + 0.01);
      const choice = chooseCut(r, row, end, capacity, columnFresh, this.bodyHeight * 0.25);
      if (choice === 'next' || choice === 'tooTall') continue;
      pieces.push({ band: index, from: row, to: choice.k, x: x(column), y: top });
      bottom = Math.max(bottom, top + heightOf(r, row, choice.k));
      row = choice.k;
      if (r.forced.get(row) === 'page') break;
    }
    return { pieces, to: row, bottom };
  }

  /** The notes first referenced in rows s…k−1 of a band and not placed on an earlier page. */
  private referenced(band: Band, s: number, k: number): Set<number> {
    const found = new Set<number>();
    for (let row = s; row < k; row += 1) {
      for (const note of band.markers[row] ?? []) if (!this.done.has(note)) found.add(note);
    }
    return found;
  }

  /**
   * Height of the page's notes area with `notes` whole, after what goes on from the page before —
   * which counts for at most half the body: a very long note goes on over the following pages
   * rather than push the text away.
   */
  private notesHeight(notes: ReadonlySet<number>): number {
    const carried = this.page.carried;
    const rows = [...carried, ...this.area.rowsOf(notes)];
    const height = this.area.height(rows);
    if (carried.length === 0) return height;
    const own = this.area.height(this.area.rowsOf(notes));
    return Math.min(height, own + this.bodyHeight * 0.5);
  }

  /** Height of the notes area when each note shows only its first line (and a quarter page goes to what goes on). */
  private firstLinesHeight(notes: ReadonlySet<number>): number {
    const firsts = this.area.height(this.area.firstRows(notes));
    const carried = this.page.carried.length === 0 ? 0 : this.frame.notes.continued + this.bodyHeight * 0.25;
    return firsts + carried + (firsts === 0 && carried > 0 ? this.frame.notes.separator : 0);
  }

  /**
   * Places the page's notes at its foot (every note first referenced here at least begins here; what
   * does not fit goes on at the foot of the next page), records the page, and opens the next one.
   */
  private finishPage(): void {
    const { carried, notes, pieces } = this.page;
    const rows = [...carried, ...this.area.rowsOf(notes)];
    const free = this.frame.body.bottom - this.page.bottom;
    const { placed, leftOver } = this.area.fit(rows, new Set(this.area.firstRows(notes)), free);
    const height = this.area.height(placed);
    const top = placed.length === 0 ? undefined : this.frame.body.bottom - height;
    const notePieces = top === undefined ? [] : this.area.place(placed, this.frame.body.left, top);
    this.pages.push({ pieces, notes: notePieces, notesTop: top });
    for (const note of notes) this.done.add(note);
    this.page = this.blankPage(leftOver);
    this.y = this.top();
  }
}
