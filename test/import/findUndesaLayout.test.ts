import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { columnName, findUndesaLayout } from '../../src/import/findUndesaLayout.js';
import type { CellValue, SheetRow } from '../../src/import/readSheetRows.js';
import { thrown } from '../helpers/thrown.js';

/** Rows as the stream reader gives them: cells by column number, column 1 first (index 0 unused). */
const rows = (...lines: (CellValue | undefined)[][]): SheetRow[] =>
  lines.map((cells, index) => ({ number: index + 1, cells: [undefined, ...cells] }));
const YEARS = [1990, 2024];
const FIXED = [
  'Index',
  'Region, development group, country or area of destination',
  'Notes of destination',
  'Location code of destination',
  'Type of data of destination',
  'Region, development group, country or area of origin',
  'Location code of origin',
];
const blank = FIXED.map(() => null);

const errorOf = (run: () => unknown) => thrown(DataError, run) as DataError;

describe('findUndesaLayout', () => {
  it('reads the 2020/2024 layout: merged sex headers above, years in the header row', () => {
    const layout = findUndesaLayout(
      rows(
        [null, 'International Migrant Stock 2024: Destination and origin'],
        [],
        [
          ...blank,
          'International migrant stock at mid-year (both sexes)',
          null,
          'International migrant stock at mid-year (males)',
          null,
          'International migrant stock at mid-year (females)',
        ],
        [...FIXED, ...YEARS, ...YEARS, ...YEARS],
      ),
      'ims.xlsx',
      'Table 1',
    );
    expect(layout).toEqual({
      lastHeaderRow: 4,
      destinationCode: 4,
      originCode: 7,
      destinationName: 2,
      destinationType: 5,
      year: 2024,
      columns: { both: 9, male: 11, female: 13 },
      edition: 'IMS 2024',
    });
  });

  it('reads the 2019 layout: sex headers in the header row, years in the row below', () => {
    const layout = findUndesaLayout(
      rows(
        [null, 'Trends in international migrants: destination and origin'],
        [...FIXED, 'Both sexes', null, 'Males', null, 'Females'],
        [...blank, ...YEARS, ...YEARS, ...YEARS],
      ),
      'ims.xlsx',
      'Table 1',
    );
    expect(layout.lastHeaderRow).toBe(3);
    expect(layout.columns).toEqual({ both: 9, male: 11, female: 13 });
    // No "International Migrant Stock <year>" title: the edition is named after the latest year.
    expect(layout.edition).toBe('IMS 2024');
  });

  it('refuses a sheet without the location-code headers, naming the sheet and what it expected', () => {
    const error = errorOf(() => findUndesaLayout(rows(['Destination', 'Origin', 1990, 2024]), 'ims.xlsx', 'Table 1'));
    expect(error.code).toBe('IMPORT_LAYOUT');
    expect(error.format()).toBe(
      'ims.xlsx: sheet "Table 1": no header row with "Location code of destination" and "Location code of origin" in the first 1 rows [IMPORT_LAYOUT]\n' +
        '  hint: expected the UN DESA International Migrant Stock table by destination and origin as published ' +
        '(undesa_pd_2024_ims_stock_by_sex_destination_and_origin.xlsx, sheet "Table 1"): title rows, a header row with ' +
        '"Location code of destination" and "Location code of origin", and year columns (1990 … 2024) under "Both sexes", "Males" and "Females" headers',
    );
  });

  it('refuses year columns under no sex header', () => {
    const error = errorOf(() => findUndesaLayout(rows([...FIXED, ...YEARS]), 'ims.xlsx', 'Table 1'));
    expect(error.message).toBe(
      'sheet "Table 1": the year column 1990 (column H) is under no "Both sexes", "Males" or "Females" header',
    );
  });

  it('refuses a table without the females of the latest year', () => {
    const error = errorOf(() =>
      findUndesaLayout(
        rows([...blank, 'Both sexes', null, 'Males'], [...FIXED, ...YEARS, ...YEARS]),
        'ims.xlsx',
        'Table 1',
      ),
    );
    expect(error.message).toBe('sheet "Table 1": the year 2024 has no column under a "Females" header');
  });

  it('refuses a header without years', () => {
    const error = errorOf(() => findUndesaLayout(rows([...FIXED, 'Both sexes']), 'ims.xlsx', 'Table 1'));
    expect(error.message).toBe('sheet "Table 1": no year columns (1990, 1995, … 2024) next to the header row 1');
  });

  it('refuses two columns for the same year and sex', () => {
    const error = errorOf(() =>
      findUndesaLayout(rows([...blank, 'Both sexes'], [...FIXED, 2024, 2024]), 'ims.xlsx', 'Table 1'),
    );
    expect(error.message).toBe('sheet "Table 1": two columns for 2024 under the same "both" header (columns H and I)');
  });
});

describe('columnName', () => {
  it('names columns as spreadsheets do', () => {
    expect([1, 8, 26, 27, 31, 702, 703].map(columnName)).toEqual(['A', 'H', 'Z', 'AA', 'AE', 'ZZ', 'AAA']);
  });
});
