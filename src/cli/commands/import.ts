import { resolve } from 'node:path';
import { DataError, UsageError } from '../../errors/index.js';
import { formatImportReport } from '../../import/formatImportReport.js';
import type { ImportReport } from '../../import/importReport.js';
import { importUndesa } from '../../import/importUndesa.js';
import { importWorldBank } from '../../import/importWorldBank.js';
import { findDataFiles } from '../../project/findDataFiles.js';
import { loadSeries } from '../../project/loadSeries.js';
import { displayPath } from '../../project/projectPaths.js';
import { type Command, type CommandContext, contextPaths, dateOption, parse } from '../command.js';
import { EXIT, printErrors } from '../output.js';
import { printResult } from '../printResult.js';

const USAGE = `Usage: profiles import undesa FILE.xlsx [--population WPP.csv[.gz]] [options]
       profiles import worldbank FILE.csv… [--year N] [options]

Updates the figures of the data files from the datasets as published, and only those figures:
prose, comments, key order and formatting stay as they are. Each figure records its source,
year, edition and import date. Countries a dataset does not cover are listed, not zeroed.

undesa     UN DESA International Migrant Stock by destination and origin
           (undesa_pd_2024_ims_stock_by_sex_destination_and_origin.xlsx, sheet "Table 1"):
           emigration.total, inEu, genderAll, genderEu, topDestinations (latest year of the table)
  --population FILE  UN World Population Prospects (WPP2024_TotalPopulationBySex.csv or .csv.gz):
                     also emigration.shareOfPopulation (Medium variant, year of the stock)
worldbank  World Bank indicator files (API_<indicator>_DS2_en_csv_v2_<n>.csv), recognised by content:
           BX.TRF.PWKR.CD.DT → remittances.usdMillions, BX.TRF.PWKR.DT.GD.ZS → remittances.shareOfGdp,
           NY.GDP.MKTP.CD → gdp.usdMillions
  --year N           the year to take (default: the latest year with data)

  --data FILE|DIR    a data file or a folder of them (default: data/)
  --date YYYY-MM-DD  the import date recorded in the files (default: today)
  --dry-run          show the changes, write nothing
  --json             print the result on stdout as JSON (docs/cli-output.schema.json)
  -h, --help         this help

Exit codes: 0 done, 1 a dataset or a data file could not be read or updated, 2 wrong command line.`;

const DATASETS = ['undesa', 'worldbank'] as const;

/** \`profiles import\`: the annual update of the figures from UN DESA and the World Bank. */
export const importCommand: Command = { usage: USAGE, run: runImport };

async function runImport(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('import', args, {
    population: { type: 'string' },
    year: { type: 'string' },
    data: { type: 'string' },
    date: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  const [dataset, ...inputs] = positionals;
  const usage = (detail: string) => new UsageError('USAGE_BAD_OPTION', { detail, command: 'import' });
  if (dataset === undefined)
    throw usage('name a dataset: profiles import undesa FILE.xlsx, or profiles import worldbank FILE.csv…');
  if (!(DATASETS as readonly string[]).includes(dataset))
    throw new UsageError('USAGE_UNKNOWN_DATASET', { dataset, known: DATASETS });
  if (inputs.length === 0)
    throw usage(`name the ${dataset === 'undesa' ? 'workbook (.xlsx)' : 'indicator files (.csv)'} to import`);
  const paths = contextPaths(context);
  const common = {
    files: findDataFiles(resolve(context.cwd, values.data ?? 'data')),
    imported: dateOption(values.date, usage),
    dryRun: values['dry-run'],
    display: (file: string) => displayPath(paths, file),
    series: loadSeries(paths),
    signal: context.signal,
  };
  let report: ImportReport;
  if (dataset === 'undesa') {
    if (inputs.length > 1) throw usage('give one UN DESA workbook');
    if (values.year !== undefined)
      throw usage('--year is for worldbank: the UN DESA import takes the latest year of the table');
    const population = values.population === undefined ? undefined : resolve(context.cwd, values.population);
    report = await importUndesa({ ...common, workbook: resolve(context.cwd, inputs[0]!), population });
  } else {
    if (values.population !== undefined) throw usage('--population is for undesa');
    report = await importWorldBank({
      ...common,
      inputs: inputs.map((input) => resolve(context.cwd, input)),
      year: importYear(values.year, usage),
    });
  }
  const errors = [
    ...report.countries.flatMap((country) => country.errors),
    ...(report.refused > 0 ? [new DataError('IMPORT_REFUSED', { count: report.refused })] : []),
  ];
  const exitCode = errors.length > 0 ? EXIT.failed : EXIT.ok;
  if (values.json) {
    return printResult(context, {
      command: 'import',
      exitCode,
      ...report,
      inputs: [...report.inputs],
      countries: report.countries.map(({ errors: _, ...country }) => ({
        ...country,
        changes: [...country.changes],
        missing: [...country.missing],
        remarks: [...country.remarks],
      })),
      errors,
    });
  }
  for (const line of formatImportReport(report)) context.stdout(line);
  printErrors(context, errors);
  return exitCode;
}

function importYear(given: string | undefined, usage: (detail: string) => UsageError): number | undefined {
  if (given === undefined) return undefined;
  const year = Number(given);
  if (!/^\d{4}$/.test(given) || year < 1960 || year > 2100)
    throw usage(`--year ${given}: expected a year such as 2024`);
  return year;
}
