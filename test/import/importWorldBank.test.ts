import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { importWorldBank, type WorldBankImportRequest } from '../../src/import/importWorldBank.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import { findDataFiles } from '../../src/project/findDataFiles.js';
import { temporaryFolder } from '../helpers/project.js';
import { thrown } from '../helpers/thrown.js';
import { copyMali, IMPORT_DATE, MALI_YAML, type WB_INDICATORS, worldBankRows, writeWorldBankCsv } from './fixtures.js';

const series = { languages: ['en', 'fr'], sources: ['undesa-ims', 'world-bank'] };
const tmp = temporaryFolder('profiles-worldbank-');
const data = join(tmp.dir, 'data');
const at = (name: string) => join(tmp.dir, name);
const display = (file: string) => relative(tmp.dir, file);
const published = readFileSync(MALI_YAML, 'utf8');
// Named as downloaded, but not in the order of the indicators they hold: the content decides.
const FILES = {
  'BX.TRF.PWKR.CD.DT': 'API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_1234.csv',
  'BX.TRF.PWKR.DT.GD.ZS': 'API_BX.TRF.PWKR.DT.GD.ZS_DS2_en_csv_v2_5678.csv',
  'NY.GDP.MKTP.CD': 'download (3).csv',
} as const;
const inputs = Object.values(FILES).map(at);

beforeAll(() => {
  for (const [indicator, name] of Object.entries(FILES))
    writeWorldBankCsv(
      at(name),
      indicator as keyof typeof WB_INDICATORS,
      worldBankRows(indicator as keyof typeof WB_INDICATORS),
    );
});
afterAll(() => tmp.remove());
beforeEach(() => {
  mkdirSync(data, { recursive: true });
  copyMali(data, ['SEN', 'TCD']);
});

const run = (overrides: Partial<WorldBankImportRequest> = {}) =>
  importWorldBank({
    inputs,
    files: findDataFiles(data),
    imported: IMPORT_DATE,
    dryRun: false,
    display,
    series,
    ...overrides,
  });
const read = (code: string) => readFileSync(join(data, `${code}.yaml`), 'utf8');
const profileOf = (code: string) => loadProfile(read(code), `data/${code}.yaml`, series).profile;

describe('importWorldBank', () => {
  it('takes the latest year with data per indicator, converts units and records provenance; nothing else changes', async () => {
    const report = await run();
    const lines = published.split('\n');
    const expected = lines.map((line) => {
      if (line.startsWith('  shareOfGdp:'))
        return `  shareOfGdp: { value: 9.04, source: world-bank, year: 2023, edition: "WDI", imported: "${IMPORT_DATE}" }`;
      if (line.startsWith('  usdMillions: { value: 1867'))
        return `  usdMillions: { value: 1867, source: world-bank, year: 2023, edition: "WDI", imported: "${IMPORT_DATE}" }`;
      if (line.startsWith('  usdMillions: { value: 20661.8'))
        return `  usdMillions: { value: 21500, source: world-bank, year: 2024, edition: "WDI", imported: "${IMPORT_DATE}" }`;
      return line;
    });
    expect(read('mli').split('\n')).toEqual(expected);
    expect(
      report.countries
        .find((country) => country.country === 'MLI')
        ?.changes.map((change) => [change.path, change.before.value, change.after.value, change.after.year]),
    ).toEqual([
      ['remittances.usdMillions', 1867, 1867, 2023],
      ['remittances.shareOfGdp', 0.78, 9.04, 2023],
      ['gdp.usdMillions', 20661.8, 21500, 2024],
    ]);
  });

  it('takes the year asked for', async () => {
    await run({ year: 2022 });
    const { remittances, gdp } = profileOf('mli');
    expect(remittances.usdMillions).toEqual({
      value: 1103,
      source: 'world-bank',
      year: 2022,
      edition: 'WDI',
      imported: IMPORT_DATE,
    });
    expect(remittances.shareOfGdp.value).toBe(5.9);
    expect(gdp.usdMillions.value).toBe(18827);
  });

  it('leaves a figure without a value for the year asked as it is, and says so', async () => {
    const report = await run({ year: 2024 });
    const mali = report.countries.find((country) => country.country === 'MLI')!;
    // 2024 is empty for remittances in USD and ".." for the share.
    expect(mali.missing).toEqual([
      { path: 'remittances.usdMillions', reason: 'no-value' },
      { path: 'remittances.shareOfGdp', reason: 'no-value' },
    ]);
    expect(profileOf('mli').remittances.shareOfGdp.value).toBe(0.78);
    expect(profileOf('mli').gdp.usdMillions.value).toBe(21500);
  });

  it('updates a second country and lists the one absent from the files, leaving it untouched', async () => {
    const before = read('tcd');
    const report = await run();
    expect(profileOf('sen').remittances.usdMillions).toMatchObject({ value: 3100, year: 2024 });
    expect(read('tcd')).toBe(before);
    expect(report.countries.find((country) => country.country === 'TCD')).toMatchObject({
      status: 'absent',
      missing: ['remittances.usdMillions', 'remittances.shareOfGdp', 'gdp.usdMillions'].map((path) => ({
        path,
        reason: 'not-in-dataset',
      })),
    });
  });

  it('imports one indicator alone, changing only its figure', async () => {
    await run({ inputs: [at(FILES['NY.GDP.MKTP.CD'])] });
    expect(
      read('mli')
        .split('\n')
        .filter((line, index) => line !== published.split('\n')[index]),
    ).toEqual([
      `  usdMillions: { value: 21500, source: world-bank, year: 2024, edition: "WDI", imported: "${IMPORT_DATE}" }`,
    ]);
  });
});

describe('importWorldBank with files it cannot use', () => {
  const errorOf = (request: Partial<WorldBankImportRequest>) => thrown(DataError, () => run(request));

  it('refuses an indicator it does not read, whatever the file name', async () => {
    writeWorldBankCsv(at('API_NY.GDP.MKTP.CD_DS2_en_csv_v2_9.csv'), 'SP.POP.TOTL', worldBankRows('SP.POP.TOTL'));
    const error = await errorOf({ inputs: [at('API_NY.GDP.MKTP.CD_DS2_en_csv_v2_9.csv')] });
    expect(error.format()).toBe(
      'API_NY.GDP.MKTP.CD_DS2_en_csv_v2_9.csv: the file holds the indicator "SP.POP.TOTL", which the importer does not read [IMPORT_UNKNOWN_INDICATOR]\n' +
        '  hint: World Bank indicators read: BX.TRF.PWKR.CD.DT, BX.TRF.PWKR.DT.GD.ZS, NY.GDP.MKTP.CD',
    );
  });

  it('refuses the same indicator twice', async () => {
    const error = await errorOf({ inputs: [inputs[0]!, inputs[0]!] });
    expect(error.message).toBe(`the indicator BX.TRF.PWKR.CD.DT is also given by ${FILES['BX.TRF.PWKR.CD.DT']}`);
  });

  it('refuses a year the files do not have', async () => {
    const error = await errorOf({ year: 2030 });
    expect(error.message).toBe('the file has no column for 2030 (its years run from 1960 to 2024)');
  });

  it('refuses a file in another layout, naming it and what it expected', async () => {
    writeFileSync(
      at('wdi-export.csv'),
      'Series Name,Series Code,Country Name,Country Code,2023 [YR2023]\nGDP (current US$),NY.GDP.MKTP.CD,Mali,MLI,20661800000\n',
    );
    const error = await errorOf({ inputs: [at('wdi-export.csv')] });
    expect(error.format().split('\n')).toEqual([
      'wdi-export.csv: no header line "Country Name","Country Code",… [IMPORT_LAYOUT]',
      '  hint: expected a World Bank indicator CSV as downloaded from data.worldbank.org (API_<indicator>_DS2_en_csv_v2_<n>.csv): four metadata lines, then a header "Country Name","Country Code","Indicator Name","Indicator Code","1960",…',
    ]);
  });

  it('refuses a file mixing indicators', async () => {
    const text = readFileSync(inputs[0]!, 'utf8').replace(
      '"Senegal","SEN","Personal remittances, received (current US$)","BX.TRF.PWKR.CD.DT"',
      '"Senegal","SEN","GDP (current US$)","NY.GDP.MKTP.CD"',
    );
    writeFileSync(at('mixed.csv'), text);
    expect((await errorOf({ inputs: [at('mixed.csv')] })).message).toBe(
      'the file mixes several indicators (BX.TRF.PWKR.CD.DT, NY.GDP.MKTP.CD)',
    );
  });
});

describe('importWorldBank never writes what the data files refuse, nor takes another year silently', () => {
  const fileWith = (indicator: keyof typeof WB_INDICATORS, mali: Record<number, number | string>) => {
    const name = `custom-${indicator}.csv`;
    writeWorldBankCsv(
      at(name),
      indicator,
      worldBankRows(indicator).map((row) => (row.code === 'MLI' ? { ...row, values: mali } : row)),
    );
    return at(name);
  };
  const files = () => ['mli', 'sen', 'tcd'].map((code) => read(code));

  it.each([
    ['a share of 250.5 %', 'BX.TRF.PWKR.DT.GD.ZS', 250.5, 'remittances.shareOfGdp.value'],
    ['negative remittances', 'BX.TRF.PWKR.CD.DT', -5_000_000, 'remittances.usdMillions.value'],
  ] as const)('refuses %s: a located error, and no file written', async (_, indicator, value, path) => {
    const before = files();
    const report = await run({ inputs: [fileWith(indicator, { 2023: value })] });
    expect(report.refused).toBe(1);
    const mali = report.countries.find((country) => country.country === 'MLI')!;
    expect(mali.status).toBe('failed');
    expect(mali.written).toBe(false);
    expect(mali.errors.map((error) => [error.code, error.path, error.file, typeof error.line])).toEqual([
      ['DATA_OUT_OF_RANGE', path, 'data/mli.yaml', 'number'],
    ]);
    // Senegal's figures were fine, and were not written either.
    expect(report.countries.find((country) => country.country === 'SEN')).toMatchObject({ written: false });
    expect(files()).toEqual(before);
  });

  it('refuses a cell that is neither a number nor a missing value, rather than take the year before', async () => {
    const before = files();
    const error = await thrown(DataError, () =>
      run({ inputs: [fileWith('BX.TRF.PWKR.CD.DT', { 2022: 1103000000, 2023: '1,86x' })] }),
    );
    expect(error.code).toBe('IMPORT_BAD_CELL');
    expect(error.file).toBe('custom-BX.TRF.PWKR.CD.DT.csv');
    expect(error.line).toBeGreaterThan(4);
    expect(error.message).toBe(
      'the value of MLI for 2023 is neither a number nor a missing value (".." or empty): "1,86x"',
    );
    expect(files()).toEqual(before);
  });

  it('says when a country’s latest value is of an earlier year than the dataset’s', async () => {
    const report = await run();
    const mali = report.countries.find((country) => country.country === 'MLI')!;
    // Mali's remittances stop in 2023 (2024: ".."), Senegal's go on to 2024.
    expect(mali.remarks).toEqual([
      { kind: 'earlier-year', path: 'remittances.usdMillions', year: 2023, latest: 2024 },
      { kind: 'earlier-year', path: 'remittances.shareOfGdp', year: 2023, latest: 2024 },
    ]);
  });
});
