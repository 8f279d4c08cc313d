import type { Component } from '../componentContext.js';

/**
 * <box style="…">: blocks on a shaded background (the disclaimer). In a column beside a taller
 * one, the box reaches down to where the other column ends, so the two end level.
 */
export const box: Component = (node, ctx) => {
  const padding = ctx.theme.spacing.boxPadding;
  return {
    stack: [
      {
        stack: ctx.blocks(node.children),
        margin: [padding, padding, padding, padding],
        _meta: ctx.meta('Div', {
          keep: 'together',
          decorations: [
            { kind: 'fill', color: ctx.color('shade'), padding: [padding, padding, padding, padding], stretch: true },
          ],
        }),
      },
    ],
    margin: [0, ctx.theme.spacing.block, 0, 0],
  };
};
