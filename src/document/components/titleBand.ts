import type { Component } from '../componentContext.js';

/**
 * <title-band>: the brand band across the top of page 1, from edge to edge, with the
 * series title and the country name.
 */
export const titleBand: Component = (node, ctx) => {
  const [top, right, , left] = ctx.theme.page.margins;
  const padding = ctx.theme.spacing.titleBand;
  return {
    table: { widths: ['*'], body: [[{ stack: ctx.blocks(node.children), fillColor: ctx.color('brand') }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => left,
      paddingRight: () => right,
      paddingTop: () => padding,
      paddingBottom: () => padding * 0.8,
    },
    margin: [-left, -top, -right, ctx.theme.spacing.block],
  };
};
