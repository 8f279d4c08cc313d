import type { ElementName } from './vocabulary.js';

/** Where an element was written: template file and line (the nearest template element for generated markup). */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

/** A text run inside an element (whitespace already normalised). */
export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
}

/** An element of the layout markup, validated against the vocabulary. */
export interface ElementNode {
  readonly kind: 'element';
  readonly name: ElementName;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly LayoutNode[];
  readonly at: SourceRef;
}

/** A node of the layout tree: what the document components turn into pdfmake content. */
export type LayoutNode = ElementNode | TextNode;

/** Metadata of the document, all in the edition's language. */
export interface DocumentMeta {
  readonly lang: string;
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  /** The edition date (YYYY-MM): the PDF's creation and modification date. Never the clock. */
  readonly date: string;
  /** The running header and footer texts. */
  readonly header: string;
  readonly footer: string;
  /** "page {{page}} / {{pages}}" in the language, with the placeholders left in. */
  readonly pageNumber: string;
  /** The line opening a footnote continued from the page before, with {{note}} left in. */
  readonly continued: string;
  /** What a footnote marker is, for assistive technology ("Footnote {{note}}"), with {{note}} left in. */
  readonly noteReference: string;
}

/** A footnote's content as layout nodes (inline), with its address. */
export interface NoteDefinition {
  readonly content: readonly LayoutNode[];
  readonly url: string | null;
}

/** The output of the layout stage: the markup tree, the footnote definitions and the metadata. */
export interface LayoutDocument {
  readonly root: ElementNode;
  readonly notes: Readonly<Record<string, NoteDefinition>>;
  readonly meta: DocumentMeta;
}

/** The plain text of a node (for bookmarks and checks). */
export function textOf(node: LayoutNode): string {
  if (node.kind === 'text') return node.text;
  if (node.name === 'fn') return '';
  return node.children.map(textOf).join('');
}

/** Child elements only (text between block elements is whitespace). */
export function elementChildren(node: ElementNode): ElementNode[] {
  return node.children.filter((child): child is ElementNode => child.kind === 'element');
}
