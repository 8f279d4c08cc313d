import { DataError } from '../errors/index.js';
import { readNumber } from './readCell.js';
import { readCsvRecords } from './readCsvRecords.js';

/** The projection variant of World Population Prospects used for a past or current year. */
export const WPP_VARIANT = 'Medium';
const COLUMNS = ['ISO3_code', 'Variant', 'Time', 'PopTotal'] as const;

/** What the population importer expects, for error hints. */
export const WPP_EXPECTED =
  'the UN World Population Prospects CSV as published (WPP2024_TotalPopulationBySex.csv, or .csv.gz), ' +
  'with a first line of column names including ISO3_code, Variant, Time and PopTotal (in thousands)';

/**
 * Streams a World Population Prospects file and returns the total population (persons) of
 * each of `countries` (ISO alpha-3) in `year`, Medium variant. PopTotal is in thousands.
 * The file has ~720,000 lines (220 MB unpacked): only the matching lines are kept.
 */
export async function readPopulation(
  file: string,
  shown: string,
  countries: ReadonlySet<string>,
  year: number,
): Promise<Map<string, number>> {
  const populations = new Map<string, number>();
  const wantedYear = String(year);
  let index: Record<(typeof COLUMNS)[number], number> | undefined;
  for await (const record of readCsvRecords(file, shown)) {
    if (!index) {
      index = headerIndex(record, shown);
      continue;
    }
    if (record[index.Time] !== wantedYear || record[index.Variant] !== WPP_VARIANT) continue;
    const iso3 = record[index.ISO3_code];
    if (iso3 === undefined || !countries.has(iso3)) continue;
    const thousands = readNumber(record[index.PopTotal]);
    if (thousands !== null) populations.set(iso3, Math.round(thousands * 1000));
  }
  if (!index) throw layoutError(shown, 'the file is empty');
  return populations;
}

function headerIndex(record: readonly string[], shown: string): Record<(typeof COLUMNS)[number], number> {
  const names = record.map((name) => name.trim().toLowerCase());
  const missing = COLUMNS.filter((column) => !names.includes(column.toLowerCase()));
  if (missing.length > 0) {
    throw layoutError(
      shown,
      `the first line has no column ${missing.map((name) => `"${name}"`).join(', ')} (found: ${record.slice(0, 8).join(', ')}${record.length > 8 ? ', …' : ''})`,
    );
  }
  return Object.fromEntries(COLUMNS.map((column) => [column, names.indexOf(column.toLowerCase())])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
}

function layoutError(shown: string, detail: string): DataError {
  return new DataError('IMPORT_LAYOUT', { detail, expected: WPP_EXPECTED }, { file: shown });
}
