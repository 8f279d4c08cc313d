import { z } from 'zod';
import {
  checkEditionDates,
  checkEstimate,
  checkRight,
  checkSeats,
  checkUnavailable,
  checkWhen,
} from './checkFields.js';
import { isKnownAlpha3 } from './countries.js';

/**
 * The data model of one country profile: the single source of the TypeScript types
 * (`CountryProfile` and friends) and of the JSON Schema written into `data/` for editors.
 *
 * Prose fields hold every language of the series (`{ fr: …, en: … }`); the languages come
 * from `locales/`, so the schema is built for a given list of languages.
 */

/** A vocabulary of practice tags; their labels live in `locales/<lang>/profile.json` under `tags`. */
export const PRACTICE_TAGS = [
  'investment',
  'human-capital',
  'skills-transfer',
  'entrepreneurship',
  'social-development',
  'housing',
  'communication-information',
  'consular-services',
  'employment',
  'migrants-rights',
  'remittances',
  'social-protection',
] as const;

/** How citizens abroad can vote; labels live in `locales/<lang>/profile.json` under `votingMethods`. */
export const VOTING_METHODS = ['embassy', 'postal', 'electronic', 'proxy', 'in-country'] as const;

/** Funders whose emblem and wording the credits block knows how to draw. */
export const FUNDERS = ['eu'] as const;

/** The most destinations the top-destinations chart shows: the page has room for its "top 5". */
export const MAX_TOP_DESTINATIONS = 5;

/**
 * The largest count of people a profile may give (emigrants, a destination, a national estimate):
 * eight digits, four times the largest diaspora (India's, about 18 million). A typo of a few zeros
 * is caught, and every count fits its tile (a ninth digit runs out of the EU tile).
 */
export const MAX_COUNT = 99_999_999;

/** The largest amount in millions of US dollars (remittances, GDP): 100 trillion USD, above the world's GDP. */
export const MAX_USD_MILLIONS = 100_000_000;

/** The most seats a chamber of parliament may have (the largest has about 3,000). */
export const MAX_SEATS = 5_000;

/** The most decimals a figure may ask to print with. */
export const MAX_DECIMALS = 3;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FOOTNOTE_ID = /^[a-z0-9][a-z0-9-]*$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** A finding an editor checked: which one (code and field), why it is right, who checked it and when. */
export const Acknowledgement = z
  .strictObject({
    code: z
      .string()
      .regex(/^(CHECK_[A-Z_]+|FIGURE_MISSING)$/, { error: 'finding-code' })
      .describe('The code of the finding, e.g. CHECK_REMITTANCES_SHARE'),
    field: z.string().min(1).describe('The field it is about, as the warning names it: remittances.shareOfGdp.value'),
    reason: z.string().min(1).describe('Why the figures are right as they are'),
    by: z.string().min(1).describe('Who checked it'),
    date: z.string().regex(DATE, { error: 'date' }).describe('When: YYYY-MM-DD'),
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{12}$/, { error: 'fingerprint' })
      .describe('The fingerprint of the figures the finding covers, as the warning gives it'),
  })
  .describe('A finding checked by an editor');

/** The links a profile may hold: http(s) addresses with a dotted host, or mailto. */
export const LINK_PATTERN = /^(https?:\/\/[^\s/?#]+\.[^\s]+|mailto:[^\s@]+@[^\s@]+)$/;

/** A web address a reader can click: http, https or mailto only. */
export const Url = z
  .string()
  .regex(LINK_PATTERN, { error: 'url' })
  .describe('A web address: https://…, http://… or mailto:…');

/** An ISO 3166-1 alpha-3 country code, upper case (MLI, FRA, CIV). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'iso3-format' })
  .refine(isKnownAlpha3, { error: 'iso3-unknown' })
  .describe('ISO 3166-1 alpha-3 country code in capitals, e.g. MLI');

/** A year of data or publication. */
const Year = z.int().min(1900, { error: 'year' }).max(2100, { error: 'year' }).describe('A year, e.g. 2024');

/** A month, as editors write it: 2025-11. */
const Month = z.string().regex(MONTH, { error: 'month' }).describe('Year and month: YYYY-MM');

/** A year (2018) or a month ("2016-03"): the start or end of a period, a revision. */
const YearOrMonth = z
  .union([Year, z.string().regex(MONTH, { error: 'year-or-month' })], { error: 'year-or-month' })
  .meta({ description: 'A year (2018) or a month ("2016-03")', examples: [2018, '2016-03'] });

/** The id of a source of figures, defined in `locales/<lang>/sources.json` or under `sources:` of the profile. */
const SourceId = z
  .string()
  .regex(SOURCE_ID, { error: 'id' })
  .describe('Source id from locales/<lang>/sources.json (undesa-ims, world-bank) or from sources: of this file');

/** The id of a footnote defined under `footnotes:`. */
const FootnoteId = z.string().regex(FOOTNOTE_ID, { error: 'id' }).describe('Footnote id: lower case, digits, dashes');

/** Footnotes attached to a fact or a figure: their marks print after its label. */
const FootnoteRefs = z
  .array(FootnoteId)
  .meta({ description: 'Ids of notes under footnotes:, marked after the label', examples: [['eu-detail']] });

/** How many decimals a figure prints with (exactly that many): 1 → "5,0 %". */
const Decimals = z
  .int()
  .min(0, { error: 'decimals' })
  .max(MAX_DECIMALS, { error: 'decimals' })
  .meta({
    description: `Decimals printed, 0–${MAX_DECIMALS} (default: up to 2 for percentages, none for amounts)`,
    examples: [1],
  });

/** A known gap: the source does not publish this figure, so n/a is expected (no FIGURE_MISSING warning). */
const Unavailable = z.boolean({ error: 'boolean' }).meta({
  description: 'true when the source does not publish this figure: value is null and no warning is given',
  examples: [true],
});

/** Where a figure comes from: every figure carries its source and year. */
const provenance = {
  source: SourceId,
  year: Year,
  edition: z.string().min(1).optional().describe('Edition of the dataset, e.g. "IMS 2024"'),
  imported: z.string().regex(DATE, { error: 'date' }).optional().describe('Date the figure was imported: YYYY-MM-DD'),
};

/** A count of people (a whole number from 0 to MAX_COUNT); `null` when unknown, printed "n/a". */
const Count = z.int().min(0, { error: 'count' }).max(MAX_COUNT, { error: 'count' });
const CountFigure = z
  .strictObject({ value: Count.nullable(), ...provenance })
  .describe('A whole-number figure with its source; value null when not available');

/** An amount in millions of US dollars (0 to MAX_USD_MILLIONS, decimals allowed); `null` when unknown. */
const AmountFigure = z
  .strictObject({
    value: z.number().min(0, { error: 'amount' }).max(MAX_USD_MILLIONS, { error: 'amount' }).nullable(),
    ...provenance,
  })
  .describe('An amount with its source; value null when not available');

/** A percentage between 0 and 100; `null` when unknown. */
const PercentFigure = z
  .strictObject({
    value: z.number().min(0, { error: 'percent' }).max(100, { error: 'percent' }).nullable(),
    ...provenance,
  })
  .describe('A percentage (0–100) with its source; value null when not available');

const Share = z.number().min(0, { error: 'percent' }).max(100, { error: 'percent' }).nullable();

/** The split of a population by sex, in percent. */
const GenderSplit = z
  .strictObject({ male: Share, female: Share, ...provenance })
  .describe('Share of men and women in percent; null when not available');

/** The answer of a political right: yes, no, neither (partial: see its note), or not known (null). */
const RightValue = z
  .literal([true, false, 'partial'], { error: 'right' })
  .nullable()
  .meta({
    description: 'true, false, "partial" (neither yes nor no: say how in note) or null (not known)',
    examples: [true, 'partial'],
  });

/** A year or month of adoption, or a period (from/to), and later revisions: when a policy or practice applies. */
const when = {
  year: Year.optional(),
  month: Month.optional().meta({ description: 'A month instead of a year: "2016-03"', examples: ['2016-03'] }),
  from: YearOrMonth.optional().meta({
    description: 'Start of a period (with to:, or alone: "since")',
    examples: [2009],
  }),
  to: YearOrMonth.optional().meta({ description: 'End of a period that started at from:', examples: [2025] }),
  revised: z
    .array(YearOrMonth)
    .min(1, { error: 'revised' })
    .optional()
    .meta({ description: 'Years (or months) of later revisions', examples: [[2023]] }),
};

/**
 * Builds the schema for a series published in `languages` (from `locales/`).
 * `Prose` is a text in every language; `Text` is either a prose object or a single
 * string for names that are the same in every language (AFFORD, ASMNM…).
 */
export function buildProfileSchema(languages: readonly string[], drafts: readonly string[] = []) {
  const text = z.string().trim().min(1, { error: 'empty' });
  const Prose = z
    .strictObject(
      // A language in draft may lack its texts: the build in that language lists them, or with
      // --draft fills them from the reference language (typed as present: only that build reads them).
      Object.fromEntries(
        languages.map((lang) => [lang, drafts.includes(lang) ? (text.optional() as unknown as typeof text) : text]),
      ),
    )
    .describe(
      `Text in every language: ${languages.join(', ')}. Inline **bold**, *italic*, [link](https://…), [^footnote-id].`,
    );
  const Text = z
    .union([z.string().trim().min(1, { error: 'empty' }), Prose])
    .describe('A name: one string, or one per language');

  const Actor = z.strictObject({ name: Text, text: Prose.optional() });

  /** A short note printed with a figure or a fact ("lower bound: no detail for Germany"). */
  const Note = Prose.meta({
    description: 'A short note printed with it, in every language',
    examples: [{ fr: "borne inférieure : pas de détail pour l'Allemagne", en: 'lower bound: no detail for Germany' }],
  });
  const noted = { note: Note.optional(), footnotes: FootnoteRefs.optional() };
  const decimals = { decimals: Decimals.optional() };
  /** A figure printed on page 1: it may carry a note and footnotes, and be known to be unavailable. */
  const printed = <S extends z.ZodRawShape>(figure: z.ZodObject<S, z.core.$strict>) =>
    figure
      .extend({ ...noted, unavailable: Unavailable.optional() })
      .superRefine((value, ctx) => checkUnavailable(value as object, ctx));

  /** A political right: yes, no or neither, with a note ("tolerated in practice") and footnotes. */
  const Right = z
    .strictObject({
      value: RightValue,
      note: Prose.optional().meta({
        description: 'How the right applies, printed under it; required when value is partial',
        examples: [{ fr: 'tolérée dans les faits', en: 'tolerated in practice' }],
      }),
      footnotes: FootnoteRefs.optional(),
    })
    .superRefine(checkRight);

  /** A word of an open list (voting methods, practice tags): an id of the vocabulary, or a text of one's own. */
  const openVocabulary = <T extends readonly [string, ...string[]]>(ids: T, error: string, example: Prose) =>
    z.union([z.enum(ids, { error: 'enum' }), Prose], { error }).meta({ examples: [ids[0], example] });

  return z
    .strictObject({
      $schema: z.string().optional(),
      country: CountryCode,
      terminology: Prose.optional(),
      politicalRights: z.strictObject({
        dualCitizenship: Right,
        voteFromAbroad: Right,
        votingMethods: z
          .array(
            openVocabulary(VOTING_METHODS, 'voting-method', { fr: 'dans les mairies', en: 'in town halls' }).describe(
              `How citizens abroad vote: ${VOTING_METHODS.join(', ')}, or a text per language for another place`,
            ),
          )
          .meta({
            description: 'How citizens abroad can vote: ids of the vocabulary, or texts for other ways',
            examples: [['embassy', { fr: 'dans les mairies', en: 'in town halls' }]],
          }),
        reservedSeats: z
          .array(
            z
              .strictObject({
                seats: z
                  .int()
                  .min(1, { error: 'seats' })
                  .max(MAX_SEATS, { error: 'seats' })
                  .describe('Seats reserved for citizens abroad'),
                of: z
                  .int()
                  .min(1, { error: 'seats' })
                  .max(MAX_SEATS, { error: 'seats' })
                  .describe('All the seats of the chamber'),
                chamber: Text.optional().describe('The chamber, when the parliament has several'),
                footnotes: FootnoteRefs.optional(),
              })
              .superRefine(checkSeats),
          )
          .optional()
          .meta({
            description: 'Seats reserved for the diaspora in parliament, per chamber: 15 of 165',
            examples: [[{ seats: 15, of: 165, chamber: { fr: 'Assemblée nationale', en: 'National Assembly' } }]],
          }),
      }),
      remittances: z.strictObject({
        shareOfGdp: printed(PercentFigure.extend(decimals)),
        usdMillions: printed(AmountFigure.extend(decimals)),
      }),
      gdp: z.strictObject({ usdMillions: AmountFigure }),
      emigration: z.strictObject({
        total: printed(CountFigure),
        shareOfPopulation: printed(PercentFigure.extend(decimals)),
        inEu: printed(CountFigure),
        genderAll: GenderSplit.extend({ ...noted, ...decimals }),
        genderEu: GenderSplit.extend({ ...noted, ...decimals }),
        topDestinations: z.strictObject({
          ...provenance,
          ...noted,
          countries: z
            .array(z.strictObject({ country: CountryCode, count: Count.nullable() }))
            .max(MAX_TOP_DESTINATIONS, { error: 'destinations' })
            .describe(`The largest destinations, largest first: at most ${MAX_TOP_DESTINATIONS}`),
        }),
        nationalEstimate: z
          .strictObject({
            value: Count.optional().describe('The estimate, when it is one number'),
            low: Count.optional().describe('The low end of a range (with high)'),
            high: Count.optional().describe('The high end of a range (with low)'),
            ...provenance,
            ...noted,
          })
          .superRefine(checkEstimate)
          .optional()
          .meta({
            description: "The country's own estimate of its diaspora, printed beside UN DESA's count",
            examples: [{ low: 2500000, high: 3000000, source: 'mfa-survey', year: 2022 }],
          }),
      }),
      policyFramework: z.array(
        z.strictObject({ ...when, title: Prose, text: Prose }).superRefine((entry, ctx) => checkWhen(entry, ctx, true)),
      ),
      trends: z.array(Prose),
      obstacles: z.array(z.strictObject({ title: Prose, text: Prose })),
      practices: z.array(
        z
          .strictObject({
            title: Prose,
            ...when,
            tags: z
              .array(
                openVocabulary(PRACTICE_TAGS, 'tag', { fr: 'Réseautage', en: 'Networking' }).describe(
                  `A tag: ${PRACTICE_TAGS.join(', ')}, or a text per language for another (EUDiF's own tags)`,
                ),
              )
              .meta({
                description: 'Tags of the practice; may be empty',
                examples: [['investment', { fr: 'Réseautage', en: 'Networking' }], []],
              }),
            text: Prose,
          })
          .superRefine((practice, ctx) => checkWhen(practice, ctx, false)),
      ),
      actors: z.strictObject({
        regional: z.array(Actor),
        ministerial: z.array(Actor),
        subMinisterial: z.array(Actor),
        local: z
          .array(Actor)
          .optional()
          .meta({
            description: 'Institutions at the local level (municipalities, regions)',
            examples: [[{ name: { fr: 'Mairie de Kayes', en: 'Kayes town hall' }, text: { fr: '…', en: '…' } }]],
          }),
        diasporaOrganisations: z.array(
          z.strictObject({
            name: Text,
            country: z
              .union([CountryCode, z.array(CountryCode).min(1, { error: 'countries' })], { error: 'countries' })
              .optional()
              .meta({
                description: 'Where it is active: a country code, or a list of them',
                examples: ['FRA', ['FRA', 'BEL']],
              }),
            activities: Prose,
          }),
        ),
      }),
      credits: z
        .strictObject({
          writtenBy: z.string().min(1),
          editedBy: z.string().min(1),
          firstPublished: Month,
          updated: Month.optional().meta({
            description: 'Month of the latest update: YYYY-MM (none for a first edition)',
            examples: ['2025-11'],
          }),
          implementedBy: z.strictObject({ name: z.string().min(1), fullName: z.string().min(1) }),
          fundedBy: z.enum(FUNDERS, { error: 'enum' }),
          original: z
            .enum(languages as [string, ...string[]], { error: 'enum' })
            .optional()
            .meta({
              description:
                'The language the profile was written in: the other editions say they are translations of it',
              examples: ['fr'],
            }),
          translatedBy: z
            .string()
            .min(1)
            .optional()
            .meta({
              description: 'Who translated the other editions (printed with the translation note)',
              examples: ['EUDiF'],
            }),
        })
        .superRefine(checkEditionDates),
      sources: z
        .record(
          SourceId,
          z.strictObject({
            name: Text.describe('The name printed after "Source:"'),
            title: Text.optional().describe('Its full title'),
            url: Url,
            year: Year.optional().describe('Year of publication'),
          }),
        )
        .optional()
        .meta({
          description: 'Sources of this profile that are not in locales/<lang>/sources.json',
          examples: [
            {
              'mfa-survey': {
                name: { fr: 'Ministère des Affaires étrangères', en: 'Ministry of Foreign Affairs' },
                url: 'https://example.org/survey',
                year: 2022,
              },
            },
          ],
        }),
      footnotes: z.record(FootnoteId, z.strictObject({ text: Prose, url: Url.optional() })),
      acknowledged: z
        .array(Acknowledgement)
        .optional()
        .meta({
          description:
            'Data-quality findings an editor checked and found right: they no longer fail --strict, are listed in the summary, and come back by themselves when the figures they cover change (fingerprint)',
          examples: [
            [
              {
                code: 'CHECK_REMITTANCES_SHARE',
                field: 'remittances.shareOfGdp.value',
                reason: 'The World Bank publishes this share from another GDP series',
                by: 'A. Editor',
                date: '2026-11-30',
                fingerprint: '3f9a0c2b71de',
              },
            ],
          ],
        }),
    })
    .describe('A Diaspora engagement mapping country profile');
}

/** The zod schema of a profile (for some list of languages). */
export type ProfileSchema = ReturnType<typeof buildProfileSchema>;
/** One country profile as loaded from `data/<iso3>.yaml`: every prose field in every language. */
export type CountryProfile = z.infer<ProfileSchema>;
/** A text in every language, keyed by language code. */
export type Prose = Readonly<Record<string, string>>;
/** A name that is the same in every language, or a text per language. */
export type Text = string | Prose;
/** A practice tag from the fixed vocabulary. */
export type PracticeTag = (typeof PRACTICE_TAGS)[number];
/** A way of voting from abroad. */
export type VotingMethod = (typeof VOTING_METHODS)[number];
/** When a policy or a practice applies: a year or month, a period, and revisions. */
export type When = Pick<CountryProfile['practices'][number], 'year' | 'month' | 'from' | 'to' | 'revised'>;
