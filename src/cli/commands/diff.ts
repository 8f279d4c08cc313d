import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { BuildError, UsageError } from '../../errors/index.js';
import { displayPath, projectPaths } from '../../project/projectPaths.js';
import { compareOutputs } from '../../report/compareOutputs.js';
import { formatUpdateSummary, updateReportJson } from '../../report/formatUpdateSummary.js';
import {
  type Command,
  type CommandContext,
  contextPaths,
  countryCodes,
  distinct,
  languageList,
  parse,
} from '../command.js';
import type { PayloadOf } from '../jsonOutput.js';
import { EXIT, printErrors } from '../output.js';
import { printResult } from '../printResult.js';

const USAGE = `Usage: profiles diff OLD NEW [options]
       profiles diff --since GIT-REF [ISO3…] [options]

Compares two builds, OLD and NEW: two output folders (<dir>/<lang>/<iso3>.pdf) or two PDFs.
For each profile and language: which pages changed, each changed page old and new side by
side with the changed regions outlined, and the text lines removed and added. Given both
versions of the data, also which figures and texts changed, old → new. Writes one HTML
report (pictures inside it) and prints a summary.

  --since GIT-REF          what changed since that commit (HEAD~1, a tag such as v2025, a branch):
                           builds the baseline from the commit itself in a temporary git worktree
                           (its data, and its templates, locales and fonts when the tool is in the
                           same repository), builds the working tree into --out, compares both
  --data FILE|DIR          with --since: the data (default: data/)
  --data-before FILE|DIR   the old data file (or folder of data files)
  --data-after FILE|DIR    the new data file (or folder)
  --lang fr,en             languages to compare (default: all)
  --out DIR                where report.html goes (default: NEW/diff/, or output/diff/ for two PDFs);
                           with --since: the output folder of the working tree (default: output/),
                           the report going to <out>/diff/
  --dpi N                  resolution pages are compared and shown at, 24–300 (default: 75)
  --json                   print the result on stdout as JSON, no pictures (docs/cli-output.schema.json)
  -h, --help               this help

Exit codes: 0 compared (changed or not: see "changed" in --json), 1 a PDF or data file is
missing or unreadable, 2 wrong command line.`;

/** `profiles diff`: the update report between two builds. */
export const diff: Command = { usage: USAGE, run: runDiff };

async function runDiff(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('diff', args, {
    'data-before': { type: 'string' },
    'data-after': { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    dpi: { type: 'string' },
    since: { type: 'string' },
    data: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (values.since !== undefined)
    return runSince(
      values.since,
      positionals,
      { ...values, dataBefore: values['data-before'], dataAfter: values['data-after'] },
      context,
    );
  if (values.data !== undefined)
    throw new UsageError('USAGE_BAD_OPTION', { detail: '--data goes with --since', command: 'diff' });
  if (positionals.length !== 2) {
    throw new UsageError('USAGE_BAD_OPTION', {
      detail: `expected two outputs to compare (OLD NEW), got ${positionals.length}`,
      command: 'diff',
    });
  }
  const dataBefore = values['data-before'];
  const dataAfter = values['data-after'];
  if ((dataBefore === undefined) !== (dataAfter === undefined)) {
    const [given, missing] =
      dataBefore === undefined ? ['--data-after', '--data-before'] : ['--data-before', '--data-after'];
    throw new UsageError('DIFF_DATA_PAIR', { given, missing });
  }
  const dpi = dpiOf(values.dpi);
  const paths = contextPaths(context);
  const shown = (file: string) => displayPath(paths, file);
  const [before, after] = positionals.map((path) => resolve(context.cwd, path)) as [string, string];
  const defaultOut = after.toLowerCase().endsWith('.pdf')
    ? resolve(context.cwd, 'output', 'diff')
    : resolve(after, 'diff');
  const reportDir = resolve(context.cwd, values.out ?? defaultOut);
  const report = await compareOutputs(before, after, {
    languages: languageList(values.lang, 'diff'),
    dpi,
    ...(dataBefore !== undefined && dataAfter !== undefined
      ? { data: { before: resolve(context.cwd, dataBefore), after: resolve(context.cwd, dataAfter) } }
      : {}),
    reportDir,
    signal: context.signal,
    shownPath: shown,
    ...(values.json
      ? {}
      : {
          onEdition: (edition) =>
            context.stderr(
              `compared ${edition.country} ${edition.lang}: ${edition.status} (${edition.milliseconds} ms)`,
            ),
        }),
  });
  if (values.json) {
    const json = updateReportJson(report, shown) as Omit<PayloadOf<'diff'>, 'outDir' | 'since'>;
    return printResult(context, { command: 'diff', exitCode: EXIT.ok, outDir: shown(reportDir), since: null, ...json });
  }
  for (const line of formatUpdateSummary(report, shown)) context.stderr(line);
  return EXIT.ok;
}

function dpiOf(value: string | undefined): number {
  const dpi = value === undefined ? 75 : Number(value);
  if (!Number.isInteger(dpi) || dpi < 24 || dpi > 300) {
    throw new UsageError('USAGE_BAD_OPTION', {
      detail: `--dpi takes a whole number from 24 to 300, got "${value}"`,
      command: 'diff',
    });
  }
  return dpi;
}

/**
 * `profiles diff --since REF`: "what did my edit change?" in one command. The commit is
 * checked out in a temporary git worktree and built there (its data; its templates, locales
 * and fonts when the tool lives in the same repository, else the tool's own), the working tree
 * is built into --out as `profiles build` would, and the two are compared, data included.
 */
async function runSince(
  ref: string,
  positionals: readonly string[],
  values: {
    lang?: string | undefined;
    out?: string | undefined;
    dpi?: string | undefined;
    data?: string | undefined;
    json?: boolean | undefined;
    dataBefore?: string | undefined;
    dataAfter?: string | undefined;
  },
  context: CommandContext,
): Promise<number> {
  if (values.dataBefore !== undefined || values.dataAfter !== undefined)
    throw new UsageError('USAGE_BAD_OPTION', {
      detail: '--since compares the data itself: it takes --data, not --data-before/--data-after',
      command: 'diff',
    });
  const countries = countryCodes(positionals);
  const languages = languageList(values.lang, 'diff');
  const dpi = dpiOf(values.dpi);
  const paths = contextPaths(context);
  const data = resolve(context.cwd, values.data ?? 'data');
  const outDir = resolve(context.cwd, values.out ?? 'output');
  const reportDir = resolve(outDir, 'diff');
  const { checkoutRevision } = await import('../../project/gitCheckout.js');
  const { buildAll } = await import('../../pipeline/buildAll.js');
  const checkout = checkoutRevision(existsSync(data) && statSync(data).isDirectory() ? data : dirname(data), ref);
  try {
    const oldData = checkout.at(data);
    if (!existsSync(oldData))
      throw new BuildError('DIFF_SINCE_NO_DATA', { ref, data: relative(checkout.topLevel, realpathSync(data)) || '.' });
    // The commit's own layout when the tool is part of the same repository.
    const toolInRepo = !relative(checkout.topLevel, realpathSync(paths.root)).startsWith('..');
    const oldPaths =
      toolInRepo && existsSync(checkout.at(paths.templates))
        ? projectPaths(checkout.at(paths.root), context.cwd)
        : paths;
    // The baseline goes where the commit's build would have written it, shown as REF:output/…
    const outInRepo = relative(checkout.topLevel, realPath(outDir));
    const baseline = join(checkout.dir, outInRepo.startsWith('..') ? 'output' : outInRepo);
    // Paths inside the checkout are shown as REF:path, as git shows them.
    const shown = (file: string) =>
      file.startsWith(checkout.dir) ? `${ref}:${relative(checkout.dir, file)}` : displayPath(paths, file);
    const say = (line: string) => {
      if (!values.json) context.stderr(line);
    };
    const common = {
      countries,
      languages,
      strict: false,
      workers: 0,
      ...(context.signal ? { signal: context.signal } : {}),
    };
    say(`building the baseline from ${ref} (${checkout.commit.slice(0, 10)})…`);
    const before = await buildAll({ ...common, data: oldData, outDir: baseline }, { paths: oldPaths });
    say(`building the working tree into ${shown(outDir)}…`);
    const after = await buildAll({ ...common, data, outDir }, { paths });
    const failed = [...before.outputs, ...after.outputs].filter((output) => output.status === 'failed');
    for (const output of failed)
      say(
        `note: ${output.country} ${output.lang} failed to build in ${before.outputs.includes(output) ? ref : 'the working tree'}`,
      );
    const report = await compareOutputs(baseline, outDir, {
      ...(countries.length > 0 ? { countries } : {}),
      languages,
      dpi,
      data: { before: oldData, after: data },
      reportDir,
      signal: context.signal,
      shownPath: shown,
    });
    if (values.json) {
      const json = updateReportJson(report, shown) as Omit<PayloadOf<'diff'>, 'outDir' | 'since'>;
      return printResult(context, {
        command: 'diff',
        exitCode: EXIT.ok,
        outDir: shown(reportDir),
        since: { ref, commit: checkout.commit },
        ...json,
        errors: distinct(failed.flatMap((output) => output.errors)),
      });
    }
    for (const output of failed) printErrors(context, output.errors);
    for (const line of formatUpdateSummary(report, shown)) context.stderr(line);
    return EXIT.ok;
  } finally {
    checkout.remove();
  }
}

/** A path with its symbolic links resolved, as far as it exists (the output folder may not, yet). */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}
