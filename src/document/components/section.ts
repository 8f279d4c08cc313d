import { elementChildren, textOf } from '../../layout/layoutNode.js';
import type { Component, PdfObject } from '../componentContext.js';

/**
 * <section id="…" break="page">: a part of the profile. Its <h1> becomes the section's
 * bookmark in the PDF outline; break="page" starts it on a new page.
 */
export const section: Component = (node, ctx) => {
  const children = ctx.blocks(node.children);
  const index = elementChildren(node).findIndex((child) => child.name === 'h1');
  const heading = index >= 0 ? elementChildren(node)[index] : undefined;
  if (heading) {
    const id = `section-${node.attrs.id ?? ''}`;
    const rendered = children[index]!;
    const text = (rendered.text as PdfObject[]).map((run) => ({ ...run, keepWithNext: id }));
    children[index] = { ...rendered, text, id, outline: true, outlineText: textOf(heading).trim() };
  }
  const result: PdfObject = { stack: children };
  if (node.attrs.break === 'page') result.pageBreak = 'before';
  return result;
};
