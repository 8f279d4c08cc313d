import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { BuildError, DataError } from '../errors/index.js';

/** A country data file: `data/mli.yaml` describes MLI. */
export interface DataFile {
  readonly country: string;
  readonly file: string;
}

const DATA_FILE = /^([a-z]{3})\.ya?ml$/i;

/**
 * The data files to build: every `<iso3>.yaml` of a folder (sorted by country code), or the
 * one file given. Other files of the folder (the JSON Schema, notes) are not profiles.
 */
export function findDataFiles(path: string): DataFile[] {
  const absolute = resolve(path);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new BuildError('BUILD_NO_DATA', { dir: path }, { file: path });
  }
  if (!isDirectory) {
    const code = DATA_FILE.exec(absolute.split('/').pop() ?? '')?.[1];
    return [{ country: (code ?? 'XXX').toUpperCase(), file: absolute }];
  }
  const files = readdirSync(absolute)
    .map((name) => ({ name, match: DATA_FILE.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({ country: match[1]!.toUpperCase(), file: join(absolute, name) }))
    .sort((a, b) => a.country.localeCompare(b.country));
  if (files.length === 0) throw new BuildError('BUILD_NO_DATA', { dir: path }, { file: path });
  for (const [index, file] of files.entries()) {
    const other = files[index - 1];
    if (other && other.country === file.country) {
      throw new DataError(
        'DATA_DUPLICATE_COUNTRY',
        { country: file.country, other: basename(other.file) },
        { file: file.file },
      );
    }
  }
  return files;
}
