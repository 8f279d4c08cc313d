import type { Component } from '../componentContext.js';

/**
 * <h1>, <h2>, <h3 style="…">: headings. They carry `headlineLevel`, so the page-break rule
 * keeps them with what follows; <h1> also gets a bookmark (set by <section>).
 */
export const heading: Component = (node, ctx) => {
  const level = Number(node.name.slice(1));
  const style = ctx.style(node.attrs.style ?? node.name, node);
  return { text: ctx.inlines(node.children, { caps: ctx.caps(style) }), style, headlineLevel: level };
};
