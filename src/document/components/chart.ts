import { TemplateError } from '../../errors/index.js';
import type { Component } from '../componentContext.js';

/** <chart id="destinations" align="center"/>: a chart drawn as vector graphics, with its data as alternative text. */
export const chart: Component = (node, ctx) => {
  const id = node.attrs.id ?? '';
  const image = ctx.charts.get(id);
  if (!image) throw new TemplateError('MARKUP_UNKNOWN_CHART', { id, known: [...ctx.charts.keys()] }, node.at);
  return {
    svg: image.svg,
    width: image.width,
    height: image.height,
    alignment: node.attrs.align ?? 'left',
    margin: [0, 2, 0, 2],
    _meta: ctx.meta('Figure', { keep: 'unbreakable', alt: image.alt }),
  };
};
