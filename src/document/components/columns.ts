import type { Component } from '../componentContext.js';

/** <columns gap="…"> with <column width="50%">: side-by-side blocks. */
export const columns: Component = (node, ctx) => ({
  columns: ctx.blocks(node.children),
  columnGap: node.attrs.gap === undefined ? ctx.theme.spacing.columnGap : Number(node.attrs.gap),
  _meta: ctx.meta('Div', { grid: true }),
});

/** <column width="*|auto|120|40%">: one column of blocks. */
export const column: Component = (node, ctx) => ({
  width: widthOf(node.attrs.width),
  stack: ctx.blocks(node.children),
  _meta: ctx.meta('Div'),
});

function widthOf(value: string | undefined): string | number {
  if (value === undefined || value === '*' || value === 'auto' || value.endsWith('%')) return value ?? '*';
  return Number(value);
}
