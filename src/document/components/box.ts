import type { Component } from '../componentContext.js';

/** <box style="…">: blocks on a shaded background (the disclaimer). */
export const box: Component = (node, ctx) => {
  const padding = ctx.theme.spacing.boxPadding;
  return {
    table: { widths: ['*'], body: [[{ stack: ctx.blocks(node.children), fillColor: ctx.color('shade') }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => padding * 0.8,
      paddingBottom: () => padding * 0.6,
    },
    margin: [0, ctx.theme.spacing.block, 0, ctx.theme.spacing.block],
    unbreakable: true,
  };
};
