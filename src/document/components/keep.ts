import type { Component } from '../componentContext.js';

/** <keep>: blocks that are never split across pages (an actor with its description). */
export const keep: Component = (node, ctx) => ({
  stack: ctx.blocks(node.children),
  unbreakable: true,
  margin: [0, 0, 0, 3],
});
