import { euFlagSvg } from '../../document/components/emblem.js';
import { escapeAttribute } from '../escape.js';
import type { HtmlComponent } from '../htmlContext.js';

/** <emblem kind="eu" height="34" alt="…">: the European flag, drawn as the PDF draws it, named by its alt text. */
export const emblem: HtmlComponent = (node, ctx) => {
  const height = Number(node.attrs.height ?? 34);
  const border = node.attrs.border === 'white' ? height / 25 : 0;
  const svg = euFlagSvg(height, ctx.color('euBlue'), ctx.color('euYellow'), border, ctx.color('euBorder'));
  const width = ctx.length(height * 1.5 + 2 * border);
  const withXmlns = svg.includes('xmlns=') ? svg : svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
  return `<p class="emblem">${withXmlns.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeAttribute(node.attrs.alt ?? '')}" focusable="false" style="width:${width}"`)}</p>`;
};
