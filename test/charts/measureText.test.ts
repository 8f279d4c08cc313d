import { describe, expect, it } from 'vitest';
import { loadChartFonts } from '../../src/charts/loadChartFonts.js';
import { chooseFont, measureText } from '../../src/charts/measureText.js';
import { FontError } from '../../src/errors/index.js';
import { FONTS } from './chartFixtures.js';

const fonts = loadChartFonts(FONTS);
const body = { family: 'Noto Sans', size: 7.5 };

describe('measureText', () => {
  it('sums the glyph advances of the TTF, scaled to the font size', () => {
    // Noto Sans: 17 004 units per 1000 em for this text (kerning included).
    expect(measureText(fonts, 'République démocratique du Congo', body)).toBeCloseTo(127.53, 2);
    expect(measureText(fonts, '403\u202f646', body)).toBeCloseTo(26.985, 3);
  });

  it('is a third narrower than vega’s 0.8 em per character guess, which truncated long names', () => {
    const name = 'République démocratique du Congo';
    expect(measureText(fonts, name, body)).toBeLessThan(0.7 * 0.8 * 7.5 * name.length);
  });

  it('chooses the face by weight and style, and a CSS font list by its first family', () => {
    const regular = measureText(fonts, 'Mauritanie', body);
    expect(measureText(fonts, 'Mauritanie', { ...body, weight: 'bold' })).toBeGreaterThan(regular);
    expect(measureText(fonts, 'Mauritanie', { ...body, weight: 700 })).toBe(
      measureText(fonts, 'Mauritanie', { ...body, weight: 'bold' }),
    );
    expect(chooseFont(fonts, { ...body, style: 'italic' })?.face.file).toMatch(/NotoSans-Italic\.ttf$/);
    expect(chooseFont(fonts, { ...body, weight: 'bold', style: 'italic' })?.face.file).toMatch(
      /NotoSans-BoldItalic\.ttf$/,
    );
    expect(chooseFont(fonts, { family: '"Noto Sans Symbols", sans-serif', size: 9 })?.face.family).toBe(
      'Noto Sans Symbols',
    );
  });

  it('falls back to the first font for an unknown family, and to the regular face of a family', () => {
    expect(chooseFont(fonts, { family: 'Helvetica', size: 9 })).toBe(fonts[0]);
    expect(chooseFont(fonts, { family: 'Noto Sans Symbols', size: 9, weight: 'bold' })?.face.family).toBe(
      'Noto Sans Symbols',
    );
  });

  it('measures nothing as 0', () => {
    expect(measureText(fonts, '', body)).toBe(0);
    expect(measureText(fonts, 'France', { ...body, size: 0 })).toBe(0);
  });

  it('caches the advances per font and text, whatever the size', () => {
    const [first] = loadChartFonts(FONTS);
    if (first === undefined) throw new Error('no font');
    // The advances of a font are shared by the process and kept between runs (src/fonts/shapingCache.ts).
    const text = 'Niger, measured by the cache test';
    const width = measureText([first], text, body);
    const known = first.advances.size;
    expect(first.advances.get(text)).toBe(first.font.layout(text).advanceWidth);
    expect(measureText([first], text, { ...body, size: body.size * 2 })).toBeCloseTo(width * 2, 9);
    expect(first.advances.size).toBe(known);
    // Another loading of the same fonts shares them.
    expect(loadChartFonts(FONTS)[0]!.advances.get(text)).toBe(first.advances.get(text));
  });
});

describe('loadChartFonts', () => {
  it('names the missing file in a FontError', () => {
    const missing = {
      family: 'Noto Sans',
      weight: 'bold',
      style: 'normal',
      file: '/nowhere/NotoSans-Bold.ttf',
    } as const;
    expect(() => loadChartFonts([missing])).toThrow(FontError);
    expect(() => loadChartFonts([missing])).toThrow(
      'the font file for Noto Sans (bold) is missing: /nowhere/NotoSans-Bold.ttf',
    );
  });
});
