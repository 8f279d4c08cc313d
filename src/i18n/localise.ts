import type { Block } from '../model/parseProse.js';
import type { CountryProfile, Prose, Text } from '../model/schema.js';
import { createCountryNamer } from './countryName.js';
import type { Formatters } from './createFormatters.js';
import type { Translator } from './createTranslator.js';
import type { Edition, FigureView, GenderView, SourceView, YesNoView } from './edition.js';
import { plainInlines, toBlocks, toInlines } from './toRich.js';

/** What localising needs: the labels and the number formats of the language. */
export interface LocaleTools {
  readonly translator: Translator;
  readonly formatters: Formatters;
}

type Figure = { readonly value: number | null; readonly source: string; readonly year: number };
type Kind = 'count' | 'amount' | 'percent';

/** Resolves a profile for one language: texts, typography, country names, formatted figures. */
export function localise(profile: CountryProfile, tools: LocaleTools): Edition {
  const { translator, formatters } = tools;
  const lang = translator.lang;
  const nameCountry = createCountryNamer(translator);
  const prose = (text: Prose): string => text[lang]!;
  const blocks = (text: Prose | undefined): Block[] => (text ? toBlocks(prose(text), lang) : []);
  const name = (text: Text) => (typeof text === 'string' ? plainInlines(text, lang) : toInlines(prose(text), lang));
  const source = (id: string, year: number): SourceView => ({
    id,
    name: translator.t(`sources:${id}.name`),
    title: translator.t(`sources:${id}.title`),
    url: translator.t(`sources:${id}.url`),
    year: formatters.year(year),
  });
  const notAvailable = translator.t('figures.notAvailable');
  const format = (value: number | null, kind: Kind): string => {
    if (value === null) return notAvailable;
    return kind === 'percent'
      ? formatters.percent(value)
      : kind === 'count'
        ? formatters.count(value)
        : formatters.amount(value, 0);
  };
  const figure = (fig: Figure, kind: Kind): FigureView => ({
    value: fig.value,
    available: fig.value !== null,
    text: format(fig.value, kind),
    source: source(fig.source, fig.year),
  });
  const gender = (split: CountryProfile['emigration']['genderAll']): GenderView => {
    const src = source(split.source, split.year);
    const share = (value: number | null): FigureView => ({
      value,
      available: value !== null,
      text: format(value, 'percent'),
      source: src,
    });
    return { male: share(split.male), female: share(split.female), source: src };
  };
  const yesNo = (fact: CountryProfile['politicalRights']['dualCitizenship']): YesNoView => ({
    value: fact.value,
    mark: fact.value === null ? 'unknown' : fact.value ? 'yes' : 'no',
    footnotes: fact.footnotes ?? [],
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
      votingMethods: profile.politicalRights.votingMethods.map((method) => translator.t(`votingMethods.${method}`)),
    },
    remittances: {
      shareOfGdp: figure(profile.remittances.shareOfGdp, 'percent'),
      usdMillions: figure(profile.remittances.usdMillions, 'amount'),
    },
    gdp: { usdMillions: figure(profile.gdp.usdMillions, 'amount') },
    emigration: {
      total: figure(emigration.total, 'count'),
      shareOfPopulation: figure(emigration.shareOfPopulation, 'percent'),
      inEu: figure(emigration.inEu, 'count'),
      genderAll: gender(emigration.genderAll),
      genderEu: gender(emigration.genderEu),
      topDestinations: {
        rows: destinations.countries.map((row) => ({
          code: row.country,
          name: nameCountry(row.country),
          count: row.count,
          text: format(row.count, 'count'),
        })),
        source: source(destinations.source, destinations.year),
      },
    },
    policyFramework: profile.policyFramework.map((entry) => ({
      year: formatters.year(entry.year),
      title: toInlines(prose(entry.title), lang),
      text: toInlines(prose(entry.text), lang),
    })),
    trends: profile.trends.flatMap((paragraph) => blocks(paragraph)),
    obstacles: profile.obstacles.map((obstacle) => ({
      title: toInlines(prose(obstacle.title), lang),
      text: blocks(obstacle.text),
    })),
    practices: profile.practices.map((practice) => ({
      title: toInlines(prose(practice.title), lang),
      year: practice.year === undefined ? null : formatters.year(practice.year),
      tags: practice.tags.map((id) => ({ id, label: translator.t(`tags.${id}`) })),
      text: blocks(practice.text),
    })),
    actors: {
      regional: actors.regional.map((actor) => ({ name: name(actor.name), text: blocks(actor.text) })),
      ministerial: actors.ministerial.map((actor) => ({ name: name(actor.name), text: blocks(actor.text) })),
      subMinisterial: actors.subMinisterial.map((actor) => ({ name: name(actor.name), text: blocks(actor.text) })),
      diasporaOrganisations: actors.diasporaOrganisations.map((organisation) => ({
        name: name(organisation.name),
        country: organisation.country ? nameCountry(organisation.country) : null,
        activities: blocks(organisation.activities),
      })),
    },
    credits: {
      writtenBy: credits.writtenBy,
      editedBy: credits.editedBy,
      firstPublished: formatters.month(credits.firstPublished),
      updated: formatters.month(credits.updated),
      updatedMonth: credits.updated,
      implementedBy: credits.implementedBy,
      fundedBy: credits.fundedBy,
    },
    footnotes: Object.fromEntries(
      Object.entries(profile.footnotes).map(([id, note]) => [id, { text: blocks(note.text), url: note.url ?? null }]),
    ),
  };
}
