import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileErrorsOf } from '../../src/errors/index.js';
import { checkProfile } from '../../src/model/checkProfile.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import { ROOT } from '../helpers/project.js';

/**
 * The fields other countries need (issue 14), on the fictional profiles that use them:
 * what loads, what the checks say of it, and the exact errors when a rule between fields
 * is broken.
 */
const series = { languages: ['en', 'fr'], sources: ['undesa-ims', 'world-bank'] };
const fixture = (code: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'profiles', `${code}.yaml`), 'utf8');
const hmd = fixture('hmd');
const sgs = fixture('sgs');
const load = (text: string, file = 'test/fixtures/profiles/hmd.yaml') => loadProfile(text, file, series);

function errorsOf(text: string): string[] {
  try {
    load(text);
    return [];
  } catch (error) {
    return profileErrorsOf(error).map((e) => e.format());
  }
}
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('the new fields', () => {
  const { profile } = load(hmd);

  it('loads rights that are neither yes nor no, reserved seats and places to vote of its own', () => {
    expect(profile.politicalRights.dualCitizenship).toEqual({
      value: 'partial',
      note: { fr: 'tolérée dans les faits', en: 'tolerated in practice' },
      footnotes: ['nationality'],
    });
    expect(profile.politicalRights.reservedSeats).toEqual([
      { seats: 15, of: 165, chamber: { fr: 'Assemblée nationale', en: 'National Assembly' }, footnotes: ['seats'] },
      { seats: 2, of: 55, chamber: { fr: 'Sénat', en: 'Senate' } },
    ]);
    expect(profile.politicalRights.votingMethods[1]).toEqual({
      fr: "dans les mairies des pays d'accueil",
      en: 'in town halls of host countries',
    });
  });

  it('loads notes, footnotes, decimals, an unavailable figure and a national estimate with its own source', () => {
    expect(profile.emigration.inEu.footnotes).toEqual(['eu-detail']);
    expect(profile.emigration.inEu.note?.en).toBe('lower bound: no detail for Germany');
    expect(profile.remittances.shareOfGdp.decimals).toBe(1);
    expect(profile.remittances.usdMillions).toMatchObject({ value: null, unavailable: true });
    expect(profile.emigration.nationalEstimate).toMatchObject({ low: 2_500_000, high: 3_000_000, source: 'heard-mfa' });
    expect(profile.sources?.['heard-mfa']).toMatchObject({ url: 'https://example.org/heard-survey', year: 2022 });
  });

  it('loads months, periods, revisions, tags of its own and no tag at all', () => {
    expect(
      profile.policyFramework.map(({ year, month, from, to, revised }) => ({ year, month, from, to, revised })),
    ).toEqual([{ month: '2016-09' }, { from: 2009, to: 2025 }, { year: 2018, revised: [2023] }]);
    expect(profile.practices[0]?.tags).toEqual(['skills-transfer', { fr: 'Réseautage', en: 'Networking' }]);
    expect(profile.practices[1]?.tags).toEqual([]);
  });

  it('loads a local level, an organisation in two countries and a first edition with no update', () => {
    expect(profile.actors.local).toHaveLength(1);
    expect(profile.actors.diasporaOrganisations[0]?.country).toEqual(['FRA', 'BEL']);
    expect(load(sgs, 'test/fixtures/profiles/sgs.yaml').profile.credits.updated).toBeUndefined();
  });
});

describe('the checks on the new fields', () => {
  it('give no warning for figures known to be unavailable, so --strict passes', () => {
    expect(checkProfile(load(hmd))).toEqual([]);
    expect(checkProfile(load(sgs, 'test/fixtures/profiles/sgs.yaml'))).toEqual([]);
  });

  it('still warn about a figure that is simply missing', () => {
    const text = hmd.replace('    unavailable: true\n', '');
    expect(checkProfile(load(text)).map((f) => [f.code, f.path])).toEqual([
      ['FIGURE_MISSING', 'remittances.usdMillions.value'],
    ]);
  });

  it('check the age of figures against the first publication when there is no update', () => {
    const text = sgs.replace(
      'total: { value: 310, source: undesa-ims, year: 2024 }',
      'total: { value: 310, source: undesa-ims, year: 2026 }',
    );
    expect(checkProfile(load(text, 'test/fixtures/profiles/sgs.yaml')).map((f) => f.message)).toEqual([
      'the figure is from 2026, after the update of this edition (2025-03)',
    ]);
  });

  it('warn about a figure dated after the publication of the source the profile declares', () => {
    const text = hmd.replace('    source: heard-mfa\n    year: 2022', '    source: heard-mfa\n    year: 2023');
    const [finding] = checkProfile(load(text));
    expect(finding).toMatchObject({
      code: 'CHECK_SOURCE_AFTER_PUBLICATION',
      path: 'emigration.nationalEstimate.year',
      message: 'the figure is from 2023, after its source "heard-mfa" was published (2022)',
      line: lineOf(text, '    source: heard-mfa') + 1,
    });
  });
});

describe('the rules between the new fields', () => {
  it('refuse a sixth top destination, naming the limit, at the sixth one', () => {
    const text = hmd.replace(
      '      - { country: BEL, count: 12039 }\n',
      '      - { country: BEL, count: 12039 }\n      - { country: ESP, count: 9000 }\n',
    );
    expect(errorsOf(text)).toEqual([
      `test/fixtures/profiles/hmd.yaml:${lineOf(text, '{ country: ESP')}:9 emigration.topDestinations.countries[5]: expected at most 5 top destinations (the page charts the top 5), got 6 [DATA_OUT_OF_RANGE]`,
    ]);
  });

  it('refuse a range whose ends are reversed, and a value with a range', () => {
    const reversed = hmd.replace('high: 3000000', 'high: 2000000');
    expect(errorsOf(reversed)).toEqual([
      `test/fixtures/profiles/hmd.yaml:${lineOf(reversed, 'high: 2000000')}:11 emigration.nationalEstimate.high: expected a high end above the low end, got 2000000 [DATA_BAD_VALUE]`,
    ]);
  });

  it('refuse a partial right with no note saying how, with a hint', () => {
    const text = hmd.replace('    note: { fr: tolérée dans les faits, en: tolerated in practice }\n', '');
    expect(errorsOf(text)).toEqual([
      `test/fixtures/profiles/hmd.yaml:${lineOf(text, '  dualCitizenship:') + 1}:5 politicalRights.dualCitizenship.note: expected a note saying how the right applies, e.g. { fr: tolérée dans les faits, en: tolerated in practice }, got nothing [DATA_BAD_VALUE]\n  hint: add note: with a text in every language; it prints beside the right`,
    ]);
  });

  it('refuse a source declared under an id of the series, and one nobody cites', () => {
    const text = hmd.replace('source: heard-mfa', 'source: undesa-ims');
    expect(errorsOf(text)).toEqual([
      `test/fixtures/profiles/hmd.yaml:${lineOf(text, '  heard-mfa:')}:3 sources.heard-mfa: the source "heard-mfa" is declared but no figure cites it [DATA_UNUSED_SOURCE]\n  hint: cite it with "source: heard-mfa" on a figure, or delete it`,
    ]);
  });

  it('still accept an organisation in one country written as one code', () => {
    const text = hmd.replace('      country: [FRA, BEL]', '      country: FRA');
    expect(load(text).profile.actors.diasporaOrganisations[0]?.country).toBe('FRA');
  });
});
