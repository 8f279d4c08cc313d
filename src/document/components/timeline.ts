import type { Component } from '../componentContext.js';

/** Where the timeline's line runs, from the left of the column; the text starts after it. */
const LINE = 3.5;
const INDENT = 13;

/**
 * <timeline> of <entry year="2010">: a vertical line with a dot at each entry; the year, then
 * the entry's text. Read as a list whose labels are the years. An entry is kept on one page or
 * column when it can be.
 */
export const timeline: Component = (node, ctx) => {
  const accent = ctx.color('accent');
  const entries = node.children.filter((child) => child.kind === 'element');
  return {
    stack: entries.map((entry) => ({
      stack: [
        {
          text: entry.attrs.year ?? '',
          style: ctx.style('year', entry),
          margin: [INDENT, 0, 0, 1],
          _meta: ctx.meta('Lbl', { keep: 'unbreakable', keepWithNext: true }),
        },
        { stack: ctx.blocks(entry.children), margin: [INDENT, 0, 0, 0], _meta: ctx.meta('LBody') },
      ],
      margin: [0, 0, 0, 5],
      _meta: ctx.meta('LI', {
        keep: 'together',
        decorations: [{ kind: 'dot', x: LINE, radius: 2.6, color: accent }],
      }),
    })),
    margin: [0, 2, 0, ctx.theme.spacing.block],
    _meta: ctx.meta('L', { decorations: [{ kind: 'vline', x: LINE, color: accent, width: 0.8 }] }),
  };
};
