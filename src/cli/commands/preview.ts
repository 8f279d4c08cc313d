import { resolve } from 'node:path';
import { UsageError } from '../../errors/index.js';
import { writePreviews } from '../../preview/writePreviews.js';
import { displayPath } from '../../project/projectPaths.js';
import { type Command, type CommandContext, contextPaths, countryCodes, languageList, parse } from '../command.js';
import { EXIT } from '../output.js';
import { printResult } from '../printResult.js';

const USAGE = `Usage: profiles preview [ISO3…] [options]

Renders every page of the built PDFs to PNG, <out>/<lang>/<iso3>/page-<n>.png, and one
contact sheet per profile and language with all its pages side by side,
<out>/<lang>/<iso3>/contact-sheet.png. Needs nothing but npm packages.

  ISO3…              country codes (default: every PDF in the output folder)
  --lang fr,en       languages (default: every language folder found)
  --from DIR         the output folder holding the PDFs (default: output/)
  --out DIR          where the PNGs go (default: output/preview/)
  --dpi N            resolution of the page PNGs, 24–600 (default: 100)
  --json             print the result on stdout as JSON (docs/cli-output.schema.json)
  -h, --help         this help

Exit codes: 0 done, 1 a PDF is missing or unreadable, 2 wrong command line.`;

/** `profiles preview`: page PNGs and contact sheets of built profiles. */
export const preview: Command = { usage: USAGE, run: runPreview };

async function runPreview(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('preview', args, {
    lang: { type: 'string' },
    from: { type: 'string' },
    out: { type: 'string' },
    dpi: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const countries = countryCodes(positionals);
  const dpi = values.dpi === undefined ? 100 : Number(values.dpi);
  if (!Number.isInteger(dpi) || dpi < 24 || dpi > 600) {
    throw new UsageError('USAGE_BAD_OPTION', {
      detail: `--dpi takes a whole number from 24 to 600, got "${values.dpi}"`,
      command: 'preview',
    });
  }
  const paths = contextPaths(context);
  const fromDir = resolve(context.cwd, values.from ?? 'output');
  const outDir = resolve(context.cwd, values.out ?? resolve(fromDir, 'preview'));
  const started = performance.now();
  const records = await writePreviews(
    {
      fromDir,
      outDir,
      countries,
      languages: languageList(values.lang, 'preview'),
      dpi,
      signal: context.signal,
    },
    values.json
      ? undefined
      : (record) =>
          context.stderr(
            `preview ${record.country} ${record.lang}: ${record.pages.length} pages → ${displayPath(paths, record.contactSheet)} (${record.milliseconds} ms)`,
          ),
  );
  if (values.json) {
    const shown = (file: string) => displayPath(paths, file);
    return printResult(context, {
      command: 'preview',
      exitCode: EXIT.ok,
      outDir: shown(outDir),
      dpi,
      outputs: records.map((record) => ({
        country: record.country,
        lang: record.lang,
        file: shown(record.file),
        folder: shown(record.folder),
        pages: record.pages.map(shown),
        contactSheet: shown(record.contactSheet),
        milliseconds: record.milliseconds,
      })),
    });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  context.stderr(`${records.length} preview(s) in ${seconds} s → ${displayPath(paths, outDir)}`);
  return EXIT.ok;
}
