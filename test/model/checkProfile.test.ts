import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProfile, checkProfiles, type Finding } from '../../src/model/checkProfile.js';
import { type LoadedProfile, loadProfile } from '../../src/model/loadProfile.js';
import { ROOT } from '../helpers/project.js';

const series = { languages: ['en', 'fr'], sources: ['undesa-ims', 'world-bank'] };
const mali = readFileSync(join(ROOT, 'data', 'mli.yaml'), 'utf8');
/** Mali with remittances % of GDP that agree with USD ÷ GDP (9.04 %), so that one check at a time can be tested. */
const consistent = mali.replace('shareOfGdp: { value: 0.78,', 'shareOfGdp: { value: 9.04,');

const load = (text: string, file = 'data/mli.yaml'): LoadedProfile => loadProfile(text, file, series);
const copyAs = (text: string, country: string) =>
  load(text.replace(/^country: MLI$/m, `country: ${country}`), `data/${country.toLowerCase()}.yaml`);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const brief = (findings: readonly Finding[]) =>
  findings.map(({ code, path, line, message }) => ({ code, path, line, message }));

describe('checkProfile', () => {
  it('reports the one inconsistency of the published Mali figures: 0.78 % of GDP against 1,867 / 20,661.8 = 9.04 %', () => {
    expect(checkProfile(load(mali))).toEqual([
      {
        code: 'CHECK_REMITTANCES_SHARE',
        severity: 'warning',
        file: 'data/mli.yaml',
        path: 'remittances.shareOfGdp.value',
        line: 31,
        column: 24,
        message: 'remittances are given as 0.78 % of GDP, but 1,867 / 20,661.8 million USD = 9.04 %',
        hint:
          'one of the three figures is wrong (tolerance: ±5 % of the computed share, at least 0.05 points): ' +
          'compare them with the World Bank indicators BX.TRF.PWKR.DT.GD.ZS, BX.TRF.PWKR.CD.DT and NY.GDP.MKTP.CD',
        fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/),
      },
    ]);
  });

  it('finds nothing in consistent figures', () => {
    expect(checkProfile(load(consistent))).toEqual([]);
  });

  it('accepts a share within the tolerance and names the years when they differ', () => {
    expect(checkProfile(load(mali.replace('shareOfGdp: { value: 0.78,', 'shareOfGdp: { value: 8.6,')))).toEqual([]);
    const text = mali.replace(
      'shareOfGdp: { value: 0.78, source: world-bank, year: 2023',
      'shareOfGdp: { value: 8.5, source: world-bank, year: 2024',
    );
    const [finding] = checkProfile(load(text));
    expect(finding?.message).toBe('remittances are given as 8.5 % of GDP, but 1,867 / 20,661.8 million USD = 9.04 %');
    expect(finding?.hint).toMatch(
      /^one of the three figures is wrong \(tolerance: ±5 % of the computed share, at least 0\.05 points; the figures are from 2024 \(share\), 2023 \(USD\) and 2023 \(GDP\)\)/,
    );
  });

  it('does not compare the share when a figure is unknown', () => {
    const text = consistent.replace('usdMillions: { value: 20661.8,', 'usdMillions: { value: null,');
    expect(checkProfile(load(text))).toEqual([]);
  });

  it('reports gender shares that do not add up to 100, allowing for rounding', () => {
    expect(checkProfile(load(consistent.replace('male: 59.6, female: 40.4', 'male: 59.6, female: 40.5')))).toEqual([]);
    const text = consistent.replace('male: 74.2, female: 25.8', 'male: 74.2, female: 24.8');
    expect(brief(checkProfile(load(text)))).toEqual([
      {
        code: 'CHECK_GENDER_SUM',
        path: 'emigration.genderEu.male',
        line: lineOf(text, 'genderEu:'),
        message: 'the shares of men (74.2 %) and women (24.8 %) add up to 99 %, not 100 %',
      },
    ]);
  });

  it('reports top destinations out of order, twice listed, or above the total', () => {
    const text = consistent
      .replace('{ country: NER, count: 140431 }', '{ country: NER, count: 1400431 }')
      .replace('{ country: FRA, count: 120393 }', '{ country: CIV, count: 120393 }');
    expect(brief(checkProfile(load(text)))).toEqual([
      {
        code: 'CHECK_TOP_DESTINATIONS_ORDER',
        path: 'emigration.topDestinations.countries[2].count',
        line: lineOf(text, '{ country: NER'),
        message: 'the top destinations are not in decreasing order: NER (1,400,431) comes after NGA (184,965)',
      },
      {
        code: 'CHECK_DESTINATION_ABOVE_TOTAL',
        path: 'emigration.topDestinations.countries[2].count',
        line: lineOf(text, '{ country: NER'),
        message: 'NER has 1,400,431 emigrants, more than the 1,292,519 emigrants in total (emigration.total)',
      },
      {
        code: 'CHECK_TOP_DESTINATION_DUPLICATE',
        path: 'emigration.topDestinations.countries[4].country',
        line: lineOf(text, '{ country: CIV, count: 120393'),
        message: 'CIV is listed twice among the top destinations',
      },
    ]);
  });

  it('reports more emigrants in the EU than in total', () => {
    const text = consistent.replace('inEu: { value: 180863,', 'inEu: { value: 1808630,');
    expect(brief(checkProfile(load(text)))).toEqual([
      {
        code: 'CHECK_EU_ABOVE_TOTAL',
        path: 'emigration.inEu.value',
        line: lineOf(text, 'inEu:'),
        message: '1,808,630 emigrants in the EU is more than the 1,292,519 emigrants in total (emigration.total)',
      },
    ]);
  });

  it('reports figures older than their source allows at the edition date, and figures after it', () => {
    const text = consistent
      .replace(
        'usdMillions: { value: 1867, source: world-bank, year: 2023',
        'usdMillions: { value: 1867, source: world-bank, year: 2020',
      )
      .replace(
        'total: { value: 1292519, source: undesa-ims, year: 2024',
        'total: { value: 1292519, source: undesa-ims, year: 2026',
      );
    expect(brief(checkProfile(load(text)))).toEqual([
      {
        code: 'CHECK_SOURCE_OUTDATED',
        path: 'remittances.usdMillions.year',
        line: lineOf(text, 'usdMillions: { value: 1867'),
        message:
          'the figure is from 2020, 5 years before this edition (updated 2025-11); figures from world-bank may be at most 2 years old',
      },
      {
        code: 'CHECK_SOURCE_AFTER_UPDATE',
        path: 'emigration.total.year',
        line: lineOf(text, 'total: { value'),
        message: 'the figure is from 2026, after the update of this edition (2025-11)',
      },
    ]);
  });

  it('checks the years against the date of the edition being prepared, when given', () => {
    const findings = checkProfile(load(consistent), { editionDate: '2030-06' });
    expect(findings.map(({ code, path }) => `${code} ${path}`)).toEqual([
      'CHECK_SOURCE_OUTDATED remittances.shareOfGdp.year',
      'CHECK_SOURCE_OUTDATED remittances.usdMillions.year',
      'CHECK_SOURCE_OUTDATED gdp.usdMillions.year',
      'CHECK_SOURCE_OUTDATED emigration.total.year',
      'CHECK_SOURCE_OUTDATED emigration.shareOfPopulation.year',
      'CHECK_SOURCE_OUTDATED emigration.inEu.year',
      'CHECK_SOURCE_OUTDATED emigration.genderAll.year',
      'CHECK_SOURCE_OUTDATED emigration.genderEu.year',
      'CHECK_SOURCE_OUTDATED emigration.topDestinations.year',
    ]);
    expect(findings[3]?.message).toBe(
      'the figure is from 2024, 6 years before this edition (updated 2030-06); figures from undesa-ims may be at most 5 years old',
    );
  });

  it('reports a figure that is not available', () => {
    const text = consistent.replace('inEu: { value: 180863,', 'inEu: { value: null,');
    expect(checkProfile(load(text)).map(({ code, path, message, hint }) => ({ code, path, message, hint }))).toEqual([
      {
        code: 'FIGURE_MISSING',
        path: 'emigration.inEu.value',
        message: 'this figure is not available: it prints as n/a',
        hint: 'add the figure when the source publishes it; if it never does, write "unavailable: true" beside it',
      },
    ]);
  });
});

describe('checkProfiles (copies between profiles)', () => {
  it('reports two profiles with identical figures, on each of them', () => {
    const findings = checkProfiles([load(consistent), copyAs(consistent, 'SEN')]);
    expect(findings.map(({ code, file, path, message }) => ({ code, file, path, message }))).toEqual([
      {
        code: 'CHECK_FIGURES_IDENTICAL',
        file: 'data/mli.yaml',
        path: 'remittances.shareOfGdp.value',
        message: 'all 9 figures of this profile are identical to those of SEN (data/sen.yaml)',
      },
      {
        code: 'CHECK_FIGURES_IDENTICAL',
        file: 'data/sen.yaml',
        path: 'remittances.shareOfGdp.value',
        message: 'all 9 figures of this profile are identical to those of MLI (data/mli.yaml)',
      },
    ]);
  });

  it("reports a pair of figures identical to another country's", () => {
    const senegal = consistent
      .replace('shareOfGdp: { value: 9.04,', 'shareOfGdp: { value: 10.1,')
      .replace('usdMillions: { value: 1867,', 'usdMillions: { value: 3100,')
      .replace('usdMillions: { value: 20661.8,', 'usdMillions: { value: 31000,')
      .replace('shareOfPopulation: { value: 5.3,', 'shareOfPopulation: { value: 3.9,')
      .replace('male: 59.6, female: 40.4', 'male: 60, female: 40')
      .replace('male: 74.2, female: 25.8', 'male: 73, female: 27')
      .replace('{ country: CIV, count: 403646 }', '{ country: GMB, count: 403646 }');
    const findings = checkProfiles([load(consistent), copyAs(senegal, 'SEN')]).filter(
      (finding) => finding.file === 'data/sen.yaml',
    );
    expect(brief(findings)).toEqual([
      {
        code: 'CHECK_FIGURES_COPIED',
        path: 'emigration.total.value',
        line: lineOf(senegal, 'total: { value'),
        message: 'emigration.total, emigration.inEu have the same values as in MLI (data/mli.yaml)',
      },
    ]);
  });

  it('lets one shared figure, and shared zeros, pass', () => {
    const other = consistent
      .replace('shareOfGdp: { value: 9.04,', 'shareOfGdp: { value: 0,')
      .replace('usdMillions: { value: 1867,', 'usdMillions: { value: 0,')
      .replace('usdMillions: { value: 20661.8,', 'usdMillions: { value: 31000,')
      .replace('inEu: { value: 180863,', 'inEu: { value: 100,')
      .replace('shareOfPopulation: { value: 5.3,', 'shareOfPopulation: { value: 3.9,')
      .replace('male: 59.6, female: 40.4', 'male: 60, female: 40')
      .replace('male: 74.2, female: 25.8', 'male: 73, female: 27')
      .replace('{ country: CIV, count: 403646 }', '{ country: GMB, count: 403646 }');
    const zero = consistent
      .replace('shareOfGdp: { value: 9.04,', 'shareOfGdp: { value: 0,')
      .replace('usdMillions: { value: 1867,', 'usdMillions: { value: 0,');
    const findings = checkProfiles([load(zero), copyAs(other, 'SEN')]);
    expect(findings.filter((finding) => finding.code.startsWith('CHECK_FIGURES'))).toEqual([]);
  });

  it('does not compare a profile with itself (the same file loaded twice)', () => {
    expect(checkProfile(load(consistent), { others: [load(consistent)] })).toEqual([]);
  });
});
