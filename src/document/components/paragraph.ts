import type { Component } from '../componentContext.js';

/**
 * <p style="…" keep="next">: a paragraph of inline content in a theme style (body by default);
 * keep="next" keeps it with the first lines of what follows (a name above its description).
 */
export const paragraph: Component = (node, ctx) => {
  const style = ctx.style(node.attrs.style ?? 'body', node);
  return {
    text: ctx.inlines(node.children, { caps: ctx.caps(style) }),
    style,
    _meta: ctx.meta('P', node.attrs.keep === 'next' ? { keepWithNext: true } : {}),
  };
};
