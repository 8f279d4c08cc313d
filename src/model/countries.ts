import { createRequire } from 'node:module';

/**
 * ISO 3166 code tables from i18n-iso-countries. Only its code tables are loaded
 * (`index.js`), not its ~80 name files: names come from CLDR through `Intl.DisplayNames`.
 */
interface IsoCountries {
  isValid(code: string): boolean;
  alpha3ToAlpha2(code: string): string | undefined;
  numericToAlpha3(code: string | number): string | undefined;
  getAlpha3Codes(): Record<string, string>;
}

const isoCountries = createRequire(import.meta.url)('i18n-iso-countries/index.js') as IsoCountries;

/** True when `code` is an assigned ISO 3166-1 alpha-3 code (upper case). */
export function isKnownAlpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && isoCountries.alpha3ToAlpha2(code) !== undefined;
}

/** The alpha-2 code of an alpha-3 code (CIV → CI), as `Intl.DisplayNames` wants it. */
export function alpha3ToAlpha2(code: string): string | undefined {
  return isoCountries.alpha3ToAlpha2(code);
}

/** The alpha-3 code of a UN M49 numeric code (466 → MLI); undefined for aggregates. */
export function m49ToAlpha3(code: number): string | undefined {
  return isoCountries.numericToAlpha3(String(code).padStart(3, '0'));
}

/** Every assigned alpha-3 code. */
export function allAlpha3(): string[] {
  return Object.keys(isoCountries.getAlpha3Codes());
}
