import type { Block, Inline } from '../model/parseProse.js';

/** Escapes text for layout markup (the parser decodes it again). */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline prose → inline markup: <b>, <i>, <a href>, <fn ref>. */
export function serializeInlines(inlines: readonly Inline[]): string {
  return inlines.map(serializeInline).join('');
}

function serializeInline(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return escapeMarkup(inline.text);
    case 'strong':
      return `<b>${serializeInlines(inline.children)}</b>`;
    case 'em':
      return `<i>${serializeInlines(inline.children)}</i>`;
    case 'link':
      return `<a href="${escapeMarkup(inline.href)}">${serializeInlines(inline.children)}</a>`;
    case 'footnote':
      return `<fn ref="${escapeMarkup(inline.id)}"/>`;
  }
}

/** Block prose → block markup: <p> paragraphs and <ul> lists; `style` goes on every paragraph. */
export function serializeBlocks(blocks: readonly Block[], style?: string): string {
  const styleAttribute = style ? ` style="${escapeMarkup(style)}"` : '';
  return blocks
    .map((block) =>
      block.type === 'paragraph'
        ? `<p${styleAttribute}>${serializeInlines(block.children)}</p>`
        : `<ul>${block.items.map((item) => `<li>${serializeInlines(item)}</li>`).join('')}</ul>`,
    )
    .join('\n');
}

/** Blocks run into one line of inline markup: paragraphs and list items separated by line breaks. */
export function serializeBlocksInline(blocks: readonly Block[]): string {
  return blocks
    .flatMap((block) => (block.type === 'paragraph' ? [block.children] : block.items))
    .map(serializeInlines)
    .join('<br/>');
}
