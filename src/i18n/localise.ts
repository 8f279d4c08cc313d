import type { Block, Inline, ProseIndex } from '../model/parseProse.js';
import type { CountryProfile, Prose, Text } from '../model/schema.js';
import { createCountryNamer } from './countryName.js';
import { createFigureLocaliser } from './createFigureLocaliser.js';
import type { Formatters } from './createFormatters.js';
import type { Translator } from './createTranslator.js';
import type { ActorView, Edition, SeatsView, YesNoView } from './edition.js';
import { formatWhen } from './formatWhen.js';
import { plainInlines, toBlocks, toInlines } from './toRich.js';
import { applyTypography } from './typography.js';

/** What localising needs: the labels and the number formats of the language. */
export interface LocaleTools {
  readonly translator: Translator;
  readonly formatters: Formatters;
}

type Rights = CountryProfile['politicalRights'];

/** Resolves a profile for one language: texts, typography, country names, formatted figures. */
export function localise(profile: CountryProfile, tools: LocaleTools, parsed?: ProseIndex): Edition {
  const { translator, formatters } = tools;
  const lang = translator.lang;
  const nameCountry = createCountryNamer(translator);
  const figures = createFigureLocaliser(profile, translator, formatters, parsed);
  const prose = (text: Prose): string => text[lang]!;
  const blocks = (text: Prose | undefined): Block[] => (text ? toBlocks(prose(text), lang, parsed) : []);
  const name = (text: Text) =>
    typeof text === 'string' ? plainInlines(text, lang) : toInlines(prose(text), lang, parsed);
  /** A word of an open vocabulary: its label in locales, or the profile's own text. */
  const word = (entry: string | Prose, labels: string) =>
    typeof entry === 'string' ? translator.t(`${labels}.${entry}`) : applyTypography(prose(entry), lang);
  const actor = (item: { name: Text; text?: Prose | undefined }): ActorView => ({
    name: name(item.name),
    text: blocks(item.text),
  });
  const yesNo = (fact: Rights['dualCitizenship']): YesNoView => {
    const status = fact.value === null ? 'unknown' : fact.value === 'partial' ? 'partial' : fact.value ? 'yes' : 'no';
    return {
      value: fact.value,
      status,
      mark: status === 'partial' ? 'unknown' : status,
      ...figures.annotated(fact),
    };
  };
  const seats = (chamber: NonNullable<Rights['reservedSeats']>[number]): SeatsView => ({
    seats: formatters.count(chamber.seats),
    of: formatters.count(chamber.of),
    chamber: chamber.chamber === undefined ? null : name(chamber.chamber),
    footnotes: chamber.footnotes ?? [],
  });
  const { emigration, actors, credits } = profile;
  const destinations = emigration.topDestinations;

  return {
    lang,
    country: { code: profile.country, name: nameCountry(profile.country) },
    terminology: profile.terminology ? blocks(profile.terminology) : null,
    politicalRights: {
      dualCitizenship: yesNo(profile.politicalRights.dualCitizenship),
      voteFromAbroad: yesNo(profile.politicalRights.voteFromAbroad),
      votingMethods: profile.politicalRights.votingMethods.map((method) => word(method, 'votingMethods')),
      reservedSeats: (profile.politicalRights.reservedSeats ?? []).map(seats),
    },
    remittances: {
      shareOfGdp: figures.figure(profile.remittances.shareOfGdp, 'percent'),
      usdMillions: figures.figure(profile.remittances.usdMillions, 'amount'),
    },
    gdp: { usdMillions: figures.figure(profile.gdp.usdMillions, 'amount') },
    emigration: {
      total: figures.figure(emigration.total, 'count'),
      shareOfPopulation: figures.figure(emigration.shareOfPopulation, 'percent'),
      inEu: figures.figure(emigration.inEu, 'count'),
      genderAll: figures.gender(emigration.genderAll),
      genderEu: figures.gender(emigration.genderEu),
      topDestinations: {
        rows: destinations.countries.map((row) => ({
          code: row.country,
          name: nameCountry(row.country),
          count: row.count,
          text: figures.format(row.count, 'count'),
        })),
        source: figures.source(destinations.source, destinations.year),
        ...figures.annotated(destinations),
      },
      nationalEstimate: emigration.nationalEstimate ? figures.estimate(emigration.nationalEstimate) : null,
    },
    policyFramework: profile.policyFramework.map((entry) => {
      const when = formatWhen(entry, formatters, translator);
      return {
        // The schema requires a date on every entry.
        year: when.text ?? '',
        revised: when.revised,
        title: toInlines(prose(entry.title), lang, parsed),
        text: toInlines(prose(entry.text), lang, parsed),
      };
    }),
    trends: profile.trends.flatMap((paragraph) => blocks(paragraph)),
    obstacles: profile.obstacles.map((obstacle) => ({
      title: toInlines(prose(obstacle.title), lang, parsed),
      text: blocks(obstacle.text),
    })),
    practices: profile.practices.map((practice) => {
      const when = formatWhen(practice, formatters, translator);
      return {
        title: toInlines(prose(practice.title), lang, parsed),
        year: when.text,
        revised: when.revised,
        tags: practice.tags.map((tag) => ({
          id: typeof tag === 'string' ? tag : null,
          label: word(tag, 'tags'),
        })),
        text: blocks(practice.text),
      };
    }),
    actors: {
      regional: actors.regional.map(actor),
      ministerial: actors.ministerial.map(actor),
      subMinisterial: actors.subMinisterial.map(actor),
      local: (actors.local ?? []).map(actor),
      diasporaOrganisations: actors.diasporaOrganisations.map((organisation) => {
        const codes = organisation.country === undefined ? [] : [organisation.country].flat();
        // A country the name already says ("… en France") is not said again.
        const countries = shownCountries(codes.map(nameCountry), name(organisation.name));
        return {
          name: name(organisation.name),
          country: countries.length > 0 ? formatters.list(countries) : null,
          countries,
          activities: blocks(organisation.activities),
        };
      }),
    },
    credits: {
      writtenBy: credits.writtenBy,
      editedBy: credits.editedBy,
      firstPublished: formatters.month(credits.firstPublished),
      updated: credits.updated === undefined ? null : formatters.month(credits.updated),
      updatedMonth: credits.updated ?? credits.firstPublished,
      implementedBy: credits.implementedBy,
      fundedBy: credits.fundedBy,
      translation: translationNote(credits, lang, translator),
    },
    footnotes: Object.fromEntries(
      Object.entries(profile.footnotes).map(([id, note]) => [id, { text: blocks(note.text), url: note.url ?? null }]),
    ),
  };
}

/** Whether an edition is a translation, and of what (so it never attributes text nobody approved). */
function translationNote(credits: CountryProfile['credits'], lang: string, translator: Translator): string | null {
  if (credits.original === undefined || credits.original === lang) return null;
  const note = translator.t(`credits.translatedFrom.${credits.original}`);
  return credits.translatedBy === undefined
    ? note
    : `${note} ${translator.t('credits.translatedBy', { translator: credits.translatedBy })}`;
}

/** The countries of an organisation, except those its name already says ("… en France"). */
function shownCountries(countries: readonly string[], name: readonly Inline[]): string[] {
  const text = name
    .map((inline) => (inline.type === 'text' ? inline.text : ''))
    .join('')
    .toLocaleLowerCase();
  return countries.filter((country) => !text.includes(country.toLocaleLowerCase()));
}
