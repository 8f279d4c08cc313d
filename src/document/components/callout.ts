import type { Component } from '../componentContext.js';

/**
 * <callout>: a pointer to the publisher's online resources, after an accent rule. It introduces
 * what follows, so, like a heading, it is never the last thing of a page or column.
 */
export const callout: Component = (node, ctx) => {
  const style = ctx.style('callout', node);
  return {
    text: [{ text: `${ctx.theme.marks.callout}\u2002`, color: ctx.color('accent') }, ...ctx.inlines(node.children)],
    style,
    margin: [8, 2, 0, ctx.theme.spacing.block],
    _meta: ctx.meta('P', {
      keep: 'unbreakable',
      keepWithNext: true,
      decorations: [{ kind: 'vline', x: -8, color: ctx.color('accent'), width: 2 }],
    }),
  };
};
