import { TemplateError } from '../../errors/index.js';
import { escapeAttribute, escapeText } from '../escape.js';
import type { HtmlComponent, HtmlContext } from '../htmlContext.js';

/**
 * <chart id="…">caption</chart>: the chart as inline SVG, read as one image by its alternative
 * text, its caption under it, and its data as a table (opened on demand; not printed).
 */
export const chart: HtmlComponent = (node, ctx) => {
  const id = node.attrs.id ?? '';
  const image = ctx.charts.get(id);
  if (!image) throw new TemplateError('MARKUP_UNKNOWN_CHART', { id, known: [...ctx.charts.keys()] }, node.at);
  const prefix = ctx.nextId('chart');
  const svg = inlineSvg(image.svg, prefix, image.alt, ctx.length(image.width));
  const caption =
    node.children.length > 0
      ? `<figcaption class="${ctx.style('caption', node)}">${ctx.inlines(node.children)}</figcaption>`
      : '';
  const align = node.attrs.align
    ? ` chart--${node.attrs.align === 'center' ? 'center' : node.attrs.align === 'right' ? 'right' : 'left'}`
    : '';
  return `<figure class="chart${align}">${svg}${caption}${dataTable(image.table, ctx)}</figure>`;
};

function dataTable(
  table: { caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] },
  ctx: HtmlContext,
): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeText(column)}</th>`).join('');
  const rows = table.rows
    .map(
      ([first = '', ...cells]) =>
        `<tr><th scope="row">${escapeText(first)}</th>${cells.map((cell) => `<td>${escapeText(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return (
    `<details class="chart-data"><summary>${escapeText(ctx.labels.chartData)}</summary>` +
    `<table><caption>${escapeText(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></details>`
  );
}

/**
 * The chart's SVG made fit for a page: no XML prologue, one image for assistive technology (its
 * alternative text as its name, the drawing's own texts hidden from it), ids made unique in the
 * page, and a size that scales down with the screen.
 */
export function inlineSvg(svg: string, prefix: string, alt: string, width: string): string {
  const body = svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<!DOCTYPE[^>]*>\s*/i, '')
    .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
  return body.replace(
    /^<svg\b/,
    `<svg role="img" aria-label="${escapeAttribute(alt)}" focusable="false" style="width:${width}"`,
  );
}
