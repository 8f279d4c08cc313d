import { elementChildren } from '../../layout/layoutNode.js';
import { escapeText } from '../escape.js';
import type { HtmlComponent } from '../htmlContext.js';

/** <card year="2021">: one spotlight practice on a shaded card: its title with the year beside it, its tags, its text. */
export const card: HtmlComponent = (node, ctx) => {
  const [first, ...rest] = elementChildren(node);
  const year = node.attrs.year;
  const title = first ? ctx.blocks([first]) : '';
  const head = year
    ? `<div class="card-head">${title}<p class="card-year ${ctx.style('cardYear', node)}">${escapeText(year)}</p></div>`
    : title;
  return `<article class="card">${head}${ctx.blocks(rest)}</article>`;
};
