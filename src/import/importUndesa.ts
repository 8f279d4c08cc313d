import { computeEmigration, type EmigrationFigures } from './computeEmigration.js';
import type { FigureUpdate, Provenance } from './editFigures.js';
import { type ImportReport, type ImportTarget, stopBeforeWriting } from './importReport.js';
import { readPopulation } from './readPopulation.js';
import { readUndesaStock } from './readUndesaStock.js';
import {
  type CountryFigures,
  type MissingFigure,
  type MissingReason,
  type Remark,
  updateDataFiles,
} from './updateDataFiles.js';

/** The source id of the UN DESA figures (defined in locales/<lang>/sources.json). */
export const UNDESA_SOURCE = 'undesa-ims';

/** The figures the UN DESA import owns. */
export const UNDESA_FIGURES = [
  'emigration.total',
  'emigration.shareOfPopulation',
  'emigration.inEu',
  'emigration.genderAll',
  'emigration.genderEu',
  'emigration.topDestinations',
] as const;

/** What to import. */
export interface UndesaImportRequest extends ImportTarget {
  /** The International Migrant Stock workbook (destination and origin). */
  readonly workbook: string;
  /** The World Population Prospects CSV (or .csv.gz), for the share of the population. */
  readonly population?: string | undefined;
}

/**
 * `profiles import undesa`: updates the emigration figures of every data file from the UN DESA
 * International Migrant Stock, in three steps.
 */
export async function importUndesa(request: UndesaImportRequest): Promise<ImportReport> {
  const countries = new Set(request.files.map((file) => file.country));
  // 1. Stream the workbook, keeping the rows whose origin is a country of the data folder.
  const stock = await readUndesaStock(request.workbook, request.display(request.workbook), countries, request.signal);
  // 2. Stream the population file for the year of the stock, if given.
  const populations = request.population
    ? await readPopulation(request.population, request.display(request.population), countries, stock.year)
    : undefined;
  // 3. Compute each country's figures and write them into its data file.
  const provenance: Provenance = {
    source: UNDESA_SOURCE,
    year: stock.year,
    edition: stock.edition,
    imported: request.imported,
  };
  stopBeforeWriting(request);
  const { countries: reports, refused } = updateDataFiles(
    request.files,
    UNDESA_FIGURES,
    (country) => {
      const rows = stock.rowsByOrigin.get(country);
      if (!rows) return undefined;
      const population = populations?.get(country);
      const populationMissing: MissingReason = populations ? 'not-in-population-file' : 'no-population-file';
      return undesaFigures(
        computeEmigration(rows, population),
        provenance,
        population === undefined ? populationMissing : undefined,
      );
    },
    request,
  );
  return {
    dataset: 'undesa',
    inputs: [request.workbook, ...(request.population ? [request.population] : [])].map(request.display),
    edition: stock.edition,
    imported: request.imported,
    dryRun: request.dryRun,
    countries: reports,
    refused,
  };
}

/** The updates (figures with a value) and the missing figures (with why) of one country. */
export function undesaFigures(
  figures: EmigrationFigures,
  provenance: Provenance,
  populationMissing: MissingReason | undefined,
): CountryFigures {
  const updates: FigureUpdate[] = [];
  const missing: MissingFigure[] = [];
  const figure = (
    name: string,
    values: Record<string, number> | null,
    reason: MissingReason = 'no-value',
    countries?: FigureUpdate['countries'],
  ) => {
    const path = ['emigration', name];
    if (values === null) missing.push({ path: `emigration.${name}`, reason });
    else updates.push({ path, values, provenance, ...(countries ? { countries } : {}) });
  };
  const value = (number: number | null) => (number === null ? null : { value: number });
  figure('total', value(figures.total));
  figure(
    'shareOfPopulation',
    value(figures.shareOfPopulation),
    figures.total === null ? 'no-value' : populationMissing,
  );
  figure('inEu', value(figures.inEu));
  figure('genderAll', figures.genderAll ? { ...figures.genderAll } : null);
  figure('genderEu', figures.genderEu ? { ...figures.genderEu } : null);
  figure('topDestinations', figures.topDestinations.length > 0 ? {} : null, 'no-value', figures.topDestinations);
  const remarks: Remark[] = [
    ...(figures.total !== null && figures.totalFrom === 'sum' ? [{ kind: 'total-from-sum' } as const] : []),
    ...figures.unmapped.map((area) => ({ kind: 'unmapped-area' as const, ...area })),
  ];
  return { updates, missing, remarks };
}
