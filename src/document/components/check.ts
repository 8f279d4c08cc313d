import type { Component } from '../componentContext.js';

/** <check value="yes|no|unknown">label</check>: a yes/no fact drawn as a check mark or a cross. */
export const check: Component = (node, ctx) => {
  const value = (node.attrs.value ?? 'unknown') as 'yes' | 'no' | 'unknown';
  const style = ctx.style('check', node);
  return {
    columns: [
      { width: 14, text: ctx.theme.marks[value], color: ctx.color(value), bold: true, fontSize: 11, lineHeight: 1 },
      { width: '*', text: ctx.inlines(node.children), style },
    ],
    columnGap: 4,
    margin: [0, 0, 0, 5],
    unbreakable: true,
  };
};
