import { escapeText } from '../escape.js';
import type { HtmlComponent } from '../htmlContext.js';

/** <tiles>: figures side by side (wrapping on a narrow screen). */
export const tiles: HtmlComponent = (node, ctx) => `<div class="tiles">${ctx.blocks(node.children)}</div>`;

/** <tile value="0,78 %">caption</tile>: a large figure with its caption under it. */
export const tile: HtmlComponent = (node, ctx) =>
  `<figure class="tile"><p class="${ctx.style('tileValue', node)}">${escapeText(node.attrs.value ?? '')}</p>` +
  `<figcaption class="${ctx.style('tileCaption', node)}">${ctx.inlines(node.children)}</figcaption></figure>`;
