import { describe, expect, it } from 'vitest';
import { buildContactSheet } from '../../src/preview/buildContactSheet.js';
import { decodePng, encodeGreyPng, type Raster, toGreyLevels } from '../../src/preview/raster.js';
import { rasterisePdf } from '../../src/preview/rasterisePdf.js';
import { makePdf } from './pdfFixtures.js';

/** The darkest grey level in a rectangle of a raster (255 = white). */
function darkest(raster: Raster, x0: number, y0: number, width: number, height: number): number {
  let min = 255;
  for (let y = y0; y < y0 + height; y += 1) {
    for (let x = x0; x < x0 + width; x += 1) min = Math.min(min, raster.data[(y * raster.width + x) * 4]!);
  }
  return min;
}

describe('rasterisePdf', () => {
  it('renders every page at the requested resolution, on white', async () => {
    const pages = await rasterisePdf(await makePdf(['One.', { text: 'Two.', pageBreak: 'before' }]), { dpi: 36 });
    expect(pages.map((page) => [page.page, page.width, page.height])).toEqual([
      [1, 298, 421],
      [2, 298, 421],
    ]);
    expect(darkest(pages[0]!, 0, 0, 10, 10)).toBe(255);
  });

  it('draws the glyphs of the fonts embedded in the PDF, symbols included', async () => {
    // 48 pt glyphs from the three font families, each at a known place (72 dpi: 1 px = 1 pt).
    const place = (text: string, font: string, x: number) => ({
      text,
      font,
      fontSize: 48,
      absolutePosition: { x, y: 100 },
    });
    const pdf = await makePdf([
      '.',
      place('M', 'Noto Sans', 60),
      place('♂', 'Noto Sans Symbols', 200),
      place('✓', 'Noto Sans Symbols 2', 340),
    ]);
    const [page] = await rasterisePdf(pdf, { dpi: 72 });
    for (const x of [60, 200, 340]) expect(darkest(page!, x, 110, 50, 50)).toBeLessThan(60);
    expect(darkest(page!, 120, 110, 60, 50)).toBe(255);
  });

  it('renders the same pixels every time', async () => {
    const pdf = await makePdf(['Deterministic ✓', { text: '♀', font: 'Noto Sans Symbols' }]);
    const [first] = await rasterisePdf(pdf, { dpi: 50 });
    const [second] = await rasterisePdf(pdf, { dpi: 50 });
    expect(Buffer.from(second!.data).equals(Buffer.from(first!.data))).toBe(true);
  });

  it('renders only the pages asked for', async () => {
    const pages = await rasterisePdf(await makePdf(['One.', { text: 'Two.', pageBreak: 'before' }]), {
      dpi: 20,
      pages: [2],
    });
    expect(pages.map((page) => page.page)).toEqual([2]);
  });
});

describe('grey reference PNGs', () => {
  it('keep 16 grey levels losslessly', async () => {
    const [page] = await rasterisePdf(await makePdf(['Grey levels ♂', { text: '●', font: 'Noto Sans Symbols 2' }]), {
      dpi: 40,
    });
    const grey = toGreyLevels(page!, 16);
    expect(new Set(grey.data).size).toBeLessThanOrEqual(16);
    const back = await decodePng(await encodeGreyPng(grey));
    expect([back.width, back.height]).toEqual([grey.width, grey.height]);
    expect(Buffer.from(back.data).equals(Buffer.from(grey.data))).toBe(true);
  });
});

describe('buildContactSheet', () => {
  it('lays all pages side by side, shrunk to the page width asked for', async () => {
    const pages = await rasterisePdf(
      await makePdf(['One.', { text: 'Two.', pageBreak: 'before' }, { text: 'Three.', pageBreak: 'before' }]),
      { dpi: 72 },
    );
    const sheet = await decodePng(await buildContactSheet(pages, { pageWidth: 120 }));
    const gap = 8;
    expect(sheet.width).toBe(3 * 120 + 4 * gap);
    expect(sheet.height).toBe(Math.round((842 * 120) / 596) + 2 * gap);
  });
});
