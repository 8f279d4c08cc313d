import type { RowedGalley, Span } from './galleyRows.js';
import type { BlockExtent } from './layoutGalley.js';
import type { PdfKitDocument } from './pdfmakeInternals.js';

/** Where a piece of a galley lands on the page: galley y → page y, galley x → page x. */
export interface Placement {
  readonly dx: number;
  readonly dy: number;
  readonly from: number;
  readonly to: number;
}

/** The page's size (full-bleed boxes reach its edges). */
export interface PageSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Draws the decorations of the blocks that show in one piece of a galley: boxes and their accent
 * rules, rules above headings, the timeline's line and dots. Each is drawn around the block's own
 * ink (rows may be shared with a column beside it). A block split across pages gets its box closed
 * at the foot of one piece and opened again at the head of the next.
 */
export function drawDecorations(doc: PdfKitDocument, rowed: RowedGalley, place: Placement, page: PageSize): void {
  const { galley, spans } = rowed;
  for (const [id, span] of spans) {
    const block = galley.blocks.get(id)!;
    const decorations = block.meta.decorations;
    if (!decorations || span.last < place.from || span.first >= place.to) continue;
    const first = Math.max(span.first, place.from);
    const last = Math.min(span.last, place.to - 1);
    const starts = span.first >= place.from;
    const ink = inkOf(rowed, span, first, last);
    const x = (offset: number) => block.left + offset + place.dx;
    for (const decoration of decorations) {
      switch (decoration.kind) {
        case 'fill': {
          const [padTop, padRight, padBottom, padLeft] = decoration.padding;
          const stretched = decoration.stretch ? gridBottom(rowed, block, place) : Number.NEGATIVE_INFINITY;
          const bottom = Math.max(stretched, ink.bottom + padBottom);
          const top = decoration.bleed && starts && first === place.from ? -place.dy : ink.top - padTop;
          const left = decoration.bleed ? 0 : x(-padLeft);
          const right = decoration.bleed ? page.width : block.right + padRight + place.dx;
          doc.rect(left, top + place.dy, right - left, bottom - top).fill(decoration.color);
          if (decoration.leftRule) {
            doc.rect(left, top + place.dy, decoration.leftRule.width, bottom - top).fill(decoration.leftRule.color);
          }
          break;
        }
        case 'ruleAbove': {
          if (!starts) break;
          const y = ink.top - decoration.gap - decoration.width / 2 + place.dy;
          const length = decoration.length ?? block.right - block.left;
          stroke(doc, x(0), y, x(length), y, decoration.width, decoration.color);
          break;
        }
        case 'vline':
          stroke(
            doc,
            x(decoration.x),
            ink.top + place.dy,
            x(decoration.x),
            ink.bottom + place.dy,
            decoration.width,
            decoration.color,
          );
          break;
        case 'dot': {
          if (!starts) break;
          const middle = firstLineMiddle(rowed, span, first) ?? (ink.top + ink.bottom) / 2;
          doc.circle(x(decoration.x), middle + place.dy, decoration.radius).fill(decoration.color);
          break;
        }
      }
    }
  }
}

function stroke(
  doc: PdfKitDocument,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  width: number,
  color: string,
): void {
  doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(color).stroke();
}

/** The top and bottom of a block's items in rows first…last. */
function inkOf(rowed: RowedGalley, span: Span, first: number, last: number): { top: number; bottom: number } {
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  const from = rowed.rows[first]!.top - 0.01;
  const to = rowed.rows[last]!.bottom + 0.01;
  for (const index of span.items) {
    const item = rowed.galley.items[index]!;
    if (item.top < from || item.bottom > to) continue;
    top = Math.min(top, item.top);
    bottom = Math.max(bottom, item.bottom);
  }
  return top <= bottom ? { top, bottom } : { top: rowed.rows[first]!.top, bottom: rowed.rows[last]!.bottom };
}

/** The bottom of the grid around a block, within the piece (a box that stretches ends level with the column beside). */
function gridBottom(rowed: RowedGalley, block: BlockExtent, place: Placement): number {
  let grid = block.parent;
  while (grid !== undefined && !rowed.galley.blocks.get(grid)?.meta.grid) grid = rowed.galley.blocks.get(grid)?.parent;
  const span = grid === undefined ? undefined : rowed.spans.get(grid);
  if (!span) return Number.NEGATIVE_INFINITY;
  return inkOf(rowed, span, Math.max(span.first, place.from), Math.min(span.last, place.to - 1)).bottom;
}

/** The middle of the x-height of a block's first line of text in `row` (where a timeline dot goes). */
function firstLineMiddle(rowed: RowedGalley, span: Span, row: number): number | undefined {
  const mine = new Set(span.items);
  for (const index of rowed.rows[row]!.items) {
    const item = rowed.galley.items[index]!;
    if (item.type !== 'line' || !mine.has(index)) continue;
    const line = item.item as unknown as { y: number; getAscenderHeight(): number; inlines: { fontSize: number }[] };
    const baseline = line.y + line.getAscenderHeight();
    return baseline - (line.inlines[0]?.fontSize ?? 9) * 0.27;
  }
  return undefined;
}
