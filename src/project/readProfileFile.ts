import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type LoadedProfile, loadProfile, type SeriesContext } from '../model/loadProfile.js';
import { loadSeriesFile, SERIES_FILE } from '../model/seriesFile.js';
import { readDataText } from './readDataFile.js';

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
  return loadProfile(readDataText(file, shown), shown, series, defaults);
}
