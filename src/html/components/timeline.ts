import { elementChildren } from '../../layout/layoutNode.js';
import { escapeText } from '../escape.js';
import type { HtmlComponent } from '../htmlContext.js';

/** <timeline> of <entry year="…">: a list along a vertical line, each entry opened by its year. */
export const timeline: HtmlComponent = (node, ctx) => {
  const entries = elementChildren(node).map(
    (entry) =>
      `<li class="entry"><p class="${ctx.style('year', entry)}">${escapeText(entry.attrs.year ?? '')}</p>${ctx.blocks(entry.children)}</li>`,
  );
  return `<ol class="timeline">${entries.join('')}</ol>`;
};
