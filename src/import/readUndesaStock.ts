import { BuildError, DataError, isProfileError } from '../errors/index.js';
import { m49ToAlpha3 } from '../model/countries.js';
import { findUndesaLayout, UNDESA_EXPECTED, type UndesaLayout } from './findUndesaLayout.js';
import { checkInput } from './openInput.js';
import { openXlsx, type XlsxWorkbook } from './openXlsx.js';
import { cellText, readCode, readNumber, unreadableCell } from './readCell.js';
import type { SheetRow } from './readSheetRows.js';

/** The sheet of the workbook that holds the stock by destination and origin. */
export const UNDESA_SHEET = 'Table 1';
/** Title and header rows are looked for in the first rows only. */
const MAX_HEADER_ROWS = 40;

/** One destination of one origin country, for the year read. */
export interface StockRow {
  /** M49 code of the destination (900 = world, 9xx and above = regions and groups). */
  readonly destination: number;
  readonly name: string;
  /** "Type of data" of the destination: filled for countries and areas, empty for aggregates; undefined without that column. */
  readonly type: string | undefined;
  readonly both: number | null;
  readonly male: number | null;
  readonly female: number | null;
}

/** What the workbook says about the origin countries asked for. */
export interface UndesaStock {
  readonly edition: string;
  readonly year: number;
  /** The rows of each origin country found (ISO alpha-3), in the order of the sheet. */
  readonly rowsByOrigin: ReadonlyMap<string, readonly StockRow[]>;
}

/**
 * Streams the UN DESA International Migrant Stock workbook and keeps only the rows whose
 * origin is one of `origins` (ISO alpha-3), for the latest year of the table: memory stays
 * proportional to the countries imported, not to the ~30,000 rows of the sheet.
 * `shown` is the path used in messages.
 */
export async function readUndesaStock(
  file: string,
  shown: string,
  origins: ReadonlySet<string>,
  signal?: AbortSignal,
): Promise<UndesaStock> {
  checkInput(file, shown);
  let workbook: XlsxWorkbook | undefined;
  try {
    workbook = await openXlsx(file, shown);
    const sheet = workbook.sheets.find((name) => name.trim().toLowerCase() === UNDESA_SHEET.toLowerCase());
    if (sheet === undefined) {
      throw new DataError(
        'IMPORT_NO_SHEET',
        { sheet: UNDESA_SHEET, sheets: workbook.sheets, expected: UNDESA_EXPECTED },
        { file: shown },
      );
    }
    return await readTable(workbook.rows(sheet), shown, origins, signal);
  } catch (error) {
    if (isProfileError(error)) throw error;
    throw new DataError(
      'IMPORT_UNREADABLE',
      { reason: `not a readable xlsx workbook (${(error as Error).message})` },
      { file: shown },
      error,
    );
  } finally {
    workbook?.close();
  }
}

async function readTable(
  sheet: AsyncIterable<SheetRow>,
  shown: string,
  origins: ReadonlySet<string>,
  signal: AbortSignal | undefined,
): Promise<UndesaStock> {
  const header: SheetRow[] = [];
  let headerIndex = -1;
  let layout: UndesaLayout | undefined;
  const rowsByOrigin = new Map<string, StockRow[]>();
  const originOf = cachedOrigin(origins);
  const take = (cells: readonly unknown[], line: number) => {
    const row = readRow(cells, layout!, originOf, shown, line);
    if (!row) return;
    const list = rowsByOrigin.get(row.origin) ?? [];
    list.push(row.stock);
    rowsByOrigin.set(row.origin, list);
  };
  for await (const row of sheet) {
    if (signal?.aborted)
      throw new BuildError('COMMAND_INTERRUPTED', {
        command: 'the import',
        done: `while reading ${shown}; no data file was changed`,
      });
    const { cells } = row;
    if (layout) {
      take(cells, row.number);
      continue;
    }
    header.push({ number: row.number, cells });
    if (headerIndex < 0 && cells.some((cell) => /\bcode\b.*\borigin\b/i.test(cellText(cell))))
      headerIndex = header.length - 1;
    // Two rows after the header row: the year row, if below it, is in.
    if ((headerIndex >= 0 && header.length >= headerIndex + 3) || header.length >= MAX_HEADER_ROWS) {
      layout = findUndesaLayout(header, shown, UNDESA_SHEET);
      for (const early of header) if (early.number > layout.lastHeaderRow) take(early.cells, early.number);
    }
  }
  if (!layout) {
    // A sheet shorter than the header window: its few data rows are still in `header`.
    layout = findUndesaLayout(header, shown, UNDESA_SHEET);
    for (const early of header) if (early.number > layout.lastHeaderRow) take(early.cells, early.number);
  }
  return { edition: layout.edition, year: layout.year, rowsByOrigin };
}

/** ISO alpha-3 of an origin code when it is one of the countries asked for (cached: the sheet repeats codes). */
function cachedOrigin(origins: ReadonlySet<string>): (code: number) => string | undefined {
  const cache = new Map<number, string | undefined>();
  return (code) => {
    if (!cache.has(code)) {
      const alpha3 = m49ToAlpha3(code);
      cache.set(code, alpha3 !== undefined && origins.has(alpha3) ? alpha3 : undefined);
    }
    return cache.get(code);
  };
}

function readRow(
  cells: readonly unknown[],
  layout: UndesaLayout,
  originOf: (code: number) => string | undefined,
  shown: string,
  line: number,
) {
  const originCode = readCode(cells[layout.originCode]);
  const origin = originCode === null ? undefined : originOf(originCode);
  if (origin === undefined) return undefined;
  const destination = readCode(cells[layout.destinationCode]);
  if (destination === null) return undefined;
  const stock: StockRow = {
    destination,
    name:
      layout.destinationName === undefined ? '' : cellText(cells[layout.destinationName]).replace(/\*+$/, '').trim(),
    type: layout.destinationType === undefined ? undefined : cellText(cells[layout.destinationType]),
    both: readNumber(cells[layout.columns.both]),
    male: readNumber(cells[layout.columns.male]),
    female: readNumber(cells[layout.columns.female]),
  };
  // A stock cell that is neither a number nor a missing value is damage, never read as missing.
  for (const column of [layout.columns.both, layout.columns.male, layout.columns.female]) {
    const text = unreadableCell(cells[column]);
    if (text !== undefined)
      throw new DataError('IMPORT_BAD_CELL', { text, country: origin, year: layout.year }, { file: shown, line });
  }
  return { origin, stock };
}
