import { BuildError } from '../errors/index.js';
import type { SeriesContext } from '../model/loadProfile.js';
import type { DataFile } from '../project/findDataFiles.js';
import type { CountryReport } from './updateDataFiles.js';

/** What every import is given, beside its dataset files. */
export interface ImportTarget {
  /** The data files to update. */
  readonly files: readonly DataFile[];
  /** The import date recorded with each figure, YYYY-MM-DD (injected: tests pass a fixed day). */
  readonly imported: string;
  /** Report what would change, write nothing. */
  readonly dryRun: boolean;
  /** A file path as messages show it. */
  readonly display: (file: string) => string;
  /** The languages and sources of the series, to validate each edited file as a build would before writing it. */
  readonly series: SeriesContext;
  /** Aborted when the user asks to stop (Ctrl-C): the import stops before it writes anything more. */
  readonly signal?: AbortSignal | undefined;
}

/** The outcome of one run of an importer: what it read, and what it did to each data file. */
export interface ImportReport {
  readonly dataset: 'undesa' | 'worldbank';
  /** The dataset files read, as messages show them. */
  readonly inputs: readonly string[];
  /** The edition recorded in the data files ("IMS 2024", "WDI"). */
  readonly edition: string;
  /** The day recorded as `imported:` (YYYY-MM-DD). */
  readonly imported: string;
  readonly dryRun: boolean;
  readonly countries: readonly CountryReport[];
  /** Values the data files do not accept (each an error of its country): then no file was written. */
  readonly refused: number;
}

/** Stops an import asked to stop (Ctrl-C) after reading its datasets, before it writes any data file. */
export function stopBeforeWriting(target: ImportTarget): void {
  if (target.signal?.aborted) {
    throw new BuildError('COMMAND_INTERRUPTED', {
      command: 'the import',
      done: 'after reading the datasets; no data file was changed',
    });
  }
}
