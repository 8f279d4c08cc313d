import { escapeAttribute } from '../escape.js';
import type { HtmlComponent } from '../htmlContext.js';

/**
 * <section id="…">: a part of the profile, with the same anchor as its PDF destination
 * (section-<id>), named by its first heading.
 */
export const section: HtmlComponent = (node, ctx) => {
  const id = escapeAttribute(sectionAnchor(node.attrs.id ?? ''));
  const span = node.attrs.span === 'page' ? ' section--page' : '';
  return `<section id="${id}" class="section${span}">${ctx.blocks(node.children)}</section>`;
};

/** The anchor of a section: the same as its destination in the PDF. */
export function sectionAnchor(id: string): string {
  return `section-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
