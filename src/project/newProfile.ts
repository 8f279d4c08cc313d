import { DRAFT_MARK } from '../model/checkDrafts.js';

/** What a new profile starts from. */
export interface NewProfile {
  /** ISO 3166 alpha-3, capitals. */
  readonly country: string;
  /** The languages of the series (the folders of locales/). */
  readonly languages: readonly string[];
  /** The country's name in each language, from locales/<lang>/countries.json (for the header comment). */
  readonly names: Readonly<Record<string, string>>;
  /** The month of the first edition, YYYY-MM. */
  readonly month: string;
  /** The credits the series file (series.yaml) gives every profile: not repeated in the new file. */
  readonly fromSeries?: readonly string[];
}

/**
 * The data file of a new country: every field the schema needs, every figure unknown
 * (`value: null`: the importers fill them), every text in every language marked as to be
 * written (TODO), written as block scalars so that `#` and ` : ` are safe to type. It loads
 * as a valid draft: `profiles validate` lists what is left to write.
 */
export function newProfileText({ country, languages, names, month, fromSeries = [] }: NewProfile): string {
  const credit = (key: string, line: string) => (fromSeries.includes(key) ? '' : `  ${line}\n`);
  const year = Number(month.slice(0, 4)) - 1;
  const todo = (what: string, indent: number) =>
    languages
      .map((lang) => `${' '.repeat(indent)}${lang}: >-\n${' '.repeat(indent + 2)}${DRAFT_MARK}: ${what}`)
      .join('\n');
  const figure = (source: string) => `{ value: null, source: ${source}, year: ${year} }`;
  const nameLines = languages.map((lang) => `${lang}: ${names[lang] ?? country}`).join(', ');
  return `# yaml-language-server: $schema=./profile.schema.json
#
# ${country} (${nameLines}) – "Diaspora engagement mapping" country profile: a DRAFT made by
# "profiles new". Every text starting with ${DRAFT_MARK} is still to be written, in every language;
# "profiles validate" lists them with their lines. Figures are null until imported
# ("profiles import undesa …", "profiles import worldbank …") or typed in.

country: ${country}

terminology:
${todo('how the country names its diaspora', 2)}

politicalRights:
  dualCitizenship: { value: null }
  voteFromAbroad: { value: null }
  votingMethods: []

remittances:
  shareOfGdp: ${figure('world-bank')}
  usdMillions: ${figure('world-bank')}

gdp:
  usdMillions: ${figure('world-bank')}

emigration:
  total: ${figure('undesa-ims')}
  shareOfPopulation: ${figure('undesa-ims')}
  inEu: ${figure('undesa-ims')}
  genderAll: { male: null, female: null, source: undesa-ims, year: ${year} }
  genderEu: { male: null, female: null, source: undesa-ims, year: ${year} }
  topDestinations:
    source: undesa-ims
    year: ${year}
    countries: []

policyFramework:
  - year: ${year}
    title:
${todo('the title of a policy, law or strategy', 6)}
    text:
${todo('what it does for the diaspora', 6)}

trends:
${languages.length > 0 ? `  - ${todo('a trend or an achievement', 4).trimStart()}` : '  []'}

obstacles:
  - title:
${todo('the obstacle, in a few words', 6)}
    text:
${todo('what stands in the way', 6)}

practices:
  - title:
${todo('a practice worth knowing', 6)}
    tags: []
    text:
${todo('what it is and what it achieved', 6)}

actors:
  regional: []
  ministerial:
    - name:
${todo('a ministry', 8)}
      text:
${todo('what it does for the diaspora', 8)}
  subMinisterial: []
  diasporaOrganisations: []

credits:
${credit('writtenBy', `writtenBy: ${DRAFT_MARK}`)}${credit('editedBy', 'editedBy: EUDiF')}  firstPublished: "${month}"
${credit('implementedBy', 'implementedBy: { name: ICMPD, fullName: International Centre for Migration Policy Development }')}${credit('fundedBy', 'fundedBy: eu')}
footnotes: {}
`;
}
