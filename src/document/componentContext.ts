import type { PdfNode } from 'pdfmake';
import type { ChartImage } from '../charts/types.js';
import type { ElementNode, LayoutNode } from '../layout/layoutNode.js';
import type { BlockMeta, Role } from '../pdf/blocks.js';
import type { Theme } from './theme.js';

/** A pdfmake node (JSON). */
export type { PdfNode };
/** A pdfmake node that is an object (most components return one). */
export type PdfObject = { [key: string]: unknown };

/** Numbers footnotes by first appearance in the document. */
export interface NoteNumbering {
  /** The number of the note `id`, given at its first reference. */
  numberOf(id: string, at: ElementNode): number;
}

/** What every component may use while turning layout nodes into pdfmake content. */
export interface ComponentContext {
  readonly theme: Theme;
  readonly lang: string;
  /** Width of the page between the margins, in points. */
  readonly contentWidth: number;
  readonly charts: ReadonlyMap<string, ChartImage>;
  readonly notes: NoteNumbering;
  /** Renders block children (elements only). */
  blocks(nodes: readonly LayoutNode[]): PdfObject[];
  /** Renders inline children (text, b, i, a, fn, br, span); `caps` upper-cases text. */
  inlines(nodes: readonly LayoutNode[], options?: { readonly caps?: boolean }): PdfNode[];
  /** The pdfmake style name for a theme style, checked to exist. */
  style(name: string, at: ElementNode): string;
  /** True when the theme style prints in capitals. */
  caps(style: string): boolean;
  /** A theme colour by name. */
  color(name: string): string;
  /** The size of a theme style, in points. */
  size(style: string): number;
  /** A block description with an id unique in the document (the same on every build of the same content). */
  meta(role: Role, extra?: Omit<BlockMeta, 'id' | 'role'>): BlockMeta;
  /** An id unique in the document, e.g. chip-3. */
  nextId(prefix: string): string;
}

/** Turns one layout element into pdfmake content. */
export type Component = (node: ElementNode, ctx: ComponentContext) => PdfObject;
