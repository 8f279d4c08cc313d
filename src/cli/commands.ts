import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { buildAll, summaryJson, type OutputRecord } from '../build/buildAll.js';
import { findDataFiles } from '../build/findDataFiles.js';
import { displayPath, loadEnvironment, projectPaths } from '../build/loadEnvironment.js';
import { readProfileFile } from '../build/readProfileFile.js';
import { checkLocales, readLocales } from '../i18n/readLocales.js';
import { profileErrorsOf, ProfileErrors, UsageError, type ProfileError } from '../errors/index.js';
import { checkProfile } from '../model/checkProfile.js';
import { EXIT, formatFinding, printErrors } from './output.js';

/** What a command may use: the project folder and the console. */
export interface CommandContext {
  readonly projectRoot: string;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTerminal: boolean;
}

interface Command {
  readonly usage: string;
  run(args: readonly string[], context: CommandContext): Promise<number>;
}

const BUILD_USAGE = `Usage: profiles build [ISO3…] [options]

Builds the profiles of the data folder in every language into <out>/<lang>/<iso3>.pdf,
with chart exports in <out>/<lang>/charts/ and a summary in <out>/build-summary.json.

  ISO3…              country codes to build (default: every data file)
  --lang fr,en       languages to build (default: every folder of locales/)
  --data FILE|DIR    a data file or a folder of them (default: data/)
  --out DIR          output folder (default: output/)
  --strict           data-quality warnings fail the profile (nothing written for it)
  --json             print a machine-readable summary on stdout
  -h, --help         this help

Exit codes: 0 all built, 1 some profile failed, 2 wrong command line.`;

const VALIDATE_USAGE = `Usage: profiles validate [FILE…] [options]

Checks data files against the schema and the links between their fields (footnotes,
sources, languages) without building anything.

  FILE…              data files or folders (default: data/)
  --strict           data-quality warnings count as failures
  --json             print the errors and warnings as JSON on stdout
  -h, --help         this help

Exit codes: 0 valid, 1 invalid, 2 wrong command line.`;

const HELP = `Usage: profiles <command> [options]

Diaspora engagement mapping country profiles: one data file per country in, one PDF per
country and language out.

Commands:
  build [ISO3…]      build profiles (npm start builds them all)
  validate [FILE…]   check data files without building
  help               this help

Run "profiles <command> --help" for the options of a command.`;

/** The commands of the CLI. */
export const COMMANDS = {
  build: { usage: BUILD_USAGE, run: runBuild },
  validate: { usage: VALIDATE_USAGE, run: runValidate },
  help: { usage: HELP, run: async (_args, context) => (context.stdout(HELP), EXIT.ok) },
} satisfies Record<string, Command>;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('USAGE_BAD_OPTION', { detail: (error as Error).message, command });
  }
}

async function runBuild(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('build', args, {
    lang: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  for (const code of positionals) {
    if (!/^[A-Za-z]{3}$/.test(code)) throw new UsageError('USAGE_BAD_COUNTRY_CODE', { code });
  }
  const languages = values.lang ? values.lang.split(',').map((lang) => lang.trim()).filter(Boolean) : [];
  for (const lang of languages) {
    if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang)) throw new UsageError('USAGE_BAD_OPTION', { detail: `"${lang}" is not a language code`, command: 'build' });
  }
  const paths = projectPaths(context.projectRoot);
  const env = loadEnvironment(paths);
  const outDir = resolve(context.cwd, values.out ?? resolve(context.projectRoot, 'output'));
  const started = performance.now();
  const summary = await buildAll(
    env,
    {
      data: resolve(context.cwd, values.data ?? resolve(context.projectRoot, 'data')),
      countries: positionals.map((code) => code.toUpperCase()),
      languages,
      outDir,
      strict: values.strict,
    },
    values.json ? undefined : (record) => reportOutput(context, record, displayPath(paths, record.file ?? '')),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (values.json) {
    context.stdout(JSON.stringify(summaryJson(summary, outDir), null, 2));
  } else {
    context.stderr(`${summary.built} built, ${summary.failed} failed, ${summary.warnings} warning(s) in ${seconds} s → ${displayPath(paths, outDir)}`);
  }
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}

function reportOutput(context: CommandContext, record: OutputRecord, shown: string): void {
  if (record.status === 'built') {
    context.stderr(`built ${record.country} ${record.lang}: ${shown} (${record.pages} pages, ${Math.round((record.bytes ?? 0) / 1024)} KB)`);
  } else {
    context.stderr(`failed ${record.country} ${record.lang}:`);
    printErrors(context, record.errors, false);
  }
  for (const warning of record.warnings) context.stderr(formatFinding(warning));
}

async function runValidate(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('validate', args, {
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  const paths = projectPaths(context.projectRoot);
  const locales = readLocales(paths.locales);
  const localeErrors = checkLocales(locales);
  if (localeErrors.length > 0) throw new ProfileErrors(localeErrors);
  const series = { languages: locales.languages, sources: Object.keys(locales.resources[locales.languages[0]!]?.sources ?? {}) };
  const targets = positionals.length > 0 ? positionals.map((path) => resolve(context.cwd, path)) : [resolve(context.projectRoot, 'data')];
  const errors: ProfileError[] = [];
  const warnings = [];
  let files = 0;
  for (const target of targets) {
    for (const data of findDataFiles(target)) {
      files += 1;
      try {
        warnings.push(...checkProfile(readProfileFile(data.file, displayPath(paths, data.file), series)));
      } catch (error) {
        const found = profileErrorsOf(error);
        if (found.length === 0) throw error;
        errors.push(...found);
      }
    }
  }
  if (values.json) {
    context.stdout(JSON.stringify({ files, errors: errors.map((error) => error.toJSON()), warnings }, null, 2));
  } else {
    printErrors(context, errors, false);
    for (const warning of warnings) context.stderr(formatFinding(warning));
    context.stderr(`${files} file(s) checked: ${errors.length} error(s), ${warnings.length} warning(s)`);
  }
  return errors.length > 0 || (values.strict && warnings.length > 0) ? EXIT.failed : EXIT.ok;
}
