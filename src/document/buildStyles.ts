import { colorOf, sizeOf, type Theme } from './theme.js';

/** The theme's text styles as a pdfmake style dictionary. */
export function buildStyles(theme: Theme): Record<string, Record<string, unknown>> {
  const styles: Record<string, Record<string, unknown>> = {};
  for (const [name, style] of Object.entries(theme.styles)) {
    const out: Record<string, unknown> = {};
    if (style.size !== undefined) out.fontSize = sizeOf(theme, style.size);
    if (style.bold !== undefined) out.bold = style.bold;
    if (style.italics !== undefined) out.italics = style.italics;
    if (style.color !== undefined) out.color = colorOf(theme, style.color);
    if (style.lineHeight !== undefined) out.lineHeight = style.lineHeight;
    if (style.characterSpacing !== undefined) out.characterSpacing = style.characterSpacing;
    if (style.alignment !== undefined) out.alignment = style.alignment;
    if (style.spaceBefore !== undefined || style.spaceAfter !== undefined) {
      out.margin = [0, style.spaceBefore ?? 0, 0, style.spaceAfter ?? 0];
    }
    styles[name] = out;
  }
  return styles;
}
