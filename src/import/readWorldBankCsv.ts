import { DataError } from '../errors/index.js';
import { readNumber, unreadableCell } from './readCell.js';
import { lineOf, readCsvRecords } from './readCsvRecords.js';

/** One World Bank indicator file: the values of the countries asked for, by year. */
export interface WorldBankSeries {
  /** Indicator code, from the file's content (e.g. NY.GDP.MKTP.CD). */
  readonly indicator: string;
  readonly file: string;
  /** The year columns of the file, ascending. */
  readonly years: readonly number[];
  /** Values by country (ISO alpha-3) and year; a country of the file with no value has an empty map. */
  readonly values: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** The latest year with a value for any country or area of the file (undefined: none). */
  readonly latest: number | undefined;
}

/** What the World Bank importer expects, for error hints. */
export const WORLD_BANK_EXPECTED =
  'a World Bank indicator CSV as downloaded from data.worldbank.org (API_<indicator>_DS2_en_csv_v2_<n>.csv): ' +
  'four metadata lines, then a header "Country Name","Country Code","Indicator Name","Indicator Code","1960",…';

/** The header is looked for in the first lines only (four metadata lines in the published files). */
const MAX_PREAMBLE = 10;

/**
 * Reads a World Bank indicator file. The indicator is recognised from the "Indicator Code"
 * column, not from the file name; missing values (empty or "..") are left out.
 */
export async function readWorldBankCsv(
  file: string,
  shown: string,
  countries: ReadonlySet<string>,
): Promise<WorldBankSeries> {
  const fail = (detail: string): never => {
    throw new DataError('IMPORT_LAYOUT', { detail, expected: WORLD_BANK_EXPECTED }, { file: shown });
  };
  let header: { code: number; indicator: number; years: [number, number][] } | undefined;
  let lines = 0;
  const indicators = new Set<string>();
  const values = new Map<string, Map<number, number>>();
  let latest: number | undefined;
  for await (const record of readCsvRecords(file, shown)) {
    lines += 1;
    if (!header) {
      if (record[0]?.trim() === 'Country Name') header = readHeader(record, fail);
      else if (lines >= MAX_PREAMBLE)
        fail(`no header line "Country Name","Country Code",… in the first ${MAX_PREAMBLE} lines`);
      continue;
    }
    const indicator = record[header.indicator]?.trim();
    if (indicator) indicators.add(indicator);
    const country = record[header.code]?.trim() ?? '';
    const wanted = countries.has(country);
    const byYear = new Map<number, number>();
    for (const [col, year] of header.years) {
      const value = readNumber(record[col]);
      if (value !== null) {
        byYear.set(year, value);
        latest = Math.max(latest ?? year, year);
      } else if (wanted) {
        // A cell that is neither a number nor a missing value is damage: never passed over
        // (the year before would be taken in its place).
        const text = unreadableCell(record[col]);
        if (text !== undefined)
          throw new DataError('IMPORT_BAD_CELL', { text, country, year }, { file: shown, line: lineOf(record) });
      }
    }
    if (wanted) values.set(country, byYear);
  }
  if (!header) return fail(lines === 0 ? 'the file is empty' : 'no header line "Country Name","Country Code",…');
  if (indicators.size > 1)
    throw new DataError('IMPORT_MIXED_INDICATORS', { indicators: [...indicators] }, { file: shown });
  const [indicator] = indicators;
  if (indicator === undefined) return fail('no data line after the header');
  return { indicator, file: shown, years: header.years.map(([, year]) => year), values, latest };
}

function readHeader(record: readonly string[], fail: (detail: string) => never) {
  const names = record.map((name) => name.trim());
  const code = names.indexOf('Country Code');
  const indicator = names.indexOf('Indicator Code');
  if (code < 0 || indicator < 0) fail(`the header has no "${code < 0 ? 'Country Code' : 'Indicator Code'}" column`);
  const years = names.flatMap((name, col): [number, number][] => (/^\d{4}$/.test(name) ? [[col, Number(name)]] : []));
  if (years.length === 0) fail('the header has no year columns ("1960", "1961", …)');
  return { code, indicator, years };
}
