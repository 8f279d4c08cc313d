import type { Inline, ProseIndex } from '../model/parseProse.js';
import type { CountryProfile, Prose, Text } from '../model/schema.js';
import type { Formatters } from './createFormatters.js';
import type { Translator } from './createTranslator.js';
import type { Annotated, EstimateView, FigureView, GenderView, SourceView } from './edition.js';
import { toInlines } from './toRich.js';
import { applyTypography } from './typography.js';

type Kind = 'count' | 'amount' | 'percent';

/** A figure as the data gives it, with what may come with it. */
interface Figure {
  readonly value: number | null;
  readonly source: string;
  readonly year: number;
  readonly decimals?: number | undefined;
  readonly unavailable?: boolean | undefined;
  readonly note?: Prose | undefined;
  readonly footnotes?: readonly string[] | undefined;
}

/** Localises the figures of one profile: formatted values, their sources, notes and footnotes. */
export interface FigureLocaliser {
  source(id: string, year: number): SourceView;
  figure(figure: Figure, kind: Kind): FigureView;
  gender(split: CountryProfile['emigration']['genderAll']): GenderView;
  estimate(estimate: NonNullable<CountryProfile['emigration']['nationalEstimate']>): EstimateView;
  annotated(item: { readonly note?: Prose | undefined; readonly footnotes?: readonly string[] | undefined }): Annotated;
  /** A count or an amount or a percentage as printed ("n.d." when null). */
  format(value: number | null, kind: Kind, decimals?: number): string;
}

/**
 * The figure localiser of a profile in the translator's language. Sources come from the
 * profile's own `sources:` first, then from `locales/<lang>/sources.json`.
 */
export function createFigureLocaliser(
  profile: CountryProfile,
  translator: Translator,
  formatters: Formatters,
  parsed?: ProseIndex,
): FigureLocaliser {
  const lang = translator.lang;
  const declared = profile.sources ?? {};
  const plain = (text: Text) => applyTypography(typeof text === 'string' ? text : text[lang]!, lang);
  const notAvailable = translator.t('figures.notAvailable');
  const inlines = (text: Prose | undefined): Inline[] | null => (text ? toInlines(text[lang]!, lang, parsed) : null);

  const source = (id: string, year: number): SourceView => {
    const own = declared[id];
    if (own) {
      return {
        id,
        name: plain(own.name),
        title: plain(own.title ?? own.name),
        url: own.url,
        year: formatters.year(year),
        published: own.year === undefined ? null : formatters.year(own.year),
      };
    }
    return {
      id,
      name: translator.t(`sources:${id}.name`),
      title: translator.t(`sources:${id}.title`),
      url: translator.t(`sources:${id}.url`),
      year: formatters.year(year),
      published: null,
    };
  };
  const format = (value: number | null, kind: Kind, decimals?: number): string => {
    if (value === null) return notAvailable;
    if (kind === 'percent') return formatters.percent(value, decimals);
    if (kind === 'count') return formatters.count(value);
    return decimals === undefined ? formatters.amount(value, 0) : formatters.fixed(value, decimals);
  };
  const annotated: FigureLocaliser['annotated'] = (item) => ({
    note: inlines(item.note),
    footnotes: item.footnotes ?? [],
  });
  const figure = (fig: Figure, kind: Kind): FigureView => ({
    value: fig.value,
    available: fig.value !== null,
    unavailable: fig.unavailable === true,
    text: format(fig.value, kind, fig.decimals),
    source: source(fig.source, fig.year),
    ...annotated(fig),
  });
  const gender = (split: CountryProfile['emigration']['genderAll']): GenderView => {
    const share = (value: number | null) =>
      figure({ value, source: split.source, year: split.year, decimals: split.decimals }, 'percent');
    return {
      male: share(split.male),
      female: share(split.female),
      source: source(split.source, split.year),
      ...annotated(split),
    };
  };
  const estimate: FigureLocaliser['estimate'] = (data) => ({
    text: data.value !== undefined ? formatters.estimate(data.value) : formatters.estimate(data.low ?? 0, data.high),
    source: source(data.source, data.year),
    ...annotated(data),
  });
  return { source, figure, gender, estimate, annotated, format };
}
