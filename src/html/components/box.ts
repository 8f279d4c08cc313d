import type { HtmlComponent } from '../htmlContext.js';

/** <box style="…">: blocks on a shaded background (the disclaimer, the top destinations). */
export const box: HtmlComponent = (node, ctx) => `<div class="box">${ctx.blocks(node.children)}</div>`;
