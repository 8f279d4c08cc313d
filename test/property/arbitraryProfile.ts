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

/** Omits the keys whose value is undefined (YAML would write them as null). */
const defined = (object: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });

/** What may come with a printed figure: a note, footnotes, decimals; `unavailable` when it has no value. */
const annotated = <T extends { value: number | null }>(base: fc.Arbitrary<T>, decimals: boolean) =>
  fc
    .record({
      base,
      note: maybe(prose(8)),
      footnote: fc.boolean(),
      decimals: decimals ? maybe(fc.integer({ min: 0, max: 3 })) : fc.constant(undefined),
      unavailable: fc.boolean(),
    })
    .map(({ base, note, footnote, decimals, unavailable }) =>
      defined({
        ...base,
        note,
        footnotes: footnote ? ['note-1'] : undefined,
        decimals,
        unavailable: base.value === null && unavailable ? true : undefined,
      }),
    );

/** A right: yes, no, not known, or neither (then with the note saying how). */
const right = fc
  .record({ value: fc.constantFrom(true, false, null, 'partial' as const), note: maybe(prose(6)) })
  .map(({ value, note }) =>
    defined({ value, note: value === 'partial' ? (note ?? { fr: 'tolérée', en: 'tolerated' }) : note }),
  );

/** A date: a year, a month, a period or an open one, with revisions after it; none when `optional`. */
const when = (optional: boolean) =>
  fc
    .record({
      kind: optional
        ? fc.constantFrom('year', 'month', 'period', 'since', 'none')
        : fc.constantFrom('year', 'month', 'period', 'since'),
      start: year,
      month: fc.integer({ min: 1, max: 12 }),
      length: fc.integer({ min: 0, max: 15 }),
      revised: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 2 }),
    })
    .map(({ kind, start, month, length, revised }) => {
      const revisions = revised.length > 0 ? { revised: revised.map((after) => start + after) } : {};
      if (kind === 'none') return {};
      if (kind === 'year') return { year: start, ...revisions };
      if (kind === 'month') return { month: `${start}-${String(month).padStart(2, '0')}`, ...revisions };
      if (kind === 'since') return { from: start, ...revisions };
      return { from: start, to: start + length, ...revisions };
    });

/** A word of an open list: an id of the vocabulary, or a text of the profile's own. */
const openList = (ids: readonly string[], maxLength: number) =>
  fc.array(fc.oneof(fc.constantFrom(...ids), prose(3)), { maxLength });

/** A valid country profile (as plain data, ready to write as YAML) for the fictional test country BVT. */
export const validProfile = fc
  .record({
    terminology: prose(),
    dual: right,
    vote: right,
    votingMethods: openList(['embassy', 'postal', 'electronic', 'proxy', 'in-country'], 3),
    seats: fc.array(
      fc
        .record({
          seats: fc.integer({ min: 1, max: 20 }),
          more: fc.integer({ min: 0, max: 600 }),
          chamber: maybe(prose(3)),
        })
        .map(({ seats, more, chamber }) => defined({ seats, of: seats + more, chamber, footnotes: ['note-1'] })),
      { maxLength: 2 },
    ),
    remittances: fc.record({
      shareOfGdp: annotated(figure(percent, 'world-bank'), true),
      usdMillions: annotated(figure(amount, 'world-bank'), true),
    }),
    gdp: figure(amount, 'world-bank'),
    emigration: fc.record({
      total: annotated(figure(count, 'undesa-ims'), false),
      shareOfPopulation: annotated(figure(percent, 'undesa-ims'), true),
      inEu: annotated(figure(count, 'undesa-ims'), false),
      genderAll: fc.record({
        male: percent,
        female: percent,
        decimals: maybe(fc.integer({ min: 0, max: 3 })),
        note: maybe(prose(4)),
      }),
      genderEu: fc.record({
        male: percent,
        female: percent,
        decimals: maybe(fc.integer({ min: 0, max: 3 })),
        note: maybe(prose(4)),
      }),
      destinationsNote: maybe(prose(6)),
      estimate: maybe(
        fc
          .record({
            low: fc.integer({ min: 0, max: 10_000_000 }),
            spread: fc.integer({ min: 1, max: 5_000_000 }),
            range: fc.boolean(),
            note: maybe(prose(5)),
            sourceName: fc.oneof(text(4), prose(4)),
          })
          .map(({ low, spread, range, note, sourceName }) => ({
            figure: defined({
              ...(range ? { low, high: low + spread } : { value: low }),
              source: 'prop-survey',
              year: 2022,
              note,
              footnotes: ['note-1'],
            }),
            source: { name: sourceName, url: 'https://example.org/survey', year: 2023 },
          })),
      ),
      destinations: fc
        .uniqueArray(fc.constantFrom(...countries), { maxLength: 5 })
        .chain((codes) =>
          fc.tuple(fc.constant(codes), fc.array(count, { minLength: codes.length, maxLength: codes.length })),
        ),
    }),
    policy: fc.array(
      fc
        .record({ when: when(false), title: prose(8), text: prose(60) })
        .map(({ when, ...entry }) => ({ ...when, ...entry })),
      { maxLength: 4 },
    ),
    trends: fc.array(prose(80), { maxLength: 3 }),
    obstacles: fc.array(fc.record({ title: prose(5), text: prose(40) }), { maxLength: 3 }),
    practices: fc.array(
      fc
        .record({
          title: prose(10),
          when: when(true),
          tags: openList(['investment', 'human-capital', 'skills-transfer', 'entrepreneurship', 'housing'], 3),
          text: prose(60),
        })
        .map(({ when, title, tags, text }) => ({ title, ...when, tags, text })),
      { maxLength: 3 },
    ),
    regional: fc.array(fc.record({ name: prose(6), text: prose(30) }), { maxLength: 2 }),
    local: maybe(fc.array(fc.record({ name: prose(6), text: prose(30) }), { maxLength: 2 })),
    organisations: fc.array(
      fc.record({
        name: text(6),
        country: fc.option(
          fc.oneof(
            fc.constantFrom(...countries),
            fc.uniqueArray(fc.constantFrom(...countries), { minLength: 1, maxLength: 3 }),
          ),
          {
            nil: undefined,
          },
        ),
        activities: prose(30),
      }),
      {
        maxLength: 3,
      },
    ),
    updated: fc.boolean(),
    note: prose(20),
  })
  .map((r) => {
    const noteRef = '[^note-1]';
    const profile: Record<string, unknown> = {
      country: 'BVT',
      terminology: r.terminology,
      politicalRights: defined({
        dualCitizenship: { ...r.dual, footnotes: ['note-1'] },
        voteFromAbroad: r.vote,
        votingMethods: r.votingMethods,
        reservedSeats: r.seats.length > 0 ? r.seats : undefined,
      }),
      remittances: r.remittances,
      gdp: { usdMillions: r.gdp },
      emigration: {
        total: r.emigration.total,
        shareOfPopulation: r.emigration.shareOfPopulation,
        inEu: r.emigration.inEu,
        genderAll: defined({ ...r.emigration.genderAll, source: 'undesa-ims', year: 2024 }),
        genderEu: defined({ ...r.emigration.genderEu, source: 'undesa-ims', year: 2024 }),
        topDestinations: defined({
          source: 'undesa-ims',
          year: 2024,
          note: r.emigration.destinationsNote,
          countries: r.emigration.destinations[0].map((country, index) => ({
            country,
            count: r.emigration.destinations[1][index] ?? null,
          })),
        }),
        ...(r.emigration.estimate ? { nationalEstimate: r.emigration.estimate.figure } : {}),
      },
      policyFramework: r.policy,
      trends: r.trends,
      obstacles: r.obstacles,
      practices: r.practices,
      actors: {
        regional: r.regional,
        ministerial: [],
        subMinisterial: [],
        ...(r.local ? { local: r.local } : {}),
        diasporaOrganisations: r.organisations.map((o) => defined(o)),
      },
      credits: defined({
        writtenBy: 'Test Team',
        editedBy: 'EUDiF',
        firstPublished: '2024-01',
        updated: r.updated ? '2025-06' : undefined,
        implementedBy: { name: 'ICMPD', fullName: 'International Centre for Migration Policy Development' },
        fundedBy: 'eu',
      }),
      ...(r.emigration.estimate ? { sources: { 'prop-survey': r.emigration.estimate.source } } : {}),
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
      // A footnote reference prints as its number: the text around it is what must be found.
      if (key === lang || key === 'name')
        out.push(...value.split(/\[\^[^\]\s]+\]/).filter((part) => part.trim() !== ''));
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

/** A text of `min` to `max` words: long blocks (a first practice of 5,000 characters and more). */
const longText = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 4, arbitrary: fc.stringMatching(/^[a-zA-Zéèàçüö]{1,12}$/) },
      ),
      { minLength: min, maxLength: max },
    )
    .map((words) => words.join(' '));

/** Extreme figures within the schema's limits: zero, the largest, long decimals. */
const extremes = fc.record({
  total: fc.constantFrom(0, 1, 99_999_999, 12_345_678),
  inEu: fc.constantFrom(0, 99_999_999, 1_234_567),
  usdMillions: fc.constantFrom(0, 0.1, 99_999_999.9, 100_000_000),
  gdp: fc.constantFrom(0.1, 100_000_000),
  share: fc.constantFrom(0, 0.001, 99.99, 100),
  destination: fc.constantFrom(0, 99_999_999, 98_765_432),
  estimate: fc.constantFrom(0, 99_999_999, 1_000_000),
});

/**
 * A valid profile pushed to the layout's limits: a long block (a practice of up to ~9,000
 * characters), many footnotes (up to 70) referenced side by side in one paragraph ("[^n-1][^n-2]…"),
 * one long footnote, and extreme figures. Every text must still be printed.
 */
export const stressedProfile = fc
  .record({
    base: validProfile,
    notes: fc.array(fc.record({ fr: text(25), en: text(25) }), { minLength: 1, maxLength: 70 }),
    longNote: fc.record({ fr: longText(150, 450), en: longText(150, 450) }),
    long: fc.record({ fr: longText(700, 1400), en: longText(700, 1400) }),
    adjacent: fc.integer({ min: 1, max: 8 }),
    figures: extremes,
  })
  .map(({ base, notes, longNote, long, adjacent, figures }) => {
    // biome-ignore lint/suspicious/noExplicitAny: the generated profile is plain data, edited field by field.
    const profile = structuredClone(base) as Record<string, any>;
    const ids = notes.map((_, index) => `n-${index + 1}`);
    // References in groups of `adjacent`, each group right after a word of the paragraph.
    const cite = (lang: 'fr' | 'en') => {
      const words: string[] = [];
      for (let start = 0; start < ids.length; start += adjacent) {
        const group = ids.slice(start, start + adjacent).map((id) => `[^${id}]`);
        words.push(`${lang === 'fr' ? 'voir' : 'see'}${group.join('')}`);
      }
      return `${words.join(' ')} [^long-note].`;
    };
    profile.trends = [...profile.trends, { fr: cite('fr'), en: cite('en') }];
    profile.practices = [
      { title: { fr: 'Une pratique longue', en: 'A long practice' }, year: 2020, tags: [], text: long },
      ...profile.practices,
    ];
    profile.footnotes = {
      ...profile.footnotes,
      ...Object.fromEntries(ids.map((id, index) => [id, { text: notes[index] }])),
      'long-note': { text: longNote },
    };
    const emigration = profile.emigration;
    emigration.total = { ...emigration.total, value: figures.total };
    delete emigration.total.unavailable;
    emigration.inEu = { ...emigration.inEu, value: Math.min(figures.inEu, figures.total) };
    delete emigration.inEu.unavailable;
    profile.remittances.usdMillions = { ...profile.remittances.usdMillions, value: figures.usdMillions };
    delete profile.remittances.usdMillions.unavailable;
    profile.remittances.shareOfGdp = { ...profile.remittances.shareOfGdp, value: figures.share };
    delete profile.remittances.shareOfGdp.unavailable;
    profile.gdp.usdMillions = { ...profile.gdp.usdMillions, value: figures.gdp };
    emigration.topDestinations.countries = [
      { country: 'FRA', count: figures.destination },
      { country: 'ITA', count: 5 },
    ];
    emigration.nationalEstimate = {
      value: figures.estimate,
      source: 'undesa-ims',
      year: 2024,
    };
    if (profile.sources) delete profile.sources;
    return profile;
  });
