import type { Component, PdfNode } from '../componentContext.js';

/**
 * <tags> of <tag>: a practice's tags as small coloured chips, wrapping if need be. Each chip is
 * one unbreakable word (no-break spaces inside), drawn on one rounded box by the PDF stage.
 */
export const tags: Component = (node, ctx) => {
  const chips = node.children.filter((child) => child.kind === 'element');
  return {
    text: chips.flatMap((chip, index) => [...(index > 0 ? ['\u2003\u2002'] : []), ...chipRuns(chip, ctx)]),
    lineHeight: 2,
    margin: [3, 0, 0, 1],
    _meta: ctx.meta('P', { keep: 'unbreakable' }),
  };
};

/** <tag>: one chip on its own. */
export const tag: Component = (node, ctx) => ({ text: chipRuns(node, ctx), lineHeight: 2, _meta: ctx.meta('P') });

function chipRuns(node: Parameters<Component>[0], ctx: Parameters<Component>[1]): PdfNode[] {
  const style = ctx.style('tag', node);
  const chip = { id: ctx.nextId('chip'), color: ctx.color('tag') };
  return ctx.inlines(node.children, { caps: ctx.caps(style) }).map((run) => {
    const text = typeof run === 'string' ? run : ((run as { text?: string }).text ?? '');
    const properties = typeof run === 'string' ? {} : (run as object);
    return { ...properties, text: text.replace(/ /g, '\u00a0'), style, _chip: chip };
  });
}
