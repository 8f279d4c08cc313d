import { readFileSync } from 'node:fs';
import { DataError } from '../errors/index.js';
import { type LoadedProfile, loadProfile, type SeriesContext } from '../model/loadProfile.js';

/** Reads and validates one data file; `shown` is the path used in messages. */
export function readProfileFile(file: string, shown: string, series: SeriesContext): LoadedProfile {
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
  return loadProfile(text, shown, series);
}
