import { TemplateError } from '../../errors/index.js';
import type { Component, PdfObject } from '../componentContext.js';

/**
 * <chart id="destinations" align="center">caption</chart>: a chart drawn as vector graphics, with
 * its data as alternative text. A caption is set under the part of the chart it names (under the
 * donut, not beside its labels).
 */
export const chart: Component = (node, ctx) => {
  const id = node.attrs.id ?? '';
  const image = ctx.charts.get(id);
  if (!image) throw new TemplateError('MARKUP_UNKNOWN_CHART', { id, known: [...ctx.charts.keys()] }, node.at);
  const svg: PdfObject = { svg: image.svg, width: image.width, height: image.height, margin: [0, 2, 0, 2] };
  const meta = ctx.meta('Figure', { keep: 'unbreakable', alt: image.alt });
  if (node.children.length === 0) return { ...svg, alignment: node.attrs.align ?? 'left', _meta: meta };
  const focus = image.focus ?? { left: 0, width: image.width };
  return {
    stack: [
      svg,
      {
        // A column as wide as the donut: the caption is centred under it.
        columns: [
          {
            width: focus.width,
            text: ctx.inlines(node.children),
            style: ctx.style('caption', node),
            _meta: ctx.meta('Caption'),
          },
          { width: '*', text: '' },
        ],
        columnGap: focus.left,
        margin: [focus.left, 0, 0, 4],
      },
    ],
    _meta: meta,
  };
};
