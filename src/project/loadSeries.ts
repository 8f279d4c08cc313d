import type { SeriesContext } from '../model/loadProfile.js';
import type { ProjectPaths } from './projectPaths.js';
import { type LocaleSet, readLocales } from './readLocales.js';

/** The series a project publishes: its languages, its sources, and the locale files they come from. */
export interface Series extends SeriesContext {
  readonly locales: LocaleSet;
  /** The languages that are not in draft: built by default, checked against each other. */
  readonly complete: readonly string[];
  readonly drafts: readonly string[];
}

/**
 * Reads what every command needs to know about the series, once: the languages (the folders
 * of `locales/`) and the ids of the sources (`sources.json` of the first language).
 */
export function loadSeries(paths: ProjectPaths): Series {
  const locales = readLocales(paths.locales);
  const drafts = locales.drafts ?? [];
  const complete = locales.languages.filter((lang) => !drafts.includes(lang));
  const reference = complete[0] ?? locales.languages[0]!;
  const sources = Object.keys(locales.resources[reference]?.sources ?? {});
  return { languages: locales.languages, complete, drafts, sources, locales };
}
