import type { Component } from '../componentContext.js';

/** <keep>: blocks kept on one page or column when they can be (an actor with its description). */
export const keep: Component = (node, ctx) => ({
  stack: ctx.blocks(node.children),
  margin: [0, 0, 0, 3],
  _meta: ctx.meta('Div', { keep: 'together' }),
});
