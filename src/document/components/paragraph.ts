import type { Component } from '../componentContext.js';

/** <p style="…">: a paragraph of inline content in a theme style (body by default). */
export const paragraph: Component = (node, ctx) => {
  const style = ctx.style(node.attrs.style ?? 'body', node);
  return { text: ctx.inlines(node.children, { caps: ctx.caps(style) }), style };
};
