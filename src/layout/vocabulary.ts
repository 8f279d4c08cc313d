/**
 * The layout markup vocabulary: the elements templates may write, their attributes,
 * and what they may contain. Each element has one component in `src/document/components/` (PDF)
 * and one in `src/html/components/` (the web edition).
 * See docs/templates.md for the editors' description.
 */

/** What an element may contain. */
export type Content = 'blocks' | 'inline' | 'empty' | readonly string[];

/** How an attribute value is read. */
export type AttributeType =
  | { readonly type: 'text' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'number' }
  | { readonly type: 'width' }
  | { readonly type: 'url' };

export interface ElementSpec {
  readonly content: Content;
  readonly inline?: boolean;
  readonly attributes: Readonly<Record<string, AttributeType & { readonly required?: boolean }>>;
}

const text = { type: 'text' } as const;
const number = { type: 'number' } as const;
const width = { type: 'width' } as const;

/** Block elements: they stack vertically. */
const BLOCKS = {
  'title-band': { content: 'blocks', attributes: {} },
  section: {
    content: 'blocks',
    attributes: {
      id: { ...text, required: true },
      break: { type: 'enum', values: ['page', 'column', 'auto'] },
      span: { type: 'enum', values: ['page', 'columns'] },
      place: { type: 'enum', values: ['foot'] },
    },
  },
  h1: { content: 'inline', attributes: { style: text } },
  h2: { content: 'inline', attributes: { style: text } },
  h3: { content: 'inline', attributes: { style: text } },
  h4: { content: 'inline', attributes: { style: text } },
  p: { content: 'inline', attributes: { style: text, keep: { type: 'enum', values: ['next'] } } },
  columns: { content: ['column'], attributes: { gap: number } },
  column: { content: 'blocks', attributes: { width } },
  checks: { content: ['check'], attributes: {} },
  check: {
    content: 'inline',
    attributes: { value: { type: 'enum', values: ['yes', 'no', 'partial', 'unknown'], required: true }, label: text },
  },
  tiles: { content: ['tile'], attributes: {} },
  tile: { content: 'inline', attributes: { value: { ...text, required: true } } },
  chart: {
    content: 'inline',
    attributes: { id: { ...text, required: true }, align: { type: 'enum', values: ['left', 'center', 'right'] } },
  },
  box: { content: 'blocks', attributes: { style: text } },
  timeline: { content: ['entry'], attributes: {} },
  entry: { content: 'blocks', attributes: { year: { ...text, required: true } } },
  list: { content: ['item'], attributes: { marker: { type: 'enum', values: ['bullet', 'none'] } } },
  item: { content: 'blocks', attributes: {} },
  ul: { content: ['li'], attributes: {} },
  li: { content: 'inline', attributes: {} },
  callout: { content: 'inline', attributes: {} },
  card: { content: 'blocks', attributes: { year: text } },
  tags: { content: ['tag'], attributes: {} },
  tag: { content: 'inline', inline: false, attributes: { id: text } },
  keep: { content: 'blocks', attributes: {} },
  emblem: {
    content: 'empty',
    attributes: {
      kind: { type: 'enum', values: ['eu'], required: true },
      height: number,
      alt: { ...text, required: true },
      border: { type: 'enum', values: ['white', 'none'] },
    },
  },
  rule: { content: 'empty', attributes: {} },
  spacer: { content: 'empty', attributes: { height: { ...number, required: true } } },
} as const satisfies Record<string, ElementSpec>;

/** Inline elements: they flow inside a line of text. */
const INLINES = {
  b: { content: 'inline', inline: true, attributes: {} },
  i: { content: 'inline', inline: true, attributes: {} },
  a: { content: 'inline', inline: true, attributes: { href: { type: 'url', required: true } } },
  fn: { content: 'empty', inline: true, attributes: { ref: { ...text, required: true } } },
  br: { content: 'empty', inline: true, attributes: {} },
  span: { content: 'inline', inline: true, attributes: { style: text } },
} as const satisfies Record<string, ElementSpec>;

/** The root element every layout renders. */
export const ROOT = 'document';

/** Every element of the vocabulary. */
export const ELEMENTS: Readonly<Record<string, ElementSpec>> = {
  [ROOT]: { content: 'blocks', attributes: { lang: text } },
  ...BLOCKS,
  ...INLINES,
};

/** Names of block elements. */
export type BlockName = keyof typeof BLOCKS | typeof ROOT;
/** Names of inline elements. */
export type InlineName = keyof typeof INLINES;
/** Names of every element. */
export type ElementName = BlockName | InlineName;

/** True for elements that flow inside a line. */
export function isInlineElement(name: string): name is InlineName {
  return name in INLINES;
}
