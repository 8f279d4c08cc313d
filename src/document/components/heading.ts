import type { Decoration } from '../../pdf/blocks.js';
import type { Component } from '../componentContext.js';

const ROLES = { h1: 'H1', h2: 'H2', h3: 'H3', h4: 'H4' } as const;

/**
 * <h1>…<h4 style="…">: headings, never split and never left at the foot of a page or column
 * (they stay with the first lines of what follows). An <h1> opens a section: it is a bookmark of
 * the outline and carries a short accent rule above it; an <h2> is a bookmark inside its section.
 */
export const heading: Component = (node, ctx) => {
  const level = node.name as keyof typeof ROLES;
  const style = ctx.style(node.attrs.style ?? level, node);
  const text = ctx.inlines(node.children, { caps: ctx.caps(style) });
  const decorations: Decoration[] =
    level === 'h1' ? [{ kind: 'ruleAbove', color: ctx.color('brand'), width: 1.6, length: 26, gap: 4 }] : [];
  return {
    text,
    style,
    _meta: ctx.meta(ROLES[level], { keep: 'unbreakable', keepWithNext: true, decorations }),
  };
};
