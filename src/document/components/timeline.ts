import type { Component } from '../componentContext.js';

/**
 * <timeline> of <entry year="2010">: years as markers on a vertical line, each with its
 * text. An entry is never split across pages.
 */
export const timeline: Component = (node, ctx) => {
  const entries = node.children.filter((child) => child.kind === 'element');
  const accent = ctx.color('accent');
  return {
    table: {
      widths: [28, 8, '*'],
      dontBreakRows: true,
      body: entries.map((entry) => [
        { text: entry.attrs.year ?? '', style: ctx.style('year', entry), alignment: 'right' },
        // The marker sits on the line drawn at the left edge of this column.
        { text: ctx.theme.marks.timeline, color: accent, fontSize: 8.5, margin: [-3.4, 1.3, 0, 0] },
        { stack: ctx.blocks(entry.children) },
      ]),
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 1 ? 0.9 : 0),
      vLineColor: () => accent,
      paddingLeft: (column: number) => (column === 2 ? 4 : 0),
      paddingRight: (column: number) => (column === 0 ? 7 : 0),
      paddingTop: () => 0,
      paddingBottom: () => 7,
    },
    margin: [0, 2, 0, ctx.theme.spacing.block],
  };
};
