import { elementChildren } from '../../layout/layoutNode.js';
import type { HtmlComponent } from '../htmlContext.js';

/** <list marker="bullet|none"> of <item>: a list of blocks, with square bullets or none. */
export const list: HtmlComponent = (node, ctx) => {
  const marker = node.attrs.marker === 'none' ? 'none' : 'bullet';
  const items = elementChildren(node).map((item) => `<li>${ctx.blocks(item.children)}</li>`);
  return `<ul class="list list--${marker}">${items.join('')}</ul>`;
};

/** <ul> of <li>: a bullet list from the data's prose. */
export const bulletList: HtmlComponent = (node, ctx) => {
  const items = elementChildren(node).map(
    (item) => `<li class="${ctx.style('body', item)}">${ctx.inlines(item.children)}</li>`,
  );
  return `<ul class="bullets">${items.join('')}</ul>`;
};
