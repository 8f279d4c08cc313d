import { join, resolve } from 'node:path';
import { UsageError } from '../../errors/index.js';
import type { AcknowledgedFinding } from '../../model/acknowledge.js';
import { type BuildSummary, buildAll } from '../../pipeline/buildAll.js';
import { CACHE_FILE } from '../../pipeline/buildCache.js';
import { displayPath } from '../../project/projectPaths.js';
import type { UpdateReport } from '../../report/updateReport.js';
import {
  type Command,
  type CommandContext,
  contextPaths,
  countryCodes,
  distinct,
  languageList,
  outputFormats,
  parse,
} from '../command.js';
import type { PayloadOf } from '../jsonOutput.js';
import { EXIT, formatAcknowledged } from '../output.js';
import { acknowledgedJson, printResult } from '../printResult.js';
import { createProgress } from '../progress.js';

const USAGE = `Usage: profiles build [ISO3…] [options]

Builds the profiles of the data folder in every language into <out>/<lang>/<iso3>.pdf,
with chart exports in <out>/<lang>/charts/ and a summary in <out>/build-summary.json.
Outputs whose inputs (data file, templates, theme, locales, fonts, the tool) have not changed
since they were written are left as they are.

  ISO3…              country codes to build (default: every data file)
  --lang fr,en       languages to build (default: every folder of locales/)
  --format pdf,html  what to write (default: pdf); html adds <out>/<lang>/<iso3>.html, the series
                     index <out>/<lang>/index.html and the data export in <out>/data/
  --data FILE|DIR    a data file or a folder of them (default: data/)
  --out DIR          output folder (default: output/)
  --force            rebuild everything, whatever is up to date
  --workers N        countries built at once: 1 in this process, more in N worker threads
                     (default: one per core for 3 countries or more; never more than the
                     cores, the countries to build, or the free memory holds: ≈400 MB each)
  --strict           data-quality warnings fail the profile (nothing written for it)
  --draft            build languages in draft (profiles add-language) as they stand: the reference
                     language stands in for what they lack, with a DRAFT mark on every page
  --prune            remove the outputs of countries that no longer have a data file (without it,
                     the summary lists them)
  --compare-to DIR   after the build, compare with the outputs in DIR: writes <out>/diff/report.html
                     (as profiles diff) and prints its path
  --json             print the result on stdout as JSON (docs/cli-output.schema.json), and nothing else
  -h, --help         this help

Paths are relative to the current folder: data/ and output/ are those of the folder you run it in.

Exit codes: 0 all built, 1 some profile failed, 2 wrong command line, 130 interrupted (Ctrl-C), 143 stopped by SIGTERM.`;

/** `profiles build`: builds profiles into the output folder. */
export const build: Command = { usage: USAGE, run: runBuild };

async function runBuild(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('build', args, {
    lang: { type: 'string' },
    format: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    workers: { type: 'string' },
    strict: { type: 'boolean', default: false },
    draft: { type: 'boolean', default: false },
    prune: { type: 'boolean', default: false },
    'compare-to': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const countries = countryCodes(positionals);
  const languages = languageList(values.lang, 'build');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    throw new UsageError('USAGE_BAD_OPTION', {
      detail: `--workers needs a whole number ≥ 0, got "${values.workers}"`,
      command: 'build',
    });
  }
  const formats = outputFormats(values.format, 'build');
  const paths = contextPaths(context);
  const outDir = resolve(context.cwd, values.out ?? 'output');
  const shown = (file: string) => displayPath(paths, file);
  const progress = createProgress(context, shown, values.json);
  const started = performance.now();
  const summary = await buildAll(
    {
      data: resolve(context.cwd, values.data ?? 'data'),
      countries,
      languages,
      outDir,
      strict: values.strict,
      draft: values.draft,
      prune: values.prune,
      force: values.force,
      formats,
      ...(workers === undefined ? {} : { workers }),
      ...(context.signal ? { signal: context.signal } : {}),
    },
    {
      paths,
      onStart: (plan) => {
        if (plan.limited && !values.json) context.stderr(workersNote(plan.limited, plan.workers));
        progress.start(plan);
      },
      onOutput: progress.output,
    },
  );
  progress.end();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const compareTo = values['compare-to'];
  if (!values.json) {
    const parts = [
      `${summary.built} built`,
      `${summary.unchanged} unchanged`,
      `${summary.failed} failed`,
      `${summary.warnings} warning(s)`,
      ...(summary.acknowledged > 0 ? [`${summary.acknowledged} acknowledged`] : []),
    ];
    for (const finding of distinctAcknowledged(summary)) context.stderr(formatAcknowledged(finding));
    if (summary.cacheIgnored)
      context.stderr(
        `note: the build cache ${shown(join(outDir, CACHE_FILE))} was damaged (${summary.cacheDamage ?? 'unreadable'}) and was ignored; everything was rebuilt`,
      );
    if (summary.stale.length > 0) {
      const countries = [...new Set(summary.stale.map((output) => output.country))].join(', ');
      context.stderr(
        summary.pruned
          ? `removed ${summary.stale.length} output(s) of ${countries}, which no longer have a data file`
          : `${summary.stale.length} output(s) of ${countries}, which no longer have a data file, left in ${shown(outDir)}: profiles build --prune removes them`,
      );
    }
    context.stderr(`${parts.join(', ')} in ${seconds} s → ${shown(outDir)}`);
  }
  let comparison: UpdateReport | undefined;
  if (compareTo !== undefined) {
    const { compareOutputs } = await import('../../report/compareOutputs.js');
    const { formatUpdateSummary } = await import('../../report/formatUpdateSummary.js');
    comparison = await compareOutputs(resolve(context.cwd, compareTo), outDir, {
      reportDir: resolve(outDir, 'diff'),
      shownPath: shown,
      ...(countries.length > 0 ? { countries } : {}),
      ...(languages.length > 0 ? { languages } : {}),
      ...(context.signal ? { signal: context.signal } : {}),
    });
    if (!values.json) for (const line of formatUpdateSummary(comparison, shown)) context.stderr(line);
  }
  const exitCode = summary.failed > 0 ? EXIT.failed : EXIT.ok;
  if (!values.json) return exitCode;
  const { updateReportJson } = await import('../../report/formatUpdateSummary.js');
  return printResult(context, {
    command: 'build',
    exitCode,
    outDir: shown(outDir),
    counts: { built: summary.built, unchanged: summary.unchanged, failed: summary.failed, warnings: summary.warnings },
    outputs: summary.outputs.map((output) => ({
      country: output.country,
      lang: output.lang,
      status: output.status,
      file: output.file === null ? null : shown(output.file),
      html: output.html === null ? null : shown(output.html),
      pages: output.pages,
      bytes: output.bytes,
      sha256: output.sha256,
      warnings: output.warnings.length,
    })),
    comparison: comparison ? (updateReportJson(comparison, shown) as PayloadOf<'build'>['comparison']) : null,
    errors: distinct(summary.outputs.flatMap((output) => output.errors)),
    warnings: distinct(summary.outputs.flatMap((output) => output.warnings)),
    acknowledged: distinctAcknowledged(summary).map(acknowledgedJson),
    stale: summary.stale.map((output) => shown(output.file)),
    pruned: summary.pruned,
  });
}

/** Why fewer workers run than --workers asked for. */
export function workersNote(
  limited: { requested: number; jobs: number; cores: number; memory: number },
  workers: number,
): string {
  const reasons = [
    `${limited.jobs} ${limited.jobs === 1 ? 'country' : 'countries'} to build`,
    `${limited.cores} ${limited.cores === 1 ? 'core' : 'cores'}`,
    `free memory for ${limited.memory} worker(s)`,
  ];
  const using = workers === 0 ? 'building in this process' : `building with ${workers} worker threads`;
  return `note: --workers ${limited.requested}: ${using} (${reasons.join(', ')})`;
}

/** The acknowledged findings of a build, once per data file (not once per language). */
function distinctAcknowledged(summary: BuildSummary): AcknowledgedFinding[] {
  return distinct(summary.outputs.flatMap((output) => output.acknowledged));
}
