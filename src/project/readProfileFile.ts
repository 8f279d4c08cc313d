import { type LoadedProfile, loadProfile, type SeriesContext } from '../model/loadProfile.js';
import { readDataText } from './readDataFile.js';

/** Reads and validates one data file; `shown` is the path used in messages. */
export function readProfileFile(file: string, shown: string, series: SeriesContext): LoadedProfile {
  return loadProfile(readDataText(file, shown), shown, series);
}
