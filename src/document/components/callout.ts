import type { Component } from '../componentContext.js';

/** <callout>: a pointer to the publisher's online resources, with a marker and an accent rule. */
export const callout: Component = (node, ctx) => ({
  table: {
    widths: [12, '*'],
    body: [
      [
        { text: ctx.theme.marks.callout, color: ctx.color('accent'), fontSize: 9, lineHeight: 1, margin: [0, 0.5, 0, 0] },
        { text: ctx.inlines(node.children), style: ctx.style('callout', node) },
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
});
