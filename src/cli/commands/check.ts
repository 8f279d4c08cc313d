import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BuildError, DataError, type ProfileError, profileErrorsOf, UsageError } from '../../errors/index.js';
import { acknowledgeAll } from '../../model/acknowledge.js';
import { sortFindings } from '../../model/checkFinding.js';
import { checkProfiles } from '../../model/checkProfile.js';
import { checkTranslations, TRANSLATIONS_FILE, type TranslationRecord } from '../../model/checkTranslations.js';
import type { LoadedProfile } from '../../model/loadProfile.js';
import { findDataFiles } from '../../project/findDataFiles.js';
import { loadSeries } from '../../project/loadSeries.js';
import { displayPath } from '../../project/projectPaths.js';
import { readProfileFile } from '../../project/readProfileFile.js';
import { type Command, type CommandContext, contextPaths, countryCodes, parse, stopIfAsked } from '../command.js';
import { acknowledgedCount, EXIT, formatAcknowledged, formatFinding, printErrors } from '../output.js';
import { acknowledgedJson, printResult } from '../printResult.js';

const USAGE = `Usage: profiles check [ISO3…] [options]

Checks the data files without building anything:
- errors: what the loader refuses (schema, ranges such as 0–100 %, footnotes defined and
  referenced, well-formed links, every text in every language);
- warnings: the figures against each other (remittances % of GDP against USD ÷ GDP, gender
  shares adding up to 100, top destinations sorted and within the total, emigrants in the EU
  within the total), their years against the edition's update date, and figures copied
  between profiles. Builds run the same checks (warnings; fatal with build --strict).

  ISO3…              countries to report on (default: all; every file is read for the copy checks)
  --data FILE|DIR    a data file or a folder of them (default: data/)
  --edition YYYY-MM  the update date the figures' age is checked against (default: credits.updated)
  --strict           warnings count as failures
  --json             print the result on stdout as JSON (docs/cli-output.schema.json)
  -h, --help         this help

Exit codes: 0 no errors (and no warnings with --strict), 1 otherwise, 2 wrong command line.`;

/** \`profiles check\`: the loader's errors and the data-quality findings of the data files. */
export const check: Command = { usage: USAGE, run: runCheck };

async function runCheck(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('check', args, {
    data: { type: 'string' },
    edition: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  const countries = countryCodes(positionals);
  if (values.edition !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.edition)) {
    throw new UsageError('USAGE_BAD_OPTION', {
      detail: `--edition ${values.edition}: expected a month written YYYY-MM, e.g. 2025-11`,
      command: 'check',
    });
  }
  const paths = contextPaths(context);
  const series = loadSeries(paths);
  const files = findDataFiles(resolve(context.cwd, values.data ?? 'data'));
  const wanted = new Set(countries);
  for (const code of wanted) {
    if (!files.some((file) => file.country === code))
      throw new BuildError('BUILD_UNKNOWN_COUNTRY', { code, known: files.map((file) => file.country) });
  }
  // 1. Load every file (the copy checks need them all); the loader's errors are reported.
  const loaded: LoadedProfile[] = [];
  const errors: ProfileError[] = [];
  const countryOf = new Map<string, string>();
  for (const data of files) {
    stopIfAsked(context, 'check', `after reading ${loaded.length + errors.length} of ${files.length} file(s)`);
    const shown = displayPath(paths, data.file);
    countryOf.set(shown, data.country);
    try {
      loaded.push(readProfileFile(data.file, shown, series));
    } catch (error) {
      const found = profileErrorsOf(error);
      if (found.length === 0) throw error;
      errors.push(...found);
    }
  }
  // 2. Check the valid ones, each against the others; keep what concerns the countries asked for.
  const concerns = (file: string | undefined) => wanted.size === 0 || wanted.has(countryOf.get(file ?? '') ?? '');
  const shownErrors = errors.filter((error) => concerns(error.file));
  const record = readTranslationRecord(resolve(context.cwd, values.data ?? 'data'));
  const { open: warnings, acknowledged } = acknowledgeAll(
    sortFindings([
      ...checkProfiles(loaded, { editionDate: values.edition }),
      ...loaded.flatMap((profile) => checkTranslations(profile, record)),
    ]).filter((finding) => concerns(finding.file)),
    loaded,
  );
  const exitCode = shownErrors.length > 0 || (values.strict && warnings.length > 0) ? EXIT.failed : EXIT.ok;
  if (values.json) {
    const shownFiles = files.map((file) => displayPath(paths, file.file));
    return printResult(context, {
      command: 'check',
      exitCode,
      files: shownFiles,
      countries: wanted.size === 0 ? files.map((file) => file.country) : [...wanted],
      errors: shownErrors,
      warnings,
      acknowledged: acknowledged.map(acknowledgedJson),
    });
  }
  printErrors(context, shownErrors);
  for (const warning of warnings) context.stderr(formatFinding(warning, context.colour));
  for (const finding of acknowledged) context.stderr(formatAcknowledged(finding));
  context.stderr(
    `${wanted.size === 0 ? files.length : wanted.size} file(s) checked: ${shownErrors.length} error(s), ${warnings.length} warning(s)${acknowledgedCount(acknowledged)}`,
  );
  return exitCode;
}

/** translations.json of the data folder: what each translation was made from (none: nothing to compare). */
function readTranslationRecord(data: string): TranslationRecord {
  const file = join(existsSync(data) && statSync(data).isDirectory() ? data : dirname(data), TRANSLATIONS_FILE);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TranslationRecord;
  } catch (error) {
    throw new DataError('DATA_UNREADABLE', { reason: (error as Error).message }, { file });
  }
}
