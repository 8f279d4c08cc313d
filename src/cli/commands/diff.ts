import { resolve } from 'node:path';
import { UsageError } from '../../errors/index.js';
import { displayPath } from '../../project/projectPaths.js';
import { compareOutputs } from '../../report/compareOutputs.js';
import { formatUpdateSummary, updateReportJson } from '../../report/formatUpdateSummary.js';
import { type Command, type CommandContext, contextPaths, languageList, parse } from '../command.js';
import type { PayloadOf } from '../jsonOutput.js';
import { EXIT } from '../output.js';
import { printResult } from '../printResult.js';

const USAGE = `Usage: profiles diff OLD NEW [options]

Compares two builds, OLD and NEW: two output folders (<dir>/<lang>/<iso3>.pdf) or two PDFs.
For each profile and language: which pages changed, each changed page old and new side by
side with the changed regions outlined, and the text lines removed and added. Given both
versions of the data, also which figures and texts changed, old → new. Writes one HTML
report (pictures inside it) and prints a summary.

  --data-before FILE|DIR   the old data file (or folder of data files)
  --data-after FILE|DIR    the new data file (or folder)
  --lang fr,en             languages to compare (default: all)
  --out DIR                where report.html goes (default: NEW/diff/, or output/diff/ for two PDFs)
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
    json: { type: 'boolean', default: false },
  });
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
  const dpi = values.dpi === undefined ? 75 : Number(values.dpi);
  if (!Number.isInteger(dpi) || dpi < 24 || dpi > 300) {
    throw new UsageError('USAGE_BAD_OPTION', {
      detail: `--dpi takes a whole number from 24 to 300, got "${values.dpi}"`,
      command: 'diff',
    });
  }
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
    const json = updateReportJson(report, shown) as Omit<PayloadOf<'diff'>, 'outDir'>;
    return printResult(context, { command: 'diff', exitCode: EXIT.ok, outDir: shown(reportDir), ...json });
  }
  for (const line of formatUpdateSummary(report, shown)) context.stderr(line);
  return EXIT.ok;
}
