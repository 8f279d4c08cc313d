import type { BlockMeta } from './blocks.js';
import type { Band, ComposedPage, NotesInput, PageFrame } from './composePages.js';
import { drawDecorations, type Placement } from './drawDecorations.js';
import { drawItems } from './drawItems.js';
import { type LinkLabels, TaggedDrawer } from './drawTagged.js';
import type { RowedGalley } from './galleyRows.js';
import { type PdfKitDocument, Renderer } from './pdfmakeInternals.js';
import { StructureTree } from './structureTree.js';

type PdfObject = { [key: string]: unknown };

/** What is printed on every page around the body: running header, footer, the rule above the notes. */
export interface Furniture {
  /** The running header of a page, or null (none on page 1). Laid out at the body's width. */
  readonly header: (page: number, pages: number) => PdfObject | null;
  /** The footer of a page (the folio). Laid out at the body's width. */
  readonly footer: (page: number, pages: number) => PdfObject;
  /** Where the header and the footer start on the page. */
  readonly headerTop: number;
  readonly footerTop: number;
  /** The mark of a draft ("DRAFT"), printed above the header on every page; null for a finished profile. */
  readonly mark?: PdfObject | null | undefined;
  /** Where the mark starts on the page. */
  readonly markTop?: number | undefined;
  /** The short rule above the notes. */
  readonly noteRule: { readonly length: number; readonly width: number; readonly color: string };
  /** The line that opens a note going on from the page before (laid out at a notes column's width). */
  readonly continued: (note: number) => PdfObject;
  /** How links inside the document are described to assistive technology. */
  readonly links: LinkLabels;
}

/** Everything needed to write the composed pages. */
export interface WriteInput {
  readonly frame: PageFrame;
  readonly bands: readonly Band[];
  readonly notes: NotesInput;
  readonly pages: readonly ComposedPage[];
  readonly furniture: Furniture;
  /** Lays content out at a width (the same fonts and styles as the document). */
  readonly layout: (content: readonly PdfObject[], width: number) => RowedGalley;
}

/**
 * Writes the pages as tagged PDF: decorations (artifacts) behind the content, the content in the
 * structure of its blocks, the notes, the running header and the folio (artifacts), then the
 * named destinations and the outline.
 */
export function writePages(doc: PdfKitDocument, input: WriteInput): void {
  const { frame, pages, furniture } = input;
  const renderer = new Renderer(doc);
  const chrome = layoutFurniture(input);
  const tree = new StructureTree(
    doc,
    input.bands.map((band) => ({ rowed: band.rowed })),
    input.notes.rowed,
    new Map([...input.notes.rows.keys()].map((note) => [note, `note-${note}`])),
  );
  const drawer = new TaggedDrawer(doc, renderer, tree, furniture.links);
  const landings = new Set<string>();
  const bookmarks: BlockMeta[] = [];
  const land = (rowed: RowedGalley, place: Placement) => {
    for (const landing of landingsIn(rowed, place)) {
      if (landing.meta.destination && !landings.has(landing.meta.destination)) {
        doc.addNamedDestination(landing.meta.destination, 'XYZ', landing.x, landing.y, null);
        landings.add(landing.meta.destination);
      }
      if (landing.meta.outline) bookmarks.push(landing.meta);
    }
  };

  pages.forEach((page, index) => {
    doc.addPage({ size: [frame.width, frame.height] });
    const pieces = page.pieces.map((piece) => {
      const rowed = input.bands[piece.band]!.rowed;
      return { band: piece.band, rowed, place: placement(rowed, piece.from, piece.to, piece.x, piece.y) };
    });
    // Backgrounds first, then what is printed on them.
    drawer.artifact('Layout', () => {
      for (const { rowed, place } of pieces) drawDecorations(doc, rowed, place, frame);
    });
    for (const { band, rowed, place } of pieces) {
      drawItems(rowed, place, (item, dx, dy) => drawer.item(band, item, dx, dy));
      drawer.flush();
      land(rowed, place);
    }
    if (page.notesTop !== undefined) {
      const { length, width, color } = furniture.noteRule;
      const y = page.notesTop + width / 2 + 2;
      drawer.artifact('Layout', () => {
        doc
          .moveTo(frame.body.left, y)
          .lineTo(frame.body.left + length, y)
          .lineWidth(width)
          .strokeColor(color)
          .stroke();
      });
    }
    for (const note of page.notes) {
      const rowed = input.notes.rowed;
      if (note.continued !== undefined) {
        const label = chrome.get(`continued-${note.continued}`)!;
        drawer.artifact('Pagination', () =>
          drawItems(label.rowed, label.at(note.x, note.y - frame.notes.continued), (item, dx, dy) =>
            drawer.drawPlain(item, dx, dy),
          ),
        );
      }
      const place = placement(rowed, note.from, note.to, note.x, note.y);
      drawItems(rowed, place, (item, dx, dy) => drawer.item('notes', item, dx, dy));
      drawer.flush();
      land(rowed, place);
    }
    drawer.artifact('Pagination', () => {
      const header = chrome.get(`header-${index + 1}`);
      const plain = (item: Parameters<TaggedDrawer['drawPlain']>[0], dx: number, dy: number) =>
        drawer.drawPlain(item, dx, dy);
      if (header) drawItems(header.rowed, header.at(frame.body.left, furniture.headerTop), plain);
      const footer = chrome.get(`footer-${index + 1}`)!;
      drawItems(footer.rowed, footer.at(frame.body.left, furniture.footerTop), plain);
      const mark = chrome.get('mark');
      if (mark) drawItems(mark.rowed, mark.at(frame.body.left, furniture.markTop ?? 4), plain);
    });
  });
  tree.end();
  writeOutline(doc, bookmarks);
}

/** The placement of rows from…to−1 with the top of the piece (its decorations included) at (x, y). */
export function placement(rowed: RowedGalley, from: number, to: number, x: number, y: number): Placement {
  return { from, to, dx: x, dy: y + rowed.above[from]! - rowed.rows[from]!.top };
}

/** The blocks whose first row is in the piece, with where that row lands. */
function* landingsIn(rowed: RowedGalley, place: Placement): Generator<{ meta: BlockMeta; x: number; y: number }> {
  for (const [id, span] of rowed.spans) {
    if (span.first < place.from || span.first >= place.to) continue;
    const block = rowed.galley.blocks.get(id)!;
    if (!block.meta.destination && !block.meta.outline) continue;
    yield { meta: block.meta, x: block.left + place.dx, y: rowed.rows[span.first]!.top + place.dy };
  }
}

/** Headers, footers and "continued" lines, laid out together, each ready to place. */
function layoutFurniture(
  input: WriteInput,
): Map<string, { rowed: RowedGalley; at: (x: number, y: number) => Placement }> {
  const { pages, furniture, frame } = input;
  const wide: PdfObject[] = [];
  // Apart, so that no row of one is taken for a row of the next (a rule's stroke overhangs its box).
  const apart = [0, 0, 0, 6];
  pages.forEach((_, index) => {
    const header = furniture.header(index + 1, pages.length);
    if (header) wide.push({ stack: [header], margin: apart, _meta: { id: `header-${index + 1}`, role: 'Artifact' } });
    const footer = furniture.footer(index + 1, pages.length);
    wide.push({ stack: [footer], margin: apart, _meta: { id: `footer-${index + 1}`, role: 'Artifact' } });
  });
  if (furniture.mark) wide.push({ stack: [furniture.mark], margin: apart, _meta: { id: 'mark', role: 'Artifact' } });
  const continued = [...new Set(pages.flatMap((page) => page.notes.map((note) => note.continued)))].filter(
    (note): note is number => note !== undefined,
  );
  const narrow = continued.map((note) => ({
    stack: [furniture.continued(note)],
    margin: apart,
    _meta: { id: `continued-${note}`, role: 'Artifact' },
  }));
  const width = frame.body.right - frame.body.left;
  const noteWidth = (width - frame.notes.gap * (frame.notes.columns - 1)) / frame.notes.columns;
  const found = new Map<string, { rowed: RowedGalley; at: (x: number, y: number) => Placement }>();
  for (const [content, galleyWidth] of [
    [wide, width],
    [narrow, noteWidth],
  ] as const) {
    if (content.length === 0) continue;
    const rowed = input.layout(content, galleyWidth);
    for (const [id, span] of rowed.spans) {
      if (rowed.galley.blocks.get(id)?.parent !== undefined) continue;
      found.set(id, { rowed, at: (x, y) => placement(rowed, span.first, span.last + 1, x, y) });
    }
  }
  return found;
}

/** The outline: sections, and inside each the parts that have a bookmark, each opening at its heading. */
function writeOutline(doc: PdfKitDocument, bookmarks: readonly BlockMeta[]): void {
  let section: ReturnType<PdfKitDocument['outline']['addItem']> | undefined;
  for (const meta of bookmarks) {
    const outline = meta.outline!;
    const parent = outline.level > 1 && section ? section : doc.outline;
    const item = parent.addItem(outline.title, { expanded: true });
    // Open at the heading's named destination (pdfkit's own destination is the page's corner).
    if (meta.destination) item.dictionary.data.Dest = new String(meta.destination);
    if (outline.level === 1) section = item;
  }
}
