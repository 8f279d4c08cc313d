import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildDestinationsSpec } from '../../src/charts/buildDestinationsSpec.js';
import { buildGenderSpec } from '../../src/charts/buildGenderSpec.js';
import { createChartRenderer } from '../../src/charts/createChartRenderer.js';
import { ChartError } from '../../src/errors/index.js';
import { FONTS, FRENCH_DESTINATIONS, FRENCH_GENDER, MISSING_GENDER, STYLE } from './chartFixtures.js';

const renderer = createChartRenderer(FONTS);
const LONG_NAME = 'République démocratique du Congo';

/** Every `<text>` element of an SVG: its font-family and its content. */
function textsOf(svg: string): { family: string; text: string }[] {
  return [...svg.matchAll(/<text\b[^>]*?font-family="([^"]*)"[^>]*>([^<]*)<\/text>/g)].map(
    ([, family = '', text = '']) => ({ family, text }),
  );
}

describe('createChartRenderer().render', () => {
  it('writes width and height in points, as in the ChartImage', async () => {
    const image = await renderer.render(
      buildDestinationsSpec(FRENCH_DESTINATIONS, STYLE, renderer.measureText),
      'destinations',
    );
    expect(image).toMatchObject({ id: 'destinations', width: 250, height: 85 });
    expect(image.svg).toMatch(/^<svg [^>]*width="250pt" height="85pt" viewBox="0 0 250 85"/);
  });

  it('prints a long country name in full, its column sized by the real font', async () => {
    const rows = [{ label: LONG_NAME, value: 50_000, display: '50\u202f000' }, ...FRENCH_DESTINATIONS.rows];
    const spec = buildDestinationsSpec({ ...FRENCH_DESTINATIONS, rows }, STYLE, renderer.measureText);
    const { svg } = await renderer.render(spec, 'destinations');
    expect(textsOf(svg).map((t) => t.text)).toContain(LONG_NAME);
    expect(svg).not.toContain('…');
    // The plot starts right of the names: 127.5 pt of text + 5 pt padding, not vega's 192 pt guess.
    const offset = Number(/transform="translate\(([\d.]+),0\)"/.exec(svg)?.[1]);
    expect(offset).toBeGreaterThanOrEqual(127.5 + 5);
    expect(offset).toBeLessThan(127.5 + 5 + 2);
  });

  it('keeps the French narrow no-break spaces of the display strings', async () => {
    const { svg } = await renderer.render(
      buildDestinationsSpec(FRENCH_DESTINATIONS, STYLE, renderer.measureText),
      'destinations',
    );
    const texts = textsOf(svg).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['403\u202f646', '120\u202f393']));
    expect(texts.slice(0, 5)).toEqual(['Côte d’Ivoire', 'Nigeria', 'Niger', 'Mauritanie', 'France']);
  });

  it('names only the chart font families, exactly as given', async () => {
    const { svg } = await renderer.render(buildGenderSpec(FRENCH_GENDER, STYLE), 'gender');
    expect(new Set(textsOf(svg).map((t) => t.family))).toEqual(new Set(['Noto Sans', 'Noto Sans Symbols']));
  });

  it('draws ♂ and ♀ in the symbol font and the shares in the body font', async () => {
    const { svg, width, height } = await renderer.render(buildGenderSpec(FRENCH_GENDER, STYLE), 'gender');
    expect(textsOf(svg)).toEqual([
      { family: 'Noto Sans Symbols', text: '♂' },
      { family: 'Noto Sans', text: '59,6\u202f%' },
      { family: 'Noto Sans Symbols', text: '♀' },
      { family: 'Noto Sans', text: '40,4\u202f%' },
    ]);
    expect(height).toBe(80);
    expect(width).toBeGreaterThan(80); // the labels sit right of the donut
    expect(svg).toContain(`fill="${STYLE.maleColor}"`);
    expect(svg).toContain(`fill="${STYLE.femaleColor}"`);
  });

  it('draws the track ring and the n/a labels when the shares are missing', async () => {
    const { svg } = await renderer.render(buildGenderSpec(MISSING_GENDER, STYLE), 'gender');
    expect(svg).toContain(`fill="${STYLE.trackColor}"`);
    expect(svg).not.toContain(`fill="${STYLE.femaleColor}"`);
    expect(textsOf(svg).map((t) => t.text)).toEqual(['♂', 'n/a', '♀', 'n/a']);
  });

  it('gives the identical SVG when the same spec is rendered twice', async () => {
    const spec = buildDestinationsSpec(FRENCH_DESTINATIONS, STYLE, renderer.measureText);
    const [first, second] = [await renderer.render(spec, 'a'), await renderer.render(spec, 'a')];
    expect(second.svg).toBe(first.svg);
    const [gender1, gender2] = await Promise.all([
      renderer.render(buildGenderSpec(FRENCH_GENDER, STYLE), 'g'),
      renderer.render(buildGenderSpec(FRENCH_GENDER, STYLE), 'g'),
    ]);
    expect(gender2.svg).toBe(gender1.svg);
  });

  it('applies a locale to its own view only, never as vega’s global default', async () => {
    const spec: TopLevelSpec = {
      data: { values: [{ value: 403646 }] },
      mark: { type: 'text', font: 'Noto Sans' },
      encoding: { text: { field: 'value', type: 'quantitative', format: ',d' } },
    };
    const french = { number: { decimal: ',', thousands: '\u202f', grouping: [3], currency: ['', '\u202f€'] } };
    const [inFrench, inDefault] = await Promise.all([renderer.render(spec, 'n', french), renderer.render(spec, 'n')]);
    expect(textsOf(inFrench.svg).map((t) => t.text)).toEqual(['403\u202f646']);
    expect(textsOf(inDefault.svg).map((t) => t.text)).toEqual(['403,646']);
  });

  it('does not modify the spec', async () => {
    const spec = buildGenderSpec(FRENCH_GENDER, STYLE);
    const copy = structuredClone(spec);
    await renderer.render(spec, 'gender');
    expect(spec).toEqual(copy);
  });

  it('refuses a font family that is not a chart font', async () => {
    const spec = buildDestinationsSpec(FRENCH_DESTINATIONS, { ...STYLE, fontFamily: 'Arial' }, renderer.measureText);
    await expect(renderer.render(spec, 'destinations')).rejects.toThrow(
      'the chart "destinations" could not be drawn: the font family "Arial" is not a chart font (Noto Sans, Noto Sans Symbols, Noto Sans Symbols 2)',
    );
  });

  it('turns a vega-lite warning into a ChartError instead of printing it', async () => {
    const spec: TopLevelSpec = {
      data: { values: [{ a: 'x', b: 1 }] },
      mark: 'bar',
      encoding: { x: { field: 'b', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } },
    };
    const rendering = renderer.render(spec, 'broken');
    await expect(rendering).rejects.toBeInstanceOf(ChartError);
    await expect(rendering).rejects.toThrow(/^the chart "broken" could not be drawn: .*shape/);
  });
});
