import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../src/i18n/createFormatters.js';
import { applyTypography, NNBSP } from '../../src/i18n/typography.js';

const fr = createFormatters('fr');
const en = createFormatters('en');
const visible = (text: string) => text.replaceAll(NNBSP, '⍽').replaceAll('\u00a0', '°');

describe('number and date formats', () => {
  it('formats French figures with narrow no-break spaces', () => {
    expect(visible(fr.count(1867))).toBe('1⍽867');
    expect(visible(fr.count(403646))).toBe('403⍽646');
    expect(visible(fr.percent(0.78))).toBe('0,78⍽%');
    expect(visible(fr.percent(59.6))).toBe('59,6⍽%');
    expect(visible(fr.amount(20661.8))).toBe('20⍽661,8');
    expect(fr.month('2025-11')).toBe('novembre 2025');
    expect(fr.month('2020-04')).toBe('avril 2020');
  });

  it('formats English figures', () => {
    expect(en.count(1867)).toBe('1,867');
    expect(en.count(403646)).toBe('403,646');
    expect(en.percent(0.78)).toBe('0.78%');
    expect(en.percent(5.3)).toBe('5.3%');
    expect(en.month('2025-11')).toBe('November 2025');
  });

  it('never prints "-0": not for -0 (YAML reads "-0" as it), nor for a tiny negative rounded to 0', () => {
    for (const f of [fr, en]) {
      const printed = [
        f.percent(-0),
        f.percent(-0, 1),
        f.percent(-0.001),
        f.count(-0),
        f.count(-0.4),
        f.amount(-0),
        f.amount(-0.01, 1),
        f.fixed(-0, 2),
        f.estimate(-0),
        f.estimate(-0, 5),
      ];
      for (const text of printed) expect(text).not.toMatch(/^[-−]/);
    }
    expect(visible(fr.percent(-0))).toBe('0⍽%');
    expect(en.percent(-0, 1)).toBe('0.0%');
    // A real negative keeps its sign.
    expect(en.amount(-2.5)).toBe('-2.5');
  });

  it('never groups years', () => {
    expect(fr.year(2024)).toBe('2024');
    expect(en.year(2024)).toBe('2024');
  });
});

describe('French typography', () => {
  it('puts a narrow no-break space before ; : ! ? % and inside « »', () => {
    expect(visible(applyTypography('Terminologie: voir « ici »; vraiment? oui! 50 %', 'fr'))).toBe(
      'Terminologie⍽: voir «⍽ici⍽»⍽; vraiment⍽? oui⍽! 50⍽%',
    );
    expect(visible(applyTypography('«texte»', 'fr'))).toBe('«⍽texte⍽»');
  });

  it('leaves addresses, times and other languages alone', () => {
    expect(applyTypography('voir http://a.org/x?y=1 à 10:30', 'fr')).toBe('voir http://a.org/x?y=1 à 10:30');
    expect(applyTypography('Terminology: yes?', 'en')).toBe('Terminology: yes?');
  });

  it('keeps groups of digits together and makes apostrophes typographic', () => {
    expect(visible(applyTypography('plus de 8 000 visiteurs', 'fr'))).toBe('plus de 8⍽000 visiteurs');
    expect(applyTypography("l'Extérieur, de l'", 'fr')).toBe('l’Extérieur, de l’');
    expect(applyTypography("Mali's", 'en')).toBe('Mali’s');
  });
});

describe('figures with their own decimals, estimates and lists', () => {
  it('prints exactly the decimals a figure asks for', () => {
    expect(visible(fr.percent(12, 1))).toBe('12,0⍽%');
    expect(en.percent(12, 1)).toBe('12.0%');
    expect(visible(fr.percent(0.785, 1))).toBe('0,8⍽%');
    expect(visible(fr.fixed(20661.8, 2))).toBe('20⍽661,80');
    expect(en.fixed(12.5, 0)).toBe('13');
  });

  it('prints estimates in full below a million and in millions from a million, ranges with a dash', () => {
    expect(visible(fr.estimate(450000))).toBe('450⍽000');
    expect(visible(fr.estimate(12000, 15000))).toBe('12⍽000–15⍽000');
    expect(visible(fr.estimate(2500000, 3000000))).toBe('2,5–3⍽M');
    expect(visible(fr.estimate(2750000))).toBe('2,75⍽M');
    expect(en.estimate(2500000, 3000000)).toBe('2.5M – 3M');
    expect(en.estimate(12000, 15000)).toBe('12,000–15,000');
    // Two ends that round to the same millions are printed in full, never "≃1M".
    expect(en.estimate(1000000, 1000001)).toBe('1,000,000–1,000,001');
  });

  it('lists countries the way each language does', () => {
    expect(fr.list(['France', 'Belgique'])).toBe('France et Belgique');
    expect(fr.list(['France'])).toBe('France');
    expect(en.list(['France', 'Belgium'])).toBe('France and Belgium');
  });
});
