import { describe, expect, it } from 'vitest';
import { colorOf, sizeOf, type TextStyle } from '../../src/document/theme.js';
import { projectEnvironment } from '../helpers/project.js';

/** The theme's own promises: a small type scale, readable notes, colours that meet WCAG AA. */
const { theme } = projectEnvironment();

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours (1 to 21). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA: 4.5:1 for text, 3:1 for large text (18 pt, or 14 pt bold). */
function required(style: TextStyle): number {
  const size = sizeOf(theme, style.size) ?? sizeOf(theme, theme.styles.body?.size) ?? 9;
  return size >= 18 || (size >= 14 && style.bold === true) ? 3 : 4.5;
}

describe('the theme', () => {
  it('measures every text colour against the background it is printed on (WCAG AA)', () => {
    const failures: string[] = [];
    for (const [name, style] of Object.entries(theme.styles)) {
      if (style.color === undefined) continue;
      const ratio = contrast(colorOf(theme, style.color), colorOf(theme, style.on ?? 'page'));
      if (ratio < required(style)) failures.push(`${name}: ${ratio.toFixed(2)}:1 on ${style.on ?? 'page'}`);
    }
    expect(failures).toEqual([]);
  });

  it('checks the check marks, bullets and links against the page and the boxes', () => {
    for (const mark of ['yes', 'no', 'partial', 'unknown', 'link']) {
      for (const background of ['page', 'shade']) {
        expect(
          contrast(colorOf(theme, mark), colorOf(theme, background)),
          `${mark} on ${background}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('would fail a pale colour (the check is not a formality)', () => {
    expect(contrast('#d9692b', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#1f2933', '#ffffff')).toBeGreaterThan(4.5);
  });

  it('sets every text in one of at most eight sizes, footnotes at 7 pt or more', () => {
    expect(Object.keys(theme.scale).length).toBeLessThanOrEqual(8);
    for (const [name, style] of Object.entries(theme.styles)) {
      if (style.size !== undefined) expect(theme.scale, name).toHaveProperty(style.size);
    }
    for (const name of ['footnote', 'noteNumber', 'source', 'caption']) {
      expect(sizeOf(theme, theme.styles[name]!.size), name).toBeGreaterThanOrEqual(7);
    }
    expect(theme.charts.labelSize).toBeGreaterThanOrEqual(7);
  });

  it('sets the body at about 1.3 to 1.4 times its size', () => {
    const body = theme.styles.body!;
    expect(body.lineHeight).toBeGreaterThanOrEqual(1.25);
    expect(body.lineHeight).toBeLessThanOrEqual(1.45);
  });
});
