import { describe, expect, it } from 'vitest';
import type { BlockMeta } from '../../src/pdf/blocks.js';
import {
  type Band,
  type ComposedPage,
  composePages,
  type NotesInput,
  type PageFrame,
} from '../../src/pdf/composePages.js';
import { rowGalley } from '../../src/pdf/galleyRows.js';
import type { BlockExtent, Galley, GalleyItem, PdfmakeItem } from '../../src/pdf/layoutGalley.js';

/**
 * The page composer on synthetic galleys: blocks of lines of 10 pt, in one column of a page whose
 * body is 100 pt tall (ten lines), so every rule can be checked line by line.
 */
const LINE = 10;
const frame = (body = 100, columns = 1): PageFrame => ({
  width: 200,
  height: body + 40,
  body: { top: 20, firstTop: 20, bottom: 20 + body, left: 10, right: 190 },
  columns,
  gap: 10,
  notes: { columns: 1, gap: 10, separator: 5, continued: 10 },
});

interface BlockSpec extends Partial<Omit<BlockMeta, 'id' | 'role'>> {
  readonly id: string;
  readonly lines: number;
  /** Space above the block, in points. */
  readonly space?: number;
  /** Note numbers referenced on its first line. */
  readonly notes?: readonly number[];
}

/** A galley of blocks one under the other, each of `lines` lines. */
function galley(blocks: readonly BlockSpec[]): { galley: Galley; markers: number[][] } {
  const items: GalleyItem[] = [];
  const extents = new Map<string, BlockExtent>();
  const markers: number[][] = [];
  let y = 0;
  for (const spec of blocks) {
    y += spec.space ?? 0;
    const { id, lines, space: _space, notes, ...rest } = spec;
    const top = y;
    for (let line = 0; line < lines; line += 1) {
      const item = { x: 0, y, inlines: [{ text: `${id}.${line}` }] } as unknown as PdfmakeItem;
      items.push({ type: 'line', item, owner: id, top: y, bottom: y + LINE, left: 0, right: 50 });
      markers.push(line === 0 ? [...(notes ?? [])] : []);
      y += LINE;
    }
    extents.set(id, { meta: { id, role: 'P', ...rest }, parent: undefined, top, bottom: y, left: 0, right: 180 });
  }
  return { galley: { width: 180, items, blocks: extents, height: y }, markers };
}

function band(blocks: readonly BlockSpec[], kind: 'span' | 'flow' = 'span'): Band {
  const { galley: g, markers } = galley(blocks);
  return { kind, rowed: rowGalley(g), spaceBefore: 0, markers };
}

function notes(lines: Record<number, number>): NotesInput {
  const specs = Object.entries(lines).map(([note, count]) => ({ id: `note-${note}`, lines: count }));
  const rowed = rowGalley(galley(specs).galley);
  return {
    rowed,
    rows: new Map(
      Object.keys(lines).map((note) => {
        const span = rowed.spans.get(`note-${note}`)!;
        return [Number(note), { first: span.first, last: span.last }];
      }),
    ),
  };
}

const none = notes({});

/** The lines of each page, as `block.line`. */
function pagesOf(pages: readonly ComposedPage[], bands: readonly Band[]): string[][] {
  return pages.map((page) =>
    page.pieces.flatMap((piece) => {
      const rowed = bands[piece.band]!.rowed;
      const lines: string[] = [];
      for (let row = piece.from; row < piece.to; row += 1) {
        for (const index of rowed.rows[row]!.items) {
          lines.push((rowed.galley.items[index]!.item.inlines as { text: string }[])[0]!.text);
        }
      }
      return lines;
    }),
  );
}

const names = (prefix: string, count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `${prefix}.${from + i}`);

describe('composePages', () => {
  it('fills a page, then the next', () => {
    const bands = [band([{ id: 'a', lines: 15 }])];
    expect(pagesOf(composePages(frame(), bands, none), bands)).toEqual([names('a', 10), names('a', 5, 10)]);
  });

  it('never leaves one line of a paragraph alone at the foot or at the head of a page', () => {
    // 9 lines fill the page, leaving room for one more: the next paragraph's first line would be alone.
    const orphan = [
      band([
        { id: 'a', lines: 9 },
        { id: 'b', lines: 5 },
      ]),
    ];
    expect(pagesOf(composePages(frame(), orphan, none), orphan)).toEqual([names('a', 9), names('b', 5)]);
    // 11 lines: the eleventh would be alone on the next page, so two lines go over.
    const widow = [band([{ id: 'a', lines: 11 }])];
    expect(pagesOf(composePages(frame(), widow, none), widow)).toEqual([names('a', 9), names('a', 2, 9)]);
  });

  it('keeps a heading with the first two lines of what follows', () => {
    const bands = [
      band([
        { id: 'a', lines: 8 },
        { id: 'h', lines: 1, keepWithNext: true, keep: 'unbreakable' },
        { id: 'b', lines: 4 },
      ]),
    ];
    expect(pagesOf(composePages(frame(), bands, none), bands)).toEqual([names('a', 8), ['h.0', ...names('b', 4)]]);
  });

  it('moves a kept block to the next page when the hole left is small, and splits it when the hole would be large', () => {
    const small = [
      band([
        { id: 'a', lines: 8 },
        { id: 'card', lines: 3, keep: 'together' },
      ]),
    ];
    expect(pagesOf(composePages(frame(), small, none), small)).toEqual([names('a', 8), names('card', 3)]);
    // Moving the card would leave 6 of 10 lines empty (more than a quarter page): it is split instead.
    const large = [
      band([
        { id: 'a', lines: 4 },
        { id: 'card', lines: 8, keep: 'together' },
      ]),
    ];
    expect(pagesOf(composePages(frame(), large, none), large)).toEqual([
      [...names('a', 4), ...names('card', 6)],
      names('card', 2, 6),
    ]);
  });

  it('splits a block kept together that is taller than a page, rather than lose it', () => {
    const bands = [band([{ id: 'huge', lines: 25, keep: 'unbreakable' }])];
    const pages = pagesOf(composePages(frame(), bands, none), bands);
    expect(pages.flat()).toEqual(names('huge', 25));
    expect(pages).toHaveLength(3);
  });

  it('starts a new page where a block asks for one', () => {
    const bands = [
      band([
        { id: 'a', lines: 3 },
        { id: 'b', lines: 3, breakBefore: 'page' },
      ]),
    ];
    expect(pagesOf(composePages(frame(), bands, none), bands)).toEqual([names('a', 3), names('b', 3)]);
  });

  it('sets each note at the foot of the page where it is first referenced, and leaves it the room', () => {
    // Note 1 (3 lines) is referenced on line 5: with the rule, the page keeps 6 lines of body.
    const bands = [
      band([
        { id: 'a', lines: 4 },
        { id: 'b', lines: 8, notes: [1] },
      ]),
    ];
    const pages = composePages(frame(), bands, notes({ 1: 3 }));
    expect(pagesOf(pages, bands)[0]).toEqual([...names('a', 4), ...names('b', 2)]);
    expect(pages[0]!.notes.map((note) => [note.from, note.to])).toEqual([[0, 3]]);
    expect(pages[0]!.notesTop).toBeGreaterThan(20 + 6 * LINE - 0.01);
  });

  it('continues a note too long for its page at the foot of the next, marked as continued', () => {
    const bands = [
      band([
        { id: 'a', lines: 2, notes: [1] },
        { id: 'b', lines: 20 },
      ]),
    ];
    const pages = composePages(frame(), bands, notes({ 1: 14 }));
    const rows = pages.flatMap((page, index) => page.notes.map((note) => ({ page: index, ...note })));
    // Every row of the note once, in order, starting on page 1.
    expect(rows.flatMap((note) => Array.from({ length: note.to - note.from }, (_, i) => note.from + i))).toEqual(
      Array.from({ length: 14 }, (_, i) => i),
    );
    expect(rows[0]!.page).toBe(0);
    expect(rows.slice(1).every((note) => note.continued === 1)).toBe(true);
    expect(pagesOf(pages, bands).flat()).toEqual([...names('a', 2), ...names('b', 20)]);
  });

  it('prints a note longer than several pages over as many pages as it needs', () => {
    const bands = [band([{ id: 'a', lines: 2, notes: [1] }])];
    const pages = composePages(frame(), bands, notes({ 1: 40 }));
    const printed = pages.flatMap((page) =>
      page.notes.flatMap((note) => Array.from({ length: note.to - note.from }, (_, i) => note.from + i)),
    );
    expect(printed).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it('shares the last lines of a flowing part out evenly between the two columns', () => {
    const bands = [band([{ id: 'a', lines: 12 }], 'flow')];
    const [page] = composePages(frame(100, 2), bands, none);
    expect(page!.pieces.map((piece) => piece.to - piece.from)).toEqual([6, 6]);
    expect(page!.pieces[1]!.x).toBeGreaterThan(page!.pieces[0]!.x);
  });

  it('puts the part marked foot at the foot of the last page', () => {
    const body = band([{ id: 'a', lines: 3 }]);
    const credits: Band = { ...band([{ id: 'credits', lines: 2 }]), foot: true };
    const pages = composePages(frame(), [body, credits], none);
    expect(pages).toHaveLength(1);
    const foot = pages[0]!.pieces.find((piece) => piece.band === 1)!;
    expect(foot.y + 2 * LINE).toBeCloseTo(120);
  });
});
