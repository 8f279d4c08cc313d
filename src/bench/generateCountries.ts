import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { allAlpha3 } from '../model/countries.js';
import { addModelFields } from './addModelFields.js';

/**
 * Synthetic countries for the benchmark: each a copy of the Mali profile under another country
 * code, with its own figures (consistent with each other) and its own share of Mali's texts
 * (some trends, practices and actors dropped, others repeated), so profiles differ in length
 * and page count as real ones do, and half of the fields Mali does not use (addModelFields).
 * Seeded: the same N gives the same files.
 */
export function generateCountries(maliFile: string, dir: string, count: number, seed = 1): string[] {
  const mali = parse(readFileSync(maliFile, 'utf8')) as Profile;
  const random = mulberry32(seed);
  const codes = allAlpha3()
    .filter((code) => code !== 'MLI')
    .sort()
    .filter((_, index, all) => index % Math.max(1, Math.floor(all.length / count)) === 0)
    .slice(0, count);
  mkdirSync(dir, { recursive: true });
  const destinations = [
    'FRA',
    'ESP',
    'ITA',
    'DEU',
    'BEL',
    'USA',
    'CAN',
    'GBR',
    'CIV',
    'SEN',
    'NGA',
    'NER',
    'MRT',
    'ZAF',
    'SAU',
    'ARE',
  ];
  return codes.map((code, index) => {
    const profile = structuredClone(mali);
    profile.country = code;
    vary(profile, random, destinations);
    addModelFields(profile, index);
    pruneFootnotes(profile);
    const file = join(dir, `${code.toLowerCase()}.yaml`);
    writeFileSync(file, stringify(profile, { lineWidth: 110 }));
    return file;
  });
}

// The data as YAML gives it: only the fields the benchmark varies are touched.
// biome-ignore lint/suspicious/noExplicitAny: the YAML of a data file, edited by path; the loader validates it afterwards.
type Profile = Record<string, any>;

function vary(profile: Profile, random: () => number, destinations: readonly string[]): void {
  const between = (low: number, high: number) => low + (high - low) * random();
  const total = Math.round(between(20_000, 4_000_000));
  const gdp = Math.round(between(2_000, 200_000) * 10) / 10;
  const remittances = Math.round(gdp * between(0.002, 0.2));
  const male = Math.round(between(40, 75) * 10) / 10;
  const maleEu = Math.round(between(40, 75) * 10) / 10;
  profile.emigration.total.value = total;
  profile.emigration.shareOfPopulation.value = Math.round(between(0.5, 25) * 10) / 10;
  profile.emigration.inEu.value = Math.round(total * between(0.02, 0.6));
  profile.emigration.genderAll.male = male;
  profile.emigration.genderAll.female = Math.round((100 - male) * 10) / 10;
  profile.emigration.genderEu.male = maleEu;
  profile.emigration.genderEu.female = Math.round((100 - maleEu) * 10) / 10;
  let remaining = Math.round(total * 0.4);
  profile.emigration.topDestinations.countries = pick(destinations, 5, random).map((country) => {
    remaining = Math.round(remaining * between(0.45, 0.95));
    return { country, count: remaining };
  });
  profile.remittances.usdMillions.value = remittances;
  profile.gdp.usdMillions.value = gdp;
  profile.remittances.shareOfGdp.value = Math.round((remittances / gdp) * 10000) / 100;
  // Texts: a different share of Mali's for each country, so lengths and page counts vary.
  profile.trends = resample(profile.trends, random, 2, 9);
  profile.practices = resample(profile.practices, random, 2, 10);
  profile.obstacles = resample(profile.obstacles, random, 1, 5);
  profile.policyFramework = resample(profile.policyFramework, random, 1, 5);
  profile.actors.diasporaOrganisations = resample(profile.actors.diasporaOrganisations, random, 1, 9);
}

/** Between `min` and `max` items drawn from `items` (repeats allowed once all are used). */
function resample<T>(items: readonly T[], random: () => number, min: number, max: number): T[] {
  const size = min + Math.floor(random() * (max - min + 1));
  const out: T[] = [];
  while (out.length < size) out.push(...pick(items, Math.min(items.length, size - out.length), random));
  return out;
}

function pick<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

/** Drops the footnotes no text refers to any more (the loader refuses unused footnotes). */
function pruneFootnotes(profile: Profile): void {
  const { footnotes, ...rest } = profile;
  const text = JSON.stringify(rest);
  for (const id of Object.keys(footnotes))
    if (!text.includes(`[^${id}]`) && !text.includes(`"${id}"`)) delete footnotes[id];
}

/** A small seeded random generator (reproducible benchmarks). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
