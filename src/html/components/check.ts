import { escapeText } from '../escape.js';
import type { HtmlComponent } from '../htmlContext.js';

/** <checks>: yes/no facts, a list. */
export const checks: HtmlComponent = (node, ctx) => `<ul class="checks">${ctx.blocks(node.children)}</ul>`;

/**
 * <check value="yes|no|partial|unknown" label="…">: a fact with its mark; the mark is drawn for the
 * eye and its word ("yes") is what a screen reader says.
 */
export const check: HtmlComponent = (node, ctx) => {
  const value = (['yes', 'no', 'partial', 'unknown'] as const).find((v) => v === node.attrs.value) ?? 'unknown';
  const label = node.attrs.label ? `<span class="visually-hidden">${escapeText(node.attrs.label)}, </span>` : '';
  return (
    `<li class="check check--${value} ${ctx.style('check', node)}"><span class="mark" aria-hidden="true">${escapeText(ctx.theme.marks[value])}</span>` +
    `<span class="check-body">${label}${ctx.inlines(node.children)}</span></li>`
  );
};
