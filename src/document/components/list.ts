import type { Component } from '../componentContext.js';

/** <list> of <item>: a list with square bullets; an item is never split across pages. */
export const list: Component = (node, ctx) => {
  const items = node.children.filter((child) => child.kind === 'element');
  return {
    table: {
      widths: [9, '*'],
      dontBreakRows: true,
      body: items.map((item) => [
        { text: ctx.theme.marks.bullet, color: ctx.color('accent'), fontSize: 6, margin: [0, 2.2, 0, 0] },
        { stack: ctx.blocks(item.children) },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, ctx.theme.spacing.block],
  };
};

/** <ul> of <li>: a bullet list from the data's prose ("- " lines). */
export const bulletList: Component = (node, ctx) => ({
  ul: node.children
    .filter((child) => child.kind === 'element')
    .map((item) => ({ text: ctx.inlines(item.children), style: ctx.style('body', item), margin: [0, 0, 0, 2] })),
  markerColor: ctx.color('accent'),
  margin: [4, 0, 0, 4],
});
