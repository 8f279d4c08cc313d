import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDestinationsSpec } from '../../src/charts/buildDestinationsSpec.js';
import { estimateTextWidth } from '../../src/charts/estimateTextWidth.js';
import { loadChartFonts } from '../../src/charts/loadChartFonts.js';
import { type MeasureText, measureText } from '../../src/charts/measureText.js';
import { ChartError } from '../../src/errors/index.js';
import { expectGolden } from '../helpers/golden.js';
import { deepFreeze, FONTS, FRENCH_DESTINATIONS, STYLE } from './chartFixtures.js';

const fonts = loadChartFonts(FONTS);
const measure: MeasureText = (text, font) => measureText(fonts, text, font);

/** The data rows and the x range of a built spec. */
function inspect(spec: ReturnType<typeof buildDestinationsSpec>): { labels: string[]; range: unknown } {
  const s = spec as unknown as {
    data: { values: { label: string }[] };
    encoding: { x: { scale: { range: unknown } } };
  };
  return { labels: s.data.values.map((row) => row.label), range: s.encoding.x.scale.range };
}

describe('buildDestinationsSpec', () => {
  it('matches the reviewed golden spec (French, 250 pt column)', () => {
    const spec = buildDestinationsSpec(FRENCH_DESTINATIONS, STYLE, measure);
    expectGolden(join(import.meta.dirname, '__golden__', 'destinations.fr.json'), `${JSON.stringify(spec, null, 2)}\n`);
  });

  it('puts the largest first and keeps equal values in input order', () => {
    const rows = [
      { label: 'B', value: 10, display: '10' },
      { label: 'A', value: 30, display: '30' },
      { label: 'C', value: 10, display: '10' },
    ];
    expect(inspect(buildDestinationsSpec({ id: 'd', rows, width: 200 }, STYLE, measure)).labels).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it('keeps the width of the widest value label, measured in the font, free on the right', () => {
    const { range } = inspect(buildDestinationsSpec(FRENCH_DESTINATIONS, STYLE, measure));
    // "403 646" is 26.985 pt in Noto Sans 7.5 pt; + 3 pt gap + 1 pt margin, rounded up to 0.1 pt.
    expect(range).toEqual([0, { expr: 'width - 31' }]);
  });

  it('without a measure, estimates the value labels generously', () => {
    const { range } = inspect(buildDestinationsSpec(FRENCH_DESTINATIONS, STYLE));
    const estimate = estimateTextWidth('403\u202f646', { family: 'Noto Sans', size: 7.5 });
    expect(estimate).toBeGreaterThan(measure('403\u202f646', { family: 'Noto Sans', size: 7.5 }));
    expect(range).toEqual([0, { expr: 'width - 36.6' }]);
  });

  it('sizes the chart to the column and ~17 pt per bar', () => {
    const spec = buildDestinationsSpec(FRENCH_DESTINATIONS, STYLE, measure) as { width?: unknown; height?: unknown };
    expect(spec.width).toBe(250);
    expect(spec.height).toBe(5 * 17);
  });

  it('refuses names so long that no room is left for the bars', () => {
    const rows = [{ label: 'Saint-Christophe-et-Niévès et Saint-Vincent-et-les-Grenadines', value: 1, display: '1' }];
    expect(() => buildDestinationsSpec({ id: 'destinations', rows, width: 250 }, STYLE, measure)).toThrow(
      'the chart "destinations" could not be drawn: "Saint-Christophe-et-Niévès et Saint-Vincent-et-les-Grenadines" and the values take 229 of the 250 pt available, leaving no room for the bars',
    );
  });

  it('does not modify its input', () => {
    const input = deepFreeze(structuredClone(FRENCH_DESTINATIONS));
    expect(() => buildDestinationsSpec(input, STYLE, measure)).not.toThrow();
  });

  it('refuses an empty list and impossible values', () => {
    expect(() => buildDestinationsSpec({ id: 'destinations', rows: [], width: 250 }, STYLE)).toThrow(ChartError);
    expect(() => buildDestinationsSpec({ id: 'destinations', rows: [], width: 250 }, STYLE)).toThrow(
      'the chart "destinations" could not be drawn: there are no destinations to draw',
    );
    const negative = { id: 'destinations', rows: [{ label: 'Mali', value: -1, display: '-1' }], width: 250 };
    expect(() => buildDestinationsSpec(negative, STYLE)).toThrow(
      'the chart "destinations" could not be drawn: the value of "Mali" is not a number ≥ 0: -1',
    );
  });
});
