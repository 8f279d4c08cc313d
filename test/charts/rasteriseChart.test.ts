import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildDestinationsSpec } from '../../src/charts/buildDestinationsSpec.js';
import { buildGenderSpec } from '../../src/charts/buildGenderSpec.js';
import { createChartRenderer } from '../../src/charts/createChartRenderer.js';
import { loadChartFonts } from '../../src/charts/loadChartFonts.js';
import type { ChartDrawing } from '../../src/charts/types.js';
import { FONT_DIR, FONTS, FRENCH_DESTINATIONS, FRENCH_GENDER, STYLE } from './chartFixtures.js';

// Importing sharp here is safe: fontconfig reads FONTCONFIG_FILE at the first text render, which
// only happens through the renderer, and the renderer sets it first.
const renderer = createChartRenderer(FONTS);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LONG_NAME = 'République démocratique du Congo';

/** A one-line chart image, to rasterise text in a chosen family. */
function textImage(text: string, family: string): ChartDrawing {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="20pt" viewBox="0 0 200 20">` +
    `<text x="0" y="15" font-family="${family}" font-size="10px" fill="#000">${text}</text></svg>`;
  return { id: 'text', svg, width: 200, height: 20 };
}

/** The number of pixel columns holding ink, from the left edge to the rightmost inked column. */
async function inkWidth(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let right = -1;
  for (let x = 0; x < info.width; x += 1) {
    for (let y = 0; y < info.height; y += 1) {
      if ((data[(y * info.width + x) * 4 + 3] ?? 0) > 64) right = x;
    }
  }
  return right + 1;
}

describe('createChartRenderer().rasterise', () => {
  it('gives a PNG of the chart size at the requested resolution (1 pt = dpi/72 px)', async () => {
    const image = await renderer.render(
      buildDestinationsSpec(FRENCH_DESTINATIONS, STYLE, renderer.measureText),
      'destinations',
    );
    const png = await renderer.rasterise(image, 200);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 694, height: 236 }); // 250 × 85 pt
    expect(await sharp(await renderer.rasterise(image, 72)).metadata()).toMatchObject({ width: 250, height: 85 });
  });

  it('rasterises the donut with its labels', async () => {
    const image = await renderer.render(buildGenderSpec(FRENCH_GENDER, STYLE), 'gender');
    const metadata = await sharp(await renderer.rasterise(image, 144)).metadata();
    expect(metadata).toMatchObject({ width: image.width * 2, height: 160, hasAlpha: true });
  });

  it('points fontconfig at the project’s fonts.conf', async () => {
    await renderer.rasterise(textImage('x', 'Noto Sans'), 72);
    expect(process.env.FONTCONFIG_FILE).toBe(`${FONT_DIR}fonts.conf`);
  });

  it('draws text in Noto Sans: as wide as the TTF says, whatever family a system would offer', async () => {
    const noto = await renderer.rasterise(textImage(LONG_NAME, 'Noto Sans'), 144);
    const expected = (renderer.measureText(LONG_NAME, { family: 'Noto Sans', size: 10 }) * 144) / 72;
    expect(Math.abs((await inkWidth(noto)) - expected)).toBeLessThan(3);
    // Only the project's fonts exist for fontconfig: a system family resolves to Noto Sans too.
    const dejavu = await renderer.rasterise(textImage(LONG_NAME, 'DejaVu Sans'), 144);
    expect(dejavu.equals(noto)).toBe(true);
  });

  it('draws ♂ and ♀ with the glyphs of the symbol font, not missing-glyph boxes', async () => {
    const [symbols] = loadChartFonts(FONTS.filter((font) => font.family === 'Noto Sans Symbols'));
    if (symbols === undefined) throw new Error('no symbol font');
    for (const character of ['♂', '♀']) {
      const glyph = symbols.font.glyphForCodePoint(character.codePointAt(0) ?? 0);
      const png = await renderer.rasterise(textImage(character, 'Noto Sans Symbols'), 144);
      // The ink ends where the glyph's outline ends: 10 px font at 2 px per pt.
      const expected = (glyph.bbox.maxX / symbols.font.unitsPerEm) * 10 * 2;
      expect(glyph.id).not.toBe(0);
      expect(Math.abs((await inkWidth(png)) - expected)).toBeLessThan(1.5);
    }
  });

  it('refuses an impossible resolution', async () => {
    await expect(renderer.rasterise(textImage('x', 'Noto Sans'), 0)).rejects.toThrow(
      'the chart "text" could not be drawn: the resolution must be between 1 and 2400 dpi, got 0',
    );
  });
});

describe('fonts/fonts.conf', () => {
  const hasFcList = (() => {
    try {
      execFileSync('fc-list', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasFcList)('lists only the project’s fonts', () => {
    const listed = execFileSync('fc-list', ['--format', '%{file}\n'], {
      env: { ...process.env, FONTCONFIG_FILE: `${FONT_DIR}fonts.conf` },
      encoding: 'utf8',
    });
    const files = listed.trim().split('\n').sort();
    const projectFonts = readdirSync(FONT_DIR)
      .filter((name) => name.endsWith('.ttf'))
      .map((name) => `${FONT_DIR}${name}`)
      .sort();
    expect(files).toEqual(projectFonts);
  });
});
