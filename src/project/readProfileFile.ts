import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataError } from '../errors/index.js';
import { type LoadedProfile, loadProfile, type SeriesContext } from '../model/loadProfile.js';
import { loadSeriesFile, SERIES_FILE } from '../model/seriesFile.js';

/**
 * The series file beside a data file (`series.yaml`: the publisher, implementer, funder… every
 * profile of the folder shares), as text, or undefined when there is none.
 */
export function seriesFileText(file: string): { file: string; text: string } | undefined {
  const path = join(dirname(file), SERIES_FILE);
  if (!existsSync(path)) return undefined;
  return { file: path, text: readFileSync(path, 'utf8') };
}

/** Reads and validates one data file, with the series' constants; `shown` is the path used in messages. */
export function readProfileFile(file: string, shown: string, series: SeriesContext): LoadedProfile {
  const seriesFile = seriesFileText(file);
  const defaults =
    seriesFile === undefined ? undefined : loadSeriesFile(seriesFile.text, join(dirname(shown), SERIES_FILE));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError(
      'DATA_UNREADABLE',
      { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file: shown },
      error,
    );
  }
  return loadProfile(text, shown, series, defaults);
}
