import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCountryNamer } from '../../src/i18n/countryName.js';
import { createTranslator } from '../../src/i18n/createTranslator.js';
import { applyTypography } from '../../src/i18n/typography.js';
import { allAlpha3, isKnownAlpha3 } from '../../src/model/countries.js';
import { readLocales } from '../../src/project/readLocales.js';
import { ROOT } from '../helpers/project.js';

const LANGUAGES = ['en', 'fr'] as const;
const locales = readLocales(join(ROOT, 'locales'));
const namers = {
  en: createCountryNamer(createTranslator('en', locales)),
  fr: createCountryNamer(createTranslator('fr', locales)),
};
const listed = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'countries.json'), 'utf8')) as Record<string, string>;

describe('country names', () => {
  // Short names of the EU Interinstitutional Style Guide (Annex A5), as the EU Vocabularies
  // "Country" authority table gives them; CLDR's defaults differ for most of these.
  it.each([
    ['STP', 'São Tomé and Príncipe', 'Sao Tomé-et-Principe'],
    ['COD', 'Democratic Republic of the Congo', 'République démocratique du Congo'],
    ['COG', 'Congo', 'Congo'],
    ['VCT', 'Saint Vincent and the Grenadines', 'Saint-Vincent-et-les-Grenadines'],
    ['BIH', 'Bosnia and Herzegovina', 'Bosnie-Herzégovine'],
    ['CPV', 'Cabo Verde', 'Cabo Verde'],
    ['CZE', 'Czechia', 'Tchéquie'],
    ['TUR', 'Türkiye', 'Turquie'],
    ['SWZ', 'Eswatini', 'Eswatini'],
    ['MKD', 'North Macedonia', 'Macédoine du Nord'],
    ['MMR', 'Myanmar/Burma', 'Myanmar/Birmanie'],
    ['CIV', 'Côte d’Ivoire', 'Côte d’Ivoire'],
    ['GMB', 'The Gambia', 'Gambie'],
    ['BHS', 'Bahamas', 'Bahamas'],
    ['VAT', 'Vatican City State', 'État de la Cité du Vatican'],
    ['PSE', 'Palestine', 'Palestine'],
    ['SLV', 'El Salvador', 'El Salvador'],
    ['TTO', 'Trinidad and Tobago', 'Trinidad-et-Tobago'],
  ])('names %s "%s" in English and "%s" in French', (code, en, fr) => {
    expect(namers.en(code)).toBe(en);
    expect(namers.fr(code)).toBe(fr);
  });

  it('lists every code the project knows, in every language, with a name of its own', () => {
    const codes = allAlpha3().sort();
    expect(codes.length).toBeGreaterThan(240);
    for (const lang of LANGUAGES) {
      // Listed, not left to CLDR: a code a new i18n-iso-countries adds must get its EU name here.
      expect(Object.keys(listed(lang)).sort(), lang).toEqual(codes);
      for (const code of codes) {
        const name = namers[lang](code);
        expect(name.trim(), `${lang} ${code}`).not.toBe('');
        expect(name, `${lang} ${code}`).not.toBe(code);
      }
    }
  });

  it("never prints CLDR's informal English forms", () => {
    const informal = allAlpha3()
      .map((code) => `${code} ${namers.en(code)}`)
      .filter((name) => /&|\bSt\. | - |SAR China|U\.S\./.test(name));
    expect(informal).toEqual([]);
  });

  it('writes names with the typography the rest of the text gets (typographic apostrophe)', () => {
    for (const lang of LANGUAGES) {
      for (const code of allAlpha3()) {
        const name = namers[lang](code);
        expect(name, `${lang} ${code}`).not.toContain("'");
        expect(applyTypography(name, lang), `${lang} ${code}`).toBe(name);
      }
    }
  });

  it('knows Kosovo by the user-assigned code XKK only: XKX is no code of the project', () => {
    expect(isKnownAlpha3('XKX')).toBe(false);
    expect(isKnownAlpha3('XKK')).toBe(true);
    expect(namers.en('XKK')).toBe('Kosovo');
    expect(namers.fr('XKK')).toBe('Kosovo');
  });

  it("falls back to CLDR's name for a code the list lacks, and to the code itself for no country", () => {
    const bare = { languages: ['fr'], resources: { fr: { profile: {}, countries: {} } } };
    const name = createCountryNamer(createTranslator('fr', bare));
    expect(name('MLI')).toBe('Mali');
    expect(name('XKX')).toBe('XKX');
  });
});
