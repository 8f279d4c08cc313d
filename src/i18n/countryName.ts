import { alpha3ToAlpha2 } from '../model/countries.js';
import type { Translator } from './createTranslator.js';

/**
 * Names countries in a language: the EU short name listed in `locales/<lang>/countries.json`
 * ("République démocratique du Congo"); CLDR's name through `Intl.DisplayNames` only for a
 * code that file lacks, so printed names never depend on the Node/ICU version.
 */
export function createCountryNamer(translator: Translator): (iso3: string) => string {
  const names = new Intl.DisplayNames(translator.lang, { type: 'region', fallback: 'code' });
  return (iso3) => {
    const override = `countries:${iso3}`;
    if (translator.has(override)) return translator.t(override);
    const alpha2 = alpha3ToAlpha2(iso3);
    return alpha2 ? (names.of(alpha2) ?? iso3) : iso3;
  };
}
