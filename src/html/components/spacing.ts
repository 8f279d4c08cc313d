import type { HtmlComponent } from '../htmlContext.js';

/** <rule/>: a thin line across the column (decoration). */
export const rule: HtmlComponent = () => '<hr class="rule">';

/** <spacer height="12"/>: vertical space. */
export const spacer: HtmlComponent = (node, ctx) =>
  `<div class="spacer" style="height:${ctx.length(Number(node.attrs.height ?? 0))}"></div>`;
