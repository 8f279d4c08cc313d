import type { Component, PdfObject } from '../componentContext.js';

const RULE = 2.5;

/**
 * <card year="2021">: one spotlight practice on a shaded card with an accent rule: its title
 * (with the year on the right), its <tags>, then its text. Kept on one page or column when it
 * can be; split between its lines only rather than leave a hole of more than a quarter page.
 */
export const card: Component = (node, ctx) => {
  const padding = ctx.theme.spacing.boxPadding;
  const [first, ...rest] = ctx.blocks(node.children);
  const year = node.attrs.year;
  const head: PdfObject[] =
    year && first
      ? [
          {
            columns: [
              { width: '*', stack: [first] },
              {
                width: 'auto',
                text: year,
                style: ctx.style('cardYear', node),
                margin: [8, 1, 0, 0],
                _meta: ctx.meta('P'),
              },
            ],
            _meta: ctx.meta('Div'),
          },
        ]
      : first
        ? [first]
        : [];
  return {
    stack: [
      {
        stack: [...head, ...rest],
        margin: [padding + RULE, padding, padding, padding],
        _meta: ctx.meta('Sect', {
          keep: 'together',
          decorations: [
            {
              kind: 'fill',
              color: ctx.color('shade'),
              padding: [padding, padding, padding, padding + RULE],
              leftRule: { width: RULE, color: ctx.color('tag') },
            },
          ],
        }),
      },
    ],
    margin: [0, 2, 0, ctx.theme.spacing.block],
  };
};
