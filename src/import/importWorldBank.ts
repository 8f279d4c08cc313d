import { DataError } from '../errors/index.js';
import { round } from './computeEmigration.js';
import type { FigureUpdate } from './editFigures.js';
import { type ImportReport, type ImportTarget, stopBeforeWriting } from './importReport.js';
import { readWorldBankCsv, type WorldBankSeries } from './readWorldBankCsv.js';
import { type CountryFigures, type MissingFigure, type Remark, updateDataFiles } from './updateDataFiles.js';

/** The source id and edition of the World Bank figures. */
export const WORLD_BANK_SOURCE = 'world-bank';
export const WORLD_BANK_EDITION = 'WDI';

/** The indicators the importer reads: which figure each one gives, and how its unit is converted. */
export const WORLD_BANK_INDICATORS: Readonly<
  Record<string, { readonly path: readonly string[]; readonly convert: (value: number) => number }>
> = {
  /** Personal remittances, received (current US$) → millions, one decimal. */
  'BX.TRF.PWKR.CD.DT': { path: ['remittances', 'usdMillions'], convert: (usd) => round(usd / 1e6, 1) },
  /** Personal remittances, received (% of GDP) → two decimals. */
  'BX.TRF.PWKR.DT.GD.ZS': { path: ['remittances', 'shareOfGdp'], convert: (percent) => round(percent, 2) },
  /** GDP (current US$) → millions, one decimal. */
  'NY.GDP.MKTP.CD': { path: ['gdp', 'usdMillions'], convert: (usd) => round(usd / 1e6, 1) },
};

/** What to import. */
export interface WorldBankImportRequest extends ImportTarget {
  readonly inputs: readonly string[];
  /** The year to take; the latest year with data (per country and indicator) when undefined. */
  readonly year?: number | undefined;
}

/** `profiles import worldbank`: updates remittances and GDP from World Bank indicator files. */
export async function importWorldBank(request: WorldBankImportRequest): Promise<ImportReport> {
  const countries = new Set(request.files.map((file) => file.country));
  // 1. Read every file; each must hold one known indicator, given once.
  const series: WorldBankSeries[] = [];
  for (const input of request.inputs)
    series.push(checkSeries(await readWorldBankCsv(input, request.display(input), countries), series, request.year));
  // 2. Pick each country's value per indicator, and write them into its data file.
  const paths = series.map((one) => WORLD_BANK_INDICATORS[one.indicator]!.path.join('.'));
  stopBeforeWriting(request);
  const { countries: reports, refused } = updateDataFiles(
    request.files,
    paths,
    (country) => worldBankFigures(country, series, request),
    request,
  );
  return {
    dataset: 'worldbank',
    inputs: request.inputs.map(request.display),
    edition: WORLD_BANK_EDITION,
    imported: request.imported,
    dryRun: request.dryRun,
    countries: reports,
    refused,
  };
}

function checkSeries(
  one: WorldBankSeries,
  before: readonly WorldBankSeries[],
  year: number | undefined,
): WorldBankSeries {
  if (!(one.indicator in WORLD_BANK_INDICATORS)) {
    throw new DataError(
      'IMPORT_UNKNOWN_INDICATOR',
      { indicator: one.indicator, known: Object.keys(WORLD_BANK_INDICATORS) },
      { file: one.file },
    );
  }
  const twin = before.find((other) => other.indicator === one.indicator);
  if (twin)
    throw new DataError(
      'IMPORT_DUPLICATE_INDICATOR',
      { indicator: one.indicator, other: twin.file },
      { file: one.file },
    );
  if (year !== undefined && !one.years.includes(year)) {
    throw new DataError(
      'IMPORT_YEAR_NOT_IN_FILE',
      { year, first: one.years[0]!, last: one.years[one.years.length - 1]! },
      { file: one.file },
    );
  }
  return one;
}

/** A country's figures: the value of the requested year, or of the latest year with data. */
function worldBankFigures(
  country: string,
  series: readonly WorldBankSeries[],
  request: WorldBankImportRequest,
): CountryFigures | undefined {
  if (!series.some((one) => one.values.has(country))) return undefined;
  const updates: FigureUpdate[] = [];
  const missing: MissingFigure[] = [];
  const remarks: Remark[] = [];
  for (const one of series) {
    const { path, convert } = WORLD_BANK_INDICATORS[one.indicator]!;
    const byYear = one.values.get(country);
    const year = request.year ?? Math.max(...(byYear?.keys() ?? []));
    const value = byYear?.get(year);
    if (value === undefined) {
      missing.push({ path: path.join('.'), reason: byYear ? 'no-value' : 'not-in-dataset' });
      continue;
    }
    const provenance = { source: WORLD_BANK_SOURCE, year, edition: WORLD_BANK_EDITION, imported: request.imported };
    updates.push({ path, values: { value: convert(value) }, provenance });
    // Never another year than the latest without saying so.
    if (request.year === undefined && one.latest !== undefined && year < one.latest)
      remarks.push({ kind: 'earlier-year', path: path.join('.'), year, latest: one.latest });
  }
  return { updates, missing, remarks };
}
