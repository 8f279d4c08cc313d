import { textOf } from '../../layout/layoutNode.js';
import type { Component } from '../componentContext.js';

/** <tiles>: figures side by side. */
export const tiles: Component = (node, ctx) => {
  const blocks = ctx.blocks(node.children);
  // Equal shares of the row, fixed: a wide figure is set smaller to fit its share (see
  // layoutGalley's shrinkToFit) instead of widening its column past the margin.
  return {
    columns: blocks.map((tile) => ({ width: `${100 / blocks.length}%`, stack: [tile] })),
    columnGap: 12,
    margin: [0, 2, 0, 2],
    _meta: ctx.meta('Div', { keep: 'unbreakable' }),
  };
};

/** <tile value="0,78 %">caption</tile>: a large figure with a short caption under it, heard as "0,78 % — caption". */
export const tile: Component = (node, ctx) => {
  const value = node.attrs.value ?? '';
  return {
    stack: [
      { text: value, style: ctx.style('tileValue', node), _shrinkToFit: true, _meta: ctx.meta('P') },
      {
        text: ctx.inlines(node.children),
        style: ctx.style('tileCaption', node),
        margin: [0, 1, 0, 0],
        _meta: ctx.meta('Caption'),
      },
    ],
    _meta: ctx.meta('Figure', { keep: 'unbreakable', alt: `${value} — ${textOf(node).trim()}` }),
  };
};
