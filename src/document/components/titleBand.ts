import type { Component } from '../componentContext.js';

/**
 * <title-band>: the brand band across the top of page 1, from edge to edge of the paper, holding
 * the series title and the country name (and, as the templates put it, the funder's emblem).
 */
export const titleBand: Component = (node, ctx) => {
  const padding = ctx.theme.spacing.titleBand;
  const [, , , left] = ctx.theme.page.margins;
  return {
    stack: ctx.blocks(node.children),
    margin: [0, padding, 0, padding * 0.8],
    _meta: ctx.meta('Div', {
      keep: 'unbreakable',
      decorations: [
        { kind: 'fill', color: ctx.color('brand'), padding: [padding, left, padding * 0.8, left], bleed: true },
      ],
    }),
  };
};
