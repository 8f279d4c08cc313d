import { createReadStream, type ReadStream, statSync } from 'node:fs';
import { DataError } from '../errors/index.js';

/** Checks that a dataset file exists and is a file (a clear error, before a reader fails on it). */
export function checkInput(file: string, shown: string): void {
  try {
    if (!statSync(file).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  } catch (error) {
    throw new DataError(
      'IMPORT_UNREADABLE',
      { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message },
      { file: shown },
      error,
    );
  }
}

/** A read stream on a dataset file that exists. */
export function openInput(file: string, shown: string): ReadStream {
  checkInput(file, shown);
  return createReadStream(file);
}
