/**
 * What the PDF stage knows of a block of content: its role in the document's structure, how it may
 * be broken across pages and columns, what is drawn around it, and where links and bookmarks point.
 * The document stage puts one `BlockMeta` on every pdfmake node that is a block (`_meta`); the PDF
 * stage lays the content out once, measures every block, and composes pages from that.
 */

/** Standard structure roles of tagged PDF (ISO 32000-1, 14.8.4), and Artifact for decoration. */
export type Role =
  | 'Document'
  | 'Part'
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Figure'
  | 'Caption'
  | 'Note'
  | 'Span'
  | 'Artifact';

/**
 * How a block may be split where pages or columns end:
 * - `unbreakable`: never (a title, a chip row, a tile, a list label), unless it is taller than a page;
 * - `together`: kept on one page or column when it can be (a card, a timeline entry, a list item,
 *   the credits); split between its lines, as for any text, only when it is taller than the space
 *   or when moving it would leave more than a quarter of the page empty.
 */
export type Keep = 'unbreakable' | 'together';

/** Things drawn for a block, page by page, behind its content (artifacts for tagged PDF). */
export type Decoration =
  | {
      /** A filled box around the block's content (cards, the disclaimer, the title band). */
      readonly kind: 'fill';
      readonly color: string;
      /** Room between the box and the content: top, right, bottom, left. */
      readonly padding: readonly [number, number, number, number];
      /** A rule along the left edge (an accent bar), in points. */
      readonly leftRule?: { readonly width: number; readonly color: string };
      /** Extend to the page's edges (a full-bleed band at the top of page 1). */
      readonly bleed?: boolean;
      /** Stretch down to the bottom of the enclosing grid (boxes ending level with the column beside). */
      readonly stretch?: boolean;
    }
  | {
      /** A horizontal rule above the block, across its width (or `length` points). */
      readonly kind: 'ruleAbove';
      readonly color: string;
      readonly width: number;
      readonly length?: number;
      /** Room between the rule and the block. */
      readonly gap: number;
    }
  | {
      /** A vertical line at `x` points from the block's left edge, through the block on each page. */
      readonly kind: 'vline';
      readonly x: number;
      readonly color: string;
      readonly width: number;
    }
  | {
      /** A dot at `x` points from the block's left edge, on the middle of its first line. */
      readonly kind: 'dot';
      readonly x: number;
      readonly radius: number;
      readonly color: string;
    };

/** A bookmark of the PDF outline, opening at the block. */
export interface Outline {
  readonly title: string;
  /** 1: a section; 2: a part of it (a practice, a group of actors). */
  readonly level: number;
}

/** The PDF stage's view of one block of content. */
export interface BlockMeta {
  /** Unique in the document. */
  readonly id: string;
  readonly role: Role;
  readonly keep?: Keep;
  /** Never the last thing of a page or column: it stays with the first lines of what follows. */
  readonly keepWithNext?: boolean;
  /** Starts a new page (`page`) or column (`column`). */
  readonly breakBefore?: 'page' | 'column';
  readonly decorations?: readonly Decoration[];
  readonly outline?: Outline;
  /** A named destination at the block's first line (links point to it: note-3, section-annex). */
  readonly destination?: string;
  /** Alternative text of a figure (a chart, the emblem), in the edition's language. */
  readonly alt?: string;
  /** Language of the block when it differs from the document's (an English title quoted in French). */
  readonly lang?: string;
  /** Its children stand side by side (a row of columns): boxes inside may stretch to its bottom. */
  readonly grid?: boolean;
}

/** A pdfmake node carrying its block description. */
export type MetaNode = { readonly [key: string]: unknown; readonly _meta?: BlockMeta };
