import { escapeText } from '../escape.js';
import type { HtmlComponent } from '../htmlContext.js';

/** <callout>: a pointer to the publisher's online resources, after an accent rule and the callout mark (decoration). */
export const callout: HtmlComponent = (node, ctx) =>
  `<p class="callout ${ctx.style('callout', node)}"><span class="mark" aria-hidden="true">${escapeText(ctx.theme.marks.callout)}</span> ${ctx.inlines(node.children)}</p>`;
