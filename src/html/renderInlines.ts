import type { LayoutNode } from '../layout/layoutNode.js';
import { isInlineElement } from '../layout/vocabulary.js';
import { escapeAttribute, escapeText, safeHref } from './escape.js';
import type { HtmlContext } from './htmlContext.js';

/** The anchor of footnote `number` in the list of notes (the same name as its PDF destination). */
export const noteAnchor = (number: number): string => `note-${number}`;

/**
 * Inline content as HTML: text escaped, b/i/span/a as elements, footnote markers as superscript
 * links to their note (each reference with its own anchor, for the note's links back), two markers
 * side by side separated by a comma, as in the PDF (notes 4 and 9 never read as 49).
 */
export function renderInlines(nodes: readonly LayoutNode[], ctx: HtmlContext, noteReference: string): string {
  let out = '';
  let lastWasNote = false;
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += escapeText(node.text);
      lastWasNote = false;
      continue;
    }
    if (!isInlineElement(node.name)) continue;
    const inner = () => renderInlines(node.children, ctx, noteReference);
    switch (node.name) {
      case 'b':
        out += `<b>${inner()}</b>`;
        break;
      case 'i':
        out += `<i>${inner()}</i>`;
        break;
      case 'span':
        out += `<span class="${ctx.style(node.attrs.style ?? 'body', node)}">${inner()}</span>`;
        break;
      case 'a':
        out += `<a href="${safeHref(node.attrs.href ?? '')}">${inner()}</a>`;
        break;
      case 'fn': {
        const { number, anchor } = ctx.notes.reference(node.attrs.ref ?? '', node);
        const label = escapeAttribute(noteReference.replace('{{note}}', String(number)));
        if (lastWasNote) out += '<sup class="fn-sep">,</sup>';
        out += `<sup class="fn"><a id="${anchor}" href="#${noteAnchor(number)}" aria-label="${label}">${number}</a></sup>`;
        lastWasNote = true;
        continue;
      }
      case 'br':
        out += '<br>';
        break;
    }
    lastWasNote = false;
  }
  return out;
}
