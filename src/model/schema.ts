import { z } from 'zod';
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

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FOOTNOTE_ID = /^[a-z0-9][a-z0-9-]*$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]*$/;

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

/** The id of a source of figures, defined in `locales/<lang>/sources.json` (e.g. undesa-ims, world-bank). */
const SourceId = z.string().regex(SOURCE_ID, { error: 'id' }).describe('Source id from locales/<lang>/sources.json');

/** The id of a footnote defined under `footnotes:`. */
const FootnoteId = z.string().regex(FOOTNOTE_ID, { error: 'id' }).describe('Footnote id: lower case, digits, dashes');

/** Where a figure comes from: every figure carries its source and year. */
const provenance = {
  source: SourceId,
  year: Year,
  edition: z.string().min(1).optional().describe('Edition of the dataset, e.g. "IMS 2024"'),
  imported: z.string().regex(DATE, { error: 'date' }).optional().describe('Date the figure was imported: YYYY-MM-DD'),
};

/** A count of people or money (whole number ≥ 0); `null` when unknown, printed "n/a". */
const CountFigure = z
  .strictObject({ value: z.int().min(0, { error: 'count' }).nullable(), ...provenance })
  .describe('A whole-number figure with its source; value null when not available');

/** An amount (≥ 0, decimals allowed); `null` when unknown. */
const AmountFigure = z
  .strictObject({ value: z.number().min(0, { error: 'amount' }).nullable(), ...provenance })
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

/** A yes/no fact with optional footnotes (printed as a check or a cross). */
const YesNo = z.strictObject({
  value: z.boolean({ error: 'boolean' }).nullable(),
  footnotes: z.array(FootnoteId).optional(),
});

/**
 * Builds the schema for a series published in `languages` (from `locales/`).
 * `Prose` is a text in every language; `Text` is either a prose object or a single
 * string for names that are the same in every language (AFFORD, ASMNM…).
 */
export function buildProfileSchema(languages: readonly string[]) {
  const Prose = z
    .strictObject(Object.fromEntries(languages.map((lang) => [lang, z.string().trim().min(1, { error: 'empty' })])))
    .describe(
      `Text in every language: ${languages.join(', ')}. Inline **bold**, *italic*, [link](https://…), [^footnote-id].`,
    );
  const Text = z
    .union([z.string().trim().min(1, { error: 'empty' }), Prose])
    .describe('A name: one string, or one per language');

  const Actor = z.strictObject({ name: Text, text: Prose.optional() });

  return z
    .strictObject({
      $schema: z.string().optional(),
      country: CountryCode,
      terminology: Prose.optional(),
      politicalRights: z.strictObject({
        dualCitizenship: YesNo,
        voteFromAbroad: YesNo,
        votingMethods: z.array(z.enum(VOTING_METHODS, { error: 'enum' })),
      }),
      remittances: z.strictObject({ shareOfGdp: PercentFigure, usdMillions: AmountFigure }),
      gdp: z.strictObject({ usdMillions: AmountFigure }),
      emigration: z.strictObject({
        total: CountFigure,
        shareOfPopulation: PercentFigure,
        inEu: CountFigure,
        genderAll: GenderSplit,
        genderEu: GenderSplit,
        topDestinations: z.strictObject({
          ...provenance,
          countries: z.array(
            z.strictObject({ country: CountryCode, count: z.int().min(0, { error: 'count' }).nullable() }),
          ),
        }),
      }),
      policyFramework: z.array(z.strictObject({ year: Year, title: Prose, text: Prose })),
      trends: z.array(Prose),
      obstacles: z.array(z.strictObject({ title: Prose, text: Prose })),
      practices: z.array(
        z.strictObject({
          title: Prose,
          year: Year.optional(),
          tags: z.array(z.enum(PRACTICE_TAGS, { error: 'enum' })).min(1, { error: 'tags' }),
          text: Prose,
        }),
      ),
      actors: z.strictObject({
        regional: z.array(Actor),
        ministerial: z.array(Actor),
        subMinisterial: z.array(Actor),
        diasporaOrganisations: z.array(
          z.strictObject({ name: Text, country: CountryCode.optional(), activities: Prose }),
        ),
      }),
      credits: z.strictObject({
        writtenBy: z.string().min(1),
        editedBy: z.string().min(1),
        firstPublished: Month,
        updated: Month,
        implementedBy: z.strictObject({ name: z.string().min(1), fullName: z.string().min(1) }),
        fundedBy: z.enum(FUNDERS, { error: 'enum' }),
      }),
      footnotes: z.record(FootnoteId, z.strictObject({ text: Prose, url: Url.optional() })),
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
