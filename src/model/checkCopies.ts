import { isDeepStrictEqual } from 'node:util';
import { findingAt, type Finding } from './checkFinding.js';
import type { LoadedProfile } from './loadProfile.js';
import type { FieldPath } from './parseYaml.js';
import type { CountryProfile } from './schema.js';

/** The figures compared between profiles: where a finding points, and the value compared (null: not compared). */
const FIGURES: readonly [name: string, at: FieldPath, value: (profile: CountryProfile) => unknown][] = [
  ['remittances.shareOfGdp', ['remittances', 'shareOfGdp', 'value'], (p) => p.remittances.shareOfGdp.value],
  ['remittances.usdMillions', ['remittances', 'usdMillions', 'value'], (p) => p.remittances.usdMillions.value],
  ['gdp.usdMillions', ['gdp', 'usdMillions', 'value'], (p) => p.gdp.usdMillions.value],
  ['emigration.total', ['emigration', 'total', 'value'], (p) => p.emigration.total.value],
  ['emigration.shareOfPopulation', ['emigration', 'shareOfPopulation', 'value'], (p) => p.emigration.shareOfPopulation.value],
  ['emigration.inEu', ['emigration', 'inEu', 'value'], (p) => p.emigration.inEu.value],
  // A gender split is one figure: its two shares always add up to 100.
  ['emigration.genderAll', ['emigration', 'genderAll', 'male'], (p) => pair(p.emigration.genderAll)],
  ['emigration.genderEu', ['emigration', 'genderEu', 'male'], (p) => pair(p.emigration.genderEu)],
  ['emigration.topDestinations', ['emigration', 'topDestinations', 'countries'], (p) => (p.emigration.topDestinations.countries.length > 0 ? p.emigration.topDestinations.countries : null)],
];

const pair = ({ male, female }: { male: number | null; female: number | null }) => (male === null || female === null ? null : [male, female]);
/** Unknown and zero values are not evidence of a copy. */
const comparable = (value: unknown) => value !== null && value !== 0;

/**
 * A copy between profiles: all figures identical to another profile's, or two figures (or more)
 * with the same values as in another profile. Either is rarely a coincidence, and is how a
 * country's figures end up printed in another country's profile.
 */
export function checkCopies(loaded: LoadedProfile, others: readonly LoadedProfile[]): Finding[] {
  const mine = FIGURES.map(([, , value]) => value(loaded.profile));
  return others.flatMap((other): Finding[] => {
    if (other === loaded || other.file === loaded.file) return [];
    const theirs = FIGURES.map(([, , value]) => value(other.profile));
    const same = FIGURES.filter((_, index) => comparable(mine[index]) && isDeepStrictEqual(mine[index], theirs[index]));
    const first = same[0];
    if (same.length < 2 || !first) return [];
    const name = `${other.profile.country} (${other.file})`;
    const known = (values: unknown[]) => values.filter(comparable).length;
    if (same.length === known(mine) && same.length === known(theirs)) {
      return [findingAt(loaded, first[1], 'CHECK_FIGURES_IDENTICAL', { other: name, count: same.length })];
    }
    return [findingAt(loaded, first[1], 'CHECK_FIGURES_COPIED', { other: name, fields: same.map(([field]) => field) })];
  });
}
