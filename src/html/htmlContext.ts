import type { ChartImage } from '../charts/types.js';
import type { Theme } from '../document/theme.js';
import type { ElementNode, LayoutNode } from '../layout/layoutNode.js';

/** The words of the web edition that the printed one has no place for, in the edition's language. */
export interface HtmlLabels {
  /** The link that skips to the content. */
  readonly skip: string;
  /** The name of the navigation to the sections. */
  readonly contents: string;
  /** The title of the list of notes. */
  readonly notes: string;
  /** A back link from a note to its reference, with {{note}} (and {{ref}} for the second and later ones). */
  readonly backToText: string;
  /** The summary that opens a chart's data table. */
  readonly chartData: string;
  /** The link to the PDF edition. */
  readonly pdfEdition: string;
  /** The link to the series index. */
  readonly seriesIndex: string;
}

/** Numbers footnotes by first reference and remembers each reference (for the links back). */
export interface HtmlNoteNumbering {
  /** The number of note `id` and the anchor of this reference to it. */
  reference(id: string, at: ElementNode): { readonly number: number; readonly anchor: string };
}

/** What every HTML component may use. */
export interface HtmlContext {
  readonly theme: Theme;
  readonly lang: string;
  readonly charts: ReadonlyMap<string, ChartImage>;
  readonly notes: HtmlNoteNumbering;
  readonly labels: HtmlLabels;
  /** Renders block children (elements only), in order. */
  blocks(nodes: readonly LayoutNode[]): string;
  /** Renders inline children (text, b, i, a, fn, br, span). */
  inlines(nodes: readonly LayoutNode[]): string;
  /** The class of a theme style, checked to exist (as the PDF components check it). */
  style(name: string, at: ElementNode): string;
  /** A theme colour by name. */
  color(name: string): string;
  /** A length in points of the printed page as CSS (rem, the body size being 1 rem). */
  length(points: number): string;
  /** An id unique in the page, e.g. chart-2. */
  nextId(prefix: string): string;
}

/** Turns one layout element into HTML. */
export type HtmlComponent = (node: ElementNode, ctx: HtmlContext) => string;
