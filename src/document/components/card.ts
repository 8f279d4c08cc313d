import type { Component, PdfObject } from '../componentContext.js';

/**
 * <card year="2021">: one spotlight practice on a shaded card: its <h3> title (with the
 * year on the right), its <tags>, then its text. A card is never split across pages.
 */
export const card: Component = (node, ctx) => {
  const padding = ctx.theme.spacing.boxPadding;
  const content = ctx.blocks(node.children);
  const year = node.attrs.year;
  const [first, ...rest] = content;
  const head: PdfObject[] =
    year && first
      ? [
          {
            columns: [
              { width: '*', stack: [first] },
              { width: 'auto', text: year, style: ctx.style('year', node), margin: [8, 4, 0, 0] },
            ],
          },
        ]
      : first
        ? [first]
        : [];
  return {
    table: { widths: ['*'], body: [[{ stack: [...head, ...rest], fillColor: ctx.color('shade') }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 0 ? 2.5 : 0),
      vLineColor: () => ctx.color('tag'),
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => padding * 0.5,
      paddingBottom: () => padding * 0.5,
    },
    margin: [0, 0, 0, ctx.theme.spacing.block],
    unbreakable: true,
  };
};
