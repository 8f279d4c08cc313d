import { checkCopies } from './checkCopies.js';
import { checkDrafts } from './checkDrafts.js';
import { checkFigures } from './checkFigures.js';
import { type Finding, sortFindings } from './checkFinding.js';
import { checkSourceYears } from './checkSourceYears.js';
import type { LoadedProfile } from './loadProfile.js';

export type { Finding } from './checkFinding.js';

/** What the checks may know besides the profile itself. */
export interface CheckOptions {
  /** The update date of the edition being prepared (YYYY-MM); default: the profile's credits.updated. */
  readonly editionDate?: string | undefined;
  /** The other profiles of the series, for the copy checks (none: those checks are skipped). */
  readonly others?: readonly LoadedProfile[] | undefined;
}

/**
 * Checks a valid profile for figures worth a second look (the loader has already refused what
 * is invalid: schema, footnotes, links, languages). Runs in every build, as warnings:
 *   1. the figures against each other (checkFigures)
 *   2. the years of the figures against the edition's date (checkSourceYears)
 *   3. the figures against the other profiles, when given (checkCopies)
 */
export function checkProfile(loaded: LoadedProfile, options: CheckOptions = {}): Finding[] {
  return sortFindings([
    ...checkDrafts(loaded),
    ...checkFigures(loaded),
    ...checkSourceYears(loaded, options.editionDate),
    ...(options.others ? checkCopies(loaded, options.others) : []),
  ]);
}

/** Checks every profile of a series, each also against all the others (`profiles check`, batch builds). */
export function checkProfiles(all: readonly LoadedProfile[], options: Omit<CheckOptions, 'others'> = {}): Finding[] {
  return all.flatMap((loaded) => checkProfile(loaded, { ...options, others: all }));
}
