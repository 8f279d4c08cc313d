import { alpha3ToAlpha2 } from '../model/countries.js';
import type { Translator } from './createTranslator.js';

/**
 * Names countries in a language: the EU short name listed in `locales/<lang>/countries.json`
 * ("République démocratique du Congo"); CLDR's name through `Intl.DisplayNames` only for a
 * code that file lacks, so printed names never depend on the Node/ICU version.
 */
export function createCountryNamer(translator: Translator): (iso3: string) => string {
  // Created when first needed: loading ICU's region names costs ≈100 ms in a fresh process.
  let names: Intl.DisplayNames | undefined;
  return (iso3) => {
    const override = `countries:${iso3}`;
    if (translator.has(override)) return translator.t(override);
    const alpha2 = alpha3ToAlpha2(iso3);
    if (!alpha2) return iso3;
    names ??= new Intl.DisplayNames(translator.lang, { type: 'region', fallback: 'code' });
    return names.of(alpha2) ?? iso3;
  };
}
