import type { HtmlComponent } from '../htmlContext.js';

/** <columns>: side-by-side blocks on a wide screen, one under the other on a narrow one. */
export const columns: HtmlComponent = (node, ctx) => `<div class="columns">${ctx.blocks(node.children)}</div>`;

/** <column width="*|auto|120|40%">: a column; a fixed width is kept as the column's basis. */
export const column: HtmlComponent = (node, ctx) => {
  const width = node.attrs.width ?? '*';
  const fixed = /^\d+(\.\d+)?$/.test(width) ? ` style="flex:0 1 ${ctx.length(Number(width))}"` : '';
  const kind = width.endsWith('%') ? 'column--share' : fixed ? 'column--fixed' : 'column--fill';
  return `<div class="column ${kind}"${fixed}>${ctx.blocks(node.children)}</div>`;
};
