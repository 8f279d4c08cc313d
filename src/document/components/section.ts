import { elementChildren, textOf } from '../../layout/layoutNode.js';
import type { BlockMeta } from '../../pdf/blocks.js';
import type { Component, PdfObject } from '../componentContext.js';

/**
 * <section id="…" span="page|columns" place="foot" break="page|column">: a part of the profile.
 * Its <h1> is a bookmark of the outline and a link destination (section-<id>), and each <h2> in it
 * a bookmark under it. span="page" lays it across the page (page 1's facts, the credits); the
 * others run in the page's columns. place="foot" sets it at the foot of the last page.
 */
export const section: Component = (node, ctx) => {
  const id = node.attrs.id ?? '';
  const children = ctx.blocks(node.children);
  const elements = elementChildren(node);
  for (const [index, child] of elements.entries()) {
    if (child.name !== 'h1' && child.name !== 'h2') continue;
    const rendered = children[index]!;
    const meta = rendered._meta as BlockMeta;
    const level = child.name === 'h1' ? 1 : 2;
    const destination = level === 1 ? `section-${id}` : `section-${id}-${meta.id}`;
    children[index] = { ...rendered, _meta: { ...meta, outline: { title: textOf(child).trim(), level }, destination } };
  }
  const breakBefore = node.attrs.break === 'page' || node.attrs.break === 'column' ? node.attrs.break : undefined;
  const result: PdfObject = {
    stack: children,
    _meta: ctx.meta('Sect', breakBefore ? { breakBefore } : {}),
  };
  return result;
};
