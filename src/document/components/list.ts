import type { Component, PdfObject } from '../componentContext.js';

/**
 * <list marker="bullet|none"> of <item>: a list; with bullets, each item has a square bullet as its
 * label. An item is kept on one page or column when it can be.
 */
export const list: Component = (node, ctx) => {
  const bullets = node.attrs.marker !== 'none';
  const items = node.children.filter((child) => child.kind === 'element');
  return {
    stack: items.map((item): PdfObject => {
      const body = { stack: ctx.blocks(item.children), _meta: ctx.meta('LBody') };
      if (!bullets) return { stack: [body], margin: [0, 0, 0, 2], _meta: ctx.meta('LI', { keep: 'together' }) };
      return {
        columns: [
          {
            width: 10,
            text: ctx.theme.marks.bullet,
            color: ctx.color('accent'),
            fontSize: ctx.size('body') * 0.62,
            lineHeight: 2.1,
            _meta: ctx.meta('Lbl'),
          },
          { width: '*', ...body },
        ],
        columnGap: 0,
        margin: [0, 0, 0, 2],
        _meta: ctx.meta('LI', { keep: 'together' }),
      };
    }),
    margin: [0, 0, 0, ctx.theme.spacing.block],
    _meta: ctx.meta('L'),
  };
};

/** <ul> of <li>: a bullet list from the data's prose ("- " lines). */
export const bulletList: Component = (node, ctx) => ({
  stack: node.children
    .filter((child) => child.kind === 'element')
    .map((item) => ({
      columns: [
        { width: 9, text: '•', color: ctx.color('accent'), style: ctx.style('body', item), _meta: ctx.meta('Lbl') },
        { width: '*', text: ctx.inlines(item.children), style: ctx.style('body', item), _meta: ctx.meta('LBody') },
      ],
      columnGap: 0,
      margin: [2, 0, 0, 1],
      _meta: ctx.meta('LI', { keep: 'together' }),
    })),
  margin: [0, 0, 0, 4],
  _meta: ctx.meta('L'),
});
