import type { BlockMeta } from './blocks.js';
import { LayoutBuilder, type PdfKitDocument, SVGMeasure, tableLayouts } from './pdfmakeInternals.js';

/** What pdfmake placed on the galley: a line of text, a vector, an SVG or an image. */
export interface GalleyItem {
  readonly type: 'line' | 'vector' | 'svg' | 'image';
  /** pdfmake's item (a Line, a vector, an SVG or image node), positioned on the galley. */
  readonly item: PdfmakeItem;
  /** The innermost block the item belongs to. */
  readonly owner: string | undefined;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A block as laid out: where it starts and ends on the galley, inside its margins. */
export interface BlockExtent {
  readonly meta: BlockMeta;
  readonly parent: string | undefined;
  /** The box of the block's content, its own margins excluded. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Content laid out once, at one width, on a page of infinite height. */
export interface Galley {
  readonly width: number;
  readonly items: readonly GalleyItem[];
  /** Every block with a description, in document order (a parent before its children). */
  readonly blocks: ReadonlyMap<string, BlockExtent>;
  readonly height: number;
}

/** pdfmake's positioned items: lines, vectors, SVG and image nodes (loosely typed: it is JavaScript). */
export type PdfmakeItem = Record<string, unknown> & {
  x: number;
  y: number;
  getHeight?: () => number;
  getWidth?: () => number;
};

/** The styles and the pdfkit document a galley is laid out with (one per PDF: fonts belong to it). */
export interface GalleyContext {
  readonly doc: PdfKitDocument;
  readonly styles: Record<string, unknown>;
  readonly defaultStyle: Record<string, unknown>;
}

/**
 * pdfmake's layout engine, told to remember, for every node with a block description (`_meta`),
 * where it starts and ends, and, for every line, vector, SVG or image, the innermost such block it
 * belongs to. Everything else is pdfmake's: line breaking, measuring, columns, margins, styles.
 */
class GalleyBuilder extends LayoutBuilder {
  readonly owners: string[] = [];
  readonly extents = new Map<string, BlockExtent>();

  override processNode(node: Record<string, unknown>, verticalAlignment?: boolean): void {
    const meta = node._meta as BlockMeta | undefined;
    if (meta === undefined) {
      super.processNode(node, verticalAlignment);
      return;
    }
    const context = this.writer.context();
    const top = context.y;
    const left = context.x;
    const width = context.availableWidth;
    const parent = this.owners[this.owners.length - 1];
    // Reserve the block's place in document order (a parent before its children).
    const placeholder = { meta, parent, top, bottom: top, left, right: left + width };
    if (this.extents.has(meta.id)) throw new Error(`two blocks have the id ${meta.id}`);
    this.extents.set(meta.id, placeholder);
    this.owners.push(meta.id);
    try {
      super.processNode(node, verticalAlignment);
    } finally {
      this.owners.pop();
    }
    const [marginLeft, marginTop, marginRight, marginBottom] = (node._margin as number[] | null) ?? [0, 0, 0, 0];
    this.extents.set(meta.id, {
      meta,
      parent,
      top: top + marginTop!,
      bottom: this.writer.context().y - marginBottom!,
      left: left + marginLeft!,
      right: left + width - marginRight!,
    });
  }

  /** A text marked `_shrinkToFit` (a tile's figure) wider than its column is set smaller to fit it. */
  override processLeaf(node: Record<string, unknown>): void {
    if (node._shrinkToFit === true) shrinkToFit(node, this.writer.context().availableWidth);
    super.processLeaf(node);
  }

  override buildNextLine(node: Record<string, unknown>): unknown {
    const line = super.buildNextLine(node) as Record<string, unknown> | null;
    if (line) line._owner = this.owners[this.owners.length - 1];
    return line;
  }
}

// Canvas vectors, SVG and image nodes are marked with their block as they are placed; a figure
// wider than its column (a chart with long labels) is scaled down to fit it, never cut.
for (const method of ['processCanvas', 'processSVG', 'processImage'] as const) {
  const prototype = GalleyBuilder.prototype as unknown as Record<string, (node: Record<string, unknown>) => void>;
  const original = prototype[method]!;
  prototype[method] = function (this: GalleyBuilder, node: Record<string, unknown>) {
    const owner = this.owners[this.owners.length - 1];
    if (Array.isArray(node.canvas)) {
      for (const vector of node.canvas as Record<string, unknown>[]) vector._owner = owner;
    } else {
      node._owner = owner;
      fitToColumn(node, this.writer.context().availableWidth);
    }
    original.call(this, node);
  };
}

/** Scales a figure down, keeping its proportions, when it is wider than the room it is given. */
function fitToColumn(node: Record<string, unknown>, available: number): void {
  const width = node._width as number | undefined;
  if (width === undefined || width <= available + 0.01) return;
  const factor = available / width;
  node._width = available;
  node._minWidth = available;
  node._maxWidth = available;
  node._height = (node._height as number) * factor;
}

/**
 * Sets a one-line text smaller, in proportion, when its words together are wider than `available`
 * (a figure such as "123,456,789" in a narrow tile would otherwise run into the margin: a figure is
 * never broken across lines). Measured inlines scale linearly with their font size.
 */
function shrinkToFit(node: Record<string, unknown>, available: number): void {
  const inlines = node._inlines as Record<string, number>[] | undefined;
  if (!inlines || inlines.length === 0) return;
  const width = inlines.reduce((sum, inline) => sum + inline.width!, 0) - (inlines.at(-1)!.trailingCut ?? 0);
  if (width <= available + 0.01) return;
  const factor = available / width;
  for (const inline of inlines) {
    for (const key of ['width', 'height', 'fontSize', 'leadingCut', 'trailingCut', 'characterSpacing'])
      if (typeof inline[key] === 'number') inline[key] *= factor;
  }
  for (const key of ['_minWidth', '_maxWidth']) if (typeof node[key] === 'number') (node[key] as number) *= factor;
}

/** Lays `content` out at `width` points on one page of infinite height. */
export function layoutGalley(content: readonly unknown[], width: number, context: GalleyContext): Galley {
  const builder = new GalleyBuilder(
    { width, height: Number.POSITIVE_INFINITY, orientation: 'portrait' },
    { left: 0, right: 0, top: 0, bottom: 0 },
    new SVGMeasure(),
  );
  builder.registerTableLayouts(tableLayouts);
  const pages = builder.layoutDocument([...content], context.doc, context.styles, context.defaultStyle);
  if (pages.length !== 1) throw new Error(`a galley was laid out on ${pages.length} pages`);
  const items = pages[0]!.items.map((entry) => galleyItem(entry.type, entry.item as PdfmakeItem));
  const height = Math.max(
    0,
    ...items.map((item) => item.bottom),
    ...[...builder.extents.values()].map((b) => b.bottom),
  );
  return { width, items, blocks: builder.extents, height };
}

function galleyItem(type: string, item: PdfmakeItem): GalleyItem {
  const owner = item._owner as string | undefined;
  switch (type) {
    case 'line': {
      const height = item.getHeight!();
      return { type, item, owner, top: item.y, bottom: item.y + height, left: item.x, right: item.x + lineWidth(item) };
    }
    case 'svg':
    case 'image': {
      const width = item._width as number;
      const height = item._height as number;
      return { type, item, owner, top: item.y, bottom: item.y + height, left: item.x, right: item.x + width };
    }
    case 'vector':
      return { type, item, owner, ...vectorBounds(item) };
    default:
      throw new Error(`the layout produced an item of type "${type}", which the PDF stage does not place`);
  }
}

/** The width of a line's ink: its inlines without the spaces that end it. */
function lineWidth(line: PdfmakeItem): number {
  const inlines = line.inlines as { x: number; width: number; trailingCut?: number }[];
  const last = inlines[inlines.length - 1];
  return last ? last.x + last.width - (last.trailingCut ?? 0) : 0;
}

function vectorBounds(vector: PdfmakeItem): { top: number; bottom: number; left: number; right: number } {
  const v = vector as unknown as Record<string, number> & { type: string; points?: { x: number; y: number }[] };
  const half = (v.lineWidth ?? 1) / 2;
  switch (v.type) {
    case 'line':
      return {
        top: Math.min(v.y1!, v.y2!) - half,
        bottom: Math.max(v.y1!, v.y2!) + half,
        left: Math.min(v.x1!, v.x2!),
        right: Math.max(v.x1!, v.x2!),
      };
    case 'rect':
      return { top: v.y!, bottom: v.y! + v.h!, left: v.x!, right: v.x! + v.w! };
    case 'ellipse':
      return { top: v.y! - v.r2!, bottom: v.y! + v.r2!, left: v.x! - v.r1!, right: v.x! + v.r1! };
    default: {
      const points = v.points ?? [];
      const ys = points.map((p) => p.y);
      const xs = points.map((p) => p.x);
      return { top: Math.min(...ys), bottom: Math.max(...ys), left: Math.min(...xs), right: Math.max(...xs) };
    }
  }
}
