import fc from 'fast-check';

/**
 * Random profiles for property-based tests: every field of the schema, texts mixing accents,
 * Greek, Cyrillic, combining marks, emoji and characters that look like markup
 * (<script>, {{…}}, &, quotes, backslashes), figures anywhere in their valid ranges.
 */

const WORDS = [
  'diaspora',
  'Mali',
  'développement',
  'œuvre',
  'Côte',
  'l’été',
  "l'été",
  'Ελλάδα',
  'Москва',
  'Zürich',
  'São',
  'Ærø',
  'e\u0301te\u0301',
  '😀',
  '🌍',
  '<script>alert(1)</script>',
  '{{country.name}}',
  '{{> title}}',
  '&',
  '&amp;',
  '"quoted"',
  '«',
  '»',
  'a\\b',
  'C:\\temp',
  '50 %',
  '10:30',
  'x?',
  'oui !',
  '100 000',
  '3.5',
  '§',
  '—',
  '…',
  'ﬁ',
  '#',
  '$',
  '`code`',
];

/** A text of 1 to `maxWords` words from the tricky pool and plain words. */
export const text = (maxWords = 30): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 2, arbitrary: fc.stringMatching(/^[a-zA-Zéèàçüö]{1,12}$/) },
      ),
      {
        minLength: 1,
        maxLength: maxWords,
      },
    )
    .map((words) => words.join(' '));

const prose = (maxWords?: number) => fc.record({ fr: text(maxWords), en: text(maxWords) });
const year = fc.integer({ min: 1990, max: 2025 });
const count = fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), fc.constant(null));
const percent = fc.oneof(
  fc.double({ min: 0, max: 100, noNaN: true }).map((v) => Math.round(v * 100) / 100),
  fc.constant(null),
);
const amount = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => Math.round(v * 10) / 10),
  fc.constant(null),
);
const countries = ['FRA', 'ITA', 'ESP', 'DEU', 'SEN', 'CIV', 'NGA', 'GRC', 'RUS', 'COD', 'USA', 'CAN', 'BEL'];
const figure = <T>(value: fc.Arbitrary<T>, source: string) => fc.record({ value, source: fc.constant(source), year });

/** A valid country profile (as plain data, ready to write as YAML) for the fictional test country BVT. */
export const validProfile = fc
  .record({
    terminology: prose(),
    dual: fc.oneof(fc.boolean(), fc.constant(null)),
    vote: fc.oneof(fc.boolean(), fc.constant(null)),
    votingMethods: fc.subarray(['embassy', 'postal', 'electronic', 'proxy', 'in-country']),
    remittances: fc.record({ shareOfGdp: figure(percent, 'world-bank'), usdMillions: figure(amount, 'world-bank') }),
    gdp: figure(amount, 'world-bank'),
    emigration: fc.record({
      total: figure(count, 'undesa-ims'),
      shareOfPopulation: figure(percent, 'undesa-ims'),
      inEu: figure(count, 'undesa-ims'),
      genderAll: fc.record({ male: percent, female: percent }),
      genderEu: fc.record({ male: percent, female: percent }),
      destinations: fc
        .uniqueArray(fc.constantFrom(...countries), { maxLength: 5 })
        .chain((codes) =>
          fc.tuple(fc.constant(codes), fc.array(count, { minLength: codes.length, maxLength: codes.length })),
        ),
    }),
    policy: fc.array(fc.record({ year, title: prose(8), text: prose(60) }), { maxLength: 4 }),
    trends: fc.array(prose(80), { maxLength: 3 }),
    obstacles: fc.array(fc.record({ title: prose(5), text: prose(40) }), { maxLength: 3 }),
    practices: fc.array(
      fc.record({
        title: prose(10),
        year: fc.option(year, { nil: undefined }),
        tags: fc.subarray(['investment', 'human-capital', 'skills-transfer', 'entrepreneurship', 'housing'], {
          minLength: 1,
        }),
        text: prose(60),
      }),
      { maxLength: 3 },
    ),
    regional: fc.array(fc.record({ name: prose(6), text: prose(30) }), { maxLength: 2 }),
    organisations: fc.array(
      fc.record({
        name: text(6),
        country: fc.option(fc.constantFrom(...countries), { nil: undefined }),
        activities: prose(30),
      }),
      {
        maxLength: 3,
      },
    ),
    note: prose(20),
  })
  .map((r) => {
    const noteRef = '[^note-1]';
    const profile: Record<string, unknown> = {
      country: 'BVT',
      terminology: r.terminology,
      politicalRights: {
        dualCitizenship: { value: r.dual, footnotes: ['note-1'] },
        voteFromAbroad: { value: r.vote },
        votingMethods: r.votingMethods,
      },
      remittances: r.remittances,
      gdp: { usdMillions: r.gdp },
      emigration: {
        total: r.emigration.total,
        shareOfPopulation: r.emigration.shareOfPopulation,
        inEu: r.emigration.inEu,
        genderAll: { ...r.emigration.genderAll, source: 'undesa-ims', year: 2024 },
        genderEu: { ...r.emigration.genderEu, source: 'undesa-ims', year: 2024 },
        topDestinations: {
          source: 'undesa-ims',
          year: 2024,
          countries: r.emigration.destinations[0].map((country, index) => ({
            country,
            count: r.emigration.destinations[1][index] ?? null,
          })),
        },
      },
      policyFramework: r.policy,
      trends: r.trends,
      obstacles: r.obstacles,
      practices: r.practices.map((p) => (p.year === undefined ? { title: p.title, tags: p.tags, text: p.text } : p)),
      actors: {
        regional: r.regional,
        ministerial: [],
        subMinisterial: [],
        diasporaOrganisations: r.organisations.map((o) =>
          o.country === undefined ? { name: o.name, activities: o.activities } : o,
        ),
      },
      credits: {
        writtenBy: 'Test Team',
        editedBy: 'EUDiF',
        firstPublished: '2024-01',
        updated: '2025-06',
        implementedBy: { name: 'ICMPD', fullName: 'International Centre for Migration Policy Development' },
        fundedBy: 'eu',
      },
      footnotes: { 'note-1': { text: r.note, url: 'https://example.org/note' } },
    };
    void noteRef;
    return profile;
  });

/** Every text of a profile that must be found in its PDF, for one language. */
export function printedTexts(profile: Record<string, unknown>, lang: string): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key === lang || key === 'name') out.push(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'credits') visit(v, k);
  };
  visit(profile);
  return out;
}
