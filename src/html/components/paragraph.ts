import type { HtmlComponent } from '../htmlContext.js';

/** <p style="…">: a paragraph in a theme style (body by default). */
export const paragraph: HtmlComponent = (node, ctx) =>
  `<p class="${ctx.style(node.attrs.style ?? 'body', node)}">${ctx.inlines(node.children)}</p>`;
