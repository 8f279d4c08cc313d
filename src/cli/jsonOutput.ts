import { z } from 'zod';
import { acknowledgementShape } from '../model/acknowledge.js';

/**
 * The one shape of every command's `--json` output (the envelope), as a zod schema: the source
 * of the TypeScript types the commands fill in and of the JSON Schema committed for scripts
 * (docs/cli-output.schema.json). Every path in it is relative to the current folder, or absolute
 * when outside it, so a script can open it as it is.
 *
 * Adding a command: one entry in PAYLOADS; the command prints with `printResult`.
 */

const path = z
  .string()
  .meta({ id: 'Path', description: 'a path relative to the current folder, or absolute when outside it' });
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** An error or a warning: the same fields in every command. */
export const issueJson = z
  .strictObject({
    code: z.string().describe('the catalogue code, listed in the README under "When something goes wrong"'),
    severity: z.enum(['error', 'warning']),
    stage: z.string().nullable().describe('data, locale, template, layout, chart, font, pdf, build or usage'),
    file: path.nullable(),
    path: z.string().nullable().describe('the field inside the file, e.g. emigration.total.value'),
    line: count.nullable(),
    column: count.nullable(),
    message: z.string(),
    hints: z.array(z.string()),
  })
  .meta({ id: 'Issue', description: 'an error or a warning' });

/** A data-quality finding the data file acknowledges (`acknowledged:`): not a warning, listed. */
const acknowledgedJson = issueJson
  .omit({ severity: true, hints: true })
  .extend({
    acknowledgement: acknowledgementShape,
  })
  .meta({ id: 'Acknowledged', description: 'a finding an editor checked and recorded in the data file' });

const common = {
  ok: z.boolean().describe('true when exitCode is 0'),
  exitCode: z
    .number()
    .int()
    .min(0)
    .max(255)
    .describe('0 done, 1 failed, 2 wrong command line, 70 a bug, 130 stopped with Ctrl-C'),
  errors: z.array(issueJson),
  warnings: z.array(issueJson),
};

const buildOutput = z.strictObject({
  country: z.string(),
  lang: z.string(),
  status: z.enum(['built', 'unchanged', 'failed']),
  file: path.nullable().describe('the PDF (null when it failed)'),
  html: path.nullable().describe('the web edition (null unless asked for with --format html, or when it failed)'),
  pages: count.nullable(),
  bytes: count.nullable(),
  sha256: z.string().nullable(),
  warnings: count.describe('how many of the warnings concern this output'),
});

/** What changed between two builds (profiles diff, build --compare-to). */
const updateReportShape = {
  changed: z.boolean(),
  before: path,
  after: path,
  settings: z.strictObject({ dpi: count, threshold: z.number(), minChangedPixels: count }),
  report: path.nullable().describe('the HTML report'),
  editions: z.array(
    z.looseObject({
      country: z.string(),
      lang: z.string(),
      status: z.string(),
      before: path.nullable(),
      after: path.nullable(),
    }),
  ),
  dataFiles: z.strictObject({ before: path, after: path }).nullable(),
  data: z.array(z.looseObject({})).describe('the values that changed, with the pages they show on'),
  exported: z
    .array(
      z.strictObject({
        country: z.string(),
        figure: z.string(),
        field: z.string(),
        change: z.enum(['changed', 'added', 'removed']),
        before: z.unknown(),
        after: z.unknown(),
      }),
    )
    .nullable()
    .describe('the figures that changed in the data export (data/profiles.json); null when a build has none'),
};
const updateReport = z.strictObject(updateReportShape).describe('what changed between two builds');

const importCountry = z.strictObject({
  country: z.string(),
  file: path.describe('the data file'),
  status: z.enum(['updated', 'unchanged', 'absent', 'failed']),
  written: z.boolean(),
  changes: z.array(
    z.strictObject({
      path: z.string(),
      before: z.record(z.string(), z.unknown()),
      after: z.record(z.string(), z.unknown()),
      changed: z.boolean(),
    }),
  ),
  missing: z.array(
    z.strictObject({
      path: z.string(),
      reason: z.enum(['not-in-dataset', 'no-value', 'no-population-file', 'not-in-population-file']),
    }),
  ),
  remarks: z.array(
    z.union([
      z.strictObject({ kind: z.literal('total-from-sum') }),
      z.strictObject({ kind: z.literal('earlier-year'), path: z.string(), year: z.number(), latest: z.number() }),
      z.strictObject({
        kind: z.literal('unmapped-area'),
        code: z.number(),
        name: z.string(),
        count: z.number().nullable(),
      }),
    ]),
  ),
});

const previewOutput = z.strictObject({
  country: z.string(),
  lang: z.string(),
  file: path.describe('the PDF previewed'),
  folder: path,
  pages: z.array(path),
  contactSheet: path,
  milliseconds: count,
});

/** What each command adds to the common fields. */
export const PAYLOADS = {
  build: {
    outDir: path,
    counts: z.strictObject({ built: count, unchanged: count, failed: count, warnings: count }),
    outputs: z.array(buildOutput),
    comparison: updateReport.nullable().describe('with --compare-to'),
    acknowledged: z.array(acknowledgedJson),
    stale: z.array(path).describe('outputs of countries that no longer have a data file (removed with --prune)'),
    pruned: z.boolean().describe('with --prune: the stale outputs were removed'),
  },
  validate: { files: z.array(path).describe('the data files checked'), acknowledged: z.array(acknowledgedJson) },
  check: {
    files: z.array(path).describe('the data files read'),
    countries: z.array(z.string()),
    acknowledged: z.array(acknowledgedJson),
  },
  import: {
    dataset: z.enum(['undesa', 'worldbank']),
    inputs: z.array(path),
    edition: z.string(),
    imported: z.string().describe('the import date recorded, YYYY-MM-DD'),
    dryRun: z.boolean(),
    countries: z.array(importCountry),
    refused: count.describe('values of the dataset the data files do not accept: when above 0, no file was written'),
  },
  preview: { outDir: path, dpi: count, outputs: z.array(previewOutput) },
  diff: {
    outDir: path.describe('where report.html is written'),
    since: z
      .strictObject({ ref: z.string(), commit: z.string().describe('the full commit the ref named') })
      .nullable()
      .describe('with --since: the commit the baseline was built from'),
    ...updateReportShape,
  },
  new: {
    country: z.string(),
    names: z.record(z.string(), z.string()).describe("the country's name in each language, from the country list"),
    file: path.describe('the data file created'),
    imported: z.array(z.enum(['undesa', 'worldbank'])).describe('the datasets the figures were filled from'),
    filled: z.array(z.string()).describe('the figures filled, as field paths'),
    drafts: z.array(z.string()).describe('the fields still to be written (TODO), as field paths'),
  },
  'add-language': {
    lang: z.string(),
    reference: z.string().describe('the language the labels were copied from'),
    files: z.array(path).describe('the locale files written, and the DRAFT marker'),
    labels: count.describe('the labels to translate'),
  },
  translate: {
    action: z.enum(['export', 'import']),
    file: path.describe('the XLIFF file written (export) or read (import)'),
    lang: z.string().describe('the language translated into'),
    from: z.string().describe('the language translated from'),
    units: count.describe('export: the texts in the file; import: the translated texts in it'),
    untranslated: count.describe('export: the texts without a translation yet'),
    written: z.array(z.strictObject({ file: path, texts: count })).describe('import: the files written back'),
  },
  schema: {
    outputs: z.array(path).describe('the schema file written (or checked with --check)'),
    upToDate: z.boolean().nullable().describe('with --check: whether the file was up to date'),
  },
} as const;

/** A command with a `--json` output. */
export type JsonCommand = keyof typeof PAYLOADS;

const succeeded = Object.entries(PAYLOADS).map(([command, payload]) =>
  z.strictObject({ command: z.literal(command), ...common, ...payload }),
);
const failed = z
  .strictObject({ command: z.string(), ...common, ok: z.literal(false), errors: z.array(issueJson).min(1) })
  .describe('a command that stopped before it had a result: a wrong command line, a missing data folder…');

/** The envelope of every `--json` output. */
export const jsonEnvelope = z.union([...succeeded, failed]);

/** An acknowledged finding as `--json` prints it. */
export type AcknowledgedJson = z.infer<typeof acknowledgedJson>;
/** An error or a warning as `--json` prints it. */
export type IssueJson = z.infer<typeof issueJson>;
/** What a command gives `printResult`, beyond errors and warnings. */
export type PayloadOf<C extends JsonCommand> = z.infer<z.ZodObject<(typeof PAYLOADS)[C]>>;

/** The JSON Schema of the envelope (draft 2020-12), as committed in docs/cli-output.schema.json. */
export function buildOutputSchema(): Record<string, unknown> {
  return {
    title: 'profiles --json output',
    description:
      'What every profiles command prints with --json: command, ok, exitCode, errors and warnings, and what the command produced.',
    ...z.toJSONSchema(jsonEnvelope, { target: 'draft-2020-12' }),
  };
}
