import type { Component } from '../componentContext.js';

/** <checks>: yes/no facts, read as a list. */
export const checks: Component = (node, ctx) => ({
  stack: ctx.blocks(node.children),
  margin: [0, 0, 0, 2],
  _meta: ctx.meta('L'),
});

/**
 * <check value="yes|no|partial|unknown" label="…">label</check>: a yes/no fact drawn as a check mark or
 * a cross; the mark is the item's label, read aloud as its word ("yes").
 */
export const check: Component = (node, ctx) => {
  const value = (node.attrs.value ?? 'unknown') as 'yes' | 'no' | 'partial' | 'unknown';
  const style = ctx.style('check', node);
  return {
    columns: [
      {
        width: 14,
        // The same size and line height as the text beside it: the two baselines line up.
        text: ctx.theme.marks[value],
        color: ctx.color(value),
        bold: true,
        style,
        _meta: ctx.meta('Lbl', node.attrs.label ? { alt: node.attrs.label } : {}),
      },
      { width: '*', text: ctx.inlines(node.children), style, _meta: ctx.meta('LBody') },
    ],
    columnGap: 3,
    margin: [0, 0, 0, 4],
    _meta: ctx.meta('LI', { keep: 'together' }),
  };
};
