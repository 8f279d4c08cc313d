import { resolve } from 'node:path';
import { buildAll, summaryJson, type OutputRecord } from '../../build/buildAll.js';
import { displayPath, loadEnvironment, projectPaths } from '../../build/loadEnvironment.js';
import { UsageError } from '../../errors/index.js';
import { parse, type Command, type CommandContext } from '../command.js';
import { EXIT, formatFinding, printErrors } from '../output.js';

const USAGE = `Usage: profiles build [ISO3…] [options]

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

/** `profiles build`: builds profiles into the output folder. */
export const build: Command = { usage: USAGE, run: runBuild };

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
      ...(context.signal ? { signal: context.signal } : {}),
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

