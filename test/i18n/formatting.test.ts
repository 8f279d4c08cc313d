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
