import type { Placement } from './drawDecorations.js';
import type { RowedGalley } from './galleyRows.js';
import type { GalleyItem, PdfmakeItem } from './layoutGalley.js';
import type { PdfKitDocument, Renderer } from './pdfmakeInternals.js';

export type PdfRenderer = InstanceType<typeof Renderer>;

/** An inline of a laid-out line, as pdfmake measured it (with the properties this project adds). */
export interface Inline {
  readonly text: string;
  readonly x: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly trailingCut?: number;
  readonly link?: string | null;
  readonly linkToDestination?: string | null;
  readonly _note?: number;
  readonly _chip?: { readonly id: string; readonly color: string };
}

/** Draws one item moved by (dx, dy); tagging wraps it in marked content. */
export type ItemDrawer = (item: GalleyItem, dx: number, dy: number) => void;

/**
 * Draws the items of rows from…to−1 of a galley, moved by the placement, in the order they were
 * laid out — the document's order: a column before the one beside it, a title before the year
 * set to its right — so that text read out of the PDF follows the text as written.
 */
export function drawItems(rowed: RowedGalley, place: Placement, draw: ItemDrawer): void {
  const indexes: number[] = [];
  for (let row = place.from; row < place.to; row += 1) indexes.push(...rowed.rows[row]!.items);
  for (const index of indexes.sort((a, b) => a - b)) {
    const item = rowed.galley.items[index]!;
    draw(item, place.dx, place.dy);
  }
}

/** Draws a figure, an image or a vector moved by (dx, dy). */
export function drawGraphic(renderer: PdfRenderer, { type, item }: GalleyItem, dx: number, dy: number): void {
  switch (type) {
    case 'svg':
      renderer.renderSVG({ ...item, x: item.x + dx, y: item.y + dy });
      break;
    case 'image':
      renderer.renderImage({ ...item, x: item.x + dx, y: item.y + dy });
      break;
    case 'vector':
      renderer.renderVector(moveVector(item, dx, dy));
      break;
    case 'line':
      throw new Error('lines are drawn with drawLine');
  }
}

/**
 * Draws inlines `from…to−1` of a line at (x, y), with pdfmake's renderer, without their links:
 * the caller makes those (a tagged link annotation belongs to its structure element).
 */
export function drawInlines(
  renderer: PdfRenderer,
  line: PdfmakeItem,
  from: number,
  to: number,
  x: number,
  y: number,
): void {
  const inlines = (line.inlines as Inline[])
    .slice(from, to)
    .map((inline) => ({ ...inline, link: null, linkToDestination: null }));
  const height = line.getHeight!();
  const ascender = (line as unknown as { getAscenderHeight(): number }).getAscenderHeight();
  const part = { inlines, getHeight: () => height, getAscenderHeight: () => ascender, getWidth: () => 0 };
  renderer.renderLine(part, x, y);
}

/**
 * Tag chips: inlines marked with the same chip drawn on one rounded box, centred on the capitals
 * of the text (pdfmake's inline background draws a box per word, with seams between them).
 */
export function drawChips(doc: PdfKitDocument, line: PdfmakeItem, x: number, y: number): void {
  const inlines = line.inlines as Inline[];
  const ascender = (line as unknown as { getAscenderHeight(): number }).getAscenderHeight();
  let start = 0;
  while (start < inlines.length) {
    const chip = inlines[start]!._chip;
    let end = start + 1;
    while (end < inlines.length && chip && inlines[end]!._chip?.id === chip.id) end += 1;
    if (chip) {
      const first = inlines[start]!;
      const last = inlines[end - 1]!;
      const size = first.fontSize;
      const left = x + first.x - size * 0.55;
      const right = x + last.x + last.width - (last.trailingCut ?? 0) + size * 0.55;
      // Capitals of Noto Sans stand 0.714 em above the baseline: the box is centred on them.
      const middle = y + ascender - size * 0.357;
      const height = size * 1.55;
      doc.roundedRect(left, middle - height / 2, right - left, height, height * 0.22).fill(chip.color);
    }
    start = end;
  }
}

/** True when a line has chips to draw behind it. */
export function hasChips(line: PdfmakeItem): boolean {
  return (line.inlines as Inline[]).some((inline) => inline._chip !== undefined);
}

function moveVector(vector: PdfmakeItem, dx: number, dy: number): PdfmakeItem {
  const moved: Record<string, unknown> = { ...vector };
  for (const key of ['x', 'x1', 'x2'] as const)
    if (typeof moved[key] === 'number') moved[key] = (moved[key] as number) + dx;
  for (const key of ['y', 'y1', 'y2'] as const)
    if (typeof moved[key] === 'number') moved[key] = (moved[key] as number) + dy;
  if (Array.isArray(moved.points)) {
    moved.points = (moved.points as { x: number; y: number }[]).map((point) => ({ x: point.x + dx, y: point.y + dy }));
  }
  return moved as PdfmakeItem;
}
