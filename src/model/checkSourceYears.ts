import { type Finding, findingAt } from './checkFinding.js';
import { DEFAULT_MAX_FIGURE_AGE_YEARS, MAX_FIGURE_AGE_YEARS } from './checkThresholds.js';
import type { LoadedProfile } from './loadProfile.js';
import type { FieldPath } from './parseYaml.js';

/**
 * The year of every figure against the edition's update date (`editionDate`, YYYY-MM; by
 * default the profile's credits.updated, or its first publication): not older than
 * MAX_FIGURE_AGE_YEARS allows for its source, and not after it; and, for a source the profile
 * declares with its year of publication, not after that year. Figures with no value are not checked.
 */
export function checkSourceYears(loaded: LoadedProfile, editionDate?: string): Finding[] {
  const { credits, sources = {} } = loaded.profile;
  const updated = editionDate ?? credits.updated ?? credits.firstPublished;
  const updatedYear = Number(updated.slice(0, 4));
  const { remittances, gdp, emigration } = loaded.profile;
  const figures: [FieldPath, { source: string; year: number }, boolean][] = [
    [['remittances', 'shareOfGdp'], remittances.shareOfGdp, remittances.shareOfGdp.value !== null],
    [['remittances', 'usdMillions'], remittances.usdMillions, remittances.usdMillions.value !== null],
    [['gdp', 'usdMillions'], gdp.usdMillions, gdp.usdMillions.value !== null],
    [['emigration', 'total'], emigration.total, emigration.total.value !== null],
    [['emigration', 'shareOfPopulation'], emigration.shareOfPopulation, emigration.shareOfPopulation.value !== null],
    [['emigration', 'inEu'], emigration.inEu, emigration.inEu.value !== null],
    [['emigration', 'genderAll'], emigration.genderAll, emigration.genderAll.male !== null],
    [['emigration', 'genderEu'], emigration.genderEu, emigration.genderEu.male !== null],
    [['emigration', 'topDestinations'], emigration.topDestinations, emigration.topDestinations.countries.length > 0],
  ];
  if (emigration.nationalEstimate)
    figures.push([['emigration', 'nationalEstimate'], emigration.nationalEstimate, true]);
  return figures.flatMap(([path, { source, year }, known]): Finding[] => {
    if (!known) return [];
    const published = sources[source]?.year;
    if (published !== undefined && year > published) {
      return [findingAt(loaded, [...path, 'year'], 'CHECK_SOURCE_AFTER_PUBLICATION', { year, source, published })];
    }
    const age = updatedYear - year;
    const max = MAX_FIGURE_AGE_YEARS[source] ?? DEFAULT_MAX_FIGURE_AGE_YEARS;
    if (age > max)
      return [findingAt(loaded, [...path, 'year'], 'CHECK_SOURCE_OUTDATED', { year, age, updated, source, max })];
    if (age < 0) return [findingAt(loaded, [...path, 'year'], 'CHECK_SOURCE_AFTER_UPDATE', { year, updated })];
    return [];
  });
}
