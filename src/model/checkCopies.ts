import { isDeepStrictEqual } from 'node:util';
import { type MessageEntry, type MessageParams, messages } from '../errors/index.js';
import { fingerprintOf } from './acknowledge.js';
import { type Finding, findingAt } from './checkFinding.js';
import type { LoadedProfile } from './loadProfile.js';
import type { FieldPath } from './parseYaml.js';
import type { CountryProfile } from './schema.js';

/** The figures compared between profiles: where a finding points, and the value compared (null: not compared). */
const FIGURES: readonly [name: string, at: FieldPath, value: (profile: CountryProfile) => unknown][] = [
  ['remittances.shareOfGdp', ['remittances', 'shareOfGdp', 'value'], (p) => p.remittances.shareOfGdp.value],
  ['remittances.usdMillions', ['remittances', 'usdMillions', 'value'], (p) => p.remittances.usdMillions.value],
  ['gdp.usdMillions', ['gdp', 'usdMillions', 'value'], (p) => p.gdp.usdMillions.value],
  ['emigration.total', ['emigration', 'total', 'value'], (p) => p.emigration.total.value],
  [
    'emigration.shareOfPopulation',
    ['emigration', 'shareOfPopulation', 'value'],
    (p) => p.emigration.shareOfPopulation.value,
  ],
  ['emigration.inEu', ['emigration', 'inEu', 'value'], (p) => p.emigration.inEu.value],
  // A gender split is one figure: its two shares always add up to 100.
  ['emigration.genderAll', ['emigration', 'genderAll', 'male'], (p) => pair(p.emigration.genderAll)],
  ['emigration.genderEu', ['emigration', 'genderEu', 'male'], (p) => pair(p.emigration.genderEu)],
  [
    'emigration.topDestinations',
    ['emigration', 'topDestinations', 'countries'],
    (p) => (p.emigration.topDestinations.countries.length > 0 ? p.emigration.topDestinations.countries : null),
  ],
];

const pair = ({ male, female }: { male: number | null; female: number | null }) =>
  male === null || female === null ? null : [male, female];
/** Unknown and zero values are not evidence of a copy. */
const comparable = (value: unknown) => value !== null && value !== 0;

/**
 * What the copy check compares of a profile: its figures and where each is written. Small and
 * plain (JSON), so a batch build can keep it for profiles it does not parse again.
 */
export interface FigureSignature {
  readonly country: string;
  readonly file: string;
  readonly values: readonly unknown[];
  /** Where each figure of FIGURES is written, in the same order. */
  readonly locations: readonly Finding[];
}

/** The signature of a loaded profile. */
export function figureSignature(loaded: LoadedProfile): FigureSignature {
  return {
    country: loaded.profile.country,
    file: loaded.file,
    values: FIGURES.map(([, , value]) => value(loaded.profile) ?? null),
    locations: FIGURES.map(([, at]) => findingAt(loaded, at, 'CHECK_FIGURES_IDENTICAL', { other: '', count: 0 })),
  };
}

/**
 * A copy between profiles: all figures identical to another profile's, or two figures (or more)
 * with the same values as in another profile. Either is rarely a coincidence, and is how a
 * country's figures end up printed in another country's profile.
 */
export function checkCopies(loaded: LoadedProfile, others: readonly LoadedProfile[]): Finding[] {
  return checkSignatureCopies(figureSignature(loaded), others.map(figureSignature));
}

/** The copy check on signatures (see checkCopies). */
export function checkSignatureCopies(mine: FigureSignature, others: readonly FigureSignature[]): Finding[] {
  return others.flatMap((other): Finding[] => {
    if (other.file === mine.file) return [];
    const same = FIGURES.map((figure, index) => ({ figure, index })).filter(
      ({ index }) => comparable(mine.values[index]) && isDeepStrictEqual(mine.values[index], other.values[index]),
    );
    const first = same[0];
    if (same.length < 2 || !first) return [];
    const name = `${other.country} (${other.file})`;
    const known = (values: readonly unknown[]) => values.filter(comparable).length;
    const at = mine.locations[first.index]!;
    const finding = <C extends 'CHECK_FIGURES_IDENTICAL' | 'CHECK_FIGURES_COPIED'>(
      code: C,
      params: MessageParams<C>,
    ): Finding => {
      const entry = (messages[code] as (p: MessageParams<C>) => MessageEntry)(params);
      // covers the figures found copied, with their values: a new value makes it lapse
      const covered = { params, values: same.map(({ index }) => mine.values[index]) };
      return {
        ...at,
        code,
        message: entry.message,
        hint: entry.hints?.[0] ?? '',
        fingerprint: fingerprintOf(code, at.path ?? '', covered),
      };
    };
    if (same.length === known(mine.values) && same.length === known(other.values)) {
      return [finding('CHECK_FIGURES_IDENTICAL', { other: name, count: same.length })];
    }
    return [finding('CHECK_FIGURES_COPIED', { other: name, fields: same.map(({ figure }) => figure[0]) })];
  });
}
