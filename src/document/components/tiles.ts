import type { Component } from '../componentContext.js';

/** <tiles>: figures side by side. */
export const tiles: Component = (node, ctx) => ({
  columns: ctx.blocks(node.children).map((tile) => ({ width: '*', stack: [tile] })),
  columnGap: 10,
  margin: [0, 2, 0, 2],
});

/** <tile value="0,78 %">caption</tile>: a large figure with a short caption under it. */
export const tile: Component = (node, ctx) => ({
  stack: [
    { text: node.attrs.value ?? '', style: ctx.style('tileValue', node) },
    { text: ctx.inlines(node.children), style: ctx.style('tileCaption', node), margin: [0, 1, 0, 0] },
  ],
  unbreakable: true,
});
