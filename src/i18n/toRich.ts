import { type Block, type Inline, type ProseIndex, proseBlocks, proseInlines } from '../model/parseProse.js';
import { applyTypography } from './typography.js';

/**
 * Parses prose (blocks) and applies the language's typography to its text, never to link
 * targets. `parsed`: the loader's parse of the profile's texts, so that none is parsed twice.
 */
export function toBlocks(source: string, lang: string, parsed?: ProseIndex): Block[] {
  return proseBlocks(source, parsed).map((block) =>
    block.type === 'paragraph'
      ? { type: 'paragraph', children: typeset(block.children, lang) }
      : { type: 'list', items: block.items.map((item) => typeset(item, lang)) },
  );
}

/** Parses one line of inline prose with the language's typography. */
export function toInlines(source: string, lang: string, parsed?: ProseIndex): Inline[] {
  return typeset(proseInlines(source, parsed), lang);
}

/** A plain name (no formatting interpreted) as inline content with typography. */
export function plainInlines(text: string, lang: string): Inline[] {
  return [{ type: 'text', text: applyTypography(text, lang) }];
}

function typeset(inlines: readonly Inline[], lang: string): Inline[] {
  return inlines.map((inline) => typesetInline(inline, lang));
}

function typesetInline(inline: Inline, lang: string): Inline {
  switch (inline.type) {
    case 'text':
      return { type: 'text', text: applyTypography(inline.text, lang) };
    case 'link':
      // The visible text of an autolink is the address itself: leave it as typed.
      return isAutolink(inline) ? inline : { ...inline, children: typeset(inline.children, lang) };
    case 'strong':
    case 'em':
      return { ...inline, children: typeset(inline.children, lang) };
    case 'footnote':
      return inline;
  }
}

function isAutolink(link: Extract<Inline, { type: 'link' }>): boolean {
  const [only] = link.children;
  return link.children.length === 1 && only?.type === 'text' && link.href.replace(/^mailto:/, '') === only.text;
}
