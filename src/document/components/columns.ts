import type { Component } from '../componentContext.js';

/** <columns gap="…"> with <column width="50%">: side-by-side blocks. */
export const columns: Component = (node, ctx) => ({
  columns: ctx.blocks(node.children),
  columnGap: node.attrs.gap === undefined ? ctx.theme.spacing.columnGap : Number(node.attrs.gap),
});

/** <column width="*|auto|120|40%">: one column of blocks. */
export const column: Component = (node, ctx) => ({
  width: widthOf(node.attrs.width),
  stack: ctx.blocks(node.children),
});

function widthOf(value: string | undefined): string | number {
  if (value === undefined || value === '*' || value === 'auto' || value.endsWith('%')) return value ?? '*';
  return Number(value);
}

/**
 * <flow columns="2" gap="16">: blocks that run down the first column, on into the next, and on
 * to the next page, like a newspaper (pdfmake's snaking columns).
 */
export const flow: Component = (node, ctx) => {
  const count = Number(node.attrs.columns ?? 2);
  return {
    columns: [
      { width: '*', stack: ctx.blocks(node.children) },
      ...Array.from({ length: count - 1 }, () => ({ width: '*', text: '' })),
    ],
    columnGap: node.attrs.gap === undefined ? ctx.theme.spacing.columnGap : Number(node.attrs.gap),
    snakingColumns: true,
  };
};
