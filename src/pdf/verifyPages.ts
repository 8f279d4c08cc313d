import { PdfError } from '../errors/index.js';
import type { BlockMeta } from './blocks.js';
import type { Band, ComposedPage, NotesInput, PageFrame } from './composePages.js';
import { heightOf } from './cutRules.js';
import type { RowedGalley } from './galleyRows.js';

type PdfObject = { [key: string]: unknown };

/** A part of the document as laid out, with the content it was laid out from. */
export interface CheckedBand {
  readonly band: Band;
  readonly content: readonly unknown[];
}

const TOLERANCE = 0.5;

/**
 * The build's own check of its pages, before anything is written (what pdfmake's laid-out pages
 * tell, not a re-reading of the PDF):
 *   1. every text of the document is in the laid-out lines, and every line is on exactly one page;
 *   2. every footnote is printed once, starting on the page of its first reference and going on,
 *      if it must, on the pages right after;
 *   3. nothing lies outside its column or the body, over the notes, or over another piece;
 *   4. no page is empty.
 * Any breach is a LAYOUT_* error: the output fails and the previous file stays.
 */
export function verifyPages(
  frame: PageFrame,
  bands: readonly CheckedBand[],
  notes: NotesInput,
  pages: readonly ComposedPage[],
): void {
  for (const { band, content } of bands) checkTexts(band.rowed, content);
  checkNotesText(notes);
  for (const [index, { band }] of bands.entries()) checkPlacedOnce(band.rowed, pages, index);
  checkNotes(bands, notes, pages);
  checkPlaces(frame, bands, pages);
}

/** Rule 1a: the text of every block, as pdfmake laid it out, is the text it was given (whitespace aside). */
function checkTexts(rowed: RowedGalley, content: readonly unknown[]): void {
  const expected = new Map<string, string>();
  collectTexts(content, undefined, expected);
  const got = new Map<string, string>();
  for (const item of rowed.galley.items) {
    if (item.type !== 'line') continue;
    const key = item.owner ?? '';
    const text = (item.item.inlines as { text: string }[]).map((inline) => inline.text).join('');
    got.set(key, (got.get(key) ?? '') + squeeze(text));
  }
  for (const [owner, text] of expected) {
    if ((got.get(owner) ?? '') !== text) {
      throw new PdfError('LAYOUT_TEXT_MISSING', {
        block: owner || 'the document',
        text: missingPart(text, got.get(owner) ?? ''),
      });
    }
  }
}

function checkNotesText(notes: NotesInput): void {
  for (const [number, span] of notes.rows) {
    if (span.last < span.first) throw new PdfError('LAYOUT_NOTE_MISPLACED', { note: number, detail: 'has no text' });
  }
}

/** The text of every block, keyed by the innermost block with a description, whitespace removed. */
function collectTexts(node: unknown, owner: string | undefined, out: Map<string, string>): void {
  if (Array.isArray(node)) {
    for (const child of node) collectTexts(child, owner, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const object = node as PdfObject;
  const meta = object._meta as BlockMeta | undefined;
  const here = meta?.id ?? owner;
  if (object.text !== undefined) {
    const key = here ?? '';
    out.set(key, (out.get(key) ?? '') + squeeze(plainText(object.text)));
    return;
  }
  for (const key of ['stack', 'columns', 'ul', 'ol']) if (key in object) collectTexts(object[key], here, out);
  if (object.table) collectTexts((object.table as { body?: unknown }).body, here, out);
}

function plainText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map(plainText).join('');
  if (text !== null && typeof text === 'object') return plainText((text as PdfObject).text);
  return '';
}

/** Text without whitespace or the invisible break opportunities the document stage adds. */
function squeeze(text: string): string {
  return text.replace(/[\s\u200b\u00ad]+/g, '');
}

/** The part of `expected` from where `got` stops matching it. */
function missingPart(expected: string, got: string): string {
  let same = 0;
  while (same < expected.length && expected[same] === got[same]) same += 1;
  return expected.slice(same, same + 60);
}

/** Rule 1b: every row of a band is on exactly one page, in order. */
function checkPlacedOnce(rowed: RowedGalley, pages: readonly ComposedPage[], band: number): void {
  let next = 0;
  pages.forEach((page, index) => {
    for (const piece of page.pieces) {
      if (piece.band !== band) continue;
      if (piece.from !== next) {
        throw new PdfError(
          'LAYOUT_TEXT_MISSING',
          { block: ownerOf(rowed, next), text: rowText(rowed, next) },
          at(index),
        );
      }
      next = piece.to;
    }
  });
  if (next !== rowed.rows.length) {
    throw new PdfError('LAYOUT_TEXT_MISSING', { block: ownerOf(rowed, next), text: rowText(rowed, next) });
  }
}

/** Rule 2: each note's rows are placed once, in order, from the page of its first reference on. */
function checkNotes(bands: readonly CheckedBand[], notes: NotesInput, pages: readonly ComposedPage[]): void {
  const firstReference = new Map<number, number>();
  pages.forEach((page, index) => {
    for (const piece of page.pieces) {
      const { markers } = bands[piece.band]!.band;
      for (let row = piece.from; row < piece.to; row += 1) {
        for (const note of markers[row] ?? []) if (!firstReference.has(note)) firstReference.set(note, index);
      }
    }
  });
  const pageOfRow = new Map<number, number>();
  const continuedOn = new Map<number, Set<number>>();
  pages.forEach((page, index) => {
    for (const piece of page.notes) {
      if (piece.continued !== undefined)
        continuedOn.set(index, (continuedOn.get(index) ?? new Set()).add(piece.continued));
      for (let row = piece.from; row < piece.to; row += 1) {
        if (pageOfRow.has(row))
          throw new PdfError(
            'LAYOUT_NOTE_MISPLACED',
            { note: noteOf(notes, row), detail: 'is printed twice' },
            at(index),
          );
        pageOfRow.set(row, index);
      }
    }
  });
  for (const [note, span] of notes.rows) {
    const reference = firstReference.get(note);
    if (reference === undefined)
      throw new PdfError('LAYOUT_NOTE_MISPLACED', { note, detail: 'is never referenced on a page' });
    let previous = reference;
    for (let row = span.first; row <= span.last; row += 1) {
      const page = pageOfRow.get(row);
      if (page === undefined) throw new PdfError('LAYOUT_NOTE_MISPLACED', { note, detail: 'is not printed in full' });
      if (row === span.first && page !== reference) {
        const detail = `begins on page ${page + 1}, not on page ${reference + 1} where it is first referenced`;
        throw new PdfError('LAYOUT_NOTE_MISPLACED', { note, detail }, at(page));
      }
      // What goes on later does so on the pages after, in order, opened by a "continued" line.
      if (page < previous || (page > previous && !continuedOn.get(page)?.has(note))) {
        const detail = `goes on on page ${page + 1} without being marked as continued from page ${previous + 1}`;
        throw new PdfError('LAYOUT_NOTE_MISPLACED', { note, detail }, at(page));
      }
      previous = page;
    }
  }
}

/** Rules 3 and 4: every piece inside the body and above the notes, every item inside its column, no overlap, no empty page. */
function checkPlaces(frame: PageFrame, bands: readonly CheckedBand[], pages: readonly ComposedPage[]): void {
  const bodyWidth = frame.body.right - frame.body.left;
  const columnWidth = (bodyWidth - frame.gap * (frame.columns - 1)) / frame.columns;
  pages.forEach((page, index) => {
    if (page.pieces.length === 0 && page.notes.length === 0) throw new PdfError('LAYOUT_EMPTY_PAGE', {}, at(index));
    const floor = page.notesTop ?? frame.body.bottom;
    const boxes: { top: number; bottom: number; left: number; right: number; text: string }[] = [];
    for (const piece of page.pieces) {
      const { band } = bands[piece.band]!;
      const rowed = band.rowed;
      const bottom = piece.y + heightOf(rowed, piece.from, piece.to);
      const text = rowText(rowed, piece.from);
      const top = index === 0 ? frame.body.firstTop : frame.body.top;
      if (piece.y < top - TOLERANCE) throw new PdfError('LAYOUT_IN_HEADER', { text }, at(index));
      if (bottom > floor + TOLERANCE)
        throw new PdfError('LAYOUT_IN_FOOTER', { text: rowText(rowed, piece.to - 1) }, at(index));
      const width = band.kind === 'flow' ? columnWidth : bodyWidth;
      for (let row = piece.from; row < piece.to; row += 1) {
        for (const itemIndex of rowed.rows[row]!.items) {
          const item = rowed.galley.items[itemIndex]!;
          const over = Math.max(item.right - width, -item.left);
          if (over > TOLERANCE) {
            const side = item.left < -TOLERANCE ? 'left' : 'right';
            throw new PdfError('LAYOUT_BEYOND_MARGIN', { side, by: round(over), text: itemText(item.item) }, at(index));
          }
        }
      }
      boxes.push({ top: piece.y, bottom, left: piece.x, right: piece.x + width, text });
    }
    for (const [i, first] of boxes.entries()) {
      for (const second of boxes.slice(i + 1)) {
        const apart = first.bottom <= second.top + TOLERANCE || second.bottom <= first.top + TOLERANCE;
        const aside = first.right <= second.left + TOLERANCE || second.right <= first.left + TOLERANCE;
        if (!apart && !aside)
          throw new PdfError('LAYOUT_TEXT_OVERLAP', { first: first.text, second: second.text }, at(index));
      }
    }
  });
}

function at(pageIndex: number): { path: string } {
  return { path: `page ${pageIndex + 1}` };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function ownerOf(rowed: RowedGalley, row: number): string {
  const items = rowed.rows[row]?.items ?? [];
  return items.map((index) => rowed.galley.items[index]!.owner).find(Boolean) ?? `row ${row}`;
}

/** The text of a galley row (its first 60 characters), to name it in a message. */
export function rowText(rowed: RowedGalley, row: number): string {
  return (rowed.rows[row]?.items ?? [])
    .map((index) => itemText(rowed.galley.items[index]!.item))
    .join(' ')
    .slice(0, 60);
}

function itemText(item: PdfObject): string {
  const inlines = item.inlines as { text: string }[] | undefined;
  return inlines ? inlines.map((inline) => inline.text).join('') : '(a figure)';
}

function noteOf(notes: NotesInput, row: number): number {
  for (const [note, span] of notes.rows) if (row >= span.first && row <= span.last) return note;
  return 0;
}
