import type { HtmlComponent } from '../htmlContext.js';

/** <h1>…<h4 style="…">: headings at the level the layout gives them (an <h1> opens a section). */
export const heading: HtmlComponent = (node, ctx) => {
  const style = ctx.style(node.attrs.style ?? node.name, node);
  return `<${node.name} class="${style}">${ctx.inlines(node.children)}</${node.name}>`;
};
