import { type ProfileError, profileErrorsOf } from '../errors/index.js';
import { loadProfile, type SeriesContext } from '../model/loadProfile.js';
import type { DataFile } from '../project/findDataFiles.js';
import { readDataText } from '../project/readDataFile.js';
import { writeAtomic } from '../project/writeAtomic.js';
import { editFigures, type FigureChange, type FigureUpdate } from './editFigures.js';

/** Why a figure was left as it was. */
export type MissingReason =
  /** The dataset has nothing on the country. */
  | 'not-in-dataset'
  /** The dataset has the country but no value for this figure ("..", empty). */
  | 'no-value'
  /** No population file was given (--population), so the share of the population is not computed. */
  | 'no-population-file'
  /** The population file has no Medium-variant line for the country in the year of the stock. */
  | 'not-in-population-file';

/** A figure of a country the import did not update, and why. */
export interface MissingFigure {
  readonly path: string;
  readonly reason: MissingReason;
}

/** Something worth saying about how a country's figures were obtained. */
export type Remark =
  /** No usable "World" row: the total is the sum over every country and area of destination. */
  | { readonly kind: 'total-from-sum' }
  /** A destination without ISO code (counted in sums, never listed as a destination). */
  | { readonly kind: 'unmapped-area'; readonly code: number; readonly name: string; readonly count: number | null }
  /** The value taken is of an earlier year than the latest the dataset has for others (no value for this country since). */
  | { readonly kind: 'earlier-year'; readonly path: string; readonly year: number; readonly latest: number };

/** What a dataset gives for one country. */
export interface CountryFigures {
  readonly updates: readonly FigureUpdate[];
  readonly missing: readonly MissingFigure[];
  readonly remarks?: readonly Remark[];
}

/** The outcome of an import for one data file. */
export interface CountryReport {
  readonly country: string;
  /** The data file, as messages show it. */
  readonly file: string;
  /** `absent`: the dataset has nothing on the country; its file is left untouched. */
  readonly status: 'updated' | 'unchanged' | 'absent' | 'failed';
  /** True when the file was rewritten (never with --dry-run). */
  readonly written: boolean;
  readonly changes: readonly FigureChange[];
  readonly missing: readonly MissingFigure[];
  readonly remarks: readonly Remark[];
  readonly errors: readonly ProfileError[];
}

/** How to update the files. */
export interface UpdateOptions {
  /** Compute and report, write nothing. */
  readonly dryRun: boolean;
  /** A path as messages show it. */
  readonly display: (file: string) => string;
  /** The languages and sources of the series: each file, once edited, is validated as a build would. */
  readonly series: SeriesContext;
}

/**
 * Updates every data file with what the dataset gives for its country (`figuresOf`, undefined
 * when the dataset has nothing on it: then the file is untouched and its figures `paths` are
 * listed as missing), in two steps:
 *
 *   1. edit every file in memory, and validate it as a build would (same schema, same rules);
 *   2. when no imported value is refused, write each changed file atomically.
 *
 * A value the schema refuses (a negative count, 1e+300, a share of 250.5 %) is an error at the
 * field where it would go, and then no file at all is written: a dataset that gives one wrong
 * value may give others. Problems the file had before, elsewhere, are not the import's: they do
 * not stop it. A file that cannot be read or edited is reported as failed; the others go on.
 */
export function updateDataFiles(
  files: readonly DataFile[],
  paths: readonly string[],
  figuresOf: (country: string) => CountryFigures | undefined,
  options: UpdateOptions,
): { readonly countries: CountryReport[]; readonly refused: number } {
  let refused = 0;
  const edits = files.map((data): { report: CountryReport; text?: string } => {
    const shown = options.display(data.file);
    const base = { country: data.country, file: shown, written: false, changes: [], remarks: [], errors: [] };
    const figures = figuresOf(data.country);
    if (!figures)
      return {
        report: { ...base, status: 'absent', missing: paths.map((path) => ({ path, reason: 'not-in-dataset' })) },
      };
    const report = { ...base, missing: figures.missing, remarks: figures.remarks ?? [] };
    try {
      const text = readText(data.file, shown);
      const edited = editFigures(text, shown, figures.updates);
      const changed = edited.text !== text;
      const wrong = changed ? refusedValues(edited.text, shown, figures.updates, options.series) : [];
      if (wrong.length > 0) {
        refused += wrong.length;
        return { report: { ...report, status: 'failed', errors: wrong } };
      }
      return {
        report: { ...report, status: changed ? 'updated' : 'unchanged', changes: edited.changes },
        ...(changed ? { text: edited.text } : {}),
      };
    } catch (error) {
      const errors = profileErrorsOf(error);
      if (errors.length === 0) throw error;
      return { report: { ...report, status: 'failed', errors } };
    }
  });
  if (refused > 0 || options.dryRun) return { countries: edits.map(({ report }) => report), refused };
  const countries = files.map((data, index): CountryReport => {
    const { report, text } = edits[index]!;
    if (text === undefined) return report;
    try {
      writeAtomic(data.file, text);
      return { ...report, written: true };
    } catch (error) {
      const errors = profileErrorsOf(error);
      if (errors.length === 0) throw error;
      return { ...report, status: 'failed', written: false, errors };
    }
  });
  return { countries, refused: 0 };
}

/**
 * The errors a build would give on the edited text in the fields the import wrote: the values
 * the data files do not accept. Problems elsewhere in the file (there before) are not counted.
 */
function refusedValues(
  text: string,
  shown: string,
  updates: readonly FigureUpdate[],
  series: SeriesContext,
): ProfileError[] {
  let errors: readonly ProfileError[];
  try {
    loadProfile(text, shown, series);
    return [];
  } catch (error) {
    errors = profileErrorsOf(error);
    if (errors.length === 0) throw error;
  }
  const written = updates.map((update) => update.path.join('.'));
  return errors.filter((error) =>
    written.some(
      (path) => error.path === path || error.path?.startsWith(`${path}.`) || error.path?.startsWith(`${path}[`),
    ),
  );
}

/**
 * A data file's text, read as the build reads it: a regular file (a FIFO never blocks, /dev/zero is
 * never read), at most 2 MiB, strictly UTF-8: a file in Latin-1 is refused at its first bad byte,
 * never rewritten with "�" in place of its accents.
 */
function readText(file: string, shown: string): string {
  return readDataText(file, shown);
}
