import type { Component } from '../componentContext.js';

/** <tags> of <tag>: a practice's tags as small coloured chips, on one line (wrapping if need be). */
export const tags: Component = (node, ctx) => {
  const chips = node.children.filter((child) => child.kind === 'element');
  return {
    text: chips.flatMap((chip, index) => [...(index > 0 ? ['\u2003'] : []), ...tagRuns(chip, ctx)]),
    lineHeight: 1.5,
    // The chips are padded with no-break spaces, which pdfmake would otherwise trim at the line start.
    preserveLeadingSpaces: true,
    margin: [0, 1, 0, 3],
  };
};

/** <tag>: one chip, drawn as text on a coloured background (padded with no-break spaces). */
export const tag: Component = (node, ctx) => ({ text: tagRuns(node, ctx) });

function tagRuns(node: Parameters<Component>[0], ctx: Parameters<Component>[1]) {
  const style = ctx.style('tag', node);
  const background = ctx.color('tag');
  const pad = { text: '\u00a0\u00a0', style, background };
  return [
    pad,
    ...ctx
      .inlines(node.children, { caps: ctx.caps(style) })
      .map((run) =>
        typeof run === 'string' ? { text: run, style, background } : { ...(run as object), style, background },
      ),
    pad,
  ];
}
