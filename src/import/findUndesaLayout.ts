import { DataError } from '../errors/index.js';
import { cellText } from './readCell.js';
import type { SheetRow } from './readSheetRows.js';

/** The stock of one year is given three times: both sexes, then males, then females. */
export type Sex = 'both' | 'male' | 'female';

/** Where the figures are in the UN DESA "destination and origin" table: found from the header texts. */
export interface UndesaLayout {
  /** The last header row: data rows follow it. */
  readonly lastHeaderRow: number;
  readonly destinationCode: number;
  readonly originCode: number;
  readonly destinationName: number | undefined;
  /** "Type of data of destination": filled for countries and areas, empty for aggregates. */
  readonly destinationType: number | undefined;
  /** The year of the stock read: the latest of the table. */
  readonly year: number;
  /** The columns of that year, per sex. */
  readonly columns: Readonly<Record<Sex, number>>;
  /** The dataset edition, from the title rows ("IMS 2024"). */
  readonly edition: string;
}

/** What the importer expects, for error hints. */
export const UNDESA_EXPECTED =
  'the UN DESA International Migrant Stock table by destination and origin as published ' +
  '(undesa_pd_2024_ims_stock_by_sex_destination_and_origin.xlsx, sheet "Table 1"): title rows, a header row with ' +
  '"Location code of destination" and "Location code of origin", and year columns (1990 … 2024) under ' +
  '"Both sexes", "Males" and "Females" headers';

const DESTINATION_CODE = /\bcode\b.*\bdestination\b|\bdestination\b.*\bcode\b/i;
const ORIGIN_CODE = /\bcode\b.*\borigin\b|\borigin\b.*\bcode\b/i;
const DESTINATION_NAME = /\b(area|country)\b.*\bdestination\b/i;
const DESTINATION_TYPE = /\btype\b.*\bdestination\b/i;
const TITLE_EDITION = /International Migrant Stock\s+(\d{4})/i;

/**
 * Finds the columns of the table from its header rows (the rows before the first data row),
 * whatever their position: the year row may be the header row itself or the row below, and the
 * "Both sexes" / "Males" / "Females" headers may be merged cells spanning their years (only the
 * first cell of a merged range has a value, so a header covers the columns up to the next one).
 * Throws a DataError naming the file, the sheet and what was expected when something is missing.
 */
export function findUndesaLayout(rows: readonly SheetRow[], file: string, sheet: string): UndesaLayout {
  const fail = (detail: string): never => {
    throw new DataError('IMPORT_LAYOUT', { sheet, detail, expected: UNDESA_EXPECTED }, { file });
  };
  const texts = rows.map((row) => row.cells.map(cellText));
  const headerIndex = texts.findIndex(
    (cells) => cells.some((cell) => DESTINATION_CODE.test(cell)) && cells.some((cell) => ORIGIN_CODE.test(cell)),
  );
  if (headerIndex < 0) {
    return fail(
      `no header row with "Location code of destination" and "Location code of origin" in the first ${rows[rows.length - 1]?.number ?? 0} rows`,
    );
  }
  const header = texts[headerIndex]!;
  const column = (pattern: RegExp, exclude?: RegExp) => {
    const index = header.findIndex((cell) => pattern.test(cell) && !(exclude?.test(cell) ?? false));
    return index < 0 ? undefined : index;
  };
  const yearIndex = findYearRow(rows, headerIndex);
  if (yearIndex === undefined)
    return fail(`no year columns (1990, 1995, … 2024) next to the header row ${rows[headerIndex]!.number}`);
  const byYear = yearColumns(rows, texts, headerIndex, yearIndex, fail);
  const years = [...byYear.keys()].filter((year) => byYear.get(year)!.both !== undefined).sort((a, b) => b - a);
  const year = years[0];
  if (year === undefined) return fail('no year column under a "Both sexes" header');
  const { both, male, female } = byYear.get(year)!;
  if (male === undefined || female === undefined)
    return fail(`the year ${year} has no column under a "${male === undefined ? 'Males' : 'Females'}" header`);
  const edition = texts
    .slice(0, headerIndex)
    .flat()
    .map((cell) => TITLE_EDITION.exec(cell)?.[1])
    .find((found) => found !== undefined);
  return {
    lastHeaderRow: Math.max(rows[headerIndex]!.number, rows[yearIndex]!.number),
    destinationCode: column(DESTINATION_CODE)!,
    originCode: column(ORIGIN_CODE)!,
    destinationName: column(DESTINATION_NAME, /\bcode\b/i),
    destinationType: column(DESTINATION_TYPE),
    year,
    columns: { both: both!, male, female },
    edition: `IMS ${edition ?? year}`,
  };
}

const isYear = (value: unknown): number | undefined => {
  const text = cellText(value);
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 1950 && year <= 2100 ? year : undefined;
};

/** The row holding the years: the header row or one of the two rows around it with the most year cells. */
function findYearRow(rows: readonly SheetRow[], headerIndex: number): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (let index = Math.max(0, headerIndex - 2); index <= Math.min(rows.length - 1, headerIndex + 2); index += 1) {
    const count = rows[index]!.cells.filter((cell) => isYear(cell) !== undefined).length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  }
  return best;
}

const SEX_LABELS: readonly [RegExp, Sex][] = [
  [/\bboth\s+sexes\b/i, 'both'],
  [/\bfemales?\b|\bwomen\b/i, 'female'],
  [/\bmales?\b|\bmen\b/i, 'male'],
];
const sexOf = (text: string): Sex | undefined => SEX_LABELS.find(([pattern]) => pattern.test(text))?.[1];

/** The column of every (year, sex): each year cell takes the sex header above it (or spanning it from the left). */
function yearColumns(
  rows: readonly SheetRow[],
  texts: readonly string[][],
  headerIndex: number,
  yearIndex: number,
  fail: (detail: string) => never,
): Map<number, Partial<Record<Sex, number>>> {
  const labelRows = texts.slice(Math.max(0, Math.min(headerIndex, yearIndex) - 3), yearIndex + 1).reverse();
  const byYear = new Map<number, Partial<Record<Sex, number>>>();
  rows[yearIndex]!.cells.forEach((cell, col) => {
    const year = isYear(cell);
    if (year === undefined) return;
    const sex = labelRows.map((cells) => spanningLabel(cells, col)).find((found) => found !== undefined);
    if (sex === undefined)
      fail(`the year column ${year} (column ${columnName(col)}) is under no "Both sexes", "Males" or "Females" header`);
    const entry = byYear.get(year) ?? {};
    if (entry[sex!] !== undefined)
      fail(
        `two columns for ${year} under the same "${sex}" header (columns ${columnName(entry[sex!]!)} and ${columnName(col)})`,
      );
    entry[sex!] = col;
    byYear.set(year, entry);
  });
  return byYear;
}

/** The sex header of a row that covers column `col`: the nearest header cell at or left of it. */
function spanningLabel(cells: readonly string[], col: number): Sex | undefined {
  for (let index = col; index >= 0; index -= 1) {
    const text = cells[index];
    if (text === undefined || text === '') continue;
    return sexOf(text);
  }
  return undefined;
}

/** Spreadsheet column letters (1 → A, 28 → AB). */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
