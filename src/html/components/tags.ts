import type { HtmlComponent } from '../htmlContext.js';

/** <tags> of <tag>: a practice's tags as chips, a list. */
export const tags: HtmlComponent = (node, ctx) => `<ul class="tags">${ctx.blocks(node.children)}</ul>`;

/** <tag>: one chip. */
export const tag: HtmlComponent = (node, ctx) =>
  `<li class="tag ${ctx.style('tag', node)}">${ctx.inlines(node.children)}</li>`;
