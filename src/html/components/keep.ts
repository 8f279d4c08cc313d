import type { HtmlComponent } from '../htmlContext.js';

/** <keep>: blocks that belong together (an actor with its description); not split when printed. */
export const keep: HtmlComponent = (node, ctx) => `<div class="keep">${ctx.blocks(node.children)}</div>`;
