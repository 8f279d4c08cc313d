/**
 * Gives a synthetic country some of the fields Mali does not use (issue 14), so the benchmark
 * builds them too: field k goes to the countries whose index has the parity of k, so any two
 * consecutive countries use every field between them, and each country about half of them.
 */

// The data as YAML gives it, edited by path; the loader validates it afterwards.
// biome-ignore lint/suspicious/noExplicitAny: see above.
type Profile = Record<string, any>;

const text = (fr: string, en: string) => ({ fr, en });

/** Each field, as an edit of a copy of Mali's data. */
const FIELDS: readonly ((profile: Profile) => void)[] = [
  (p) => {
    p.politicalRights.dualCitizenship.value = 'partial';
    p.politicalRights.dualCitizenship.note = text('tolérée dans les faits', 'tolerated in practice');
  },
  (p) => {
    p.politicalRights.reservedSeats = [
      { seats: 15, of: 165, chamber: text('Assemblée nationale', 'National Assembly') },
      { seats: 2, of: 55, chamber: text('Sénat', 'Senate') },
    ];
  },
  (p) => {
    p.politicalRights.votingMethods.push(text('dans les mairies', 'in town halls'));
  },
  (p) => {
    p.emigration.inEu.note = text('borne inférieure', 'lower bound');
    p.emigration.inEu.footnotes = ['world-bank-2019'];
    p.emigration.topDestinations.note = text('selon le pays de naissance', 'by country of birth');
  },
  (p) => {
    p.emigration.nationalEstimate = {
      low: Math.round(p.emigration.total.value * 1.5),
      high: Math.round(p.emigration.total.value * 2),
      source: 'national-survey',
      year: 2023,
    };
    p.sources = {
      'national-survey': {
        name: text('Enquête nationale', 'National survey'),
        url: 'https://example.org/survey',
        year: 2023,
      },
    };
  },
  (p) => {
    // Copies: the resampled lists may hold the same entry twice.
    p.policyFramework = p.policyFramework.map((entry: Profile) => ({ ...entry }));
    const [first, second, third] = p.policyFramework;
    if (first) replaceDate(first, { month: `${first.year}-03` });
    if (second) replaceDate(second, { from: second.year, to: second.year + 6 });
    if (third) third.revised = [third.year + 2];
  },
  (p) => {
    p.practices = p.practices.map((practice: Profile) => ({ ...practice }));
    const [first, second] = p.practices;
    if (first) first.tags = [...first.tags, text('Réseautage', 'Networking')];
    if (second) {
      second.tags = [];
      replaceDate(second, { from: 2015 });
    }
  },
  (p) => {
    p.actors.local = [
      { name: text('Mairie de la capitale', 'Capital city hall'), text: text('Un guichet.', 'A desk.') },
    ];
  },
  (p) => {
    const [first] = p.actors.diasporaOrganisations;
    if (first) p.actors.diasporaOrganisations[0] = { ...first, country: ['FRA', 'BEL'] };
  },
  (p) => {
    // A first edition: published in the month Mali was updated, never updated since.
    p.credits.firstPublished = p.credits.updated;
    delete p.credits.updated;
  },
  (p) => {
    p.emigration.shareOfPopulation.decimals = 2;
    p.remittances.shareOfGdp.decimals = 1;
  },
  (p) => {
    p.remittances.usdMillions.value = null;
    p.remittances.usdMillions.unavailable = true;
  },
];

/** Adds to `profile`, the synthetic country number `index`, every other field of the list. */
export function addModelFields(profile: Profile, index: number): void {
  FIELDS.forEach((add, k) => {
    if ((index + k) % 2 === 0) add(profile);
  });
}

/** How many fields addModelFields knows (for its test). */
export const MODEL_FIELD_COUNT = FIELDS.length;

function replaceDate(entry: Profile, date: Profile): void {
  delete entry.year;
  Object.assign(entry, date);
}
