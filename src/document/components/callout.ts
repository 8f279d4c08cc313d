import type { Component } from '../componentContext.js';
import { keptWithNext } from './heading.js';

/**
 * <callout>: a pointer to the publisher's online resources, with a marker and an accent rule.
 * It introduces what follows, so, like a heading, it never ends a page.
 */
export const callout: Component = (node, ctx) => {
  const id = ctx.nextId('keep');
  return {
    id,
    table: {
      widths: [12, '*'],
      body: [
        [
          {
            text: keptWithNext([ctx.theme.marks.callout], id),
            color: ctx.color('accent'),
            fontSize: 8.5,
            lineHeight: 1,
            margin: [0, 0.3, 0, 0],
          },
          { text: keptWithNext(ctx.inlines(node.children), id), style: ctx.style('callout', node) },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 0 ? 2 : 0),
      vLineColor: () => ctx.color('accent'),
      paddingLeft: (index: number) => (index === 0 ? 7 : 0),
      paddingRight: () => 0,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    margin: [0, 2, 0, ctx.theme.spacing.block],
    unbreakable: true,
  };
};
