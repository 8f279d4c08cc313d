import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGenderSpec } from '../../src/charts/buildGenderSpec.js';
import { ChartError } from '../../src/errors/index.js';
import { expectGolden } from '../helpers/golden.js';
import { deepFreeze, FRENCH_GENDER, MISSING_GENDER, STYLE } from './chartFixtures.js';

interface LayerShape {
  data: { values: Record<string, unknown>[] };
  mark: { type: string; text?: string; font?: string; color?: string };
}

const layers = (spec: ReturnType<typeof buildGenderSpec>): LayerShape[] =>
  (spec as unknown as { layer: LayerShape[] }).layer;
const texts = (spec: ReturnType<typeof buildGenderSpec>) => layers(spec).filter((layer) => layer.mark.type === 'text');

describe('buildGenderSpec', () => {
  it('matches the reviewed golden spec (59,6 % / 40,4 %)', () => {
    const spec = buildGenderSpec(FRENCH_GENDER, STYLE);
    expectGolden(join(import.meta.dirname, '__golden__', 'gender.fr.json'), `${JSON.stringify(spec, null, 2)}\n`);
  });

  it('matches the reviewed golden spec without figures', () => {
    const spec = buildGenderSpec(MISSING_GENDER, STYLE);
    expectGolden(join(import.meta.dirname, '__golden__', 'gender.missing.json'), `${JSON.stringify(spec, null, 2)}\n`);
  });

  it('draws ♂ and ♀ as their own text marks in the symbol font, the shares in the body font', () => {
    const marks = texts(buildGenderSpec(FRENCH_GENDER, STYLE)).map((layer) => [layer.mark.text, layer.mark.font]);
    expect(marks).toEqual([
      ['♂', 'Noto Sans Symbols'],
      ['59,6\u202f%', 'Noto Sans'],
      ['♀', 'Noto Sans Symbols'],
      ['40,4\u202f%', 'Noto Sans'],
    ]);
  });

  it('colours the two shares and their symbols', () => {
    const spec = buildGenderSpec(FRENCH_GENDER, STYLE);
    const [donut] = layers(spec);
    expect(donut?.data.values.map((arc) => [arc.share, arc.color])).toEqual([
      [59.6, STYLE.maleColor],
      [40.4, STYLE.femaleColor],
    ]);
    expect(texts(spec).map((layer) => layer.mark.color)).toEqual([
      STYLE.maleColor,
      STYLE.textColor,
      STYLE.femaleColor,
      STYLE.textColor,
    ]);
  });

  it('draws one ring in the track colour when a share is missing', () => {
    const spec = buildGenderSpec({ ...FRENCH_GENDER, female: null, femaleDisplay: 'n.d.' }, STYLE);
    const [donut] = layers(spec);
    expect(donut?.data.values).toEqual([{ order: 0, share: 1, color: STYLE.trackColor }]);
    expect(texts(spec).map((layer) => layer.mark.text)).toEqual(['♂', '59,6\u202f%', '♀', 'n.d.']);
    expect(texts(spec)[2]?.mark.color).toBe(STYLE.mutedColor);
  });

  it('does not modify its input', () => {
    expect(() => buildGenderSpec(deepFreeze({ ...FRENCH_GENDER }), STYLE)).not.toThrow();
  });

  it('refuses impossible shares', () => {
    expect(() => buildGenderSpec({ ...FRENCH_GENDER, male: -3 }, STYLE)).toThrow(ChartError);
  });

  it('draws the empty ring when both shares are 0 (the data checks report it; the build must not stop)', () => {
    const spec = buildGenderSpec({ ...FRENCH_GENDER, male: 0, female: 0 }, STYLE);
    expect(JSON.stringify(spec)).toContain(STYLE.trackColor);
  });
});
