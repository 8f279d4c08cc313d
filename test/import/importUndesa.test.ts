import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { importUndesa, type UndesaImportRequest } from '../../src/import/importUndesa.js';
import type { CountryReport } from '../../src/import/updateDataFiles.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import { findDataFiles } from '../../src/project/findDataFiles.js';
import { temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';
import {
  copyMali,
  IMPORT_DATE,
  MALI_ROWS,
  MALI_YAML,
  POPULATION_ROWS,
  SENEGAL_ROWS,
  type StockFixtureRow,
  writePopulationCsv,
  writeUndesaWorkbook,
} from './fixtures.js';
import { XLSX_WRITERS } from './writeXlsx.js';

const series = { languages: ['en', 'fr'], sources: ['undesa-ims', 'world-bank'] };
const tmp = temporaryFolder('profiles-undesa-');
const data = join(tmp.dir, 'data');
const at = (name: string) => join(tmp.dir, name);
const display = (file: string) => relative(tmp.dir, file);
const published = readFileSync(MALI_YAML, 'utf8');

beforeAll(async () => {
  await writeUndesaWorkbook(at('ims.xlsx'));
  writePopulationCsv(at('wpp.csv'));
  writePopulationCsv(at('wpp.csv.gz'), POPULATION_ROWS, { gzip: true });
});
afterAll(() => tmp.remove());
beforeEach(() => {
  mkdirSync(data, { recursive: true });
  copyMali(data, ['SEN', 'TCD']);
});

const run = (overrides: Partial<UndesaImportRequest> = {}) =>
  importUndesa({
    workbook: at('ims.xlsx'),
    population: at('wpp.csv.gz'),
    files: findDataFiles(data),
    imported: IMPORT_DATE,
    dryRun: false,
    display,
    series,
    ...overrides,
  });
const read = (code: string) => readFileSync(join(data, `${code}.yaml`), 'utf8');
const profileOf = (code: string) => loadProfile(read(code), `data/${code}.yaml`, series).profile;
const reportOf = (reports: readonly CountryReport[], country: string) =>
  reports.find((report) => report.country === country)!;

describe('importUndesa', () => {
  it('reproduces the published Mali figures: only the provenance of the figure lines changes, every other line is byte-identical', async () => {
    const report = await run();
    const expected = published.split('\n').flatMap((line) => {
      if (/^ {2}(total|shareOfPopulation|inEu|genderAll|genderEu): \{.*"IMS 2024" \}$/.test(line))
        return [line.replace(/ \}$/, `, imported: "${IMPORT_DATE}" }`)];
      if (line === '    edition: "IMS 2024"') return [line, `    imported: "${IMPORT_DATE}"`];
      return [line];
    });
    expect(read('mli').split('\n')).toEqual(expected);
    expect(reportOf(report.countries, 'MLI')).toMatchObject({ status: 'updated', written: true, missing: [] });
    expect(report).toMatchObject({
      dataset: 'undesa',
      edition: 'IMS 2024',
      imported: IMPORT_DATE,
      inputs: ['ims.xlsx', 'wpp.csv.gz'],
    });
  });

  it('writes new figures with their provenance, and the old → new of each', async () => {
    const rows = [...MALI_ROWS, ...SENEGAL_ROWS].map((row): StockFixtureRow => {
      if (row.originCode === 466 && row.destinationCode === 900)
        return { ...row, stock2024: [1400000, 840000, 560000] };
      if (row.originCode === 466 && row.destination === 'Burkina Faso')
        return { ...row, stock2024: ['150 000 b', 90000, 60000] };
      return row;
    });
    await writeUndesaWorkbook(at('ims-new.xlsx'), { rows });
    const report = await run({ workbook: at('ims-new.xlsx') });
    const { emigration } = profileOf('mli');
    expect(emigration.total).toEqual({
      value: 1400000,
      source: 'undesa-ims',
      year: 2024,
      edition: 'IMS 2024',
      imported: IMPORT_DATE,
    });
    expect(emigration.shareOfPopulation.value).toBe(5.7);
    expect(emigration.genderAll).toMatchObject({ male: 60, female: 40 });
    expect(emigration.topDestinations.countries).toEqual([
      { country: 'CIV', count: 403646 },
      { country: 'NGA', count: 184965 },
      { country: 'BFA', count: 150000 },
      { country: 'NER', count: 140431 },
      { country: 'MRT', count: 122945 },
    ]);
    const changes = reportOf(report.countries, 'MLI').changes;
    expect(changes.find((change) => change.path === 'emigration.total')).toEqual({
      path: 'emigration.total',
      before: { value: 1292519, source: 'undesa-ims', year: 2024, edition: 'IMS 2024' },
      after: { value: 1400000, source: 'undesa-ims', year: 2024, edition: 'IMS 2024', imported: IMPORT_DATE },
      changed: true,
    });
    // The prose and comments are untouched.
    const others = (text: string) => text.split('\n').filter((line) => !/value|male|count|imported/.test(line));
    expect(others(read('mli'))).toEqual(others(published));
  });

  it('skips aggregates, counts overseas departments with their state, and reports areas without an ISO code', async () => {
    const report = await run();
    const { emigration } = profileOf('mli');
    // France 120,293 + Réunion 100 = FRA 120,393; Sub-Saharan Africa, high-income countries and code 5501 are not destinations.
    expect(emigration.topDestinations.countries.at(-1)).toEqual({ country: 'FRA', count: 120393 });
    // EU: FRA 120,393 + ESP 36,036 + ITA 23,958 + BEL 476.
    expect(emigration.inEu.value).toBe(180863);
    expect(emigration.genderEu).toMatchObject({ male: 74.2, female: 25.8 });
    expect(reportOf(report.countries, 'MLI').remarks).toEqual([
      { kind: 'unmapped-area', code: 830, name: 'Channel Islands', count: 50 },
      { kind: 'unmapped-area', code: 412, name: 'Kosovo', count: 12 },
    ]);
  });

  it('reads a second origin country of the same table into its own file', async () => {
    await run();
    const { emigration } = profileOf('sen');
    expect(emigration.total.value).toBe(725000);
    expect(emigration.shareOfPopulation.value).toBe(3.9); // 725,000 / 18,501,984
    expect(emigration.inEu.value).toBe(315000); // FRA 130,000 + ITA 110,000 + ESP 75,000
    expect(emigration.genderAll).toMatchObject({ male: 60, female: 40 });
    expect(emigration.genderEu).toMatchObject({ male: 73, female: 27 }); // 230,000 / 315,000 men
    expect(emigration.topDestinations.countries.map(({ country, count }) => `${country} ${count}`)).toEqual([
      'GMB 250000',
      'FRA 130000',
      'ITA 110000',
      'ESP 75000',
      'MRT 50000',
    ]);
  });

  it('lists a country absent from the dataset and leaves its file byte for byte as it was', async () => {
    const before = read('tcd');
    const report = await run();
    expect(read('tcd')).toBe(before);
    expect(reportOf(report.countries, 'TCD')).toEqual({
      country: 'TCD',
      file: 'data/tcd.yaml',
      status: 'absent',
      written: false,
      changes: [],
      remarks: [],
      errors: [],
      missing: ['total', 'shareOfPopulation', 'inEu', 'genderAll', 'genderEu', 'topDestinations'].map((name) => ({
        path: `emigration.${name}`,
        reason: 'not-in-dataset',
      })),
    });
  });

  it('sums the destinations when the table has no World row for the origin, and says so', async () => {
    await writeUndesaWorkbook(at('ims-noworld.xlsx'), { rows: MALI_ROWS.filter((row) => row.destinationCode !== 900) });
    const report = await run({ workbook: at('ims-noworld.xlsx') });
    const { emigration } = profileOf('mli');
    // Every country and area with a value, Gabon ("..") excepted; aggregates excluded.
    expect(emigration.total.value).toBe(1131912);
    // Men and women from the same rows: 700,238 / 1,131,912.
    expect(emigration.genderAll).toMatchObject({ male: 61.9, female: 38.1 });
    expect(reportOf(report.countries, 'MLI').remarks[0]).toEqual({ kind: 'total-from-sum' });
  });

  it('leaves the share of the population as it is without a population file, and says why', async () => {
    const report = await run({ population: undefined });
    expect(reportOf(report.countries, 'MLI').missing).toEqual([
      { path: 'emigration.shareOfPopulation', reason: 'no-population-file' },
    ]);
    expect(read('mli')).toContain(
      'shareOfPopulation: { value: 5.3, source: undesa-ims, year: 2024, edition: "IMS 2024" }',
    );
  });

  it('reads the population from a plain CSV as from a gzip one, Medium variant of the stock year only', async () => {
    await run({ population: at('wpp.csv') });
    // 1,292,519 / 24,478,595 = 5.28 %; the Low variant (24,000,000) would give 5.4.
    expect(profileOf('mli').emigration.shareOfPopulation.value).toBe(5.3);
  });

  it('writes nothing in a dry run, and reports what it would change', async () => {
    const before = read('mli');
    const report = await run({ dryRun: true });
    expect(read('mli')).toBe(before);
    expect(reportOf(report.countries, 'MLI')).toMatchObject({ status: 'updated', written: false });
    expect(report.dryRun).toBe(true);
  });

  it('does not rewrite a file that already holds the figures (the import date stays the first one)', async () => {
    await run();
    const first = read('mli');
    const report = await run({ imported: '2027-01-01' });
    expect(read('mli')).toBe(first);
    expect(reportOf(report.countries, 'MLI').status).toBe('unchanged');
  });
});

describe('importUndesa reads the workbook whatever tool wrote it', () => {
  it.each(XLSX_WRITERS)('a workbook written by %s gives the published Mali figures', async (writer) => {
    await writeUndesaWorkbook(at(`ims-${writer}.xlsx`), {}, writer);
    const report = await run({ workbook: at(`ims-${writer}.xlsx`), population: at('wpp.csv') });
    expect(reportOf(report.countries, 'MLI')).toMatchObject({ status: 'updated', missing: [] });
    const emigration = profileOf('mli').emigration;
    expect(emigration.total.value).toBe(1292519);
    expect(emigration.topDestinations.countries.map((row) => [row.country, row.count])).toEqual([
      ['CIV', 403646],
      ['NGA', 184965],
      ['NER', 140431],
      ['MRT', 122945],
      ['FRA', 120393],
    ]);
  });
});

describe('importUndesa with files in another layout', () => {
  const errorOf = (request: Partial<UndesaImportRequest>) => thrown(DataError, () => run(request));

  it('names the sheets when there is no "Table 1"', async () => {
    await writeUndesaWorkbook(at('renamed.xlsx'), { sheet: 'Tabelle 1' });
    const error = await errorOf({ workbook: at('renamed.xlsx') });
    expect(error.format().split('\n')[0]).toBe(
      'renamed.xlsx: the workbook has no sheet "Table 1" (its sheets: Contents, Tabelle 1, Notes) [IMPORT_NO_SHEET]',
    );
  });

  it('names the file, the sheet and what it expected when the header is not recognised', async () => {
    await writeUndesaWorkbook(at('noheader.xlsx'), {
      header: { 'Location code of destination': 'Destination', 'Location code of origin': 'Origin' },
    });
    const error = await errorOf({ workbook: at('noheader.xlsx') });
    expect(error.format().split('\n')[0]).toBe(
      'noheader.xlsx: sheet "Table 1": no header row with "Location code of destination" and "Location code of origin" in the first 37 rows [IMPORT_LAYOUT]',
    );
    expect(error.hints[0]).toMatch(
      /^expected the UN DESA International Migrant Stock table by destination and origin as published/,
    );
  });

  it('refuses year columns whose sex is not said', async () => {
    await writeUndesaWorkbook(at('nomales.xlsx'), { withoutMalesHeader: true });
    const error = await errorOf({ workbook: at('nomales.xlsx') });
    // Without its own header, the males' years fall under the merged "both sexes" header.
    expect(error.message).toBe('sheet "Table 1": two columns for 1990 under the same "both" header (columns H and P)');
  });

  it('reads the 2019 layout (years in the row below the header) all the same', async () => {
    await writeUndesaWorkbook(at('ims2019.xlsx'), { yearsBelowHeader: true });
    await run({ workbook: at('ims2019.xlsx') });
    expect(profileOf('mli').emigration.total.value).toBe(1292519);
  });

  it('refuses a file that is not a workbook, and one that does not exist', async () => {
    writeFileSync(at('table.xlsx'), 'Location code of destination,Location code of origin\n');
    expect((await errorOf({ workbook: at('table.xlsx') })).message).toMatch(
      /^cannot read the dataset file: not a readable xlsx workbook \(/,
    );
    expect((await errorOf({ workbook: at('missing.xlsx') })).format().split('\n')[0]).toBe(
      'missing.xlsx: cannot read the dataset file: ENOENT [IMPORT_UNREADABLE]',
    );
  });

  it('refuses a damaged gzip population file', async () => {
    writeFileSync(at('wpp-cut.csv.gz'), readFileSync(at('wpp.csv.gz')).subarray(0, 40));
    expect((await errorOf({ population: at('wpp-cut.csv.gz') })).format().split('\n')[0]).toBe(
      'wpp-cut.csv.gz: cannot read the dataset file: unexpected end of file [IMPORT_UNREADABLE]',
    );
  });

  it('refuses a population file without the expected columns', async () => {
    writePopulationCsv(at('wpp-bad.csv'), POPULATION_ROWS, {
      header:
        'SortOrder,LocID,Notes,ISO3_code,ISO2_code,SDMX_code,LocTypeID,LocTypeName,ParentID,Location,VarID,Variant,Time,MidPeriod,PopMale,PopFemale,Pop,PopDensity',
    });
    const error = await errorOf({ population: at('wpp-bad.csv') });
    expect(error.format().split('\n')).toEqual([
      'wpp-bad.csv: the first line has no column "PopTotal" (found: SortOrder, LocID, Notes, ISO3_code, ISO2_code, SDMX_code, LocTypeID, LocTypeName, …) [IMPORT_LAYOUT]',
      '  hint: expected the UN World Population Prospects CSV as published (WPP2024_TotalPopulationBySex.csv, or .csv.gz), with a first line of column names including ISO3_code, Variant, Time and PopTotal (in thousands)',
    ]);
  });
});

describe('importUndesa never writes 0 for unknown, nor what the data files refuse', () => {
  const EU = new Set(['France', 'Réunion', 'Spain', 'Italy', 'Belgium']);
  const files = () => ['mli', 'sen', 'tcd'].map((code) => read(code));

  it('leaves emigration.inEu as it is when every EU row is ".."', async () => {
    const before = profileOf('mli').emigration.inEu;
    const rows = [...MALI_ROWS, ...SENEGAL_ROWS].map(
      (row): StockFixtureRow =>
        row.originCode === 466 && EU.has(row.destination) ? { ...row, stock2024: ['..', '..', '..'] } : row,
    );
    await writeUndesaWorkbook(at('ims-eu-unknown.xlsx'), { rows });
    const report = await run({ workbook: at('ims-eu-unknown.xlsx') });
    const { emigration } = profileOf('mli');
    expect(emigration.inEu).toEqual(before);
    expect(emigration.inEu.value).not.toBe(0);
    const mali = reportOf(report.countries, 'MLI');
    expect(mali.missing).toContainEqual({ path: 'emigration.inEu', reason: 'no-value' });
    expect(mali.missing).toContainEqual({ path: 'emigration.genderEu', reason: 'no-value' });
    expect(mali.changes.map((change) => change.path)).not.toContain('emigration.inEu');
  });

  it('refuses a stock cell that is neither a number nor a missing value, naming its row', async () => {
    const before = files();
    const rows = [...MALI_ROWS, ...SENEGAL_ROWS].map(
      (row): StockFixtureRow =>
        row.originCode === 466 && row.destination === 'Spain' ? { ...row, stock2024: ['#REF!', 27000, 9036] } : row,
    );
    await writeUndesaWorkbook(at('ims-damaged.xlsx'), { rows });
    const error = await thrown(DataError, () => run({ workbook: at('ims-damaged.xlsx') }));
    expect(error.code).toBe('IMPORT_BAD_CELL');
    expect(error.file).toBe('ims-damaged.xlsx');
    expect(error.line).toBeGreaterThan(1);
    expect(error.message).toBe(
      'the value of MLI for 2024 is neither a number nor a missing value (".." or empty): "#REF!"',
    );
    expect(files()).toEqual(before);
  });

  it.each([
    ['a negative count', -1292519],
    ['1e+300', 1e300],
  ])('refuses %s with a located error, and writes no file', async (_, total) => {
    const before = files();
    const rows = [...MALI_ROWS, ...SENEGAL_ROWS].map(
      (row): StockFixtureRow =>
        row.originCode === 466 && row.destinationCode === 900 ? { ...row, stock2024: [total, 770341, 522178] } : row,
    );
    await writeUndesaWorkbook(at('ims-wrong.xlsx'), { rows });
    const report = await run({ workbook: at('ims-wrong.xlsx') });
    expect(report.refused).toBeGreaterThan(0);
    const mali = reportOf(report.countries, 'MLI');
    expect(mali).toMatchObject({ status: 'failed', written: false });
    expect(mali.errors[0]).toMatchObject({ path: 'emigration.total.value', file: 'data/mli.yaml' });
    expect(mali.errors[0]?.line).toBeGreaterThan(0);
    expect(reportOf(report.countries, 'SEN')).toMatchObject({ written: false });
    expect(files()).toEqual(before);
  });
});
