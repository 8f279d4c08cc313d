import type { LoadedChartFont } from './loadChartFonts.js';

/** The font of a piece of text, as a vega text item describes it. */
export interface TextFont {
  readonly family: string;
  /** Font size in points. */
  readonly size: number;
  /** "bold", or a CSS weight (≥ 600 counts as bold); anything else is normal. */
  readonly weight?: string | number | undefined;
  /** "italic" or "oblique"; anything else is normal. */
  readonly style?: string | undefined;
}

/** Measures the advance width of a text in points. */
export type MeasureText = (text: string, font: TextFont) => number;

/**
 * The width of a text in points, from the glyph advances of the real TTF (kerning included):
 * the same measure for vega's layout, the spec builders and the PDF.
 * The font is chosen by family, weight and style, falling back to the family and then to the first font.
 */
export function measureText(fonts: readonly LoadedChartFont[], text: string, font: TextFont): number {
  const chosen = chooseFont(fonts, font);
  if (chosen === undefined || text === '' || !(font.size > 0)) return 0;
  let advance = chosen.advances.get(text);
  if (advance === undefined) {
    advance = chosen.font.layout(text).advanceWidth;
    chosen.advances.set(text, advance);
  }
  return (advance * font.size) / chosen.font.unitsPerEm;
}

/** The loaded font that prints a text item: exact face, else same family, else the first font. */
export function chooseFont(fonts: readonly LoadedChartFont[], font: TextFont): LoadedChartFont | undefined {
  const weight = isBold(font.weight) ? 'bold' : 'normal';
  const style = font.style === 'italic' || font.style === 'oblique' ? 'italic' : 'normal';
  const family = unquoteFamily(font.family);
  const sameFamily = fonts.filter((f) => f.face.family === family);
  return (
    sameFamily.find((f) => f.face.weight === weight && f.face.style === style) ??
    sameFamily.find((f) => f.face.weight === 'normal' && f.face.style === 'normal') ??
    sameFamily[0] ??
    fonts[0]
  );
}

function isBold(weight: string | number | undefined): boolean {
  if (weight === 'bold' || weight === 'bolder') return true;
  const numeric = Number(weight);
  return Number.isFinite(numeric) && numeric >= 600;
}

/** The first family of a CSS font-family list, without quotes ("'Noto Sans', sans-serif" → Noto Sans). */
function unquoteFamily(family: string): string {
  const first = family.split(',')[0] ?? '';
  return first.trim().replace(/^["']|["']$/g, '');
}
