import type { Component } from '../componentContext.js';

/** <rule/>: a thin horizontal line across the column (decoration). */
export const rule: Component = (_node, ctx) => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.contentWidth, y2: 0, lineWidth: 0.6, lineColor: ctx.color('rule') }],
  margin: [0, ctx.theme.spacing.block, 0, ctx.theme.spacing.block],
  _meta: ctx.meta('Artifact'),
});

/** <spacer height="12"/>: vertical space. */
export const spacer: Component = (node) => ({ text: '', margin: [0, Number(node.attrs.height ?? 0), 0, 0] });
