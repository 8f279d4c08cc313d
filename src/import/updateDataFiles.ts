import { readFileSync } from 'node:fs';
import { DataError, type ProfileError, profileErrorsOf } from '../errors/index.js';
import type { DataFile } from '../project/findDataFiles.js';
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
  | { readonly kind: 'unmapped-area'; readonly code: number; readonly name: string; readonly count: number | null };

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
}

/**
 * Updates every data file with what the dataset gives for its country (`figuresOf`, undefined
 * when the dataset has nothing on it: then the file is untouched and its figures `paths` are
 * listed as missing). Each file is written atomically, and only when something changed.
 * A file that cannot be read or edited is reported as failed; the others go on.
 */
export function updateDataFiles(
  files: readonly DataFile[],
  paths: readonly string[],
  figuresOf: (country: string) => CountryFigures | undefined,
  options: UpdateOptions,
): CountryReport[] {
  return files.map((data) => {
    const shown = options.display(data.file);
    const base = { country: data.country, file: shown, written: false, changes: [], remarks: [], errors: [] };
    const figures = figuresOf(data.country);
    if (!figures)
      return { ...base, status: 'absent', missing: paths.map((path) => ({ path, reason: 'not-in-dataset' })) };
    const report = { ...base, missing: figures.missing, remarks: figures.remarks ?? [] };
    try {
      const text = readText(data.file, shown);
      const edited = editFigures(text, shown, figures.updates);
      const changed = edited.text !== text;
      if (changed && !options.dryRun) writeAtomic(data.file, edited.text);
      return {
        ...report,
        status: changed ? 'updated' : 'unchanged',
        written: changed && !options.dryRun,
        changes: edited.changes,
      };
    } catch (error) {
      const errors = profileErrorsOf(error);
      if (errors.length === 0) throw error;
      return { ...report, status: 'failed', errors };
    }
  });
}

function readText(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError(
      'DATA_UNREADABLE',
      { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file: shown },
      error,
    );
  }
}
