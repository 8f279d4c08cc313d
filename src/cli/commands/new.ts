import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BuildError, didYouMean, type ProfileError, UsageError } from '../../errors/index.js';
import type { ImportReport } from '../../import/importReport.js';
import { checkDrafts } from '../../model/checkDrafts.js';
import { loadSeriesFile } from '../../model/seriesFile.js';
import { loadSeries } from '../../project/loadSeries.js';
import { newProfileText } from '../../project/newProfile.js';
import { displayPath } from '../../project/projectPaths.js';
import { readProfileFile, seriesFileText } from '../../project/readProfileFile.js';
import { writeAtomic } from '../../project/writeAtomic.js';
import { type Command, type CommandContext, contextPaths, countryCodes, dateOption, parse } from '../command.js';
import { EXIT, printErrors } from '../output.js';
import { printResult } from '../printResult.js';

const USAGE = `Usage: profiles new ISO3 [options]

Starts the data file of a new country, data/<iso3>.yaml: every field the profile needs, the
figures unknown (null) unless the datasets are given, every text in every language of
locales/ marked as still to be written (TODO). The country must be in the country list
(locales/<lang>/countries.json); an existing file is never overwritten.
"profiles validate" then lists the texts left to write; "profiles build" prints the profile
with a DRAFT mark on every page until none is left; --strict refuses it.

  --data DIR               the data folder (default: data/)
  --undesa FILE.xlsx       fill the emigration figures from the UN DESA workbook (as profiles import undesa)
  --population WPP.csv     with --undesa: also emigration.shareOfPopulation
  --worldbank FILE.csv     fill remittances and GDP from World Bank indicator files (repeat for each file)
  --date YYYY-MM-DD        the import date recorded with the figures (default: today)
  --json                   print the result on stdout as JSON (docs/cli-output.schema.json)
  -h, --help               this help

Exit codes: 0 created, 1 the code is not in the list, the file exists, or a dataset could not be read,
2 wrong command line.`;

/** `profiles new`: the data file of a new country, as a draft. */
export const newCommand: Command = { usage: USAGE, run: runNew };

async function runNew(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('new', args, {
    data: { type: 'string' },
    undesa: { type: 'string' },
    population: { type: 'string' },
    worldbank: { type: 'string', multiple: true },
    date: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const usage = (detail: string) => new UsageError('USAGE_BAD_OPTION', { detail, command: 'new' });
  if (positionals.length !== 1) throw usage('give one country code: profiles new SEN');
  if (values.population !== undefined && values.undesa === undefined) throw usage('--population goes with --undesa');
  const [country] = countryCodes(positionals) as [string];
  const paths = contextPaths(context);
  const shown = (file: string) => displayPath(paths, file);
  const series = loadSeries(paths);
  const names: Record<string, string> = {};
  for (const lang of series.languages) {
    const list = (series.locales.resources[lang]?.countries ?? {}) as Record<string, unknown>;
    const name = list[country];
    if (typeof name === 'string') names[lang] = name;
  }
  if (Object.keys(names).length === 0) {
    const known = Object.keys(series.locales.resources[series.languages[0]!]?.countries ?? {});
    throw new BuildError('NEW_UNKNOWN_COUNTRY', { code: country, suggestion: didYouMean(country, known) });
  }
  const dataDir = resolve(context.cwd, values.data ?? 'data');
  const file = join(dataDir, `${country.toLowerCase()}.yaml`);
  if (existsSync(file) || existsSync(join(dataDir, `${country.toLowerCase()}.yml`)))
    throw new BuildError('NEW_FILE_EXISTS', { file: shown(file) }, { file: shown(file) });
  const today = dateOption(values.date, usage);
  const seriesFile = seriesFileText(file);
  const fromSeries = Object.keys(
    (seriesFile ? loadSeriesFile(seriesFile.text, shown(seriesFile.file)).credits : undefined) ?? {},
  );
  writeAtomic(
    file,
    newProfileText({ country, languages: series.complete, names, month: today.slice(0, 7), fromSeries }),
  );

  // The figures, by the importers, as `profiles import` would fill them.
  const reports: ImportReport[] = [];
  const target = {
    files: [{ country, file }],
    imported: today,
    dryRun: false,
    display: shown,
    signal: context.signal,
    series,
  };
  if (values.undesa !== undefined) {
    const { importUndesa } = await import('../../import/importUndesa.js');
    reports.push(
      await importUndesa({
        ...target,
        workbook: resolve(context.cwd, values.undesa),
        population: values.population === undefined ? undefined : resolve(context.cwd, values.population),
      }),
    );
  }
  if (values.worldbank !== undefined && values.worldbank.length > 0) {
    const { importWorldBank } = await import('../../import/importWorldBank.js');
    reports.push(
      await importWorldBank({
        ...target,
        inputs: values.worldbank.map((input) => resolve(context.cwd, input)),
        year: undefined,
      }),
    );
  }
  const errors: ProfileError[] = reports.flatMap((report) => report.countries.flatMap((entry) => entry.errors));
  const filled = reports.flatMap((report) =>
    report.countries.flatMap((entry) => entry.changes.filter((change) => change.changed).map((change) => change.path)),
  );
  const drafts = checkDrafts(readProfileFile(file, shown(file), series));
  const exitCode = errors.length > 0 ? EXIT.failed : EXIT.ok;
  if (values.json) {
    return printResult(context, {
      command: 'new',
      exitCode,
      country,
      names,
      file: shown(file),
      imported: reports.map((report) => report.dataset),
      filled,
      drafts: drafts.map((finding) => finding.path ?? ''),
      errors,
    });
  }
  printErrors(context, errors);
  const named = Object.values(names)[0] ?? country;
  context.stderr(`created ${shown(file)}: ${country} (${named}), a draft`);
  if (reports.length > 0)
    context.stderr(
      `figures filled from ${reports.map((r) => r.dataset).join(' and ')}: ${filled.length > 0 ? filled.join(', ') : 'none'}`,
    );
  context.stderr(
    `${drafts.length} text(s) to write (they start with TODO): profiles validate ${shown(file)} lists them`,
  );
  return exitCode;
}
