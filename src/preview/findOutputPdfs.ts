import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A built profile PDF in an output folder. */
export interface OutputPdf {
  /** ISO 3166 alpha-3 code, upper case. */
  readonly country: string;
  readonly lang: string;
  readonly file: string;
}

/** Which PDFs to take (all when a list is empty). */
export interface OutputFilter {
  readonly countries?: readonly string[];
  readonly languages?: readonly string[];
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;
const PDF = /^([a-z]{3})\.pdf$/;

/**
 * The profile PDFs of an output folder as `profiles build` writes them (`<dir>/<lang>/<iso3>.pdf`),
 * sorted by country then language. Other files and folders (charts, previews) are ignored.
 */
export function findOutputPdfs(dir: string, filter: OutputFilter = {}): OutputPdf[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const countries = (filter.countries ?? []).map((code) => code.toUpperCase());
  const languages = filter.languages ?? [];
  const found: OutputPdf[] = [];
  for (const lang of readdirSync(dir)
    .filter((name) => LANGUAGE.test(name))
    .sort()) {
    if (languages.length > 0 && !languages.includes(lang)) continue;
    const folder = join(dir, lang);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      const match = PDF.exec(name);
      if (!match) continue;
      const country = match[1]!.toUpperCase();
      if (countries.length > 0 && !countries.includes(country)) continue;
      found.push({ country, lang, file: join(folder, name) });
    }
  }
  return found.sort((a, b) => a.country.localeCompare(b.country) || languageOrder(a.lang, b.lang, languages));
}

function languageOrder(a: string, b: string, preferred: readonly string[]): number {
  const rank = (lang: string) => (preferred.includes(lang) ? preferred.indexOf(lang) : preferred.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
