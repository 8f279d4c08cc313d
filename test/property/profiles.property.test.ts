import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type ProfileError, profileErrorsOf } from '../../src/errors/index.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import { buildProfile } from '../../src/pipeline/buildProfile.js';
import { loadPdfJs } from '../../src/preview/extractText.js';
import { projectEnvironment } from '../helpers/project.js';
import { printedTexts, stressedProfile, validProfile } from './arbitraryProfile.js';
import { readCampaign } from './campaign.js';

/**
 * Property-based tests. `npm test` runs a few cases of each property; FAST_CHECK_RUNS=200
 * npm test (or any number) runs a longer campaign, FAST_CHECK_SEED=… replays one (campaign.ts).
 */
const { buildRuns: BUILD_RUNS, invalidRuns: INVALID_RUNS, seed, ...timeouts } = readCampaign(process.env);
/** Stressed profiles are long builds: 2 by default, a tenth of the built profiles in a campaign. */
const STRESS_RUNS = Math.max(2, Math.ceil(BUILD_RUNS / 10));

const env = projectEnvironment();
// Tag chips print in capitals: texts are compared regardless of case.
const squeeze = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s\u200b]+/g, '');

interface Extracted {
  readonly text: string;
  readonly outside: string[];
}

/** The text of a PDF and any text item outside its page box. */
async function extract(pdf: Buffer): Promise<Extracted> {
  const { getDocument } = await loadPdfJs();
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  const outside: string[] = [];
  try {
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        parts.push(item.str);
        const [x, y] = [item.transform[4] as number, item.transform[5] as number];
        if (item.str.trim() !== '' && (x < 0 || x + item.width > width + 0.5 || y < 0 || y > height))
          outside.push(`${number}: ${item.str}`);
      }
    }
  } finally {
    await document.destroy();
  }
  return { text: parts.join(''), outside };
}

/**
 * Builds a profile in both languages: the build's own self-check (LAYOUT_* errors: every text on
 * a page, every note at the foot of its page or continued, nothing outside its column) must pass,
 * and every text must be read back out of the PDF, with no missing glyph and nothing off the page.
 */
async function buildsAndPrintsEverything(data: Record<string, unknown>): Promise<void> {
  const loaded = loadProfile(stringify(data), 'bvt.yaml', env.series);
  for (const lang of ['fr', 'en']) {
    let built: Awaited<ReturnType<typeof buildProfile>>;
    try {
      built = await buildProfile(env, loaded, lang);
    } catch (error) {
      const errors = profileErrorsOf(error);
      throw new Error(`the ${lang} build failed: ${errors.map((e) => e.format()).join(' | ') || String(error)}`);
    }
    const { text, outside } = await extract(built.pdf);
    expect(text).not.toContain('\ufffd');
    expect(outside).toEqual([]);
    const printed = squeeze(text);
    for (const expected of printedTexts(data, lang)) {
      if (printed.includes(squeeze(expected))) continue;
      // A block that goes on over a page break is interrupted by that page's notes and furniture:
      // then each of its words must be printed, in order.
      let from = 0;
      for (const word of expected
        .split(/\s+/)
        .map(squeeze)
        .filter((word) => word !== '')) {
        const at = printed.indexOf(word, from);
        expect(
          at,
          `"${word}" of "${expected.slice(0, 60)}…" not found in order in the ${lang} PDF`,
        ).toBeGreaterThanOrEqual(0);
        from = at + word.length;
      }
    }
  }
}

describe('random valid profiles', () => {
  it(
    `always build, print every text, with no missing glyph and nothing off the page (${BUILD_RUNS} cases)`,
    async () => {
      await fc.assert(fc.asyncProperty(validProfile, buildsAndPrintsEverything), { numRuns: BUILD_RUNS, ...seed });
    },
    timeouts.buildTimeout,
  );

  it(
    `print every text with long blocks, up to 70 notes side by side, a long note and extreme figures (${STRESS_RUNS} cases)`,
    async () => {
      // Each case is a long build: a failure is reported as found (with its seed), not shrunk.
      await fc.assert(fc.asyncProperty(stressedProfile, buildsAndPrintsEverything), {
        numRuns: STRESS_RUNS,
        endOnFailure: true,
        ...seed,
      });
    },
    60_000 + STRESS_RUNS * 60_000,
  );
});

/** Ways to break a valid profile: each must give a validation error, never a crash. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    path: fc.constantFrom(
      ['country'],
      ['credits'],
      ['emigration', 'total'],
      ['remittances', 'shareOfGdp', 'source'],
      ['terminology', 'en'],
      ['politicalRights', 'votingMethods'],
    ),
  }),
  fc.record({
    kind: fc.constant('set' as const),
    path: fc.constantFrom(
      ['emigration', 'total', 'value'],
      ['emigration', 'genderAll', 'male'],
      ['remittances', 'shareOfGdp', 'value'],
      ['country'],
      ['credits', 'updated'],
      ['politicalRights', 'dualCitizenship', 'value'],
      ['terminology'],
    ),
    value: fc.oneof(
      fc.string(),
      fc.integer({ min: -1e9, max: -1 }),
      fc.double({ min: 100.001, max: 1e9, noNaN: true }),
      fc.constant([]),
      fc.constant({ x: 1 }),
      fc.constant(true),
    ),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    path: fc.constantFrom(
      [],
      ['emigration'],
      ['credits'],
      ['terminology'],
      ['politicalRights'],
      ['emigration', 'inEu'],
    ),
    key: fc.stringMatching(/^[a-z]{1,10}$/),
  }),
  // The new fields: a decimals out of range, an unavailable figure with a value, a sixth destination.
  fc.record({
    kind: fc.constant('set' as const),
    path: fc.constantFrom(['remittances', 'shareOfGdp', 'decimals'], ['emigration', 'genderAll', 'decimals']),
    value: fc.oneof(
      fc.integer({ min: 4, max: 1e6 }),
      fc.integer({ min: -1e6, max: -1 }),
      fc.double({ min: 0.1, max: 2.9 }),
    ),
  }),
  fc.record({ kind: fc.constant('unavailable' as const), path: fc.constant(['emigration', 'inEu']) }),
  fc.record({ kind: fc.constant('sixth' as const), path: fc.constant(['emigration', 'topDestinations', 'countries']) }),
);

function mutate(
  data: Record<string, unknown>,
  change: { kind: string; path: readonly string[]; value?: unknown; key?: string },
): Record<string, unknown> {
  const copy = structuredClone(data);
  let target = copy as Record<string, unknown>;
  const path = change.kind === 'add' ? change.path : change.path.slice(0, -1);
  for (const part of path) target = target[part] as Record<string, unknown>;
  const last = change.path[change.path.length - 1]!;
  if (change.kind === 'delete') delete target[last];
  else if (change.kind === 'set') target[last] = change.value;
  else if (change.kind === 'unavailable') Object.assign(target[last] as object, { value: 12, unavailable: true });
  else if (change.kind === 'sixth') {
    const codes = ['MEX', 'BRA', 'JPN', 'IND', 'EGY', 'KEN'];
    target[last] = codes.map((country, index) => ({ country, count: 600 - index }));
  } else target[`${change.key}Extra`] = 1;
  return copy;
}

describe('random invalid profiles', () => {
  it(
    `always give a validation error with a location, never a crash or a PDF (${INVALID_RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(validProfile, mutation, (data, change) => {
          const broken = mutate(data, change);
          // Some "set" values are valid for some fields (a string country may be a valid code): skip those.
          let errors: readonly ProfileError[];
          try {
            loadProfile(stringify(broken), 'bvt.yaml', env.series);
            return (
              change.kind === 'set' &&
              (typeof change.value === 'string' || typeof change.value === 'boolean' || Array.isArray(change.value))
            );
          } catch (error) {
            errors = profileErrorsOf(error);
          }
          expect(errors.length).toBeGreaterThan(0);
          for (const error of errors) {
            expect(error.file).toBe('bvt.yaml');
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.message.length).toBeGreaterThan(10);
          }
          return true;
        }),
        { numRuns: INVALID_RUNS, ...seed },
      );
    },
    timeouts.invalidTimeout,
  );
});
