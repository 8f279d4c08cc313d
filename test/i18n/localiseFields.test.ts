import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localise } from '../../src/i18n/localise.js';
import { NNBSP } from '../../src/i18n/typography.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import type { Inline } from '../../src/model/parseProse.js';
import { projectEnvironment, ROOT } from '../helpers/project.js';

/** The new fields of the fictional HMD and SGS profiles, as each language prints them. */
const env = projectEnvironment();
const edition = (code: string, lang: string) => {
  const file = join(ROOT, 'test', 'fixtures', 'profiles', `${code}.yaml`);
  return localise(loadProfile(readFileSync(file, 'utf8'), file, env.series).profile, env.tools(lang));
};
const text = (inlines: readonly Inline[] | null) =>
  (inlines ?? [])
    .map((inline) => (inline.type === 'text' ? inline.text : ''))
    .join('')
    .replaceAll(NNBSP, '⍽');
const shown = (value: string | null) => value?.replaceAll(NNBSP, '⍽').replaceAll('\u00a0', '°') ?? null;

describe.each([
  {
    lang: 'fr',
    partial: 'tolérée dans les faits',
    vote: 'dans les mairies des pays d’accueil',
    seats: ['15', '165', 'Assemblée nationale'],
    share: '4,5⍽%',
    estimate: '2,5–3⍽M',
    source: 'Ministère des Affaires étrangères de Heard',
    gender: '59,6⍽%',
    dates: ['sept. 2016', '2009–2025', '2018'],
    revised: 'Révision⍽: 2023',
    tag: 'Réseautage',
    countries: 'France et Belgique',
    published: 'janvier 2024',
  },
  {
    lang: 'en',
    partial: 'tolerated in practice',
    vote: 'in town halls of host countries',
    seats: ['15', '165', 'National Assembly'],
    share: '4.5%',
    estimate: '2.5M – 3M',
    source: 'Heard Ministry of Foreign Affairs',
    gender: '59.6%',
    dates: ['Sep 2016', '2009–2025', '2018'],
    revised: 'Revised: 2023',
    tag: 'Networking',
    countries: 'France and Belgium',
    published: 'January 2024',
  },
])('the new fields in $lang', (expected) => {
  const hmd = edition('hmd', expected.lang);
  const { politicalRights: rights, emigration } = hmd;

  it('show a partial right with the unknown mark and its note', () => {
    expect(rights.dualCitizenship).toMatchObject({ status: 'partial', mark: 'unknown', footnotes: ['nationality'] });
    expect(text(rights.dualCitizenship.note)).toBe(expected.partial);
    expect(rights.voteFromAbroad).toMatchObject({ status: 'yes', mark: 'yes' });
  });

  it('name a place to vote of its own and the seats of each chamber', () => {
    expect(rights.votingMethods[1]).toBe(expected.vote);
    const [first] = rights.reservedSeats;
    expect([first?.seats, first?.of, text(first?.chamber ?? null)]).toEqual(expected.seats);
    expect(first?.footnotes).toEqual(['seats']);
  });

  it('format figures with their decimals, notes and footnotes, and an unavailable one as n/a', () => {
    expect(shown(hmd.remittances.shareOfGdp.text)).toBe(expected.share);
    expect(hmd.remittances.usdMillions).toMatchObject({ available: false, unavailable: true });
    expect(emigration.genderAll.male.text.replaceAll(NNBSP, '⍽')).toBe(expected.gender);
    expect(emigration.inEu.footnotes).toEqual(['eu-detail']);
    expect(text(emigration.inEu.note)).not.toBe('');
    expect(text(emigration.topDestinations.note)).not.toBe('');
  });

  it('print the national estimate with the source the profile declares', () => {
    expect(shown(emigration.nationalEstimate?.text ?? null)).toBe(expected.estimate);
    expect(emigration.nationalEstimate?.source).toMatchObject({
      name: expected.source,
      url: 'https://example.org/heard-survey',
      year: '2022',
      published: '2022',
    });
  });

  it('print months, periods and revisions, tags of its own, no tag at all', () => {
    expect(hmd.policyFramework.map((entry) => entry.year)).toEqual(expected.dates);
    expect(shown(hmd.policyFramework[2]?.revised ?? null)).toBe(expected.revised);
    expect(hmd.practices[0]?.tags).toEqual([
      { id: 'skills-transfer', label: expect.any(String) },
      { id: null, label: expected.tag },
    ]);
    expect(hmd.practices[1]?.tags).toEqual([]);
  });

  it('list the local level and the countries of an organisation', () => {
    expect(hmd.actors.local).toHaveLength(1);
    expect(hmd.actors.diasporaOrganisations[0]?.country).toBe(expected.countries);
  });

  it('date a first edition by its publication', () => {
    const sgs = edition('sgs', expected.lang);
    expect(sgs.credits).toMatchObject({ updated: null, updatedMonth: '2025-03' });
    expect(hmd.credits.firstPublished).toBe(expected.published);
  });
});
