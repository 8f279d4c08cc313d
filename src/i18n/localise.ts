import type { Block } from '../model/parseProse.js';
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
export function localise(profile: CountryProfile, tools: LocaleTools): Edition {
  const { translator, formatters } = tools;
  const lang = translator.lang;
  const nameCountry = createCountryNamer(translator);
  const figures = createFigureLocaliser(profile, translator, formatters);
  const prose = (text: Prose): string => text[lang]!;
  const blocks = (text: Prose | undefined): Block[] => (text ? toBlocks(prose(text), lang) : []);
  const name = (text: Text) => (typeof text === 'string' ? plainInlines(text, lang) : toInlines(prose(text), lang));
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
        title: toInlines(prose(entry.title), lang),
        text: toInlines(prose(entry.text), lang),
      };
    }),
    trends: profile.trends.flatMap((paragraph) => blocks(paragraph)),
    obstacles: profile.obstacles.map((obstacle) => ({
      title: toInlines(prose(obstacle.title), lang),
      text: blocks(obstacle.text),
    })),
    practices: profile.practices.map((practice) => {
      const when = formatWhen(practice, formatters, translator);
      return {
        title: toInlines(prose(practice.title), lang),
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
        const countries = codes.map(nameCountry);
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
    },
    footnotes: Object.fromEntries(
      Object.entries(profile.footnotes).map(([id, note]) => [id, { text: blocks(note.text), url: note.url ?? null }]),
    ),
  };
}
