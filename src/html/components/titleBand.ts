import type { HtmlComponent } from '../htmlContext.js';

/** <title-band>: the brand band at the top of the page: the series title, the country, the funder. */
export const titleBand: HtmlComponent = (node, ctx) => `<div class="title-band">${ctx.blocks(node.children)}</div>`;
