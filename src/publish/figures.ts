import type { Edition, FigureView } from '../i18n/edition.js';
import type { CountryProfile } from '../model/schema.js';

/** What a figure counts. */
export type FigureUnit = 'percent' | 'people' | 'usdMillions';

/** Every figure of a profile, by the name the data export gives it, with its unit and where it is in the data. */
export const FIGURES = [
  { id: 'remittances.shareOfGdp', unit: 'percent' },
  { id: 'remittances.usdMillions', unit: 'usdMillions' },
  { id: 'gdp.usdMillions', unit: 'usdMillions' },
  { id: 'emigration.total', unit: 'people' },
  { id: 'emigration.shareOfPopulation', unit: 'percent' },
  { id: 'emigration.inEu', unit: 'people' },
  { id: 'emigration.genderAll.male', unit: 'percent' },
  { id: 'emigration.genderAll.female', unit: 'percent' },
  { id: 'emigration.genderEu.male', unit: 'percent' },
  { id: 'emigration.genderEu.female', unit: 'percent' },
] as const satisfies readonly { id: string; unit: FigureUnit }[];

export type FigureId = (typeof FIGURES)[number]['id'];

/** A figure as the data file gives it: value (null: not available), year, source and the source's edition. */
export interface RawFigure {
  readonly value: number | null;
  readonly year: number;
  readonly source: string;
  readonly sourceEdition: string | null;
}

/** A country's figures, whatever the language: plain JSON (it crosses from workers and is cached). */
export interface CountryFigures {
  readonly country: string;
  /** The profile's edition (YYYY-MM): its last update, or its first publication. */
  readonly edition: string;
  readonly figures: Readonly<Record<FigureId, RawFigure>>;
  readonly destinations: {
    readonly year: number;
    readonly source: string;
    readonly sourceEdition: string | null;
    readonly countries: readonly { readonly country: string; readonly count: number | null }[];
  };
}

/** A country's figures as one edition prints them: plain JSON. */
export interface EditionFigures {
  readonly lang: string;
  readonly name: string;
  /** The edition date as printed ("novembre 2025"). */
  readonly edition: string;
  /** Each figure as printed (the tile's text). */
  readonly figures: Readonly<Record<FigureId, string>>;
  /** Each figure's source: its name and address in this language. */
  readonly sources: Readonly<Record<string, { readonly name: string; readonly url: string }>>;
  readonly destinations: readonly { readonly country: string; readonly name: string; readonly text: string }[];
}

/** The figures of a profile, from its data. */
export function countryFigures(profile: CountryProfile): CountryFigures {
  type Raw = { value?: number | null; source: string; year: number; edition?: string | undefined };
  const raw = (figure: Raw, value = figure.value ?? null): RawFigure => ({
    value,
    year: figure.year,
    source: figure.source,
    sourceEdition: figure.edition ?? null,
  });
  const { remittances, gdp, emigration } = profile;
  const top = emigration.topDestinations as Raw & { countries: { country: string; count: number | null }[] };
  return {
    country: profile.country,
    edition: profile.credits.updated ?? profile.credits.firstPublished,
    figures: {
      'remittances.shareOfGdp': raw(remittances.shareOfGdp as Raw),
      'remittances.usdMillions': raw(remittances.usdMillions as Raw),
      'gdp.usdMillions': raw(gdp.usdMillions as Raw),
      'emigration.total': raw(emigration.total as Raw),
      'emigration.shareOfPopulation': raw(emigration.shareOfPopulation as Raw),
      'emigration.inEu': raw(emigration.inEu as Raw),
      'emigration.genderAll.male': raw(emigration.genderAll as Raw, emigration.genderAll.male),
      'emigration.genderAll.female': raw(emigration.genderAll as Raw, emigration.genderAll.female),
      'emigration.genderEu.male': raw(emigration.genderEu as Raw, emigration.genderEu.male),
      'emigration.genderEu.female': raw(emigration.genderEu as Raw, emigration.genderEu.female),
    },
    destinations: {
      year: top.year,
      source: top.source,
      sourceEdition: top.edition ?? null,
      countries: top.countries.map(({ country, count }) => ({ country, count })),
    },
  };
}

/** The figures as an edition prints them: the very strings of its tiles and charts. */
export function editionFigures(edition: Edition): EditionFigures {
  const { remittances, gdp, emigration } = edition;
  const views: Record<FigureId, FigureView> = {
    'remittances.shareOfGdp': remittances.shareOfGdp,
    'remittances.usdMillions': remittances.usdMillions,
    'gdp.usdMillions': gdp.usdMillions,
    'emigration.total': emigration.total,
    'emigration.shareOfPopulation': emigration.shareOfPopulation,
    'emigration.inEu': emigration.inEu,
    'emigration.genderAll.male': emigration.genderAll.male,
    'emigration.genderAll.female': emigration.genderAll.female,
    'emigration.genderEu.male': emigration.genderEu.male,
    'emigration.genderEu.female': emigration.genderEu.female,
  };
  const sources: Record<string, { name: string; url: string }> = {};
  for (const view of [...Object.values(views), emigration.topDestinations])
    sources[view.source.id] = { name: view.source.name, url: view.source.url };
  return {
    lang: edition.lang,
    name: edition.country.name,
    edition: edition.credits.updated ?? edition.credits.firstPublished,
    figures: Object.fromEntries(Object.entries(views).map(([id, view]) => [id, view.text])) as Record<FigureId, string>,
    sources,
    destinations: emigration.topDestinations.rows.map((row) => ({
      country: row.code,
      name: row.name,
      text: row.text,
    })),
  };
}
